/**
 * Amendment instructions of an amending act (Law "On Legal Acts", arts. 26–27), Russian and Kazakh:
 * «пункт 5 изложить в следующей редакции:» / «5-тармақ мынадай редакцияда жазылсын:»,
 * «дополнить пунктом 3-1 следующего содержания:» / «мынадай мазмұндағы 3-1-тармақпен толықтырылсын:»,
 * «исключить» / «алып тасталсын», «слова «…» заменить словами «…»» / ««…» деген сөздер «…» деген сөздермен
 * ауыстырылсын», «признать утратившим силу» / «күші жойылды деп танылсын», «отменить».
 *
 * For each instruction: its kind, the target (act reference of the enclosing «Внести в … изменения» block,
 * article / point / subpoint numbers, with the numbers of enclosing «в пункте 5:» headers filled in), the new
 * unit for additions, the words for word-level changes, and the new text that follows — a quoted block of
 * paragraphs (structure.ts marks them `quoted`) or a quotation inside the same paragraph. Pure; no I/O.
 */

/** What the parser needs of a paragraph (ParsedParagraph has all of it). */
export interface AmendmentParagraph {
  text: string;
  folded: string;
  quoted: boolean;
  kind: string;
  language: "ru" | "kk";
  isNote?: boolean;
}

export type AmendmentKind =
  | "restate"
  | "add-unit"
  | "add-words"
  | "replace-words"
  | "exclude"
  | "exclude-words"
  | "repeal"
  | "cancel";

export type AmendUnit = "section" | "chapter" | "paragraph" | "article" | "point" | "subpoint" | "part" | "indent" | "annex" | "sentence";

export interface ActRef {
  /** The words of the reference as written (from the form word to the number or the title). */
  text: string;
  /** Form word, folded stem: «приказ», «постановлени», «решени», «бұйрық», «қаулы», «шешім», «закон», «заң» … */
  form?: string;
  /** Date as written («13 августа 2014 года», «2014 жылғы 13 тамыздағы», «13.08.2014»). */
  date?: string;
  /** Normalised ISO date when it can be read (yyyy-mm-dd). */
  isoDate?: string;
  /** Registration number after «№». */
  number?: string;
}

export interface AmendmentTarget {
  act?: ActRef;
  annex?: string;
  section?: string;
  chapter?: string;
  article?: string;
  point?: string;
  subpoint?: string;
  /** The deepest unit the instruction names («абзац второй пункта 5» → "indent"). */
  unit?: AmendUnit;
  /** All numbers of the deepest unit when a list is named («пункты 5 и 6»). */
  numbers?: string[];
}

export interface Amendment {
  kind: AmendmentKind;
  /** Paragraph (index in the given array) and offsets of the formula words. */
  para: number;
  start: number;
  end: number;
  /** Start of the instruction (its target words) in the paragraph. */
  instructionStart: number;
  target: AmendmentTarget;
  /** For "add-unit": the kind and numbers of the new unit («пунктом 3-1» → point ["3-1"]). */
  newUnit?: { unit: AmendUnit; numbers: string[]; start: number; end: number };
  /** For word-level changes: the quoted words (without quotes). */
  words?: { old?: string; new?: string };
  /** The new text: paragraphs [from, to] of a quoted block, or a quotation inside the instruction paragraph. */
  body?: { from: number; to: number; inline?: { start: number; end: number } };
  /** For a repeal or cancellation followed by a list («Признать утратившими силу:»): the list paragraphs. */
  items?: number[];
  /** Index into `blocks` of the «Внести в … изменения» block this instruction belongs to; -1 if none. */
  block: number;
}

/** «Внести в приказ … следующие изменения:» / «… бұйрығына мынадай өзгерістер енгізілсін:». */
export interface AmendmentBlock {
  para: number;
  start: number;
  end: number;
  act: ActRef;
}

export interface ParsedAmendments {
  blocks: AmendmentBlock[];
  amendments: Amendment[];
}

const NUM = "\\d+(?:-\\d+)*";

