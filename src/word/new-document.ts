/** Where the comparative table goes: a new Word document from a .docx (WordApi 1.3), or the end of the open one. */

import { getCapabilities, supportsWordApi13 } from "./capabilities";

export async function openNewDocument(base64Docx: string): Promise<void> {
  if (!supportsWordApi13()) throw new Error("creating a document needs WordApi 1.3 (Word 2019 or later)");
  await Word.run(async (context) => {
    const created = context.application.createDocument(base64Docx);
    await context.sync();
    created.open();
    await context.sync();
  });
}

/** Appends WordprocessingML (a flat OPC package) at the end of the open document: the comparative table, by choice. */
export async function appendOoxml(ooxml: string): Promise<void> {
  if (!getCapabilities().wordApi14) throw new Error("writing into the document needs WordApi 1.4; this Word is read-only");
  await Word.run(async (context) => {
    context.document.body.insertOoxml(ooxml, "End");
    await context.sync();
  });
}
