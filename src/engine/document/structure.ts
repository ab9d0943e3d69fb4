/**
 * Structure parser for Kazakh and Russian normative acts (Law "On Legal Acts", art. 23):
 * Раздел/Глава/Параграф/Статья — бөлім/тарау/параграф/бап; points «N.» / «N-1.» — тармақ;
 * subpoints «N)» — тармақша; annexes (Приложение / қосымша) start their own numbering.
 * Every paragraph gets its address so that internal references can be resolved and numbering checked.
 */
import { fold } from "./normalize";

export type ParagraphKind =
  | "blank"
  | "section"
  | "chapter"
  | "paragraph-heading"
  | "article"
  | "point"
  | "subpoint"
  | "note"
  | "annex"
  | "text";

export interface Address {
  /** 0 = the act itself; 1, 2, … = its annexes in order. */
  part: number;
  section?: string;
  chapter?: string;
  article?: string;
  point?: string;
  subpoint?: string;
}

export interface ParsedStructure {
  kind: ParagraphKind;
  /** Number of the unit this paragraph opens ("3", "3-1"), if any. */
  number?: string;
  /** Offsets of the number token (e.g. "3-1." or "5-бап") inside the paragraph text. */
  numberStart?: number;
  numberEnd?: number;
  /** Heading text after the number, for articles, chapters and sections. */
  heading?: string;
  address: Address;
  /** Inside a quoted block of an amending act («…»): text of another act, not of this one. */
  quoted: boolean;
}

export interface StructureUnit {
  kind: "section" | "chapter" | "article" | "point" | "subpoint";
  number: string;
  paragraphIndex: number;
  address: Address;
}

export interface PartInfo {
  index: number;
  kind: "main" | "annex";
  /** Annex number as written («1», «2»), if any. */
  number?: string;
  startParagraph: number;
}