// ---------------------------------------------------------------------------------------------------------
// Quotation marks: positions inside «…» (nested) or "…" are masked so that formulas and unit numbers inside
// quoted words («слова «пункта 5» заменить …») are not read as instructions.

/** [start, end) ranges of top-level quotations in `text` (the quote marks included). */
export function quotedRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let open = -1;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "«" || ch === "„" || ch === "“") {
      if (depth === 0 && !straight) open = i;
      depth++;
    } else if (ch === "»" || ch === "”") {
      if (depth > 0) {
        depth--;
        if (depth === 0 && !straight) out.push({ start: open, end: i + 1 });
      }
    } else if (ch === '"') {
      if (depth > 0) continue;
      if (!straight) {
        straight = true;
        open = i;
      } else {
        straight = false;
        out.push({ start: open, end: i + 1 });
      }
    }
  }
  if ((depth > 0 || straight) && open >= 0) out.push({ start: open, end: text.length });
  return out;
}

/** The folded text with quoted stretches replaced by spaces (length kept). */
function masked(p: AmendmentParagraph): string {
  let f = p.folded;
  for (const r of quotedRanges(p.text)) f = f.slice(0, r.start) + " ".repeat(r.end - r.start) + f.slice(r.end);
  return f;
}

// ---------------------------------------------------------------------------------------------------------
// Act references

const MONTHS_RU = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];
const MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

