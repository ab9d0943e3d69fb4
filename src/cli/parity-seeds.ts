/**
 * Measured parity (issue 8): the Kazakh and Russian texts of the 2026 Constitution from ../shared/corpus, article by
 * article, are real aligned pairs of one act (both texts are the adopted ones). Each pair is checked as it is
 * (every finding there is a false alarm) and with one seeded mismatch of each kind — a number changed in the
 * Russian or the Kazakh text, a reference changed in the Kazakh text, a point dropped from either — which the matching check
 * must find in that unit and nothing else; another body named in one Russian sentence (terms); a long Russian
 * point cut to its first clause (length). Nothing is copied: the texts are read at run time.
 */
import fs from "node:fs";
import path from "node:path";
import type { Paragraph } from "../contract";
import { checkParity } from "../engine/bilingual/parity";

export type SeedKind = "numbers" | "bounds" | "references" | "missing-unit" | "terms" | "length";
const RULE_OF: Record<SeedKind, string> = { numbers: "BI-NUMBERS", bounds: "BI-BOUNDS", references: "BI-REFERENCES", "missing-unit": "BI-MISSING-UNIT", terms: "BI-TERMS", length: "BI-LENGTH" };

export interface ArticlePair {
  article: string;
  kk: string[];
  ru: string[];
}

export interface Seeded {
  article: string;
  kind: SeedKind | null;
  /** The version the seed went into. */
  side: "kk" | "ru" | null;
  kk: string[];
  ru: string[];
  /** The point number the seed touched (its unit), when it is inside a point. */
  point?: string;
}

function body(file: string): string[] {
  return fs.readFileSync(file, "utf8").split("\n").slice(3);
}

/** The articles of the Constitution 2026 in both languages, paired by number. */
export function constitutionPairs(corpusDir: string): ArticlePair[] {
  const kk = body(path.join(corpusDir, "constitution-2026.kk.txt"));
  const ru = body(path.join(corpusDir, "constitution-2026.ru.txt"));
  const split = (lines: string[], head: RegExp) => {
    const out = new Map<string, string[]>();
    let cur: string | null = null;
    for (const l of lines) {
      const m = head.exec(l.trim());
      if (m) out.set((cur = m[1]!), [l]);
      else if (/^(?:[IVXІ]+\s+бөлім|Раздел\s+[IVX]+)/u.test(l.trim())) cur = null;
      else if (cur && l.trim()) out.get(cur)!.push(l);
    }
    return out;
  };
  const kkA = split(kk, /^(\d+)-бап$/u);
  const ruA = split(ru, /^Статья (\d+)\.$/u);
  return [...kkA.keys()].filter((a) => ruA.has(a)).map((a) => ({ article: a, kk: kkA.get(a)!, ru: ruA.get(a)! }));
}

const RU_WORD_SWAP: [RegExp, string][] = [
  [/(?<![\p{L}])двух(?=\s+(?:месяц|лет|раз))/u, "трех"],
  [/(?<![\p{L}])шести(?=\s+месяц)/u, "восьми"],
  [/(?<![\p{L}])шесть(?=\s+месяц)/u, "восемь"],
  [/(?<![\p{L}])пяти(?=\s+лет)/u, "семи"],
  [/(?<![\p{L}])сорока(?=\s+лет)/u, "сорока пяти"],
  [/(?<![\p{L}])двадцати(?=\s+(?:пяти\s+)?лет)/u, "тридцати"],
  [/(?<![\p{L}])одного(?=\s+года)/u, "двух"],
  [/(?<![\p{L}])десяти(?=\s+дней)/u, "пятнадцати"],
];

const KK_WORD_SWAP: [RegExp, string][] = [
  [/(?<![\p{L}])екі(?=\s+(?:ай|жыл))/u, "үш"],
  [/(?<![\p{L}])алты(?=\s+ай)/u, "сегіз"],
  [/(?<![\p{L}])бір(?=\s+(?:ай|жыл))/u, "екі"],
  [/(?<![\p{L}])бес(?=\s+жыл)/u, "жеті"],
  [/(?<![\p{L}])қырық(?=\s+жас)/u, "қырық бес"],
  [/(?<![\p{L}])жиырма(?=\s+(?:бес\s+)?жас)/u, "отыз"],
  [/(?<![\p{L}])он(?=\s+күн)/u, "он бес"],
];

