/**
 * Evaluation of the rule packs (docs/quality.md).
 *
 *   npm run eval                 labelled corpus test/eval/corpus: TP/FP/FN, precision, recall per pack × language
 *   npm run eval -- --json       the same, machine-readable
 *   npm run eval -- --markdown   the same tables in Markdown (paste into docs/quality.md)
 *   npm run eval -- --holdout    the same on the held-out set test/eval/holdout (never used to tune the rules)
 *   npm run eval -- --official   error density on the official texts in ../shared/corpus (skips when absent)
 *
 * Matching: a finding matches a label when the label's code is in the finding's rule `brief` list and
 * either the label is document-level (`doc: true`; any finding of the document with that code matches),
 * or the finding is on the label's paragraph and the character ranges of the label quote and the finding
 * overlap. A finding matching no label is a false positive; a label matched by no finding is a false
 * negative, unless no rule implements its code ("not covered": listed apart, not counted in recall).
 */
import * as fs from "fs";
import * as path from "path";
import { ACT_TYPES, LANGUAGES, type ActType, type Finding, type Language, type Pack } from "../contract";
import { paragraphsFromText } from "../engine/document/model";
import { ALL_RULES } from "../engine/rules";
import type { Rule } from "../engine/rules/types";
import { checkParagraphs } from "../engine/run";

const ROOT = path.resolve(__dirname, "../../..");
export const EVAL_CORPUS_DIR = process.env.ZANGER_EVAL_DIR ?? path.join(ROOT, "test/eval/corpus");
/** Held-out set: written blind from the brief after the rules were tuned; never used to tune them. */
export const HOLDOUT_CORPUS_DIR = path.join(ROOT, "test/eval/holdout");
export const OFFICIAL_CORPUS_DIR = process.env.ZANGER_CORPUS_DIR ?? path.resolve(ROOT, "../shared/corpus");

export interface EvalLabel {
  code: string;
  quote?: string;
  doc?: boolean;
}
export interface EvalParagraph {
  text: string;
  expect?: EvalLabel[];
}
export interface EvalDoc {
  id: string;
  lang: Language;
  actType: ActType;
  note: string;
  paragraphs: EvalParagraph[];
}

/** Rule crashes seen during this run ("rule: message"); a crashing rule yields no findings but does not stop the eval. */
export const RULE_CRASHES = new Map<string, string>();

/** The rules, each wrapped so that an exception in detect() is recorded instead of aborting the run. */
export function guardedRules(rules: readonly Rule[] = ALL_RULES): Rule[] {
  return rules.map((r) => ({
    ...r,
    detect(ctx) {
      try {
        return r.detect(ctx);
      } catch (e) {
        if (!RULE_CRASHES.has(r.id)) RULE_CRASHES.set(r.id, String(e instanceof Error ? e.message : e).slice(0, 200));
        return [];
      }
    },
  }));
}

const PREFIX_PACK: [string, Pack][] = [
  ["AC-", "anticorruption"],
  ["C-", "constitution"],
  ["L-", "legal-acts"],
  ["R-", "ria"],
  ["X-", "drafting"],
];

export function loadEvalCorpus(dir = EVAL_CORPUS_DIR): EvalDoc[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as EvalDoc);
}

/** Pack that owns a §9 code: the pack of the first rule implementing it, else by prefix. */
export function packOfCode(code: string, rules: readonly Rule[] = ALL_RULES): Pack {
  const r = rules.find((x) => x.brief.includes(code));
  if (r) return r.pack;
  return PREFIX_PACK.find(([p]) => code.startsWith(p))?.[1] ?? "drafting";
}

interface LabelRef {
  doc: string;
  lang: Language;
  para: number | null;
  code: string;
  quote: string;
  start: number;
  end: number;
  pack: Pack;
  matched: boolean;
  paraText: string;
}
interface FindingRef {
  doc: string;
  lang: Language;
  finding: Finding;
  pack: Pack;
  brief: readonly string[];
  matched: boolean;
  paraText: string;
}

