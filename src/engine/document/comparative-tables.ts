/**
 * A comparative table that Zanger appended to a draft (review view, "append to this document") quotes the current
 * wording — abolished bodies, old article numbers — and repeats the proposed one: checking it would report the old
 * text as if it were the draft and every finding twice. Its paragraphs are blanked before the rules run (indexes
 * stay, so findings still point at the right paragraphs): the title, the subtitle, and the table from its header row
 * (the five headings of either language, each a cell) to its last cell.
 */
import type { Paragraph } from "../../contract";
import { TABLE_TEXT } from "../compare/comparative-table";

const HEADERS = Object.values(TABLE_TEXT).map((t) => t.headers.map((h) => h.trim()));
const TITLES = new Set<string>(Object.values(TABLE_TEXT).map((t) => t.title));

export function maskComparativeTables<P extends Paragraph>(paragraphs: readonly P[]): P[] {
  const out = [...paragraphs];
  for (let i = 0; i + 4 < out.length; i++) {
    const head = out.slice(i, i + 5);
    if (!head.every((p) => p.inTable)) continue;
    const texts = head.map((p) => p.text.trim());
    if (!HEADERS.some((h) => h.every((x, k) => x === texts[k]))) continue;
    let end = i;
    while (end < out.length && out[end]!.inTable) end++;
    let start = i;
    // The title and the subtitle line right above the table.
    for (let back = 1; back <= 2 && i - back >= 0; back++) {
      const p = out[i - back]!;
      if (p.inTable) break;
      if (TITLES.has(p.text.trim())) {
        start = i - back;
        break;
      }
    }
    for (let k = start; k < end; k++) out[k] = { ...out[k]!, text: "" };
    i = end;
  }
  return out;
}