/** Changes one number of a line (a year or amount outside the numbering, or a number word before its unit). */
function seedNumber(lines: string[], lang: "kk" | "ru" = "ru"): { lines: string[]; index: number } | null {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    const numbering = /^\d+(?:-\d+)?[.)]\s/u.exec(l)?.[0].length ?? 0;
    const rest = l.slice(numbering);
    // A year or an amount, not a reference («статьи 51»).
    // A number before its unit, an adjective allowed between («20 рабочих дней», «30 күнтізбелік күн»).
    const d = (
      lang === "ru"
        ? /(?<![\p{L}\d])(?<!(?:стать|пункт|подпункт|глав|раздел|приложени)\p{L}*\s)(\d{1,4})(?=\s+(?:\p{L}+\s+)?(?:года|лет|процент|месяц|дней|дня|месячн|квадратн))/u
        : /(?<![\p{L}\d])(\d{1,4})(?=\s+(?:\p{L}+\s+)?(?:жыл|пайыз|ай|күн|айлық|шаршы))/u
    ).exec(rest);
    if (d) return { lines: lines.map((x, k) => (k === i ? l.slice(0, numbering + d.index) + String(Number(d[1]) + 1) + l.slice(numbering + d.index + d[1]!.length) : x)), index: i };
    for (const [re, to] of lang === "ru" ? RU_WORD_SWAP : KK_WORD_SWAP) {
      const m = re.exec(rest);
      if (m) return { lines: lines.map((x, k) => (k === i ? l.slice(0, numbering + m.index) + to + l.slice(numbering + m.index + m[0].length) : x)), index: i };
    }
  }
  return null;
}

/** Turns one Russian bound the other way («не менее» → «не более», «не позднее» → «не ранее»), a slip of sense. */
function seedBound(lines: string[]): { lines: string[]; index: number } | null {
  const flips: [RegExp, string][] = [
    [/(?<![\p{L}])не\s+менее(?=\s)/u, "не более"],
    [/(?<![\p{L}])не\s+более(?=\s)/u, "не менее"],
    [/(?<![\p{L}])не\s+позднее(?=\s)/u, "не ранее"],
  ];
  for (let i = 1; i < lines.length; i++) {
    for (const [re, to] of flips) {
      const m = re.exec(lines[i]!);
      if (m) return { lines: lines.map((x, k) => (k === i ? x.slice(0, m.index) + to + x.slice(m.index + m[0].length) : x)), index: i };
    }
  }
  return null;
}

/** Changes the number of one reference in a Kazakh line («51-бабының» → «52-бабының»). */
function seedReference(lines: string[]): { lines: string[]; index: number } | null {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    // The line's own number («3.», «1)», «2-бап.») is not a reference.
    const numbering = /^\d+(?:-\d+)?(?:[.)]|-бап\.?)\s/u.exec(l)?.[0].length ?? 0;
    const m = /(?<![\p{L}\d-])(\d+)-(ба[пб]|тарма[қғ])/u.exec(l.slice(numbering));
    if (m) {
      const at = numbering + m.index;
      return { lines: lines.map((x, k) => (k === i ? l.slice(0, at) + String(Number(m[1]) + 1) + l.slice(at + m[1]!.length) : x)), index: i };
    }
  }
  return null;
}

/** Names another body in one Russian sentence («Курултая» → «Сената» wherever that line names it), as a slip would. */
function seedTerm(lines: string[]): { lines: string[]; index: number } | null {
  const stems = [/(?<![\p{L}])Курулта\p{L}*/gu, /(?<![\p{L}])Правительств\p{L}*/gu, /(?<![\p{L}])маслихат\p{L}*/gu, /(?<![\p{L}])[Уу]полномоченн\p{L}*\s+орган\p{L}*/gu, /(?<![\p{L}])органы\s+прокуратуры/gu];
  for (let i = 1; i < lines.length; i++) {
    const re = stems.find((r) => new RegExp(r.source, "u").test(lines[i]!));
    if (re) return { lines: lines.map((x, k) => (k === i ? x.replace(re, "Сената") : x)), index: i };
  }
  return null;
}