function month(word: string, list: readonly string[]): number | null {
  const w = word.toLowerCase();
  // «ма» (мая) must not take «март»: try the longest stems first.
  const order = list.map((s, i) => [s, i] as const).sort((a, b) => b[0].length - a[0].length);
  for (const [s, i] of order) if (w.startsWith(s)) return i + 1;
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");

const RE_DATE_RU = /(?<!\d)(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*(?:года|г\.|г(?![\p{L}]))/u;
const RE_DATE_NUM = /(?<![\d.])(\d{2})\.(\d{2})\.(\d{4})(?![\d])/u;
const RE_DATE_KK = /(?<!\d)(\d{4})\s+жылғы\s+(\d{1,2})\s+(\p{L}+)/u;
const RE_NUMBER = /(?:№|(?<![\p{L}])N(?=\s*\d))\s*((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,5}\s+){0,2}[^\s,;:"«»()]+)/u;
const RE_FORM =
  /(?<![\p{L}])(приказ|постановлени|решени|распоряжени|указ|закон|кодекс|бұйрығ|бұйрық|қаулы|шешім|өкім|жарлығ|жарлық|заң|кодекс)\p{L}*/u;

/** Reads form, date and number of an act reference in a stretch of text. */
export function parseActRef(text: string, folded: string): ActRef | undefined {
  const form = RE_FORM.exec(folded);
  const num = RE_NUMBER.exec(text);
  let date: string | undefined;
  let isoDate: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = RE_DATE_KK.exec(folded))) {
    const mo = month(m[3]!, MONTHS_KK);
    date = text.slice(m.index, m.index + m[0].length);
    if (mo) isoDate = `${m[1]}-${pad(mo)}-${pad(Number(m[2]))}`;
  } else if ((m = RE_DATE_RU.exec(folded))) {
    const mo = month(m[2]!, MONTHS_RU);
    date = text.slice(m.index, m.index + m[0].length);
    if (mo) isoDate = `${m[3]}-${pad(mo)}-${pad(Number(m[1]))}`;
  } else if ((m = RE_DATE_NUM.exec(folded))) {
    date = m[0];
    isoDate = `${m[3]}-${m[2]}-${m[1]}`;
  }
  if (!form && !date && !num) return undefined;
  let f = form?.[1];
  if (f === "бұйрығ") f = "бұйрық";
  if (f === "жарлығ") f = "жарлық";
  return { text: text.trim(), form: f, date, isoDate, number: num?.[1]?.replace(/[.;]+$/u, "") };
}

// ---------------------------------------------------------------------------------------------------------
// Unit mentions

interface Mention {
  unit: AmendUnit;
  numbers: string[];
  start: number;
  end: number;
  /** Instrumental case («пунктом», «тармақпен»): the new unit of an addition. */
  instrumental: boolean;
}

const ORD_RU = "(?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|последн)\\p{L}*";
const ORD_KK = "(?:бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші|тоғызыншы|оныншы|соңғы)";
const LIST_RU = `${NUM}\\)?(?:\\s*(?:,|и)\\s*${NUM}\\)?)*`;

/** Russian unit words (by stem) and the unit they name; also read by the bilingual reference reader. */
export const RU_UNIT_WORDS: [RegExp, AmendUnit][] = [
  [/^подпункт/u, "subpoint"],
  [/^пункт/u, "point"],
  [/^стать/u, "article"],
  [/^глав/u, "chapter"],
  [/^раздел/u, "section"],
  [/^параграф/u, "paragraph"],
  [/^приложени/u, "annex"],
  [/^част/u, "part"],
  [/^абзац/u, "indent"],
  [/^предложени/u, "sentence"],
];
const RU_MENTION = new RegExp(
  `(?<![\\p{L}])(подпункт|пункт|стать|глав|раздел|параграф|приложени|част|абзац|предложени)(\\p{L}*)\\s+(?:(?:№\\s*)?(${LIST_RU})|(${ORD_RU}(?:\\s*(?:,|и)\\s*${ORD_RU})*))` +
    // «первое предложение», «второй абзац», «третью часть»: the ordinal before the word.
    `|(?<![\\p{L}])(${ORD_RU})\\s+(част|абзац|предложени)(\\p{L}*)`,
  "gu",
);
const RU_INSTRUMENTAL = /^(?:ом|ами|ей|ями|ем|ью|ами)$/u;

const KK_LIST = `(?:${NUM}(?:\\s*(?:,|және)\\s*))*${NUM}`;
const KK_MENTION = new RegExp(
  [
    `(?<![\\p{L}\\d-])(${KK_LIST})-(бап|баб|тармақ|тармағ|тарау|бөлім|параграф|қосымша)(?!ша)(\\p{L}*)`,
    `(?<![\\p{L}\\d-])((?:${NUM}\\)\\s*(?:,|және)\\s*)*${NUM}\\))\\s*(тармақша)(\\p{L}*)`,
    `(?<![\\p{L}])(${ORD_KK}(?:\\s*(?:,|және)\\s*${ORD_KK})*)\\s+(бөлі[кг]|абзац|сөйлем)(\\p{L}*)`,
  ].join("|"),
  "gu",
);
/** Kazakh unit words (with their voiced stems «тармағ», «баб») and the unit they name. */
export const KK_UNIT: Record<string, AmendUnit> = {
  бап: "article", баб: "article", тармақ: "point", тармағ: "point", тарау: "chapter", бөлім: "section",
  параграф: "paragraph", қосымша: "annex", тармақша: "subpoint", бөлік: "part", бөліг: "part", абзац: "indent", сөйлем: "sentence",
};

function splitNumbers(s: string): string[] {
  return s
    .split(/\s*(?:,|\sи\s|\sжәне\s)\s*/u)
    .map((x) => x.replace(/[)\s№]/gu, ""))
    .filter(Boolean);
}

