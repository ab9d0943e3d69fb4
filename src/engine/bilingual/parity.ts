/**
 * The Kazakh and Russian versions of one act, aligned by structure and compared unit by unit (pack `bilingual`).
 * Units are keyed by their address (annex, section, chapter, article, point, subpoint), so a missing or extra unit
 * leaves the others aligned. Findings are written into one version — the open document, `anchor` — with the
 * other version's words in the message.
 */
import type { Finding, Language, Paragraph, UiLanguage } from "../../contract";
import type { Address } from "../document/structure";
import { parseDocument, type ParsedDocument } from "../document/model";
import { buildFinding } from "../findings";
import { orderFindings } from "../run";
import { GLOSSARY, type GlossaryEntry } from "../data/bilingual-glossary";
import { findAll, phraseRegex } from "../document/match";
import { boundOf, type Bound, type BoundMark } from "./bounds";
import { BI_BOUNDS, BI_LENGTH, BI_MISSING_UNIT, BI_NUMBERS, BI_REFERENCES, BI_TERMS, type ParityCheck } from "./checks";
import { quantities, type Quantity } from "./quantities";
import { references, type Reference } from "./references";

export interface ParityUnit {
  key: string;
  address: Address | null;
  /** Indexes (into ParsedDocument.paragraphs) of the unit's paragraphs. */
  paragraphs: number[];
  quantities: UnitQuantity[];
  references: (Reference & { para: number })[];
}

/** A quantity of a unit: the paragraph it is in and the bound its qualifier sets, if any. */
export type UnitQuantity = Quantity & { para: number; bound: BoundMark | null };

export interface ParityResult {
  findings: Finding[];
  /** Aligned units: key, and whether each version has it. */
  units: { key: string; label: Record<UiLanguage, string>; kk: boolean; ru: boolean }[];
  doc: ParsedDocument;
  other: ParsedDocument;
}

/** Where the words of a paragraph begin, after its number («1. ») and spaces. */
const bodyStart = (p: { text: string; numberEnd?: number }) => {
  const from = p.numberEnd ?? 0;
  return from + (p.text.slice(from).length - p.text.slice(from).trimStart().length);
};

const keyOf = (a: Address) => [a.part, a.section ?? "", a.chapter ?? "", a.article ?? "", a.point ?? "", a.subpoint ?? ""].join("|");

/** «статья 5, пункт 2, подпункт 7)» in the UI language; the heading block is «заголовок». */
export function unitLabel(a: Address | null, ui: UiLanguage): string {
  if (!a) return { ru: "заголовок акта", kk: "актінің тақырыбы", en: "the heading of the act" }[ui];
  const parts: string[] = [];
  const w = {
    ru: { annex: "приложение", section: "раздел", chapter: "глава", article: "статья", point: "пункт", subpoint: "подпункт" },
    kk: { annex: "қосымша", section: "бөлім", chapter: "тарау", article: "бап", point: "тармақ", subpoint: "тармақша" },
    en: { annex: "annex", section: "section", chapter: "chapter", article: "article", point: "point", subpoint: "subpoint" },
  }[ui];
  const add = (kind: keyof typeof w, n: string | number | undefined, suffix = "") => {
    if (n === undefined || n === "") return;
    parts.push(ui === "kk" ? `${n}${suffix}-${w[kind]}` : `${w[kind]} ${n}${suffix}`);
  };
  if (a.part > 0) add("annex", a.part);
  add("section", a.section);
  add("chapter", a.chapter);
  add("article", a.article);
  add("point", a.point);
  if (a.subpoint !== undefined) parts.push(ui === "kk" ? `${a.subpoint}) ${w.subpoint}` : `${w.subpoint} ${a.subpoint})`);
  return parts.join(", ");
}

/**
 * The references of a folded text and its other figures (numbers, dates, amounts, deadlines), the text's own number
 * (`own`: «3.», «2)») and the references' numbers left out of the figures.
 */
