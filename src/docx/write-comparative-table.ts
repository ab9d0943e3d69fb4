/**
 * A comparative table as a new Word document: landscape A4, Times New Roman 12, a centred title, a bordered table
 * whose header row repeats on every page; deleted words struck through in the current column, inserted words bold
 * in the proposed column. Plain WordprocessingML written by hand (no template), so that any office suite opens it;
 * the test opens it with LibreOffice.
 */
import JSZip from "jszip";
import type { ComparativeTable } from "../engine/compare/comparative-table";
import type { DiffSegment } from "../text/word-diff";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Column widths in twentieths of a point; they add up to the text width of landscape A4 with 2 cm margins. */
const WIDTHS = [700, 2600, 4600, 4600, 2338];
/** The same proportions for portrait A4 (the table appended to a draft keeps the draft's page). */
const PORTRAIT_WIDTHS = [560, 1680, 2900, 2900, 1598];

export function xmlEscape(s: string): string {
  // Characters XML 1.0 does not allow are dropped (a control character pasted into a draft must not break the file).
  return s
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function run(text: string, props: string): string {
  // A tab stays a tab; everything else is text with its spaces preserved.
  return text
    .split("\t")
    .map((t, i) => (i > 0 ? `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:tab/></w:r>` : "") + (t ? `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r>` : ""))
    .join("");
}

const PROPS: Record<DiffSegment["op"], string> = { equal: "", del: "<w:strike/>", ins: "<w:b/>" };

/** Segments as cell paragraphs: a line break in the text starts a new paragraph. */
function cellParagraphs(segs: readonly DiffSegment[], pPr = ""): string {
  const paras: string[] = [""];
  for (const s of segs) {
    s.text.split("\n").forEach((piece, i) => {
      if (i > 0) paras.push("");
      paras[paras.length - 1] += run(piece, PROPS[s.op]);
    });
  }
  return paras.map((p) => `<w:p>${pPr}${p}</w:p>`).join("");
}

function cell(width: number, content: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
}

/** The title, subtitle and table as body content (no section properties). */
function tableBody(table: ComparativeTable, subtitle: string | undefined, widths: readonly number[]): string {
  const centred = `<w:pPr><w:jc w:val="center"/></w:pPr>`;
  const header =
    `<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>` +
    table.headers.map((h, i) => cell(widths[i]!, `<w:p>${centred}${run(h, "<w:b/>")}</w:p>`)).join("") +
    `</w:tr>`;
  const rows = table.rows
    .map(
      (r) =>
        `<w:tr>` +
        cell(widths[0]!, `<w:p>${centred}${run(String(r.no), "")}</w:p>`) +
        cell(widths[1]!, `<w:p>${run(r.unit, "")}</w:p>`) +
        cell(widths[2]!, cellParagraphs(r.current)) +
        cell(widths[3]!, cellParagraphs(r.proposed)) +
        cell(widths[4]!, `<w:p>${run(r.justification, "")}</w:p>`) +
        `</w:tr>`,
    )
    .join("");
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const tbl =
    `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    `<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
    header +
    rows +
    `</w:tbl>`;
  return `<w:p>${centred}${run(table.title, "<w:b/>")}</w:p>` + (subtitle ? `<w:p>${centred}${run(subtitle, "")}</w:p>` : "") + tbl + `<w:p/>`;
}

export function comparativeTableXml(table: ComparativeTable, subtitle?: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>` +
    tableBody(table, subtitle, WIDTHS) +
    `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>` +
    `<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>` +
    `</w:body></w:document>`
  );
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>` +
  `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>` +
  `<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

/**
 * The table as a flat OPC package for Range/Body.insertOoxml: appended to the open draft on its own page layout
 * (portrait widths, no section properties), with the same struck-through and bold words.
 */
export function comparativeTableFlatOpc(table: ComparativeTable, subtitle?: string): string {
  const doc = `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${tableBody(table, subtitle, PORTRAIT_WIDTHS)}</w:body></w:document>`;
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    `</Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>${doc}</pkg:xmlData></pkg:part>` +
    `</pkg:package>`
  );
}

/** The .docx package of a comparative table. */
export async function writeComparativeTableDocx(table: ComparativeTable, subtitle?: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
      `</Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `</Relationships>`,
  );
  zip.file("word/styles.xml", table.lang === "kk" ? STYLES.replace('w:val="ru-RU"', 'w:val="kk-KZ"') : STYLES);
  zip.file("word/document.xml", comparativeTableXml(table, subtitle));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
