/**
 * `zanger scan <folder> [--report report.md|report.json] [--db FILE] [--ui ru|kk|en]`: every .docx and .txt under
 * the folder against the imported acts in force (`zanger corpus import-official` / `corpus import` first): norms
 * that repeat a norm of an act of higher or equal force, and the same wording with other figures. The index is
 * built in memory from the imported editions at start (the superseded 1995 Constitution left out); a progress bar
 * on a terminal, a line per file otherwise; throughput in acts per second at the end. One machine; the distributed
 * queue of issue 10 is not built yet.
 */
import fs from "node:fs";
import path from "node:path";
import type { Finding, UiLanguage } from "../contract";
import { duplicationFindings, OFFICIAL_ACT_LEVELS } from "../corpus/duplication";
import { indexFromDb } from "../corpus/in-force";
import { parseDocument } from "../engine/document/model";
import { listEditions } from "../store/corpus";
import type { Db } from "../store/db";
import { listDrafts, progressBar } from "./batch";
import { loadParagraphs } from "./load";

export interface ScanFileResult {
  file: string;
  status: "ok" | "error";
  error?: string;
  language?: string;
  actType?: string;
  findings?: Finding[];
}

export interface ScanReport {
  folder: string;
  editions: string[];
  norms: number;
  files: ScanFileResult[];
  seconds: number;
  actsPerSecond: number;
}

export async function scanFolder(
  dir: string,
  db: Db,
  opts: { ui: UiLanguage; onStart?: (n: number, total: number, file: string) => void; log?: (line: string) => void },
): Promise<ScanReport> {
  const t0 = performance.now();
  const { index, editions, titles } = indexFromDb(db);
  const files = listDrafts(dir);
  const results: ScanFileResult[] = [];
  for (const [i, file] of files.entries()) {
    const rel = path.relative(dir, file);
    opts.onStart?.(i + 1, files.length, rel);
    const r: ScanFileResult = { file: rel, status: "ok" };
    try {
      const paragraphs = await loadParagraphs(file);
      const doc = parseDocument(paragraphs, {});
      r.language = doc.language;
      r.actType = doc.actType;
      r.findings = duplicationFindings(paragraphs, { index, language: doc.language, actType: doc.actType, ui: opts.ui, levels: OFFICIAL_ACT_LEVELS, titles, doc });
    } catch (e) {
      r.status = "error";
      r.error = (e as Error).message;
    }
    results.push(r);
    opts.log?.(`[${i + 1}/${files.length}] ${rel}: ${r.status === "error" ? `ERROR ${r.error}` : `${r.findings!.length} findings`}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { folder: dir, editions, norms: index.size, files: results, seconds, actsPerSecond: files.length / Math.max(seconds, 1e-6) };
}

export function scanMarkdown(r: ScanReport): string {
  const lines = [
    `# Scan of ${r.folder} against the acts in force`,
    "",
    `Editions: ${r.editions.join(", ") || "none"}; ${r.norms} norms indexed. ${r.files.length} files in ${r.seconds.toFixed(1)} s (${r.actsPerSecond.toFixed(1)} acts/s).`,
    "",
  ];
  for (const f of r.files) {
    lines.push(`## ${f.file}`, "");
    if (f.status === "error") {
      lines.push(`Could not be read: ${f.error}`, "");
      continue;
    }
    if (!f.findings!.length) lines.push("No repeated norms and no conflicting figures found.", "");
    for (const x of f.findings!) lines.push(`- **${x.ruleId}** (paragraph ${(x.paragraphIndex ?? 0) + 1}; ${x.citation.actTitle ?? x.citation.act}, art. ${x.citation.article}): ${x.message}`);
    lines.push("");
  }
  return lines.join("\n");
}

/** The CLI: exit 0, or 3 when a file could not be read, 2 without imported texts. */
export async function scanCommand(dir: string | undefined, flags: { report?: string; ui: UiLanguage }, db: Db): Promise<number> {
  if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    process.stderr.write(`zanger scan: ${dir ?? "(none)"} is not a folder\n`);
    return 2;
  }
  if (listEditions(db).length === 0) {
    process.stderr.write("zanger scan: no acts in force imported; run zanger corpus import-official <dir> (or corpus import) first\n");
    return 2;
  }
  const tty = process.stderr.isTTY === true;
  const report = await scanFolder(dir, db, {
    ui: flags.ui,
    onStart: tty ? (n, total, file) => process.stderr.write("\r\x1b[K" + progressBar(n, total, file).slice(0, (process.stderr.columns || 80) - 1)) : undefined,
    log: tty ? undefined : (l) => process.stderr.write(l + "\n"),
  });
  if (tty) process.stderr.write("\r\x1b[K");
  const text = flags.report?.endsWith(".json") ? JSON.stringify(report, null, 2) + "\n" : scanMarkdown(report);
  if (flags.report) fs.writeFileSync(flags.report, text);
  else process.stdout.write(text);
  const found = report.files.reduce((n, f) => n + (f.findings?.length ?? 0), 0);
  process.stderr.write(`${report.files.length} files, ${found} findings, ${report.actsPerSecond.toFixed(1)} acts/s${flags.report ? `; report: ${flags.report}` : ""}\n`);
  return report.files.some((f) => f.status === "error") ? 3 : 0;
}
