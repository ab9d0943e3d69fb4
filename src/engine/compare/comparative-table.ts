/**
 * The comparative table of an amendment («сравнительная таблица» / «салыстырма кесте»): one row per changed
 * structural unit, in document order — № | unit | current wording (deleted words marked) | proposed wording
 * (inserted words marked) | justification (left for the author). Built here from two versions of a text; the
 * pane builds the same table from a document's tracked changes (current = without the insertions, proposed =
 * without the deletions).
 *
 * Alignment: units with the same address are the same unit (a renumbered unit therefore shows as removed and
 * added, which is what a reviewer must see: Law "On Legal Acts" forbids renumbering); text outside units
 * (title, preamble) is matched by its words. The longest common subsequence of the two block lists keeps order.
 */
import type { ComparativeRow, ComparativeTable, Language } from "../../contract";
import { diffWords, sides, tokenize, type DiffSegment } from "../../text/word-diff";
import { unitBlocks, unitLabel, type UnitBlock } from "./units";

export type { ComparativeRow, ComparativeTable } from "../../contract";
export type RowKind = ComparativeRow["kind"];

export const TABLE_TEXT = {
  ru: {
    title: "Сравнительная таблица",
    headers: ["№ п/п", "Структурный элемент", "Действующая редакция", "Предлагаемая редакция", "Обоснование"],
    absent: "Отсутствует.",
    excluded: "Исключить.",
    noChanges: "Изменений нет.",
  },
  kk: {
    title: "Салыстырма кесте",
    headers: ["Р/с №", "Құрылымдық элемент", "Қолданыстағы редакция", "Ұсынылып отырған редакция", "Негіздеме"],
    absent: "Жоқ.",
    excluded: "Алып тасталсын.",
    noChanges: "Өзгерістер жоқ.",
  },
} as const;

/** Share of words two texts have in common (Dice over word multisets), 0–1. */
export function wordSimilarity(a: string, b: string): number {
  const words = (s: string) => tokenize(s.toLowerCase()).filter((t) => /[\p{L}\p{N}]/u.test(t));
  const x = words(a);
  const y = words(b);
  if (x.length === 0 && y.length === 0) return 1;
  const count = new Map<string, number>();
  for (const w of x) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of y) {
    const c = count.get(w) ?? 0;
    if (c > 0) {
      common++;
      count.set(w, c - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

const SIMILAR = 0.5;
/** Above this many block pairs, only units with an address are aligned (in order), text blocks by position. */
const MAX_ALIGN_CELLS = 25_000_000;

function same(a: UnitBlock, b: UnitBlock): boolean {
  if (a.key !== null || b.key !== null) return a.key === b.key;
  return a.text === b.text || wordSimilarity(a.text, b.text) >= SIMILAR;
}

/** Pairs of aligned blocks in order; a missing side is undefined. */
export function alignBlocks(a: readonly UnitBlock[], b: readonly UnitBlock[]): [UnitBlock | undefined, UnitBlock | undefined][] {
  const n = a.length;
  const m = b.length;
  const pairs: [UnitBlock | undefined, UnitBlock | undefined][] = [];
  if (n * m > MAX_ALIGN_CELLS) {
    // Huge documents: match keys through a map, keep the new order, put what the old version alone has last.
    const byKey = new Map(a.filter((x) => x.key !== null).map((x) => [x.key!, x]));
    const used = new Set<UnitBlock>();
    for (const y of b) {
      const x = y.key !== null ? byKey.get(y.key) : undefined;
      if (x) used.add(x);
      pairs.push([x, y]);
    }
    for (const x of a) if (!used.has(x)) pairs.push([x, undefined]);
    return pairs;
  }
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = same(a[i]!, b[j]!) ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(a[i]!, b[j]!) && lcs[i * w + j] === lcs[(i + 1) * w + j + 1]! + 1) {
      pairs.push([a[i], b[j]]);
      i++;
      j++;
    } else if (i < n && (j === m || lcs[(i + 1) * w + j]! > lcs[i * w + j + 1]!)) {
      // On a tie the new version's unit comes first: rows follow the proposed text.
      pairs.push([a[i], undefined]);
      i++;
    } else {
      pairs.push([undefined, b[j]]);
      j++;
    }
  }
  return pairs;
}

/** The comparative table of two versions of a text (paragraph texts in order), in the document's language. */
export function buildComparativeTable(oldTexts: readonly string[], newTexts: readonly string[], lang: Language): ComparativeTable {
  const T = TABLE_TEXT[lang];
  const rows: ComparativeRow[] = [];
  for (const [x, y] of alignBlocks(unitBlocks(oldTexts), unitBlocks(newTexts))) {
    if (x && y && x.text === y.text) continue;
    const base = { no: rows.length + 1, justification: "", oldParagraphs: x?.paragraphIndexes ?? [], newParagraphs: y?.paragraphIndexes ?? [] };
    if (x && y) {
      const s = sides(diffWords(x.text, y.text));
      rows.push({ ...base, kind: "changed", unit: unitLabel(y, lang), current: s.current, proposed: s.proposed });
    } else if (y) {
      rows.push({ ...base, kind: "added", unit: unitLabel(y, lang), current: [{ op: "equal", text: T.absent }], proposed: [{ op: "ins", text: y.text }] });
    } else if (x) {
      rows.push({ ...base, kind: "removed", unit: unitLabel(x, lang), current: [{ op: "del", text: x.text }], proposed: [{ op: "equal", text: T.excluded }] });
    }
  }
  return { lang, title: T.title, headers: [...T.headers] as ComparativeTable["headers"], rows };
}
