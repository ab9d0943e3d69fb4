/**
 * A document as a sequence of structural units for comparison: each paragraph belongs to the deepest unit it sits
 * in (section, chapter, article, point, subpoint — of the act or of one of its annexes), consecutive paragraphs of
 * one unit form one block. Paragraphs before the first unit (title, preamble) and unstructured text have no key and
 * are aligned by their words instead.
 */
import type { Language } from "../../contract";
import { parseStructure, type Address, type ParsedStructure } from "../document/structure";

export interface UnitBlock {
  /** Address of the unit («p0|a5|pt2»), or null for text outside any unit. */
  key: string | null;
  address: Address;
  /** The kind of the unit's opening paragraph, for its label. */
  kind: ParsedStructure["kind"];
  paragraphIndexes: number[];
  /** The paragraphs' texts joined by a line break. */
  text: string;
}

function keyOf(a: Address): string | null {
  const parts: string[] = [];
  if (a.section !== undefined) parts.push(`s${a.section}`);
  if (a.chapter !== undefined) parts.push(`c${a.chapter}`);
  if (a.article !== undefined) parts.push(`a${a.article}`);
  if (a.point !== undefined) parts.push(`pt${a.point}`);
  if (a.subpoint !== undefined) parts.push(`sp${a.subpoint}`);
  return parts.length ? [`p${a.part}`, ...parts].join("|") : null;
}

export function unitBlocks(texts: readonly string[]): UnitBlock[] {
  const structure = parseStructure(texts);
  const blocks: UnitBlock[] = [];
  structure.paragraphs.forEach((p, i) => {
    if (p.kind === "blank") return;
    const key = keyOf(p.address);
    const opens = ["section", "chapter", "paragraph-heading", "article", "point", "subpoint", "annex"].includes(p.kind);
    const last = blocks[blocks.length - 1];
    if (last && !opens && key !== null && last.key === key) {
      last.paragraphIndexes.push(i);
      last.text += "\n" + texts[i]!.trim();
      return;
    }
    blocks.push({ key, address: p.address, kind: p.kind, paragraphIndexes: [i], text: texts[i]!.trim() });
  });
  return blocks;
}

const LABEL = {
  ru: {
    section: (n: string) => `Раздел ${n}`,
    chapter: (n: string) => `Глава ${n}`,
    article: (n: string) => `Статья ${n}`,
    point: (n: string) => `пункт ${n}`,
    subpoint: (n: string) => `подпункт ${n})`,
    annex: (n: number) => `Приложение ${n}`,
    preamble: "Заголовок, преамбула",
    text: "Текст",
  },
  kk: {
    section: (n: string) => `${n}-бөлім`,
    chapter: (n: string) => `${n}-тарау`,
    article: (n: string) => `${n}-бап`,
    point: (n: string) => `${n}-тармақ`,
    subpoint: (n: string) => `${n}) тармақша`,
    annex: (n: number) => `${n}-қосымша`,
    preamble: "Тақырып, кіріспе",
    text: "Мәтін",
  },
} as const;

/** «Статья 5, пункт 2, подпункт 3)» / «5-бап, 2-тармақ, 3) тармақша»; the article's chapter only when it has none. */
export function unitLabel(b: Pick<UnitBlock, "address" | "key">, lang: Language): string {
  const L = LABEL[lang];
  const a = b.address;
  const parts: string[] = [];
  if (a.part > 0) parts.push(L.annex(a.part));
  if (a.article !== undefined) parts.push(L.article(a.article));
  else {
    if (a.section !== undefined && a.chapter === undefined) parts.push(L.section(a.section));
    if (a.chapter !== undefined) parts.push(L.chapter(a.chapter));
  }
  if (a.point !== undefined) parts.push(L.point(a.point));
  if (a.subpoint !== undefined) parts.push(L.subpoint(a.subpoint));
  if (parts.length === 0) return b.key === null && a.part === 0 ? L.preamble : L.text;
  const s = parts.join(", ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}
