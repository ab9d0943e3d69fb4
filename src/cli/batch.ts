/**
 * `zanger check <folder> --report report.md|report.json [--out-dir DIR] [--fail-on error|warning]`: every .docx and
 * .txt under the folder checked (rules only), a progress line per file on stderr, a report with a summary per file,
 * and, with --out-dir, a commented copy of each .docx. A file that cannot be read is reported with its reason and
 * the batch goes on; nothing is ever written over an input.
 */
import fs from "node:fs";
import path from "node:path";
import { CheckRequest, LIMITS, type CheckResponse, type UiLanguage } from "../contract";
import { DocxError } from "../docx/read-paragraphs";
import { writeComments } from "../docx/write-comments";
import { runCheck } from "../server/check-service";
import { commentText } from "./format-text";
import { checkExtraParts, INPUT_EXTENSIONS, InputFileError, loadParagraphs, type PartFindings } from "./load";
import type { ExtraPart } from "../docx/read-paragraphs";

export interface BatchOptions {
  report: string;
  outDir?: string;
  failOn?: "error" | "warning";
  ui: UiLanguage;
  /** Headers, footers, footnotes checked too (findings in the report only). */
  parts?: readonly ExtraPart[];
  /** Progress and messages (stderr in the CLI). */
  log: (line: string) => void;
  /** Called before each file (the CLI draws a progress bar on a terminal). */
  onStart?: (n: number, total: number, file: string) => void;
}

export interface FileResult {
  file: string;
  status: "ok" | "error";
  error?: string;
  paragraphs?: number;
  actType?: string;
  language?: string;
  summary?: CheckResponse["summary"];
  findings?: CheckResponse["findings"];
  /** Findings in headers, footers and footnotes (`--parts`). */
  parts?: PartFindings[];
  /** The commented copy and how many comments went in. */
  output?: string;
  comments?: number;
}

export interface BatchReport {
  folder: string;
  files: FileResult[];
  totals: { files: number; failed: number; error: number; warning: number; info: number; comments: number };
}

