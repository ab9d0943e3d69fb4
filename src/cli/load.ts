/** Reading a draft from disk for the CLI: .docx (as the reader sees it) or .txt (one paragraph per line). */
import fs from "node:fs";
import path from "node:path";
import type { Paragraph } from "../contract";
import { EXTRA_PARTS, readDocxExtraParts, readDocxParagraphs, type ExtraPart } from "../docx/read-paragraphs";
import type { ActType, Finding, UiLanguage } from "../contract";
import { checkParagraphs, orderFindings } from "../engine/run";
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

/** `--parts headers,footers,footnotes` → the parts, or an error naming what is not a part. */
export function parseParts(value: string | undefined): ExtraPart[] {
  if (value === undefined) return [];
  const parts = value.split(",").map((x) => x.trim()).filter(Boolean);
  const bad = parts.filter((x) => !(EXTRA_PARTS as readonly string[]).includes(x));
  if (bad.length) throw new InputFileError(`--parts takes ${EXTRA_PARTS.join(", ")}; not ${bad.join(", ")}`);
  return parts as ExtraPart[];
}

export interface PartFindings {
  part: string;
  findings: Finding[];
}

/**
 * Headers, footers and footnotes checked each on its own, with the act type of the body; only findings on words
 * (a footer has no entry-into-force clause to miss). Word cannot hold comments in headers and footers, so these
 * findings go to the report, not into the document.
 */
export async function checkExtraParts(file: string, parts: readonly ExtraPart[], actType: ActType, ui: UiLanguage): Promise<PartFindings[]> {
  if (parts.length === 0 || path.extname(file).toLowerCase() !== ".docx") return [];
  const out: PartFindings[] = [];
  for (const { part, paragraphs } of await readDocxExtraParts(fs.readFileSync(file), parts)) {
    const res = checkParagraphs(paragraphs, { actType, uiLanguage: ui, noHeading: true, onRuleError: () => undefined });
    out.push({ part, findings: orderFindings(res.findings.filter((f) => f.paragraphIndex !== null)) });
  }
  return out;
}