/**
 * Cuts a long Russian point without subpoints down to its first clause, as when a translator drops the rest of a
 * sentence: a point of at least 200 characters whose dropped part names no number, reference or glossary name
 * (those would be other checks' findings).
 */
function seedLength(lines: string[]): { lines: string[]; index: number } | null {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!/^\d+\.\s/u.test(l) || l.length < 200 || /^\d+\)/u.test(lines[i + 1] ?? "")) continue;
    const cut = l.indexOf(" ", Math.floor(l.length * 0.3));
    const dropped = l.slice(cut);
    if (cut < 0 || /\d|стать|пункт|Курулта|Правительств|маслихат|Суд|прокур|Народн|Конституц|орган|лиц|штраф|лиценз/u.test(dropped)) continue;
    return { lines: lines.map((x, k) => (k === i ? l.slice(0, cut) + "." : x)), index: i };
  }
  return null;
}

/** Drops the last numbered point of the article (and the lines that continue it). */
function seedMissing(lines: string[]): { lines: string[]; point: string } | null {
  let last = -1;
  for (let i = 1; i < lines.length; i++) if (/^\d+\.\s/u.test(lines[i]!)) last = i;
  if (last < 0 || /^1\.\s/u.test(lines[last]!)) return null;
  let end = last + 1;
  while (end < lines.length && !/^\d+(?:-\d+)?\.\s/u.test(lines[end]!)) end++;
  return { lines: [...lines.slice(0, last), ...lines.slice(end)], point: /^(\d+)\./u.exec(lines[last]!)![1]! };
}

const pointOf = (lines: string[], index: number) => {
  for (let i = index; i >= 0; i--) {
    const m = /^(\d+(?:-\d+)?)\.\s/u.exec(lines[i]!);
    if (m) return m[1];
  }
  return undefined;
};

/** Every article as it is, and with each kind of seed that fits it. */
export function seededPairs(pairs: readonly ArticlePair[]): Seeded[] {
  const out: Seeded[] = [];
  for (const p of pairs) {
    out.push({ article: p.article, kind: null, side: null, kk: p.kk, ru: p.ru });
    const n = seedNumber(p.ru, "ru");
    if (n) out.push({ article: p.article, kind: "numbers", side: "ru", kk: p.kk, ru: n.lines, point: pointOf(n.lines, n.index) });
    const nk = seedNumber(p.kk, "kk");
    if (nk) out.push({ article: p.article, kind: "numbers", side: "kk", kk: nk.lines, ru: p.ru, point: pointOf(nk.lines, nk.index) });
    const b = seedBound(p.ru);
    if (b) out.push({ article: p.article, kind: "bounds", side: "ru", kk: p.kk, ru: b.lines, point: pointOf(b.lines, b.index) });
    const r = seedReference(p.kk);
    if (r) out.push({ article: p.article, kind: "references", side: "kk", kk: r.lines, ru: p.ru, point: pointOf(r.lines, r.index) });
    const t = seedTerm(p.ru);
    if (t) out.push({ article: p.article, kind: "terms", side: "ru", kk: p.kk, ru: t.lines, point: pointOf(t.lines, t.index) });
    const len = seedLength(p.ru);
    if (len) out.push({ article: p.article, kind: "length", side: "ru", kk: p.kk, ru: len.lines, point: pointOf(len.lines, len.index) });
    const m = seedMissing(p.ru);
    if (m) out.push({ article: p.article, kind: "missing-unit", side: "ru", kk: p.kk, ru: m.lines, point: m.point });
    const mk = seedMissing(p.kk);
    if (mk) out.push({ article: p.article, kind: "missing-unit", side: "kk", kk: mk.lines, ru: p.ru, point: mk.point });
  }
  return out;
}

export interface ParityScore {
  kind: SeedKind;
  tp: number;
  fn: number;
  fp: number;
  precision: number;
  recall: number;
}

const paras = (lines: string[]): Paragraph[] => lines.map((text, index) => ({ index, text }));