/** Files to check under `dir`, in a stable order; Word's lock files (~$…) and hidden files are not drafts. */
export function listDrafts(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && INPUT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function reason(e: unknown): string {
  if (e instanceof DocxError) return `cannot read the .docx: ${e.message}`;
  if (e instanceof InputFileError) return e.message;
  return (e as Error).message ?? String(e);
}

export async function checkFolder(dir: string, opts: BatchOptions): Promise<{ report: BatchReport; exitCode: number }> {
  const files = listDrafts(dir);
  const inputs = new Set(files.map((f) => path.resolve(f)));
  const results: FileResult[] = [];
  let n = 0;
  for (const file of files) {
    n++;
    const rel = path.relative(dir, file);
    opts.onStart?.(n, files.length, rel);
    const r: FileResult = { file: rel, status: "ok" };
    try {
      const paragraphs = await loadParagraphs(file);
      const long = paragraphs.findIndex((p) => p.text.length > LIMITS.maxParagraphLength);
      if (long >= 0) throw new Error(`paragraph ${long + 1} is longer than ${LIMITS.maxParagraphLength} characters`);
      if (paragraphs.length > LIMITS.maxParagraphs) throw new Error(`more than ${LIMITS.maxParagraphs} paragraphs`);
      const req = CheckRequest.parse({ document: {}, paragraphs, options: { uiLanguage: opts.ui, llm: "off" } });
      const res = runCheck(req);
      Object.assign(r, { paragraphs: paragraphs.length, actType: res.document.actType, language: res.document.language, summary: res.summary, findings: res.findings });
      if (opts.parts?.length) r.parts = await checkExtraParts(file, opts.parts, res.document.actType, opts.ui);
      if (opts.outDir && path.extname(file).toLowerCase() === ".docx") {
        const target = path.join(opts.outDir, rel.replace(/\.docx$/i, ".checked.docx"));
        if (inputs.has(path.resolve(target))) throw new Error(`refusing to write over an input: ${target}`);
        const written = await writeComments(fs.readFileSync(file), res.findings.map((f) => ({ finding: f, text: commentText(f, opts.ui) })));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        const tmp = `${target}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, written.docx);
        fs.renameSync(tmp, target);
        r.output = path.relative(process.cwd(), target);
        r.comments = written.written;
      }
    } catch (e) {
      r.status = "error";
      r.error = reason(e);
      delete r.findings;
      delete r.parts;
    }
    results.push(r);
    const s = r.summary?.bySeverity;
    opts.log(`[${n}/${files.length}] ${rel}: ` + (r.status === "error" ? `ERROR ${r.error}` : `${r.summary!.total} findings (error ${s!.error}, warning ${s!.warning}, info ${s!.info})${r.comments !== undefined ? `, ${r.comments} comments` : ""}`));
  }
  const inParts = (r: FileResult, k: "error" | "warning" | "info") => (r.parts ?? []).reduce((a, p) => a + p.findings.filter((f) => f.severity === k).length, 0);
  const sum = (k: "error" | "warning" | "info") => results.reduce((a, r) => a + (r.summary?.bySeverity[k] ?? 0) + inParts(r, k), 0);
  const report: BatchReport = {
    folder: dir,
    files: results,
    totals: { files: results.length, failed: results.filter((r) => r.status === "error").length, error: sum("error"), warning: sum("warning"), info: sum("info"), comments: results.reduce((a, r) => a + (r.comments ?? 0), 0) },
  };
  const over = opts.failOn === "error" ? report.totals.error > 0 : opts.failOn === "warning" ? report.totals.error + report.totals.warning > 0 : false;
  // Unreadable files make the run fail whatever --fail-on says: a pipeline must not pass a draft nobody checked.
  const exitCode = report.totals.failed > 0 ? 3 : over ? 1 : 0;
  return { report, exitCode };
}

export function reportMarkdown(r: BatchReport): string {
  const t = r.totals;
  const lines = [
    `# Zanger: ${r.folder}`,
    "",
    `${t.files} files, ${t.failed} not read; findings: error ${t.error}, warning ${t.warning}, info ${t.info}; comments written: ${t.comments}.`,
    "",
    "| file | act type | language | error | warning | info | comments | status |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const f of r.files) {
    const s = f.summary?.bySeverity;
    lines.push(
      `| ${f.file} | ${f.actType ?? ""} | ${f.language ?? ""} | ${s?.error ?? ""} | ${s?.warning ?? ""} | ${s?.info ?? ""} | ${f.comments ?? ""} | ${f.status === "ok" ? "ok" : `error: ${f.error!.replace(/\|/g, "\\|")}`} |`,
    );
  }
  for (const f of r.files) {
    const extra = (f.parts ?? []).filter((p) => p.findings.length);
    if (!f.findings?.length && !extra.length) continue;
    lines.push("", `## ${f.file}`, "");
    const list = (xs: readonly CheckResponse["findings"][number][], prefix = "") => {
      for (const x of xs) {
        const where = x.paragraphIndex === null ? "document" : `${prefix}¶${x.paragraphIndex + 1}`;
        lines.push(`- **${x.severity}** ${x.ruleId} (${where})${x.quote ? ` «${x.quote.replace(/\n/g, " ")}»` : ""}: ${x.message}`);
      }
    };
    list(f.findings ?? []);
    for (const p of extra) list(p.findings, `${p.part} `);
  }
  return lines.join("\n") + "\n";
}

/** `[██████······] 12/40 name.docx` for a terminal line. */
export function progressBar(n: number, total: number, label: string, width = 24): string {
  const done = total ? Math.round(((n - 1) / total) * width) : 0;
  return `[${"█".repeat(done)}${"·".repeat(width - done)}] ${n}/${total} ${label}`;
}
