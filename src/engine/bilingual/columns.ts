/**
 * One document holding both versions in a two-column table (Kazakh on one side, Russian on the other, a unit per
 * row): the columns become the two versions, each paragraph keeping its index in the document so that findings
 * point at the right cell.
 */
import type { Language, Paragraph } from "../../contract";
import { detectDocumentLanguage, detectParagraphLanguage } from "../document/language";

export interface TableVersions {
  table: number;
  kk: Paragraph[];
  ru: Paragraph[];
}

/**
 * The first table with two columns whose texts are one Kazakh and one Russian (the .docx reader and the pane on
 * WordApi 1.3 give each table paragraph its row and column). Without cell positions (Word older than 1.3), or when
 * no table has a Kazakh and a Russian column (both versions one under the other in a single column), the table
 * paragraphs are split by their language. Null when neither finds both versions.
 */
export function versionsFromTable(paragraphs: readonly Paragraph[]): TableVersions | null {
  if (!paragraphs.some((p) => p.cell)) return byLanguage(paragraphs);
  const tables = [...new Set(paragraphs.filter((p) => p.cell).map((p) => p.cell!.table))];
  for (const t of tables) {
    const cells = paragraphs.filter((p) => p.cell?.table === t);
    const cols = [...new Set(cells.map((p) => p.cell!.col))].sort((a, b) => a - b);
    // The two widest columns (a numbering column «№» may stand first).
    const byText = cols
      .map((c) => ({ c, paras: cells.filter((p) => p.cell!.col === c), chars: cells.filter((p) => p.cell!.col === c).reduce((n, p) => n + p.text.length, 0) }))
      .sort((a, b) => b.chars - a.chars)
      .slice(0, 2);
    if (byText.length < 2) continue;
    const langs = byText.map((x) => detectDocumentLanguage(x.paras.map((p) => p.text)) as Language);
    if (langs[0] === langs[1]) continue;
    const kk = byText[langs[0] === "kk" ? 0 : 1]!.paras;
    const ru = byText[langs[0] === "kk" ? 1 : 0]!.paras;
    return { table: t, kk, ru };
  }
  return byLanguage(paragraphs);
}

function byLanguage(paragraphs: readonly Paragraph[]): TableVersions | null {
  const inTable = paragraphs.filter((p) => p.inTable && p.text.trim() !== "");
  const kk = inTable.filter((p) => detectParagraphLanguage(p.text) === "kk");
  const ru = inTable.filter((p) => detectParagraphLanguage(p.text) === "ru");
  if (kk.length < 2 || ru.length < 2) return null;
  return { table: -1, kk, ru };
}