function mentions(f: string, lang: "ru" | "kk", from: number, to: number): Mention[] {
  const out: Mention[] = [];
  const seg = f.slice(from, to);
  if (lang === "kk") {
    KK_MENTION.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = KK_MENTION.exec(seg)) !== null) {
      const nums = m[1] ?? m[4] ?? m[7]!;
      const word = m[2] ?? m[5] ?? m[8]!;
      const ending = m[3] ?? m[6] ?? m[9] ?? "";
      const unit = KK_UNIT[word]!;
      out.push({
        unit,
        numbers: m[7] ? nums.split(/\s*(?:,|және)\s*/u) : splitNumbers(nums),
        start: from + m.index,
        end: from + m.index + m[0].length,
        instrumental: /(?:пен|мен|бен)$/u.test(ending) || /(?:пен|мен|бен)$/u.test(word + ending),
      });
    }
  } else {
    RU_MENTION.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RU_MENTION.exec(seg)) !== null) {
      if (m[5] !== undefined) {
        const unit = RU_UNIT_WORDS.find(([re]) => re.test(m![6]!))![1];
        out.push({ unit, numbers: [m[5]], start: from + m.index, end: from + m.index + m[0].length, instrumental: /^(?:ом|ем|ью|ым|ой)$/u.test(m[7]!) });
        continue;
      }
      const unit = RU_UNIT_WORDS.find(([re]) => re.test(m![1]!))![1];
      let ending = m[2]!;
      // «статьей», «статьями», «главой»: the stem keeps a letter of the ending.
      if (m[1] === "стать" || m[1] === "глав" || m[1] === "част") ending = ending.replace(/^[ьи]/u, "");
      out.push({
        unit,
        numbers: m[3] ? splitNumbers(m[3]) : m[4]!.split(/\s*(?:,|и)\s*/u),
        start: from + m.index,
        end: from + m.index + m[0].length,
        instrumental: RU_INSTRUMENTAL.test(m[2]!) || /^(?:ой|ою|ей|ями|ами|ом|ем|ью)$/u.test(ending),
      });
    }
  }
  return out;
}

const LEVEL: Record<AmendUnit, number> = {
  annex: 0, section: 1, chapter: 2, paragraph: 3, article: 4, point: 5, part: 6, subpoint: 7, indent: 8, sentence: 9,
};

/** Builds a target from the (non-instrumental) mentions of a stretch, on top of the context. */
function targetFrom(ms: readonly Mention[], context: AmendmentTarget): AmendmentTarget | null {
  if (ms.length === 0) return null;
  let deepest = ms[0]!;
  for (const m of ms) if (LEVEL[m.unit] > LEVEL[deepest.unit]) deepest = m;
  const top = Math.min(...ms.map((m) => LEVEL[m.unit]));
  // Context levels above the highest level named are kept («в статье 5:» … «пункт 3 изложить»).
  const t: AmendmentTarget = { act: context.act };
  const keep = (u: AmendUnit) => LEVEL[u] < top;
  if (keep("annex") && context.annex) t.annex = context.annex;
  if (keep("section") && context.section) t.section = context.section;
  if (keep("chapter") && context.chapter) t.chapter = context.chapter;
  if (keep("article") && context.article) t.article = context.article;
  if (keep("point") && context.point) t.point = context.point;
  if (keep("subpoint") && context.subpoint) t.subpoint = context.subpoint;
  for (const m of ms) {
    const n = m.numbers[0];
    if (n === undefined) continue;
    if (m.unit === "annex" && t.annex === undefined) t.annex = n;
    if (m.unit === "section" && t.section === undefined) t.section = n;
    if (m.unit === "chapter" && t.chapter === undefined) t.chapter = n;
    if (m.unit === "article" && t.article === undefined) t.article = n;
    if (m.unit === "point" && t.point === undefined) t.point = n;
    if (m.unit === "subpoint" && t.subpoint === undefined) t.subpoint = n;
  }
  t.unit = deepest.unit;
  t.numbers = deepest.numbers;
  return t;
}

// ---------------------------------------------------------------------------------------------------------
// Formulas

const RU_FORMULA = new RegExp(
  [
    "(?<restate>изложить\\s+(?:их\\s+|его\\s+|ее\\s+)?в\\s+(?:следующей|новой)\\s+редакции)",
    "(?<add>дополнить)",
    "(?<exclude>исключить)",
    "(?<replace>заменить)",
    "(?<repeal>(?:признать|признаются|признается|признан[аоы]?|считать)\\s+утратившими?\\s+силу)",
    "(?<cancel>отменить)",
  ].join("|"),
  "gu",
);
const KK_FORMULA = new RegExp(
  [
    "(?<restate>(?:мынадай|жаңа)\\s+редакцияда\\s+жазылсын)",
    "(?<add>толықтырылсын)",
    "(?<exclude>алып\\s+тасталсын)",
    "(?<replace>ауыстырылсын)",
    "(?<repeal>күш(?:і|тері)\\s+жойылды\\s+деп\\s+танылсын|күш(?:і|тері)\\s+жойылған\\s+деп\\s+танылсын)",
    "(?<cancel>(?<!күші\\s)жойылсын)",
  ].join("|"),
  "gu",
);
const BOUND = (re: RegExp) => new RegExp(`(?<![\\p{L}])(?:${re.source})(?![\\p{L}])`, "gu");
const RU_F = BOUND(RU_FORMULA);
const KK_F = BOUND(KK_FORMULA);