export interface Cell {
  tp: number;
  fn: number;
  fp: number;
  hits: number;
  precision: number | null;
  recall: number | null;
}

export interface EvalReport {
  rulesCount: number;
  corpus: { docs: number; paragraphs: Record<Language, number>; labels: Record<Language, number> };
  table: { pack: string; lang: string; cell: Cell }[];
  overall: Record<Language | "all", Cell>;
  byCode: { code: string; pack: Pack; covered: boolean; labels: number; found: number; fp: number }[];
  byRule: { rule: string; pack: Pack; brief: readonly string[]; findings: number; hits: number; fp: number }[];
  notCovered: { code: string; doc: string; para: number | null; quote: string }[];
  falsePositives: { doc: string; para: number | null; rule: string; brief: readonly string[]; severity: string; quote: string; context: string }[];
  falseNegatives: { doc: string; para: number | null; code: string; quote: string; context: string }[];
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  if (a0 === a1 || b0 === b1) return Math.max(a0, b0) <= Math.min(a1, b1);
  return a0 < b1 && b0 < a1;
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function cell(tp: number, fn: number, fp: number, hits: number): Cell {
  return { tp, fn, fp, hits, precision: ratio(hits, hits + fp), recall: ratio(tp, tp + fn) };
}

export function evaluate(docs: readonly EvalDoc[], rules: readonly Rule[] = guardedRules()): EvalReport {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const implemented = new Set(rules.flatMap((r) => r.brief));
  const labels: LabelRef[] = [];
  const findings: FindingRef[] = [];
  const paragraphs = { kk: 0, ru: 0 } as Record<Language, number>;
  const labelCount = { kk: 0, ru: 0 } as Record<Language, number>;

  for (const d of docs) {
    paragraphs[d.lang] += d.paragraphs.length;
    d.paragraphs.forEach((p, i) => {
      for (const l of p.expect ?? []) {
        labelCount[d.lang]++;
        const start = l.doc ? 0 : Math.max(0, p.text.indexOf(l.quote ?? ""));
        labels.push({
          doc: d.id,
          lang: d.lang,
          para: l.doc ? null : i,
          code: l.code,
          quote: l.quote ?? "",
          start,
          end: l.doc ? 0 : start + (l.quote ?? "").length,
          pack: packOfCode(l.code, rules),
          matched: false,
          paraText: l.doc ? "" : p.text,
        });
      }
    });
    const input = d.paragraphs.map((p, index) => ({ index, text: p.text }));
    const { findings: fs_ } = checkParagraphs(input, { actType: d.actType, language: d.lang, rules, uiLanguage: "ru" });
    const docLabels = labels.filter((l) => l.doc === d.id);
    for (const f of fs_) {
      const rule = ruleById.get(f.ruleId);
      const brief = rule?.brief ?? [];
      const ref: FindingRef = {
        doc: d.id,
        lang: d.lang,
        finding: f,
        pack: f.pack,
        brief,
        matched: false,
        paraText: f.paragraphIndex === null ? "" : d.paragraphs[f.paragraphIndex]?.text ?? "",
      };
      for (const l of docLabels) {
        if (!brief.includes(l.code)) continue;
        const hit =
          l.para === null ||
          (f.paragraphIndex === l.para && overlaps(f.start, f.end, l.start, l.end));
        if (hit) {
          l.matched = true;
          ref.matched = true;
        }
      }
      findings.push(ref);
    }
  }

  const packs = [...new Set([...labels.map((l) => l.pack), ...findings.map((f) => f.pack)])].sort();
  const table: EvalReport["table"] = [];
  const mk = (ls: LabelRef[], fsr: FindingRef[]) => {
    const cov = ls.filter((l) => implemented.has(l.code));
    return cell(
      cov.filter((l) => l.matched).length,
      cov.filter((l) => !l.matched).length,
      fsr.filter((f) => !f.matched).length,
      fsr.filter((f) => f.matched).length,
    );
  };
  for (const pack of packs) {
    for (const lang of LANGUAGES) {
      table.push({
        pack,
        lang,
        cell: mk(
          labels.filter((l) => l.pack === pack && l.lang === lang),
          findings.filter((f) => f.pack === pack && f.lang === lang),
        ),
      });
    }
  }
  const overall = {
    kk: mk(labels.filter((l) => l.lang === "kk"), findings.filter((f) => f.lang === "kk")),
    ru: mk(labels.filter((l) => l.lang === "ru"), findings.filter((f) => f.lang === "ru")),
    all: mk(labels, findings),
  };

  const codes = [...new Set([...labels.map((l) => l.code), ...rules.flatMap((r) => r.brief)])].sort(codeOrder);
  const byCode = codes.map((code) => ({
    code,
    pack: packOfCode(code, rules),
    covered: implemented.has(code),
    labels: labels.filter((l) => l.code === code).length,
    found: labels.filter((l) => l.code === code && l.matched).length,
    fp: findings.filter((f) => !f.matched && f.brief.includes(code)).length,
  }));
  const byRule = rules
    .map((r) => {
      const fr = findings.filter((f) => f.finding.ruleId === r.id);
      return {
        rule: r.id,
        pack: r.pack,
        brief: r.brief,
        findings: fr.length,
        hits: fr.filter((f) => f.matched).length,
        fp: fr.filter((f) => !f.matched).length,
      };
    })
    .sort((a, b) => a.rule.localeCompare(b.rule));

  const ctx = (text: string, s: number, e: number) =>
    text ? `${s > 40 ? "…" : ""}${text.slice(Math.max(0, s - 40), Math.min(text.length, e + 40))}${e + 40 < text.length ? "…" : ""}` : "";
  return {
    rulesCount: rules.length,
    corpus: { docs: docs.length, paragraphs, labels: labelCount },
    table,
    overall,
    byCode,
    byRule,
    notCovered: labels
      .filter((l) => !implemented.has(l.code))
      .map((l) => ({ code: l.code, doc: l.doc, para: l.para, quote: l.quote })),
    falsePositives: findings
      .filter((f) => !f.matched)
      .map((f) => ({
        doc: f.doc,
        para: f.finding.paragraphIndex,
        rule: f.finding.ruleId,
        brief: f.brief,
        severity: f.finding.severity,
        quote: f.finding.quote,
        context: ctx(f.paraText, f.finding.start, f.finding.end),
      })),
    falseNegatives: labels
      .filter((l) => implemented.has(l.code) && !l.matched)
      .map((l) => ({ doc: l.doc, para: l.para, code: l.code, quote: l.quote, context: ctx(l.paraText, l.start, l.end) })),
  };
}

function codeOrder(a: string, b: string): number {
  const k = (c: string) => {
    const m = /^([A-Z]+)-(\d+)?/.exec(c);
    const order = ["C", "L", "R", "AC", "X"].indexOf(m?.[1] ?? "X");
    return [order < 0 ? 9 : order, m?.[2] ? Number(m[2]) : 0] as const;
  };
  const [a1, a2] = k(a);
  const [b1, b2] = k(b);
  return a1 - b1 || a2 - b2 || a.localeCompare(b);
}

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

function mdTable(head: string[], rows: (string | number)[][]): string {
  const esc = (s: string | number) => String(s).replace(/\|/g, "\\|");
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}

function textTable(head: string[], rows: (string | number)[][]): string {
  const all = [head, ...rows].map((r) => r.map(String));
  const w = head.map((_, i) => Math.max(...all.map((r) => [...r[i]!].length)));
  return all.map((r) => r.map((c, i) => c.padEnd(w[i]!)).join("  ")).join("\n");
}

export function formatReport(rep: EvalReport, markdown: boolean): string {
  const T = markdown ? mdTable : textTable;
  const h = (s: string) => (markdown ? `\n#### ${s}\n` : `\n== ${s} ==`);
  const out: string[] = [];
  out.push(
    `${markdown ? "" : "zanger eval: "}${rep.rulesCount} rules; corpus ${rep.corpus.docs} documents, ` +
      `${rep.corpus.paragraphs.ru} ru + ${rep.corpus.paragraphs.kk} kk paragraphs, ` +
      `${rep.corpus.labels.ru} ru + ${rep.corpus.labels.kk} kk labels (${rep.notCovered.length} labels not covered by any rule).`,
  );
  out.push(h("Per pack × language (TP/FN count labels; hits/FP count findings; P = hits/(hits+FP), R = TP/(TP+FN))"));
  const row = (a: string, b: string, c: Cell) => [a, b, c.tp, c.fn, c.hits, c.fp, pct(c.precision), pct(c.recall)];
  out.push(
    T(["pack", "lang", "TP", "FN", "hits", "FP", "precision", "recall"], [
      ...rep.table.map((r) => row(r.pack, r.lang, r.cell)),
      row("overall", "ru", rep.overall.ru),
      row("overall", "kk", rep.overall.kk),
      row("overall", "all", rep.overall.all),
    ]),
  );
  out.push(h("Per brief code (labels found / labels; FP = unmatched findings of rules implementing the code)"));
  out.push(
    T(
      ["code", "pack", "rule?", "found", "labels", "FP"],
      rep.byCode.map((c) => [c.code, c.pack, c.covered ? "yes" : "no", c.found, c.labels, c.fp]),
    ),
  );
  out.push(h("Per rule"));
  out.push(
    T(
      ["rule", "brief", "findings", "hits", "FP"],
      rep.byRule.map((r) => [r.rule, r.brief.join(","), r.findings, r.hits, r.fp]),
    ),
  );
  const nc = new Map<string, number>();
  for (const l of rep.notCovered) nc.set(l.code, (nc.get(l.code) ?? 0) + 1);
  out.push(h("Labels whose code no rule implements (not counted in recall)"));
  out.push([...nc.entries()].sort((a, b) => codeOrder(a[0], b[0])).map(([c, n]) => `${c} ×${n}`).join(", ") || "none");
  out.push(h(`False positives (${rep.falsePositives.length})`));
  for (const f of rep.falsePositives)
    out.push(`${markdown ? "- " : ""}${f.doc} ¶${f.para ?? "doc"} ${f.rule} [${f.brief.join(",")}] ${f.severity}: «${f.quote}» — ${f.context}`);
  out.push(h(`False negatives (${rep.falseNegatives.length})`));
  for (const l of rep.falseNegatives)
    out.push(`${markdown ? "- " : ""}${l.doc} ¶${l.para ?? "doc"} ${l.code}: «${l.quote}»${l.context ? ` — ${l.context}` : ""}`);
  return out.join("\n");
}

// ---------------------------------------------------------------- official texts

export interface OfficialFileStat {
  file: string;
  actType: string;
  lang: string;
  chars: number;
  findings: number;
  errors: number;
  errorsPer10k: number;
}
export interface OfficialReport {
  dir: string;
  files: OfficialFileStat[];
  byRule: { rule: string; group: string; error: number; warning: number; info: number; errorsPer10k: number }[];
  totals: Record<string, { chars: number; findings: number; errors: number; errorsPer10k: number }>;
  errors: { file: string; para: number | null; rule: string; quote: string; context: string }[];
}

const OFFICIAL_TYPES: Record<string, ActType> = {
  "constitution-2026": "constitutional-law",
  "constitution-1995": "constitutional-law",
  "law-on-legal-acts": "law",
  "entrepreneurial-code": "code",
};

export function evaluateOfficial(dir = OFFICIAL_CORPUS_DIR): OfficialReport | null {
  if (!fs.existsSync(dir)) return null;
  const items: { file: string; group: string; actType?: ActType; lang?: Language; raw: string }[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
    const m = /^(.*)\.(ru|kk)\.txt$/.exec(f);
    const actType = m ? OFFICIAL_TYPES[m[1]!] : undefined;
    items.push({ file: f, group: "official", actType: actType ?? "unknown", lang: (m?.[2] as Language) ?? undefined, raw: fs.readFileSync(path.join(dir, f), "utf8") });
  }
  const local = path.join(dir, "local-acts");
  if (fs.existsSync(local))
    for (const f of fs.readdirSync(local).filter((x) => x.endsWith(".txt")).sort())
      items.push({ file: `local-acts/${f}`, group: "local-acts", raw: fs.readFileSync(path.join(local, f), "utf8") });

  const rules = guardedRules();
  const files: OfficialFileStat[] = [];
  const ruleCounts = new Map<string, { group: Set<string>; error: number; warning: number; info: number }>();
  const errors: OfficialReport["errors"] = [];
  const totals: OfficialReport["totals"] = {};
  for (const it of items) {
    // "# " header lines (title, source) are not part of the act: blank them, keep the paragraph indices.
    const paragraphs = paragraphsFromText(it.raw).map((p) => (p.text.startsWith("# ") ? { ...p, text: "" } : p));
    const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);
    const { findings, doc } = checkParagraphs(paragraphs, { actType: it.actType, language: it.lang, uiLanguage: "ru", rules });
    const errs = findings.filter((f) => f.severity === "error");
    files.push({
      file: it.file,
      actType: doc.actType,
      lang: doc.language,
      chars,
      findings: findings.length,
      errors: errs.length,
      errorsPer10k: (errs.length / Math.max(1, chars)) * 10000,
    });
    const t = (totals[it.group] ??= { chars: 0, findings: 0, errors: 0, errorsPer10k: 0 });
    t.chars += chars;
    t.findings += findings.length;
    t.errors += errs.length;
    for (const f of findings) {
      const c = ruleCounts.get(f.ruleId) ?? { group: new Set<string>(), error: 0, warning: 0, info: 0 };
      c[f.severity]++;
      c.group.add(it.group);
      ruleCounts.set(f.ruleId, c);
    }
    for (const f of errs) {
      const text = f.paragraphIndex === null ? "" : paragraphs[f.paragraphIndex]!.text;
      errors.push({
        file: it.file,
        para: f.paragraphIndex,
        rule: f.ruleId,
        quote: f.quote,
        context: text ? text.slice(Math.max(0, f.start - 60), Math.min(text.length, f.end + 60)) : "",
      });
    }
  }
  const allChars = files.reduce((n, f) => n + f.chars, 0);
  for (const t of Object.values(totals)) t.errorsPer10k = (t.errors / Math.max(1, t.chars)) * 10000;
  return {
    dir,
    files,
    totals,
    byRule: [...ruleCounts.entries()]
      .map(([rule, c]) => ({
        rule,
        group: [...c.group].sort().join("+"),
        error: c.error,
        warning: c.warning,
        info: c.info,
        errorsPer10k: (c.error / Math.max(1, allChars)) * 10000,
      }))
      .sort((a, b) => b.error - a.error || b.warning - a.warning || a.rule.localeCompare(b.rule)),
    errors,
  };
}

