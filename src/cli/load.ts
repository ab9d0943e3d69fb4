/** Reading a draft from disk for the CLI: .docx (as the reader sees it) or .txt (one paragraph per line). */
import fs from "node:fs";
import path from "node:path";
import type { Paragraph } from "../contract";
import { readDocxParagraphs } from "../docx/read-paragraphs";
import { paragraphsFromText } from "../engine/document/model";

/** A file that cannot be taken as a draft: missing, or of a type Zanger does not read. */
export class InputFileError extends Error {}

export const INPUT_EXTENSIONS = [".docx", ".txt"];

export async function loadParagraphs(file: string): Promise<Paragraph[]> {
  if (!fs.existsSync(file)) throw new InputFileError(`file not found: ${file}`);
  const ext = path.extname(file).toLowerCase();
  if (ext === ".docx") return readDocxParagraphs(fs.readFileSync(file));
  if (ext === ".txt" || ext === "") {
    const buf = fs.readFileSync(file);
    const text = new TextDecoder("utf-8", { fatal: false }).decode(buf).replace(/^\uFEFF/, "");
    return paragraphsFromText(text.replace(/\n$/, ""));
  }
  throw new InputFileError(`unsupported file type ${ext}: give a .txt (one paragraph per line) or a .docx`);
}