const RU_WORDS_AFTER = /^\s*(?:словами|словом|цифрами|цифрой|числом|знаком|знаками)(?![\p{L}])/u;
/** Before the formula, with quotations masked: «слова «…» исключить» → «слова       исключить». */
const RU_WORDS_BEFORE = /(?:слов\p{L}*|цифр\p{L}*|числ\p{L}*|знак\p{L}*)\s+$/u;
const KK_WORDS_BEFORE = /деген\s+(?:сөздер\p{L}*|сөз\p{L}*|цифрлар\p{L}*|цифр\p{L}*|сан\p{L}*|сөйлем\p{L}*|белгі\p{L}*)\s+$/u;
const RU_BLOCK_FIRST = /^(?:следующ\p{L}*\s+)?(?:изменени|дополнени)\p{L}*(?:\s+и\s+(?:изменени|дополнени)\p{L}*)?\s+(?:в|во)\s+/u;

/** Block headers: «Внести в … следующие изменения:», «… мынадай өзгерістер енгізілсін:». */
const RU_BLOCK = /(?<![\p{L}])внести\s+(?:в\s+)?/u;
const RU_BLOCK_END = /(?<![\p{L}])(?:следующ\p{L}*\s+)?(?:изменени|дополнени)\p{L}*/u;
const KK_BLOCK = /(?<![\p{L}])(?:мынадай\s+)?(?:өзгерістер|өзгеріс|толықтырулар|толықтыру)(?:\s+(?:мен|және)\s+(?:толықтырулар|өзгерістер))?\s+енгізілсін/u;

/** A header naming the units the following instructions work in: «в пункте 5:», «5-тармақта:», «в Правилах …:». */
const ENDS_COLON = /:\s*$/u;

/** Does the new text that follows start right after the formula in this paragraph? */
function inlineBody(p: AmendmentParagraph, after: number): { start: number; end: number } | undefined {
  for (const r of quotedRanges(p.text)) {
    if (r.start < after) continue;
    const between = p.folded.slice(after, r.start);
    if (/^[\s:]*(?:следующего\s+содержания\s*)?:?\s*$/u.test(between) && /:/u.test(p.folded.slice(Math.max(0, after - 40), r.start))) {
      return { start: r.start, end: r.end };
    }
    return undefined;
  }
  return undefined;
}

const cache = new WeakMap<readonly AmendmentParagraph[], ParsedAmendments>();

