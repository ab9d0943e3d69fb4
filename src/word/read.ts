/** Reading the document: every paragraph in one Word.run with a constant number of syncs. */
import type { Paragraph } from "../contract";
import { hash53, normaliseParagraphText } from "../engine/document/normalize";
import { getCapabilities, supportsWordApi13 } from "./capabilities";
import type { DocumentSnapshot } from "./types";

/** Paragraphs queued per chunk before yielding to the UI (progress); chunks do NOT add syncs. */
export const READ_CHUNK = 500;

/** Text without tracked deletions or hidden text (WordApi 1.7). Typed: the d.ts inline type misspells the keys. */
export const CURRENT_TEXT_OPTIONS: Word.GetTextOptions = { includeTextMarkedAsDeleted: false, includeHiddenText: false };

export type ReadProgress = (done: number, total: number) => void;

function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function paragraphHash(text: string): string {
  return hash53(text);
}

/**
 * Reads all paragraphs: one `paragraphs.load("items/text,items/style,items/tableNestingLevel,items/isListItem")`
 * and one sync; then, in a second sync only when needed, `getText(CURRENT_TEXT_OPTIONS)` for every paragraph
 * (WordApi 1.7: `paragraph.text` includes tracked deletions on Word on the web, office-js#1267), the list
 * numbers of list paragraphs (auto-numbered «1.», «2)» are not part of the text) and the row and column of
 * paragraphs in a (top-level) table cell (`parentTableCellOrNullObject`, WordApi 1.3). Queueing is chunked with a
 * yield to the UI between chunks for progress, but there are at most 2 syncs whatever the document size.
 */
export async function readDocument(onProgress?: ReadProgress): Promise<DocumentSnapshot> {
  const caps = getCapabilities();
  const api13 = supportsWordApi13();
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(api13 ? "items/text,items/style,items/tableNestingLevel,items/isListItem" : "items/text,items/style");
    await context.sync();
    const items = paragraphs.items;
    const total = items.length;
    const current: (OfficeExtension.ClientResult<string> | undefined)[] = new Array(total);
    const lists: (Word.ListItem | undefined)[] = new Array(total);
    const cells: (Word.TableCell | undefined)[] = new Array(total);
    let queued = false;
    for (let from = 0; from < total; from += READ_CHUNK) {
      const to = Math.min(total, from + READ_CHUNK);
      for (let i = from; i < to; i++) {
        const p = items[i]!;
        if (caps.wordApi17) {
          current[i] = p.getText(CURRENT_TEXT_OPTIONS);
          queued = true;
        }
        if (api13 && p.isListItem) {
          const li = p.listItemOrNullObject;
          li.load("listString");
          lists[i] = li;
          queued = true;
        }
        if (api13 && p.tableNestingLevel === 1) {
          const cell = p.parentTableCellOrNullObject;
          cell.load("rowIndex,cellIndex");
          cells[i] = cell;
          queued = true;
        }
      }
      onProgress?.(to, total);
      if (to < total) await yieldToUi();
    }
    if (queued) await context.sync();
    if (total === 0) onProgress?.(0, 0);

    const out: Paragraph[] = [];
    const hashes: string[] = [];
    // Word shows a table's cells as paragraphs; consecutive table paragraphs are one table (Word always keeps a
    // paragraph between two tables), so a table's number is the count of table runs before it.
    let table = -1;
    for (let i = 0; i < total; i++) {
      const p = items[i]!;
      if (api13 && p.tableNestingLevel > 0 && (i === 0 || items[i - 1]!.tableNestingLevel === 0)) table++;
      const raw = current[i]?.value ?? p.text;
      const text = normaliseParagraphText(raw);
      const para: Paragraph = { index: i, text };
      if (p.style) para.style = p.style.slice(0, 200);
      if (api13 && p.tableNestingLevel > 0) para.inTable = true;
      const li = lists[i];
      if (li && !li.isNullObject && li.listString) para.listString = li.listString.slice(0, 50);
      const cell = cells[i];
      if (cell && !cell.isNullObject) para.cell = { table, row: cell.rowIndex, col: cell.cellIndex };
      out.push(para);
      hashes.push(paragraphHash(text));
    }
    return { paragraphs: out, hashes };
  });
}

/**
 * Indexes of paragraphs whose text changed since `snapshot` (re-reads the document). Paragraphs that were
 * added or removed at the end count as changed; an insertion in the middle marks everything after it.
 */
export async function changedParagraphs(snapshot: DocumentSnapshot): Promise<number[]> {
  const now = await readDocument();
  const n = Math.max(now.hashes.length, snapshot.hashes.length);
  const changed: number[] = [];
  for (let i = 0; i < n; i++) {
    if (now.hashes[i] !== snapshot.hashes[i]) changed.push(i);
  }
  return changed;
}