export function figuresOf(folded: string, lang: Language, own: readonly [number, number][]): { refs: Reference[]; qs: Quantity[] } {
  const refs = references(folded, lang, own);
  return { refs, qs: quantities(folded, lang, [...own, ...refs.map((r) => [r.start, r.end] as [number, number])]) };
}

function unitsOf(doc: ParsedDocument): Map<string, ParityUnit> {
  const units = new Map<string, ParityUnit>();
  doc.paragraphs.forEach((p, i) => {
    // Quoted blocks stay in: the new wording an amending act sets out must match in both languages too.
    if (p.kind === "blank" || p.isNote) return;
    const inHead = p.isHeading || (p.kind === "text" && keyOf(p.address) === keyOf({ part: 0 }));
    const key = inHead ? "head" : keyOf(p.address);
    let u = units.get(key);
    if (!u) units.set(key, (u = { key, address: inHead ? null : p.address, paragraphs: [], quantities: [], references: [] }));
    u.paragraphs.push(i);
    const own: [number, number][] = p.numberStart !== undefined && p.numberEnd !== undefined ? [[p.numberStart, p.numberEnd]] : [];
    const lang: Language = p.language;
    const { refs, qs } = figuresOf(p.folded, lang, own);
    u.references.push(...refs.map((r) => ({ ...r, para: i })));
    u.quantities.push(...qs.map((q) => ({ ...q, para: i, bound: boundOf(p.folded, q, lang) })));
  });
  return units;
}

const LANG_NAMES: Record<Language, Record<UiLanguage, string>> = {
  kk: { ru: "казахском языке", kk: "қазақ тіліндегі", en: "Kazakh" },
  ru: { ru: "русском языке", kk: "орыс тіліндегі", en: "Russian" },
};

/** Items of `a` not matched in `b`, as a multiset difference. */
function minus<T extends { key: string }>(a: readonly T[], b: readonly { key: string }[]): T[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x.key, (left.get(x.key) ?? 0) + 1);
  const out: T[] = [];
  for (const x of a) {
    const n = left.get(x.key) ?? 0;
    if (n > 0) left.set(x.key, n - 1);
    else out.push(x);
  }
  return out;
}

const HUMAN: Record<UiLanguage, Record<string, string>> = {
  ru: { day: "дн.", workday: "раб. дн.", month: "мес.", year: "г.", hour: "ч", minute: "мин", percent: "%", mrp: "МРП", tenge: "тенге", article: "статью", point: "пункт", subpoint: "подпункт", chapter: "главу", section: "раздел", part: "часть", annex: "приложение" },
  kk: { day: "күн", workday: "жұмыс күні", month: "ай", year: "жыл", hour: "сағат", minute: "минут", percent: "%", mrp: "АЕК", tenge: "теңге", article: "бап", point: "тармақ", subpoint: "тармақша", chapter: "тарау", section: "бөлім", part: "бөлік", annex: "қосымша" },
  en: { day: "days", workday: "working days", month: "months", year: "years", hour: "hours", minute: "minutes", percent: "%", mrp: "MCI", tenge: "tenge", article: "article", point: "point", subpoint: "subpoint", chapter: "chapter", section: "section", part: "part", annex: "annex" },
};

/** "10 day" → «10 дн.»; "article 5" → «статью 5»; a date stays a date. */
export function human(keys: readonly string[], ui: UiLanguage): string {
  if (keys.length === 0) return { ru: "ничего", kk: "жоқ", en: "nothing" }[ui];
  return keys
    .map((k) => {
      const [a, b] = k.split(" ");
      if (b === undefined) return a!;
      if (/^\d/.test(a!)) return `${a} ${HUMAN[ui][b] ?? b}`;
      return `${HUMAN[ui][a!] ?? a} ${b}`;
    })
    .join(", ");
}

const compiled = new WeakMap<GlossaryEntry, Record<Language, RegExp>>();
function regexesOf(e: GlossaryEntry): Record<Language, RegExp> {
  let r = compiled.get(e);
  if (!r) compiled.set(e, (r = { ru: phraseRegex(e.ru), kk: phraseRegex(e.kk) }));
  return r;
}