/**
 * Checks every pair from both sides. A seed is found when its check reports it. False alarms are the findings on
 * the adopted (clean) pairs, where the texts agree; a seeded pair's findings of other checks are about the seeded
 * change itself (cutting a clause can drop a number too) and are counted apart, as `collateral`.
 */
export function scoreParity(seeded: readonly Seeded[]): { scores: ParityScore[]; pairs: number; cleanFindings: number; collateral: number; misses: string[]; alarms: string[] } {
  const kinds: SeedKind[] = ["numbers", "bounds", "references", "missing-unit", "terms", "length"];
  const count = Object.fromEntries(kinds.map((k) => [k, { tp: 0, fn: 0, fp: 0 }])) as Record<SeedKind, { tp: number; fn: number; fp: number }>;
  const kindOf = Object.fromEntries(kinds.map((k) => [RULE_OF[k], k])) as Record<string, SeedKind>;
  let cleanFindings = 0;
  let collateral = 0;
  const misses: string[] = [];
  const alarms: string[] = [];
  for (const s of seeded) {
    const fromRu = checkParity(paras(s.ru), paras(s.kk), { anchor: "ru", ui: "en" }).findings;
    const fromKk = checkParity(paras(s.kk), paras(s.ru), { anchor: "kk", ui: "en" }).findings;
    const all = [...fromRu, ...fromKk];
    if (s.kind === null) {
      cleanFindings += all.length;
      for (const f of all) {
        count[kindOf[f.ruleId] ?? "numbers"].fp++;
        alarms.push(`art. ${s.article}: ${f.ruleId} ${f.message}`);
      }
      continue;
    }
    const expected = RULE_OF[s.kind];
    collateral += all.filter((f) => f.ruleId !== expected).length;
    if (all.some((f) => f.ruleId === expected)) count[s.kind].tp++;
    else {
      count[s.kind].fn++;
      misses.push(`art. ${s.article}: ${s.kind} seeded in ${s.side}${s.point ? ` (point ${s.point})` : ""}`);
    }
  }
  const scores = kinds.map((kind) => {
    const { tp, fn, fp } = count[kind];
    return { kind, tp, fn, fp, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  });
  return { scores, pairs: seeded.length, cleanFindings, collateral, misses, alarms };
}

/** A translation slip (test/fixtures/parity-slips.ts): one version says something else, the way translators err. */
export interface SlipPair {
  id: string;
  slip: string;
  wrongIn: "kk" | "ru";
  /** The check that should report it, or null for a slip of meaning the parity checks do not read. */
  caughtBy: string | null;
  /** Other checks that rightly report the same slip (a dropped sentence that held a deadline). */
  alsoBy?: string[];
  kk: string[];
  ru: string[];
}

export interface SlipScore {
  slips: number;
  /** Slips of a kind the checks read (caughtBy not null), and how many of them were reported. */
  checkable: number;
  caught: number;
  /** Slips of meaning, outside what the parity checks read. */
  meaning: number;
  missed: string[];
  alarms: string[];
}

/** Checks each slip pair from both sides: caught when the expected check reports; other checks' findings are false alarms. */
export function scoreSlips(slips: readonly SlipPair[]): SlipScore {
  const out: SlipScore = { slips: slips.length, checkable: 0, caught: 0, meaning: 0, missed: [], alarms: [] };
  for (const s of slips) {
    const all = [
      ...checkParity(paras(s.kk), paras(s.ru), { anchor: "kk", ui: "en" }).findings,
      ...checkParity(paras(s.ru), paras(s.kk), { anchor: "ru", ui: "en" }).findings,
    ];
    const allowed = new Set([s.caughtBy, ...(s.alsoBy ?? [])]);
    for (const f of all) if (!allowed.has(f.ruleId)) out.alarms.push(`${s.id}: ${f.ruleId} «${f.quote}» ${f.message}`);
    if (s.caughtBy === null) {
      out.meaning++;
      out.missed.push(`${s.id}: ${s.slip} (meaning)`);
      continue;
    }
    out.checkable++;
    if (all.some((f) => f.ruleId === s.caughtBy)) out.caught++;
    else out.missed.push(`${s.id}: ${s.slip} (${s.caughtBy})`);
  }
  return out;
}
