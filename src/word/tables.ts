/**
 * Writing a table into the document (WordApi 1.3: Body.insertTable / Paragraph.insertTable), e.g. the RIA
 * checklist. One Word.run, one sync that carries the work: insert with all the values at once (never cell by
 * cell), mark the first row as the header row (repeated on every page), read back the row count.
 */
import { supportsWordApi13 } from "./capabilities";

export type TablePlacement = "end" | "cursor";

export interface InsertTableResult {
  rowCount: number;
  columnCount: number;
}

/** Word's own limit on columns; values must be a non-empty rectangle of strings. */
export const MAX_TABLE_COLUMNS = 63;

/** Checks the values and returns [rows, columns]; throws TypeError for anything Word would refuse. */
export function tableShape(values: readonly (readonly string[])[]): [number, number] {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) throw new TypeError("a table needs at least one row and one column");
  if (cols > MAX_TABLE_COLUMNS) throw new TypeError(`a Word table has at most ${MAX_TABLE_COLUMNS} columns`);
  for (const row of values) {
    if (row.length !== cols) throw new TypeError("every row of the table must have the same number of cells");
    for (const cell of row) if (typeof cell !== "string") throw new TypeError("table cells must be strings");
  }
  return [rows, cols];
}

/** Word cells take text; paragraph and line breaks inside a value become line breaks (\v) of one cell paragraph. */
function cellText(s: string): string {
  return s.replace(/\r\n?|\n/g, "\v");
}

/**
 * Inserts `values` (first row = headings) as a Word table at the end of the document, or after the paragraph that
 * holds the cursor. Needs WordApi 1.3 (Word 2016+ / Office LTSC 2021 included).
 */
export async function insertTable(
  values: readonly (readonly string[])[],
  options: { at?: TablePlacement; headerRows?: number } = {},
): Promise<InsertTableResult> {
  const [rows, cols] = tableShape(values);
  if (!supportsWordApi13()) throw new Error("inserting a table needs WordApi 1.3");
  const data = values.map((r) => r.map(cellText));
  const headerRows = Math.min(Math.max(0, options.headerRows ?? 1), rows);
  return Word.run(async (context) => {
    const table =
      options.at === "cursor"
        ? context.document.getSelection().paragraphs.getLast().insertTable(rows, cols, "After", data)
        : context.document.body.insertTable(rows, cols, "End", data);
    if (headerRows > 0) table.headerRowCount = headerRows;
    table.load("rowCount");
    await context.sync();
    return { rowCount: table.rowCount, columnCount: cols };
  });
}