/** The first place a glossary entry is named in a unit, if any. */
function termIn(doc: ParsedDocument, u: ParityUnit, re: RegExp): { para: number; start: number; end: number } | null {
  for (const i of u.paragraphs) {
    const p = doc.paragraphs[i]!;
    const m = findAll(re, p.text, p.folded)[0];
    if (m) return { para: i, start: m.start, end: m.end };
  }
  return null;
}

const WHERE: Record<"mine" | "theirs", Record<UiLanguage, (other: string) => string>> = {
  mine: { ru: (o) => `в тексте на ${o} пара этому наименованию не найдена`, kk: (o) => `${o} мәтінде бұл атаудың жұбы табылмады`, en: (o) => `the ${o} text has no counterpart of this name` },
  theirs: { ru: (o) => `текст на ${o} здесь называет орган или понятие, которого нет в этом тексте`, kk: (o) => `${o} мәтін мұнда осы мәтінде жоқ орган немесе ұғымды атайды`, en: (o) => `the ${o} text names here a body or notion this text does not` },
};

export interface ParityOptions {
  anchor: Language;
  ui?: UiLanguage;
  /** The organisation's own pairs of names, added to the built-in glossary. */
  glossary?: readonly GlossaryEntry[];
}

/** Compares the two versions; findings go into `anchorParagraphs` (the open document). */
export function checkParity(anchorParagraphs: readonly Paragraph[], otherParagraphs: readonly Paragraph[], opts: ParityOptions): ParityResult {
  const ui = opts.ui ?? "ru";
  const otherLang: Language = opts.anchor === "kk" ? "ru" : "kk";
  const doc = parseDocument(anchorParagraphs, { language: opts.anchor });
  const other = parseDocument(otherParagraphs, { language: otherLang });
  const mine = unitsOf(doc);
  const theirs = unitsOf(other);
  const glossary = [...GLOSSARY, ...(opts.glossary ?? [])];
  const findings: Finding[] = [];
  const langVars = { other_lang_ru: LANG_NAMES[otherLang].ru, other_lang_kk: LANG_NAMES[otherLang].kk, other_lang_en: LANG_NAMES[otherLang].en };
  const unitVars = (u: ParityUnit) => ({ unit_ru: unitLabel(u.address, "ru"), unit_kk: unitLabel(u.address, "kk"), unit_en: unitLabel(u.address, "en") });
  const emit = (check: ParityCheck, para: number | null, start: number, end: number, data: Record<string, string>) =>
    findings.push(buildFinding(check, { para, start, end, data: { ...langVars, ...data } }, doc, ui));

  for (const [key, u] of mine) {
    const o = theirs.get(key);
    const first = doc.paragraphs[u.paragraphs[0]!]!;
    if (!o) {
      // A unit of this version with no counterpart: the whole first paragraph of the unit.
      if (key !== "head") emit(BI_MISSING_UNIT, u.paragraphs[0]!, 0, first.text.trimEnd().length, unitVars(u));
      continue;
    }
    for (const [check, a, b] of [
      [BI_NUMBERS, u.quantities, o.quantities],
      [BI_REFERENCES, u.references, o.references],
    ] as const) {
      const onlyMine = minus<{ key: string; start: number; end: number; para: number }>(a, b);
      const onlyTheirs = minus(b, a);
      if (onlyMine.length === 0 && onlyTheirs.length === 0) continue;
      const data = { ...unitVars(u), mine: human(onlyMine.map((x) => x.key), ui), theirs: human(onlyTheirs.map((x) => x.key), ui) };
      // On the words that differ; when this version lacks something, on the unit's first paragraph.
      const at = onlyMine[0];
      if (at) emit(check, at.para, at.start, at.end, data);
      else emit(check, u.paragraphs[0]!, bodyStart(first), first.text.trimEnd().length, data);
    }
    for (const [at, theirBound] of reversedBounds(u.quantities, o.quantities)) {
      const words = (b: Bound, l: UiLanguage) => BOUND_WORDS[b][l];
      emit(BI_BOUNDS, at.para, at.bound!.start, at.bound!.end, {
        ...unitVars(u),
        value: human([at.key], ui),
        mine_ru: words(at.bound!.bound, "ru"),
        mine_kk: words(at.bound!.bound, "kk"),
        mine_en: words(at.bound!.bound, "en"),
        theirs_ru: words(theirBound, "ru"),
        theirs_kk: words(theirBound, "kk"),
        theirs_en: words(theirBound, "en"),
      });
    }
    for (const entry of glossary) {
      const re = regexesOf(entry);
      const here = termIn(doc, u, re[opts.anchor]);
      const there = termIn(other, o, re[otherLang]);
      if (!here === !there) continue;
      const side = here ? "mine" : "theirs";
      const data = {
        ...unitVars(u),
        label: entry.label,
        where_ru: WHERE[side].ru(LANG_NAMES[otherLang].ru),
        where_kk: WHERE[side].kk(LANG_NAMES[otherLang].kk),
        where_en: WHERE[side].en(LANG_NAMES[otherLang].en),
      };
      if (here) emit(BI_TERMS, here.para, here.start, here.end, data);
      else emit(BI_TERMS, u.paragraphs[0]!, bodyStart(first), first.text.trimEnd().length, data);
    }
  }
  lengthOutliers(doc, other, mine, theirs, opts.anchor, ui, (u, first, data) => emit(BI_LENGTH, u.paragraphs[0]!, bodyStart(first), first.text.trimEnd().length, { ...unitVars(u), ...data }));
  // Units only the other version has: said on the whole document (there are no words here to put it on).
  const missingHere = [...theirs.keys()].filter((k) => k !== "head" && !mine.has(k));
  for (const k of missingHere) {
    emit({ ...BI_MISSING_UNIT, messages: MISSING_HERE }, null, 0, 0, unitVars(theirs.get(k)!));
  }
  const keys = [...new Set([...mine.keys(), ...theirs.keys()])];
  const units = keys.map((key) => {
    const u = mine.get(key) ?? theirs.get(key)!;
    const v = unitVars(u);
    return { key, label: { ru: v.unit_ru, kk: v.unit_kk, en: v.unit_en }, [opts.anchor]: mine.has(key), [otherLang]: theirs.has(key) } as ParityResult["units"][number];
  });
  return { findings: orderFindings(findings), units, doc, other };
}

