/**
 * The `zanger` command:
 *   zanger serve [--port N] [--host H] [--db FILE]
 *   zanger check <file.txt|file.docx> [--act-type ID] [--lang kk|ru] [--ui kk|ru|en] [--format json|text] [--packs a,b]
 *   zanger rules [--format md|json]
 *   zanger corpus import|list|search … (official texts for the semantic checker; see ./corpus.ts)
 *   zanger compare <old> <new> --out table.docx | --format md|json   (the comparative table of two versions)
 */
import fs from "node:fs";
import path from "node:path";
import { ACT_TYPES, CheckRequest, PACKS, UiLanguage, type ActType, type Paragraph } from "../contract";
import { buildComparativeTable } from "../engine/compare/comparative-table";
import { detectDocumentLanguage } from "../engine/document/language";
import { ALL_RULES } from "../engine/rules";
import { DocxError } from "../docx/read-paragraphs";
import { writeComparativeTableDocx } from "../docx/write-comparative-table";
import { writeComments } from "../docx/write-comments";
import { buildApp } from "../server/app";
import { runCheck } from "../server/check-service";
import { ConfigError, defaultConfig, isLoopback, loadGlossaryFile } from "../server/config";
import { auditCsv, CheckLog } from "../store/checks";
import { TokenError, TokenStore } from "../store/tokens";
import { FeedbackStore } from "../store/feedback";
import { LlmConfigError } from "../llm/config";
import { listEditions } from "../store/corpus";
import { openDb } from "../store/db";
import { scanCommand } from "./scan";
import { parseArgs } from "./args";
import { corpusCommand, CorpusUsageError } from "./corpus";
import { checkExtraParts, InputFileError, loadParagraphs, parseParts } from "./load";
import { checkFolder, progressBar, reportMarkdown } from "./batch";
import { comparativeTableMarkdown } from "./format-comparative";
import { commentText, formatExtraParts, formatText } from "./format-text";
import { rulesMarkdown } from "./rules-catalogue";
import { parityMarkdown } from "./format-parity";
import { checkParity } from "../engine/bilingual/parity";
import { versionsFromTable } from "../engine/bilingual/columns";
import type { GlossaryEntry } from "../engine/data/bilingual-glossary";

const USAGE = `Usage:
  zanger serve [--port 3000] [--host 127.0.0.1] [--db ./data/zanger.db]
  zanger check <file.txt|file.docx> [--act-type ID] [--lang kk|ru] [--ui kk|ru|en] [--format json|text] [--packs constitution,legal-acts,...] [--out checked.docx] [--parts headers,footers,footnotes]
  zanger check <folder> --report report.md|report.json [--out-dir DIR] [--fail-on error|warning] [--ui kk|ru|en] [--parts …]
  zanger rules [--format md|json]
  zanger compare <old.docx|.txt> <new.docx|.txt> --out table.docx [--lang kk|ru]   (or --format md|json to print it)
  zanger parity <kk.docx|.txt> <ru.docx|.txt> | <both.docx with a two-column kk/ru table> [--anchor kk|ru] [--format md|json] [--ui kk|ru|en] [--glossary pairs.json]   (exit 1 when they differ)
  zanger token create --name NAME | token list | token revoke --name NAME [--db FILE]
  zanger audit export [--from DATE] [--to DATE] [--format csv|json] [--out FILE] [--db FILE]
  zanger stats [--db FILE]   (per-rule precision from the lawyers' feedback)
  zanger dismiss add --rule ID [--fingerprint FP] [--act-type T] [--note TEXT] | dismiss list | dismiss remove --id N
  zanger corpus import <file> --act ID --edition YYYY-MM-DD --lang kk|ru [--db FILE]
  zanger corpus import-official <dir> [--db FILE]   (the five official texts of ../shared/corpus)
  zanger corpus list [--db FILE]
  zanger corpus search <text> --lang kk|ru [--act ID[,ID]] [--k 5] [--db FILE]
  zanger scan <folder> [--report report.md|report.json] [--ui ru|kk|en] [--db FILE]
                      (norms repeating the imported acts in force, and the same wording with other figures)

Act types: ${ACT_TYPES.join(", ")}
Packs: ${PACKS.join(", ")}`;