/** Parses every amendment instruction of a document (paragraphs as ParsedDocument.paragraphs). */
export function parseAmendments(paragraphs: readonly AmendmentParagraph[]): ParsedAmendments {
  const hit = cache.get(paragraphs);
  if (hit) return hit;
  const blocks: AmendmentBlock[] = [];
  const amendments: Amendment[] = [];
  let context: AmendmentTarget = {};
  let block = -1;

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.quoted || p.kind === "blank" || p.isNote || p.kind === "note") continue;
    const kk = p.language === "kk";
    const f = masked(p);
    const re = kk ? KK_F : RU_F;
    re.lastIndex = 0;
    const found: RegExpExecArray[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(f)) !== null) found.push(m);

    // A point or article of the amending act itself closes the previous block and its context; «5-бап
    // мынадай редакцияда жазылсын:» looks like an article to the structure parser but is an instruction.
    const instructionLike = found.length > 0 && (p.kind === "article" || p.kind === "chapter" || p.kind === "section");
    if (!instructionLike && (p.kind === "point" || p.kind === "article" || p.kind === "chapter" || p.kind === "section" || p.kind === "annex")) {
      context = {};
      block = -1;
    }

    // A block header resets the context.
    const header = kk ? KK_BLOCK.exec(f) : RU_BLOCK.exec(f);
    if (header) {
      let actText: string;
      let actFolded: string;
      let start: number;
      let end: number;
      if (kk) {
        const head = p.text.slice(0, header.index);
        start = /^\s*\d+(?:-\d+)*[.)]\s*/u.exec(head)?.[0].length ?? 0;
        end = header.index;
        actText = p.text.slice(start, end);
        actFolded = p.folded.slice(start, end);
      } else {
        start = header.index + header[0].length;
        const first = RU_BLOCK_FIRST.exec(f.slice(start));
        if (first) start += first[0].length;
        const tail = f.slice(start);
        const stop = first ? /(?<![\p{L}])следующ\p{L}*|:/u.exec(tail) : RU_BLOCK_END.exec(tail);
        end = stop ? start + stop.index : p.text.length;
        actText = p.text.slice(start, end);
        actFolded = p.folded.slice(start, end);
      }
      const act = parseActRef(actText, actFolded);
      if (act && (act.date || act.number) && (kk || RU_BLOCK_END.test(f.slice(header.index)))) {
        blocks.push({ para: i, start, end, act });
        block = blocks.length - 1;
        context = { act };
        // «Внести в приказ … следующие изменения: пункт 5 исключить.» goes on below.
      }
    }

    if (found.length === 0) {
      // «в пункте 5:», «в статье 3:», «5-тармақта:» — a context for the nested instructions.
      if (ENDS_COLON.test(p.text) && !header) {
        const body = f.replace(/^\s*\d+(?:-\d+)*[.)](?!\s*тармақша)\s*/u, (s) => " ".repeat(s.length));
        const ms = mentions(body, p.language, 0, body.length).filter((x) => !x.instrumental);
        const t = targetFrom(ms, context);
        if (t && body.trim().length < 200) {
          context = { ...t };
          delete context.unit;
          delete context.numbers;
        }
      }
      continue;
    }

    let segStart = 0;
    if (header && blocks.length > 0 && blocks[blocks.length - 1]!.para === i) {
      const colon = f.indexOf(":", header.index);
      segStart = colon >= 0 ? colon + 1 : header.index + header[0].length;
    } else {
      // «1) пункт 5 исключить» — but in Kazakh «2) тармақша …» the number is the target.
      segStart = /^\s*\d+(?:-\d+)*[.)](?!\s*тармақша)\s*/u.exec(f)?.[0].length ?? 0;
    }
    let previous: AmendmentTarget | null = null;
    found.forEach((fm, k) => {
      const groups = fm.groups!;
      let kind: AmendmentKind = groups.restate
        ? "restate"
        : groups.add
          ? "add-unit"
          : groups.exclude
            ? "exclude"
            : groups.replace
              ? "replace-words"
              : groups.repeal
                ? "repeal"
                : "cancel";
      const fStart = fm.index;
      const fEnd = fm.index + fm[0].length;
      const nextStart = k + 1 < found.length ? found[k + 1]!.index : f.length;
      const before = f.slice(segStart, fStart);
      const beforeRaw = p.folded.slice(segStart, fStart);
      let newUnit: Amendment["newUnit"];
      let words: Amendment["words"];

      if (kind === "add-unit") {
        if (kk ? KK_WORDS_BEFORE.test(beforeRaw) : RU_WORDS_AFTER.test(f.slice(fEnd, nextStart))) kind = "add-words";
      }
      if (kind === "exclude" && (kk ? KK_WORDS_BEFORE.test(beforeRaw) : RU_WORDS_BEFORE.test(before))) kind = "exclude-words";
      // Target stretch: before the formula; for a Russian repeal or cancellation also what follows it
      // («Признать утратившим силу приказ …»), and for a Russian addition what follows is the new unit.
      let ms = mentions(f, p.language, segStart, fStart);
      if (kind === "add-unit") {
        const after = kk ? [] : mentions(f, p.language, fEnd, Math.min(nextStart, fEnd + 120));
        const inst = [...ms, ...after].filter((x) => x.instrumental);
        const first = kk ? inst[inst.length - 1] : after.find((x) => x.instrumental);
        if (first) newUnit = { unit: first.unit, numbers: first.numbers, start: first.start, end: first.end };
        ms = ms.filter((x) => !x.instrumental);
        // «дополнить пункт 2 статьи 5 абзацем …»: the unit named before the new one is the target.
        if (!kk && ms.length === 0) ms = after.filter((x) => !x.instrumental && (!first || x.start < first.start));
      }
      let actRef: ActRef | undefined;
      if (kind === "repeal" || kind === "cancel") {
        const from = kk ? segStart : fEnd;
        const to = kk ? fStart : nextStart;
        const stretch = kk ? ms : mentions(f, p.language, fEnd, nextStart);
        if (!kk) ms = [...ms, ...stretch];
        actRef = parseActRef(p.text.slice(from, to), p.folded.slice(from, to));
        if (actRef && !actRef.date && !actRef.number) actRef = undefined;
      }
      if (kind === "replace-words" || kind === "add-words" || kind === "exclude-words") {
        const qs = quotedRanges(p.text).filter((r) => r.end > segStart && r.start < nextStart);
        const inner = (r: { start: number; end: number }) => p.text.slice(r.start + 1, r.end - 1);
        const qBefore = qs.filter((r) => r.end <= fStart);
        const qAfter = qs.filter((r) => r.start >= fEnd);
        if (kind === "replace-words") {
          if (kk) words = { old: qBefore.length >= 2 ? inner(qBefore[qBefore.length - 2]!) : undefined, new: qBefore.length ? inner(qBefore[qBefore.length - 1]!) : undefined };
          else words = { old: qBefore.length ? inner(qBefore[qBefore.length - 1]!) : undefined, new: qAfter.length ? inner(qAfter[0]!) : undefined };
        } else if (kind === "add-words") {
          words = { new: kk ? (qBefore.length ? inner(qBefore[qBefore.length - 1]!) : undefined) : qAfter.length ? inner(qAfter[0]!) : undefined };
        } else {
          words = { old: qBefore.length ? inner(qBefore[qBefore.length - 1]!) : undefined };
        }
      }
      let target = targetFrom(ms, context) ?? previous ?? { ...context, unit: undefined, numbers: undefined };
      if (actRef) target = { ...target, act: actRef };
      if (target.act === undefined && context.act) target = { ...target, act: context.act };
      previous = target;

      const a: Amendment = { kind, para: i, start: fStart, end: fEnd, instructionStart: segStart, target, block };
      if (newUnit) a.newUnit = newUnit;
      if (words) a.words = words;

      // The new text: a quotation right after the formula, or the quoted paragraphs that follow.
      if (kind === "restate" || kind === "add-unit") {
        const inline = inlineBody(p, fEnd + (kind === "add-unit" && !kk && newUnit ? Math.max(0, newUnit.end - fEnd) : 0));
        if (inline) a.body = { from: i, to: i, inline };
        else if (k === found.length - 1 && ENDS_COLON.test(p.text)) {
          let j = i + 1;
          while (j < paragraphs.length && paragraphs[j]!.kind === "blank") j++;
          if (j < paragraphs.length && paragraphs[j]!.quoted) {
            let to = j;
            while (to + 1 < paragraphs.length && paragraphs[to + 1]!.quoted) to++;
            while (to > j && paragraphs[to]!.kind === "blank") to--;
            a.body = { from: j, to };
          }
        }
      }
      // «Признать утратившими силу:» followed by a list of acts.
      if ((kind === "repeal" || kind === "cancel") && k === found.length - 1 && ENDS_COLON.test(p.text)) {
        const items: number[] = [];
        let j = i + 1;
        for (; j < paragraphs.length; j++) {
          const q = paragraphs[j]!;
          if (q.kind === "blank") continue;
          if (q.kind !== "subpoint" || q.quoted) break;
          items.push(j);
        }
        if (items.length > 0) a.items = items;
      }
      amendments.push(a);
      segStart = fEnd;
    });
  }
  const out = { blocks, amendments };
  cache.set(paragraphs, out);
  return out;
}

