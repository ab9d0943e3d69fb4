/**
 * `zanger corpus import`: read an official text file, parse it, store it as an edition. Checks what a lawyer
 * would get wrong on the command line (unknown language, a date that is not a date, a file that is not UTF-8 or
 * not an adilet text) and, for the acts Zanger cites, compares the articles found with the registered list.
 */
import fs from "node:fs";
import { LANGUAGES, type Language } from "../contract";
import { ACTS, type ActId } from "../engine/data/acts";
import type { Db } from "../store/db";
import { importEdition, type ImportStatus } from "../store/corpus";
import { CorpusFormatError, parseAdiletText } from "./adilet";

export interface ImportRequest {
  file: string;
  act: string;
  edition: string;
  lang: string;
}

export interface ImportResult {
  id: string;
  status: ImportStatus;
  articles: number;
  notes: number;
  /** For a registered act and edition: article numbers missing from the file or not in the registered list. */
  missing: string[];
  extra: string[];
}

export class CorpusImportError extends Error {}

const ACT_ID = /^[a-z0-9][a-z0-9-]{1,62}$/u;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function importCorpusFile(db: Db, req: ImportRequest): ImportResult {
  if (!ACT_ID.test(req.act)) throw new CorpusImportError(`--act must be an id such as constitution-2026 (lower-case letters, digits, hyphens), not «${req.act}»`);
  if (!validDate(req.edition)) throw new CorpusImportError(`--edition must be the date of the text as YYYY-MM-DD, not «${req.edition}»`);
  if (!(LANGUAGES as readonly string[]).includes(req.lang)) throw new CorpusImportError(`--lang must be kk or ru, not «${req.lang}»`);
  const lang = req.lang as Language;
  if (!fs.existsSync(req.file)) throw new CorpusImportError(`file not found: ${req.file}`);
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(fs.readFileSync(req.file));
  } catch {
    throw new CorpusImportError(`${req.file} is not UTF-8 text; save the official text as UTF-8 plain text (one paragraph per line)`);
  }
  let parsed;
  try {
    parsed = parseAdiletText(source, lang);
  } catch (e) {
    if (e instanceof CorpusFormatError) throw new CorpusImportError(`${req.file}: ${e.message}`);
    throw e;
  }
  const { status, id } = importEdition(db, { act: req.act, edition: req.edition, lang }, parsed, source);
  const registered = req.act in ACTS && ACTS[req.act as ActId].edition === req.edition ? ACTS[req.act as ActId].articles : null;
  const found = parsed.articles.map((a) => a.number);
  return {
    id,
    status,
    articles: parsed.articles.length,
    notes: parsed.notes.length,
    missing: registered ? Object.keys(registered).filter((n) => !found.includes(n)) : [],
    extra: registered ? found.filter((n) => !(n in registered)) : [],
  };
}