export function formatOfficial(rep: OfficialReport, markdown: boolean, maxErrors: number): string {
  const T = markdown ? mdTable : textTable;
  const h = (s: string) => (markdown ? `\n#### ${s}\n` : `\n== ${s} ==`);
  const out: string[] = [`${markdown ? "" : "zanger eval --official: "}${rep.dir}`];
  out.push(h("Totals (error-level findings per 10,000 characters)"));
  out.push(
    T(
      ["group", "chars", "findings", "errors", "errors/10k"],
      Object.entries(rep.totals).map(([g, t]) => [g, t.chars, t.findings, t.errors, t.errorsPer10k.toFixed(3)]),
    ),
  );
  out.push(h("Official acts"));
  out.push(
    T(
      ["file", "actType", "lang", "chars", "findings", "errors", "errors/10k"],
      rep.files
        .filter((f) => !f.file.startsWith("local-acts/"))
        .map((f) => [f.file, f.actType, f.lang, f.chars, f.findings, f.errors, f.errorsPer10k.toFixed(3)]),
    ),
  );
  const local = rep.files.filter((f) => f.file.startsWith("local-acts/") && f.findings > 0);
  out.push(h(`Local acts with findings (${local.length} of ${rep.files.filter((f) => f.file.startsWith("local-acts/")).length})`));
  out.push(
    T(
      ["file", "actType", "lang", "chars", "findings", "errors", "errors/10k"],
      local.map((f) => [f.file, f.actType, f.lang, f.chars, f.findings, f.errors, f.errorsPer10k.toFixed(3)]),
    ),
  );
  out.push(h("Per rule (all files)"));
  out.push(
    T(
      ["rule", "where", "error", "warning", "info", "errors/10k"],
      rep.byRule.map((r) => [r.rule, r.group, r.error, r.warning, r.info, r.errorsPer10k.toFixed(3)]),
    ),
  );
  // For review: at most 3 per (file, rule) so one noisy rule does not hide the others; --all lists every one.
  const seen = new Map<string, number>();
  const sample = rep.errors.filter((e) => {
    const k = `${e.file}|${e.rule}`;
    seen.set(k, (seen.get(k) ?? 0) + 1);
    return maxErrors === Infinity || seen.get(k)! <= 3;
  });
  out.push(h(`Error-level findings (${rep.errors.length}; ${maxErrors === Infinity ? "all" : "at most 3 per file and rule; --all for all"})`));
  for (const e of sample.slice(0, maxErrors))
    out.push(`${markdown ? "- " : ""}${e.file} ¶${e.para ?? "doc"} ${e.rule}: «${e.quote.slice(0, 100)}» — ${e.context.replace(/\s+/g, " ")}`);
  return out.join("\n");
}