const BOUND_WORDS: Record<Bound, Record<UiLanguage, string>> = {
  min: { ru: "нижний предел («не менее», «не ранее»)", kk: "төменгі шек («кем емес», «бұрын емес»)", en: "a floor («not less than», «not earlier than»)" },
  max: { ru: "верхний предел («не более», «не позднее»)", kk: "жоғарғы шек («аспайтын», «кешіктірмей»)", en: "a ceiling («not more than», «not later than»)" },
};

/**
 * Quantities of this unit whose qualifier binds the other way than the same quantity's in the other version
 * (a floor here, a ceiling there), with the other version's bound. The numbers agree; the sense does not.
 */
function reversedBounds(mine: readonly UnitQuantity[], theirs: readonly UnitQuantity[]): [UnitQuantity, Bound][] {
  const out: [UnitQuantity, Bound][] = [];
  for (const q of mine) {
    if (!q.bound) continue;
    const there = new Set(theirs.filter((t) => t.key === q.key && t.bound).map((t) => t.bound!.bound));
    const opposite: Bound = q.bound.bound === "min" ? "max" : "min";
    if (there.has(opposite) && !there.has(q.bound.bound)) out.push([q, opposite]);
  }
  return out;
}

/** Length of a unit's words (numbers of its paragraphs left out). */
const unitLength = (d: ParsedDocument, u: ParityUnit) => u.paragraphs.reduce((n, i) => n + d.paragraphs[i]!.text.trimEnd().length - bodyStart(d.paragraphs[i]!), 0);