/**
 * Offsets of a short quote for a block's act reference: the form words up to the registration number
 * («приказ Министра … от 5 мая 2023 года № 452»), in Kazakh the date up to the form word («2023 жылғы 5 мамырдағы
 * № 452 бұйрығына»); otherwise the first 80 characters cut at a word.
 */
export function actQuote(p: AmendmentParagraph, b: AmendmentBlock): { start: number; end: number } {
  const text = p.text.slice(b.start, b.end);
  const folded = p.folded.slice(b.start, b.end);
  if (p.language === "kk") {
    const d = RE_DATE_KK.exec(folded);
    if (d) {
      const paren = text.indexOf("(", d.index);
      const stop = paren > d.index ? paren : text.length;
      return { start: b.start + d.index, end: b.start + text.slice(0, stop).trimEnd().length };
    }
  } else {
    const n = RE_NUMBER.exec(text);
    if (n) return { start: b.start, end: b.start + n.index + n[0].replace(/[.;]+$/u, "").length };
  }
  const cut = text.length > 80 ? text.slice(0, 80).replace(/\s+\S*$/u, "") : text;
  return { start: b.start, end: b.start + cut.trimEnd().length };
}

/** The first non-blank paragraph of an amendment's new text, and where its own text starts (after the quote). */
export function bodyHead(paragraphs: readonly AmendmentParagraph[], a: Amendment): { para: number; start: number; end: number } | null {
  if (!a.body) return null;
  if (a.body.inline) {
    const p = paragraphs[a.body.from]!;
    let s = a.body.inline.start + 1;
    while (s < a.body.inline.end && /\s/u.test(p.text[s]!)) s++;
    return { para: a.body.from, start: s, end: a.body.inline.end };
  }
  for (let j = a.body.from; j <= a.body.to; j++) {
    const p = paragraphs[j]!;
    if (p.kind === "blank" || p.text.trim() === "") continue;
    const m = /^\s*["«“„]?\s*/u.exec(p.text)!;
    return { para: j, start: m[0].length, end: p.text.length };
  }
  return null;
}

/** The number a new-text block opens with, in the form of `unit`: «3-1.» (point), «4-1)» (subpoint), «Статья 5.» / «5-бап.». */
export function leadingNumber(text: string): { unit: AmendUnit; number: string; length: number } | null {
  const f = text.toLowerCase();
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^(${NUM})\\.(?=\\s|$)`, "u").exec(f))) return { unit: "point", number: m[1]!, length: m[0].length };
  if ((m = new RegExp(`^(${NUM})\\)`, "u").exec(f))) return { unit: "subpoint", number: m[1]!, length: m[0].length };
  if ((m = new RegExp(`^статья\\s+(${NUM})\\.?`, "u").exec(f))) return { unit: "article", number: m[1]!, length: m[0].length };
  if ((m = new RegExp(`^(${NUM})-бап\\.?`, "u").exec(f))) return { unit: "article", number: m[1]!, length: m[0].length };
  if ((m = new RegExp(`^глава\\s+(${NUM})\\.?`, "u").exec(f))) return { unit: "chapter", number: m[1]!, length: m[0].length };
  if ((m = new RegExp(`^(${NUM})-тарау\\.?`, "u").exec(f))) return { unit: "chapter", number: m[1]!, length: m[0].length };
  if ((m = new RegExp(`^параграф\\s+(${NUM})\\.?`, "u").exec(f))) return { unit: "paragraph", number: m[1]!, length: m[0].length };
  if ((m = new RegExp(`^(${NUM})-параграф\\.?`, "u").exec(f))) return { unit: "paragraph", number: m[1]!, length: m[0].length };
  return null;
}