export function main(argv: readonly string[]): number {
  const json = argv.includes("--json");
  const markdown = argv.includes("--markdown");
  if (argv.includes("--official")) {
    const rep = evaluateOfficial();
    if (!rep) {
      console.log(`eval --official: ${OFFICIAL_CORPUS_DIR} not found; skipping (set ZANGER_CORPUS_DIR to the shared corpus).`);
      return 0;
    }
    console.log(json ? JSON.stringify({ ...rep, crashes: Object.fromEntries(RULE_CRASHES) }, null, 2) : formatOfficial(rep, markdown, argv.includes("--all") ? Infinity : 200));
    if (RULE_CRASHES.size && !json)
      console.log(`\nRULES THAT THREW (no findings counted for them):\n${[...RULE_CRASHES].map(([r, m]) => `  ${r}: ${m}`).join("\n")}`);
    return 0;
  }
  const crashes = () => {
    if (RULE_CRASHES.size && !json)
      console.log(`\nRULES THAT THREW (no findings counted for them):\n${[...RULE_CRASHES].map(([r, m]) => `  ${r}: ${m}`).join("\n")}`);
  };
  const holdout = argv.includes("--holdout");
  const docs = loadEvalCorpus(holdout ? HOLDOUT_CORPUS_DIR : EVAL_CORPUS_DIR);
  if (holdout && !json) console.log(markdown ? "Held-out set (test/eval/holdout)\n" : "HELD-OUT SET test/eval/holdout");
  for (const d of docs) {
    if (!(ACT_TYPES as readonly string[]).includes(d.actType)) throw new Error(`${d.id}: unknown actType ${d.actType}`);
  }
  const rep = evaluate(docs);
  console.log(json ? JSON.stringify({ ...rep, crashes: Object.fromEntries(RULE_CRASHES) }, null, 2) : formatReport(rep, markdown));
  crashes();
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