/** Units whose length ratio (Kazakh / Russian) is far from the act's usual one (the median over its units). */
export const LENGTH_MIN = 80;
export const LENGTH_FACTOR = 2.2;
function lengthOutliers(
  doc: ParsedDocument,
  other: ParsedDocument,
  mine: Map<string, ParityUnit>,
  theirs: Map<string, ParityUnit>,
  anchor: Language,
  ui: UiLanguage,
  emit: (u: ParityUnit, first: ParsedDocument["paragraphs"][number], data: Record<string, string>) => void,
): void {
  // Compared point by point, subpoints included: Kazakh often puts a list's lead-in after the last subpoint
  // («… 16) … қатысты … реттейтін заңдар шығаруға құқылы»), Russian before the first («… касающиеся:»).
  const groupKey = (k: string) => k.split("|").slice(0, 5).join("|");
  const groups = new Map<string, { u: ParityUnit; kk: number; ru: number }>();
  for (const [k, u] of mine) {
    const o = theirs.get(k);
    if (k === "head" || !o) continue;
    const g = groupKey(k);
    const a = unitLength(doc, u);
    const b = unitLength(other, o);
    const [kk, ru] = anchor === "kk" ? [a, b] : [b, a];
    const cur = groups.get(g);
    if (cur) {
      cur.kk += kk;
      cur.ru += ru;
    } else groups.set(g, { u, kk, ru });
  }
  const pairs = [...groups.values()];
  const ratios = pairs.filter((p) => p.kk >= 40 && p.ru >= 40).map((p) => p.kk / p.ru).sort((x, y) => x - y);
  const usual = ratios.length >= 3 ? ratios[Math.floor(ratios.length / 2)]! : 1;
  const fmt = (x: number) => (Math.round(x * 10) / 10).toLocaleString(ui === "en" ? "en" : "ru");
  for (const p of pairs) {
    if (Math.max(p.kk, p.ru) < LENGTH_MIN || p.kk === 0 || p.ru === 0) continue;
    const ratio = p.kk / p.ru / usual;
    if (ratio <= LENGTH_FACTOR && ratio >= 1 / LENGTH_FACTOR) continue;
    // «This text is N times longer/shorter», seen from the open document.
    const mineLonger = anchor === "kk" ? ratio > 1 : ratio < 1;
    const times = ratio > 1 ? ratio : 1 / ratio;
    emit(p.u, doc.paragraphs[p.u.paragraphs[0]!]!, {
      ratio: fmt(times),
      usual: `${fmt(usual)} : 1 (kk : ru)`,
      longer_ru: mineLonger ? "длиннее" : "короче",
      longer_kk: mineLonger ? "ұзын" : "қысқа",
      longer_en: mineLonger ? "longer" : "shorter",
    });
  }
}

/** BI-MISSING-UNIT seen from the version that lacks the unit. */
const MISSING_HERE: ParityCheck["messages"] = {
  ru: {
    title: "В этом тексте нет единицы из текста на {other_lang_ru}: {unit_ru}",
    message: "{unit_ru} есть в тексте на {other_lang_ru}, но не найден в этом тексте — проверьте, не пропущена ли структурная единица или не сбита ли нумерация.",
    explanation: BI_MISSING_UNIT.messages.ru.explanation,
  },
  kk: {
    title: "Бұл мәтінде {other_lang_kk} мәтіндегі бірлік жоқ: {unit_kk}",
    message: "{unit_kk} {other_lang_kk} мәтінде бар, бірақ осы мәтінде табылмады — құрылымдық бірліктің түсіп қалмағанын немесе нөмірлеудің ауыспағанын тексеріңіз.",
    explanation: BI_MISSING_UNIT.messages.kk.explanation,
  },
  en: {
    title: "This text lacks a unit of the {other_lang_en} text: {unit_en}",
    message: "{unit_en} is in the {other_lang_en} text but not in this one — check whether a unit was left out or the numbering shifted.",
    explanation: BI_MISSING_UNIT.messages.en.explanation,
  },
};