class UsageError extends Error {}

function flag(f: Record<string, string | true>, name: string): string | undefined {
  const v = f[name];
  if (v === true) throw new UsageError(`--${name} needs a value`);
  return v;
}

async function check(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const file = positional[0];
  if (!file) throw new UsageError("check needs a file or a folder");
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) return checkFolderCommand(file, flags);
  const format = flag(flags, "format") ?? "text";
  if (format !== "json" && format !== "text") throw new UsageError("--format is json or text");
  const actType = flag(flags, "act-type");
  if (actType && !(ACT_TYPES as readonly string[]).includes(actType)) throw new UsageError(`unknown act type ${actType}`);
  const out = flag(flags, "out");
  if (out !== undefined) {
    if (path.extname(file).toLowerCase() !== ".docx") throw new UsageError("--out writes comments into a copy of a .docx: the input must be a .docx");
    if (path.extname(out).toLowerCase() !== ".docx") throw new UsageError(`--out must name a .docx file, not ${out}`);
    if (path.resolve(out) === path.resolve(file)) throw new UsageError("--out must be another file: the input is never modified");
  }
  const paragraphs = await loadParagraphs(file);
  const ui = (flag(flags, "ui") ?? "ru") as UiLanguage;
  const parsed = CheckRequest.safeParse({
    document: { actType: actType as ActType | undefined, language: flag(flags, "lang") },
    paragraphs,
    options: { uiLanguage: ui, packs: flag(flags, "packs")?.split(","), llm: "off" },
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const parts = parseParts(flag(flags, "parts"));
  const res = runCheck(parsed.data);
  if (res.engine.failedRules) process.stderr.write(`zanger: rules failed on this document and were skipped: ${res.engine.failedRules.join(", ")}\n`);
  const extra = await checkExtraParts(file, parts, res.document.actType, parsed.data.options.uiLanguage);
  if (format === "json") process.stdout.write(JSON.stringify(parts.length ? { ...res, extraParts: extra } : res, null, 2) + "\n");
  else process.stdout.write(formatText(res, parsed.data.options.uiLanguage) + formatExtraParts(extra, parsed.data.options.uiLanguage));
  if (out !== undefined) {
    const ui = parsed.data.options.uiLanguage;
    const written = await writeComments(
      fs.readFileSync(file),
      res.findings.map((f) => ({ finding: f, text: commentText(f, ui) })),
    );
    // Written next to the target first, then renamed: a failure never leaves half a file under the name.
    const tmp = `${out}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, written.docx);
    fs.renameSync(tmp, out);
    process.stderr.write(`zanger: ${written.written} comments written to ${out}` + (written.skipped.length ? `; ${written.skipped.length} findings not anchored (${[...new Set(written.skipped.map((x) => x.reason))].join("; ")})` : "") + "\n");
  }
  return 0;
}

/** `zanger check <folder> --report FILE.md|FILE.json [--out-dir DIR] [--fail-on error|warning] [--ui kk|ru|en]`. */
async function checkFolderCommand(dir: string, flags: Record<string, string | true>): Promise<number> {
  const report = flag(flags, "report");
  if (!report) throw new UsageError("checking a folder needs --report report.md or report.json");
  const kind = path.extname(report).toLowerCase();
  if (kind !== ".md" && kind !== ".json") throw new UsageError("--report names a .md or a .json file");
  const failOn = flag(flags, "fail-on");
  if (failOn !== undefined && failOn !== "error" && failOn !== "warning") throw new UsageError("--fail-on is error or warning");
  const ui = (flag(flags, "ui") ?? "ru") as UiLanguage;
  if (!["kk", "ru", "en"].includes(ui)) throw new UsageError("--ui is kk, ru or en");
  const outDir = flag(flags, "out-dir");
  const parts = parseParts(flag(flags, "parts"));
  // On a terminal a progress bar stands on the last line; in a pipeline only the result lines are written.
  const tty = process.stderr.isTTY === true;
  const { report: r, exitCode } = await checkFolder(dir, {
    report,
    outDir,
    failOn,
    ui,
    parts,
    log: (line) => process.stderr.write((tty ? "\r\x1b[K" : "") + line + "\n"),
    onStart: tty ? (n, total, file) => process.stderr.write("\r\x1b[K" + progressBar(n, total, file).slice(0, (process.stderr.columns || 80) - 1)) : undefined,
  });
  fs.writeFileSync(report, kind === ".json" ? JSON.stringify(r, null, 2) + "\n" : reportMarkdown(r));
  process.stderr.write(`zanger: ${r.totals.files} files, ${r.totals.failed} not read; report: ${report}\n`);
  return exitCode;
}

/** The comparative table of two versions of a document, as .docx (default), Markdown or JSON. */
async function compare(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const [oldFile, newFile] = positional;
  if (!oldFile || !newFile) throw new UsageError("compare needs two files: the current version and the proposed one");
  const format = flag(flags, "format") ?? "docx";
  if (!["docx", "md", "json"].includes(format)) throw new UsageError("--format is docx, md or json");
  const out = flag(flags, "out");
  if (format === "docx" && !out) throw new UsageError("compare writes a .docx: give --out table.docx (or --format md|json to print the table)");
  if (out && path.extname(out).toLowerCase() !== ".docx" && format === "docx") throw new UsageError(`--out must name a .docx file, not ${out}`);
  const lang = flag(flags, "lang");
  if (lang !== undefined && lang !== "kk" && lang !== "ru") throw new UsageError("--lang is kk or ru");
  const before = (await loadParagraphs(oldFile)).map((p) => p.text);
  const after = (await loadParagraphs(newFile)).map((p) => p.text);
  const table = buildComparativeTable(before, after, lang ?? detectDocumentLanguage(after));
  const subtitle = after.find((t) => t.trim() !== "")?.trim();
  if (format === "json") process.stdout.write(JSON.stringify(table, null, 2) + "\n");
  else if (format === "md") process.stdout.write(comparativeTableMarkdown(table, subtitle));
  if (out) {
    fs.writeFileSync(out, await writeComparativeTableDocx(table, subtitle));
    process.stderr.write(`zanger: ${table.rows.length} changed units → ${out}\n`);
  }
  return 0;
}

/**
 * `zanger parity kk.docx ru.docx [--anchor kk|ru] [--format md|json] [--ui kk|ru|en]`: the Kazakh and Russian versions
 * of one act compared unit by unit; findings written as if into the `--anchor` version (Kazakh by default).
 * Exit code 1 when the versions differ, so a document workflow can stop on it.
 */
async function parity(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const [kkFile, ruFile] = positional;
  if (!kkFile) throw new UsageError("parity needs two files (the Kazakh version and the Russian version), or one .docx with both in a two-column table");
  const format = flag(flags, "format") ?? "md";
  if (format !== "md" && format !== "json") throw new UsageError("--format is md or json");
  const anchor = flag(flags, "anchor") ?? "kk";
  if (anchor !== "kk" && anchor !== "ru") throw new UsageError("--anchor is kk or ru");
  const uiRaw = flag(flags, "ui") ?? "ru";
  const parsedUi = UiLanguage.safeParse(uiRaw);
  if (!parsedUi.success) throw new UsageError("--ui is kk, ru or en");
  const ui = parsedUi.data;
  const glossaryFile = flag(flags, "glossary") ?? process.env.ZANGER_GLOSSARY;
  let glossary: GlossaryEntry[] | undefined;
  try {
    glossary = glossaryFile ? loadGlossaryFile(glossaryFile) : undefined;
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
  let kk: Paragraph[];
  let ru: Paragraph[];
  if (ruFile) {
    kk = await loadParagraphs(kkFile);
    ru = await loadParagraphs(ruFile);
  } else {
    // One document: the two columns of its Kazakh/Russian table are the two versions.
    const both = versionsFromTable(await loadParagraphs(kkFile));
    if (!both) throw new UsageError(`${kkFile} has no two-column table with a Kazakh and a Russian column; give the two versions as two files`);
    ({ kk, ru } = both);
  }
  const res = anchor === "kk" ? checkParity(kk, ru, { anchor, ui, glossary }) : checkParity(ru, kk, { anchor, ui, glossary });
  if (format === "json") process.stdout.write(JSON.stringify({ anchor, findings: res.findings, units: res.units }, null, 2) + "\n");
  else process.stdout.write(parityMarkdown(res, anchor === "kk" || !ruFile ? kkFile : ruFile, ui));
  return res.findings.length > 0 ? 1 : 0;
}

/** `zanger token create --name NAME | list | revoke --name NAME [--db FILE]`. */
function tokenCommand(argv: string[]): number {
  const [sub, ...rest] = argv;
  const { flags } = parseArgs(rest);
  const db = openDb(flag(flags, "db") ?? defaultConfig().dbPath);
  try {
    const store = new TokenStore(db);
    if (sub === "create" || sub === "revoke") {
      const name = flag(flags, "name");
      if (!name) throw new UsageError(`token ${sub} needs --name NAME`);
      if (sub === "create") {
        const token = store.create(name);
        process.stdout.write(`${token}\n`);
        process.stderr.write(`zanger: token «${name}» created. It is shown only now: give it to its user, who enters it in the pane.\n`);
      } else {
        store.revoke(name);
        process.stderr.write(`zanger: token «${name}» revoked.\n`);
      }
      return 0;
    }
    if (sub === "list") {
      for (const t of store.list()) process.stdout.write(`${t.name}\t${t.createdAt}\t${t.revokedAt ? `revoked ${t.revokedAt}` : "active"}\n`);
      return 0;
    }
    throw new UsageError(`unknown token command ${sub ?? ""}: create, list or revoke`);
  } catch (e) {
    if (e instanceof TokenError) throw new UsageError(e.message);
    throw e;
  } finally {
    db.close();
  }
}

/** `zanger stats [--db FILE]`: per-rule precision from the lawyers' feedback. */
function statsCommand(argv: string[]): number {
  const { flags } = parseArgs(argv);
  const db = openDb(flag(flags, "db") ?? defaultConfig().dbPath);
  try {
    const rows = new FeedbackStore(db).stats();
    if (rows.length === 0) {
      process.stdout.write("No feedback yet.\n");
      return 0;
    }
    process.stdout.write(`${"rule".padEnd(34)} useful  false alarm  precision\n`);
    for (const r of rows) {
      process.stdout.write(`${r.ruleId.padEnd(34)} ${String(r.useful).padStart(6)}  ${String(r.falseAlarm).padStart(11)}  ${r.precision === null ? "—" : `${(r.precision * 100).toFixed(1)} %`}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}

/** `zanger dismiss add --rule ID [--fingerprint FP] [--act-type T] [--note TEXT] | list | remove --id N`. */
function dismissCommand(argv: string[]): number {
  const [sub, ...rest] = argv;
  const { flags } = parseArgs(rest);
  const db = openDb(flag(flags, "db") ?? defaultConfig().dbPath);
  try {
    const store = new FeedbackStore(db);
    if (sub === "add") {
      const rule = flag(flags, "rule");
      if (!rule || !ALL_RULES.some((r) => r.id === rule)) throw new UsageError(`dismiss add needs --rule with a rule id (see zanger rules), not «${rule ?? ""}»`);
      const actType = flag(flags, "act-type");
      if (actType && !(ACT_TYPES as readonly string[]).includes(actType)) throw new UsageError(`unknown act type ${actType}`);
      const id = store.dismiss({ ruleId: rule, fingerprint: flag(flags, "fingerprint"), actType, note: flag(flags, "note") });
      process.stdout.write(`${id}\n`);
      process.stderr.write(`zanger: dismissal ${id} added for the whole organisation\n`);
      return 0;
    }
    if (sub === "list") {
      for (const d of store.dismissals()) process.stdout.write(`${d.id}\t${d.ruleId}\t${d.fingerprint ?? "*"}\t${d.actType ?? "*"}\t${d.note ?? ""}\n`);
      return 0;
    }
    if (sub === "remove") {
      const id = Number(flag(flags, "id"));
      if (!Number.isInteger(id) || !store.undismiss(id)) throw new UsageError(`no dismissal with --id ${flag(flags, "id") ?? ""}`);
      return 0;
    }
    throw new UsageError(`unknown dismiss command ${sub ?? ""}: add, list or remove`);
  } finally {
    db.close();
  }
}

/** `zanger audit export [--from ISO] [--to ISO] --format csv|json [--out FILE] [--db FILE]`. */
function auditCommand(argv: string[]): number {
  const [sub, ...rest] = argv;
  if (sub !== "export") throw new UsageError(`unknown audit command ${sub ?? ""}: export`);
  const { flags } = parseArgs(rest);
  const format = flag(flags, "format") ?? "csv";
  if (format !== "csv" && format !== "json") throw new UsageError("--format is csv or json");
  const from = flag(flags, "from");
  const to = flag(flags, "to");
  for (const [k, v] of [["from", from], ["to", to]] as const) {
    if (v !== undefined && Number.isNaN(Date.parse(v))) throw new UsageError(`--${k} is a date or time (2026-12-01 or 2026-12-01T09:00:00Z), not «${v}»`);
  }
  const db = openDb(flag(flags, "db") ?? defaultConfig().dbPath);
  try {
    const rows = new CheckLog(db).between(from ? new Date(from).toISOString() : undefined, to ? new Date(to).toISOString() : undefined);
    const text = format === "json" ? JSON.stringify(rows, null, 2) + "\n" : auditCsv(rows);
    const out = flag(flags, "out");
    if (out) fs.writeFileSync(out, text);
    else process.stdout.write(text);
    process.stderr.write(`zanger: ${rows.length} checks exported\n`);
    return 0;
  } finally {
    db.close();
  }
}

async function serve(argv: string[]): Promise<number> {
  const { flags } = parseArgs(argv);
  let cfg: ReturnType<typeof defaultConfig>;
  try {
    cfg = defaultConfig();
  } catch (e) {
    if (e instanceof LlmConfigError || e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
  const port = flag(flags, "port");
  if (port) cfg.port = Number(port);
  const host = flag(flags, "host");
  if (host) cfg.host = host;
  const db = flag(flags, "db");
  if (db) cfg.dbPath = db;
  // Beyond localhost every request needs a token; with none issued nobody could use the service.
  if (!isLoopback(cfg.host)) cfg.auth = "tokens";
  if (cfg.auth === "tokens") {
    const store = openDb(cfg.dbPath);
    const active = new TokenStore(store).activeCount();
    store.close();
    if (active === 0) {
      throw new UsageError(
        `refusing to start: ${isLoopback(cfg.host) ? "ZANGER_AUTH=tokens" : `listening on ${cfg.host}, beyond localhost,`} means every request needs an access token, and none has been issued. Create one with \`zanger token create --name NAME\` (same --db), then start again.`,
      );
    }
  }
  const app = await buildApp({ ...cfg, logRequests: cfg.logRequests });
  let address: string;
  try {
    address = await app.listen({ port: cfg.port, host: cfg.host });
  } catch (e) {
    await app.close(); // stops the engine's worker threads, which would keep the process alive
    throw e;
  }
  const scheme = cfg.tls ? "https" : "http";
  const shown = address.replace(/^https?:\/\/(127\.0\.0\.1|\[::1\])/, `${scheme}://localhost`);
  process.stdout.write(
    `Zanger is listening on ${address}\n` +
      `  Browser preview (task pane on a sample draft): ${shown}/\n` +
      `  Task pane for Word: ${shown}/taskpane.html   Manifest: ${shown}/manifest.xml\n` +
      `  API: POST ${shown}/api/v1/check   GET ${shown}/api/v1/rules   GET ${shown}/api/v1/health\n` +
      `  Storage: ${cfg.dbPath}   ${llmLine(cfg)}\n` +
      (cfg.auditDrafts ? `  Audit: the text of every checked draft is kept in the audit log (ZANGER_AUDIT_DRAFTS=on)\n` : "") +
      `  Engine: ${cfg.engineWorkers ? `${cfg.engineWorkers} worker thread${cfg.engineWorkers > 1 ? "s" : ""} (ZANGER_WORKERS)` : "on the main thread (ZANGER_WORKERS=0)"}\n` +
      `  Access: ${cfg.auth === "tokens" ? "bearer tokens required (zanger token create|list|revoke)" : "no tokens (localhost only)"}; checks per minute per user: ${cfg.rateLimitPerMinute || "no limit"}\n`,
  );
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return new Promise<number>(() => undefined);
}

/** What the start-up banner says about the model: its endpoint and model, and whether official texts are imported. */
function llmLine(cfg: ReturnType<typeof defaultConfig>): string {
  if (!cfg.llm) return "LLM: off (not configured; set ZANGER_LLM_BASE_URL and ZANGER_LLM_MODEL)";
  const db = openDb(cfg.dbPath);
  const editions = listEditions(db).length;
  db.close();
  return (
    `LLM: ${cfg.llm.model} at ${cfg.llm.baseUrl} (cache ${cfg.llm.cache ? "on" : "off"})` +
    (editions === 0 ? "\n  Warning: no official texts imported; the model is not asked until they are: zanger corpus import-official <dir>" : `; ${editions} official editions imported`)
  );
}

async function scan(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const ui = flag(flags, "ui") ?? "ru";
  if (!["ru", "kk", "en"].includes(ui)) throw new UsageError(`--ui must be ru, kk or en, not «${ui}»`);
  const db = openDb(flag(flags, "db") ?? defaultConfig().dbPath);
  try {
    return await scanCommand(positional[0], { report: flag(flags, "report"), ui: ui as UiLanguage }, db);
  } finally {
    db.close();
  }
}

function rules(argv: string[]): number {
  const { flags } = parseArgs(argv);
  const format = flag(flags, "format") ?? "md";
  if (format === "json") process.stdout.write(JSON.stringify(ALL_RULES.map((r) => ({ id: r.id, pack: r.pack, severity: r.severity, citation: r.citation })), null, 2) + "\n");
  else process.stdout.write(rulesMarkdown());
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case "check":
        return await check(rest);
      case "serve":
        return await serve(rest);
      case "rules":
        return rules(rest);
      case "corpus":
        return corpusCommand(rest);
      case "parity":
        return await parity(rest);
      case "scan":
        return await scan(rest);
      case "compare":
        return await compare(rest);
      case "token":
        return tokenCommand(rest);
      case "audit":
        return auditCommand(rest);
      case "stats":
        return statsCommand(rest);
      case "dismiss":
        return dismissCommand(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(USAGE + "\n");
        return cmd === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${cmd}`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof CorpusUsageError || e instanceof InputFileError) {
      process.stderr.write(`zanger: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof DocxError) {
      process.stderr.write(`zanger: cannot read the .docx: ${e.message}\n`);
      return 3;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === "EADDRINUSE") {
      process.stderr.write(`zanger: the port is already in use; choose another with --port or ZANGER_PORT\n`);
      return 4;
    }
    process.stderr.write(`zanger: ${err.message}\n`);
    return 1;
  }
}
