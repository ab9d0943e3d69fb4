/** A new Word document from a .docx (base64), opened for the user: the comparative table goes there (WordApi 1.3). */
import { supportsWordApi13 } from "./capabilities";

export async function openNewDocument(base64Docx: string): Promise<void> {
  if (!supportsWordApi13()) throw new Error("creating a document needs WordApi 1.3 (Word 2019 or later)");
  await Word.run(async (context) => {
    const created = context.application.createDocument(base64Docx);
    await context.sync();
    created.open();
    await context.sync();
  });
}