export interface DocumentStructure {
  paragraphs: ParsedStructure[];
  units: StructureUnit[];
  parts: PartInfo[];
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
export function romanToInt(s: string): number | null {
  const t = s.toLowerCase().replace(/і/g, "i");
  if (!/^[ivxlc]+$/.test(t)) return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]!]!;
    const next = i + 1 < t.length ? ROMAN[t[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

const NUM = "\\d+(?:-\\d+)*";
const RE_SECTION_RU = new RegExp(`^(раздел)\\s+(${NUM}|[ivxlcі]+)\\.?(?:\\s+(.*))?$`, "u");
const RE_SECTION_KK = new RegExp(`^(${NUM}|[ivxlcі]+)[-\\s]бөлім\\.?(?:\\s+(.*))?$`, "u");
const RE_CHAPTER_RU = new RegExp(`^(глава)\\s+(${NUM})\\.?(?:\\s+(.*))?$`, "u");
const RE_CHAPTER_KK = new RegExp(`^(${NUM})-тарау\\.?(?:\\s+(.*))?$`, "u");
const RE_PARAGRAPH_RU = new RegExp(`^(параграф)\\s+(${NUM})\\.?(?:\\s+(.*))?$`, "u");
const RE_PARAGRAPH_KK = new RegExp(`^(${NUM})-параграф\\.?(?:\\s+(.*))?$`, "u");
const RE_ARTICLE_RU = new RegExp(`^(статья)\\s+(${NUM})\\.?(?:\\s+(.*))?$`, "u");
const RE_ARTICLE_KK = new RegExp(`^(${NUM})-бап\\.?(?:\\s+(.*))?$`, "u");
const RE_POINT = new RegExp(`^(${NUM})\\.(?:\\s|$)`, "u");
const RE_SUBPOINT = new RegExp(`^(${NUM})\\)(?:\\s|$)`, "u");
const RE_NOTE = /^(сноска|ескерту|примечание|примечания|ескертпе|\*|footnote)[\s.:]/u;
const RE_ANNEX = /^(приложение(\s+(№\s*)?\d+(-\d+)?)?(\s+к\s.*)?|(\d+(-\d+)?[-\s])?қосымша(\s.*)?|.*\d+-қосымша|.*\sқосымша|утвержден[аоы]?(\s.*)?|.*бекітілген)$/u;

const RE_OPENS_QUOTE = /^["«“„]/u;
const RE_STRAIGHT_QUOTE = /"/gu;
const RE_OPENING_QUOTE = /[«“„]/gu;
const RE_CLOSING_QUOTE = /[»”]/gu;
const RE_ENDS_QUOTE = /[»”"][;.,]?\s*$/u;

/** Does a folded, trimmed paragraph open an annex? Annex captions are short lines. */
function annexCaption(f: string): { number?: string } | null {
  if (f.length > 200) return null;
  // Every alternative of RE_ANNEX needs one of these words: a cheap test first.
  if (!f.startsWith("приложение") && !f.startsWith("утвержден") && !f.includes("қосымша") && !f.includes("бекітілген")) return null;
  if (!RE_ANNEX.test(f)) return null;
  const ru = /^приложение\s+(?:№\s*)?(\d+(?:-\d+)?)/u.exec(f);
  if (ru) return { number: ru[1] };
  const kk = /(\d+(?:-\d+)?)[-\s]қосымша/u.exec(f);
  if (kk) return { number: kk[1] };
  return {};
}

/**
 * The title of an approved document standing alone after the act («Правила распределения квот …»,
 * «Кілемдерді тазалау қызметтерін көрсету қағидалары») where the drafter left out «Утверждены приказом …».
 */
const RE_DOC_TITLE_RU = /^(?:правила|требования|квалификационные\s+требования|санитарные\s+правила|единые\s+требования|положение|инструкция|порядок|перечень|стандарт|регламент|методика|типов\p{L}*\s+(?:правила|положение|требования))\s/u;
const RE_DOC_TITLE_KK = /(?:қағидалары|қағидасы|талаптары|талаптар|ережесі|ережелері|тізбесі|нұсқаулығы|нұсқаулық|тәртібі|стандарты|регламенті|әдістемесі)$/u;
/** What the first unit of such a document looks like: numbering starts again. */
const RE_FIRST_UNIT = /^(?:1\.\s|глава\s+1(?:\.|\s|$)|1-тарау|раздел\s+1(?:\.|\s|$)|1-бөлім|статья\s+1(?:\.|\s|$)|1-бап)/u;

function untitledAnnex(f: string, next: string | undefined, units: readonly StructureUnit[], part: number): boolean {
  if (f.length > 250 || /[.:;,]$/u.test(f) || next === undefined) return false;
  // Numbered units and headings («2-бап. Беру тәртібі», «Глава 2. Порядок …») are not titles of a document.
  if (/^(?:\d|[ivxlc]+\.\s|статья\s|глава\s|раздел\s|параграф\s)/u.test(f)) return false;
  if (!RE_DOC_TITLE_RU.test(f) && !RE_DOC_TITLE_KK.test(f)) return false;
  if (!RE_FIRST_UNIT.test(next)) return false;
  // Numbering restarts: the act already has its own first point or article.
  return units.some((u) => u.address.part === part && (u.kind === "point" || u.kind === "article") && u.number === "1");
}

function sectionNumber(raw: string): string {
  const r = romanToInt(raw);
  return r === null ? raw : String(r);
}

export function parseStructure(texts: readonly string[]): DocumentStructure {
  const paragraphs: ParsedStructure[] = [];
  const units: StructureUnit[] = [];
  const parts: PartInfo[] = [{ index: 0, kind: "main", startParagraph: 0 }];
  let addr: Address = { part: 0 };
  let inQuote = false;
  let sawOperative = false;
  let lastAnnexCaption = -2;
  // nextNonBlank[i]: the first paragraph at or after i that is not blank (one backward pass, not a search per paragraph).
  const nextNonBlank: (number | undefined)[] = new Array(texts.length + 1);
  for (let i = texts.length - 1; i >= 0; i--) nextNonBlank[i] = texts[i]!.trim() !== "" ? i : nextNonBlank[i + 1];

  texts.forEach((raw, index) => {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const f = fold(text);
    // A paragraph that opens with a quoted name and goes on after it («"О языках" Заңына сәйкес …»,
    // ««Мемлекеттік статистика туралы» Заңның …») is ordinary text, not a quoted block: its quotes are
    // balanced and it does not end with a closing quote.
    const opensWithQuote = RE_OPENS_QUOTE.test(text);
    const quoteCount = (re: RegExp) => (text.match(re) ?? []).length;
    const balanced = text.startsWith('"')
      ? quoteCount(RE_STRAIGHT_QUOTE) % 2 === 0
      : quoteCount(RE_OPENING_QUOTE) === quoteCount(RE_CLOSING_QUOTE);
    const startsQuote = opensWithQuote && (inQuote || !balanced || RE_ENDS_QUOTE.test(text));
    let quoted = inQuote || startsQuote;
    if (startsQuote && !inQuote) inQuote = true;
    if (inQuote) {
      // A quoted block ends at a paragraph ending with a closing quote (optionally followed by ; or .).
      const opens = (text.match(/[«“„]/gu) ?? []).length;
      const closes = (text.match(/[»”]/gu) ?? []).length;
      if (/[»”"][;.,]?\s*$/u.test(text) && closes >= opens - (startsQuote ? 1 : 0)) inQuote = false;
    }
    const base: ParsedStructure = { kind: "text", address: { ...addr }, quoted };
    if (text === "") {
      paragraphs.push({ ...base, kind: "blank" });
      return;
    }
    if (quoted) {
      paragraphs.push(base);
      return;
    }
    if (RE_NOTE.test(f)) {
      paragraphs.push({ ...base, kind: "note" });
      return;
    }
    const nextText = nextNonBlank[index + 1] === undefined ? undefined : texts[nextNonBlank[index + 1]!];
    const annex = sawOperative ? annexCaption(f) ?? (untitledAnnex(f, nextText === undefined ? undefined : fold(nextText.trim()), units, addr.part) ? {} : null) : null;
    if (annex) {
      // Consecutive caption lines («Приложение 1 / к приказу …») belong to one annex.
      if (lastAnnexCaption !== index - 1) {
        const part = parts.length;
        parts.push({ index: part, kind: "annex", number: annex.number, startParagraph: index });
        addr = { part };
      }
      lastAnnexCaption = index;
      paragraphs.push({ ...base, kind: "annex", address: { ...addr } });
      return;
    }

    let m: RegExpExecArray | null;
    const head = (kind: "section" | "chapter" | "paragraph-heading" | "article", num: string, heading: string | undefined, tokenLen: number) => {
      sawOperative = true;
      if (kind === "section") addr = { part: addr.part, section: num };
      else if (kind === "chapter") addr = { part: addr.part, section: addr.section, chapter: num };
      else if (kind === "paragraph-heading") addr = { part: addr.part, section: addr.section, chapter: addr.chapter };
      else addr = { part: addr.part, section: addr.section, chapter: addr.chapter, article: num };
      const rec: ParsedStructure = {
        kind,
        number: num,
        numberStart: lead,
        numberEnd: lead + text.slice(0, tokenLen).trimEnd().length,
        heading: heading?.trim() || undefined,
        address: { ...addr },
        quoted: false,
      };
      paragraphs.push(rec);
      if (kind !== "paragraph-heading") units.push({ kind, number: num, paragraphIndex: index, address: { ...addr } });
    };

    if ((m = RE_SECTION_RU.exec(f))) return head("section", sectionNumber(m[2]!), text.slice(f.length - (m[3]?.length ?? 0)), f.length - (m[3]?.length ?? 0));
    if ((m = RE_SECTION_KK.exec(f))) return head("section", sectionNumber(m[1]!), m[2] ? text.slice(f.length - m[2].length) : undefined, f.length - (m[2]?.length ?? 0));
    if ((m = RE_CHAPTER_RU.exec(f))) return head("chapter", m[2]!, m[3] ? text.slice(f.length - m[3].length) : undefined, f.length - (m[3]?.length ?? 0));
    if ((m = RE_CHAPTER_KK.exec(f))) return head("chapter", m[1]!, m[2] ? text.slice(f.length - m[2].length) : undefined, f.length - (m[2]?.length ?? 0));
    if ((m = RE_PARAGRAPH_RU.exec(f))) return head("paragraph-heading", m[2]!, m[3] ? text.slice(f.length - m[3].length) : undefined, f.length - (m[3]?.length ?? 0));
    if ((m = RE_PARAGRAPH_KK.exec(f))) return head("paragraph-heading", m[1]!, m[2] ? text.slice(f.length - m[2].length) : undefined, f.length - (m[2]?.length ?? 0));
    if ((m = RE_ARTICLE_RU.exec(f)) && (m[3] === undefined || m[3].length < 300)) {
      return head("article", m[2]!, m[3] ? text.slice(f.length - m[3].length) : undefined, f.length - (m[3]?.length ?? 0));
    }
    if ((m = RE_ARTICLE_KK.exec(f)) && (m[2] === undefined || m[2].length < 300)) {
      return head("article", m[1]!, m[2] ? text.slice(f.length - m[2].length) : undefined, f.length - (m[2]?.length ?? 0));
    }
    if ((m = RE_POINT.exec(f))) {
      sawOperative = true;
      addr = { part: addr.part, section: addr.section, chapter: addr.chapter, article: addr.article, point: m[1]! };
      paragraphs.push({ kind: "point", number: m[1]!, numberStart: lead, numberEnd: lead + m[1]!.length + 1, address: { ...addr }, quoted: false });
      units.push({ kind: "point", number: m[1]!, paragraphIndex: index, address: { ...addr } });
      return;
    }
    if ((m = RE_SUBPOINT.exec(f))) {
      sawOperative = true;
      addr = { ...addr, subpoint: m[1]! };
      paragraphs.push({ kind: "subpoint", number: m[1]!, numberStart: lead, numberEnd: lead + m[1]!.length + 1, address: { ...addr }, quoted: false });
      units.push({ kind: "subpoint", number: m[1]!, paragraphIndex: index, address: { ...addr } });
      return;
    }
    if (/(постановляет|постановляю|приказываю|решил|бұйырамын|қаулы етеді|қаулы етемін|шешім қабылдады|шешті)\s*:?\s*$/u.test(f)) sawOperative = true;
    // Plain text continues the current unit (a part or an indent of it), but not a subpoint's list.
    paragraphs.push({ ...base, address: { ...addr } });
  });

  return { paragraphs, units, parts };
}

/** A structural reference target: the part it lives in and the numbers along its path. */
export interface UnitRef {
  part: number;
  article?: string;
  point?: string;
  subpoint?: string;
}

/** Does the unit exist? Missing levels in the reference are wildcards below the deepest level given. */
export function unitExists(structure: DocumentStructure, ref: UnitRef): boolean {
  const deepest: StructureUnit["kind"] = ref.subpoint ? "subpoint" : ref.point ? "point" : "article";
  const number = ref.subpoint ?? ref.point ?? ref.article;
  return structure.units.some(
    (u) =>
      u.kind === deepest &&
      u.number === number &&
      u.address.part === ref.part &&
      (ref.article === undefined || deepest === "article" || u.address.article === ref.article) &&
      (ref.point === undefined || deepest === "point" || u.address.point === ref.point),
  );
}

/** Split "3-1" into [3, 1]. */
export function numberParts(n: string): number[] {
  return n.split("-").map((x) => Number(x));
}
