/**
 * Reads the paragraphs of a .docx as the reader sees them: deleted revisions out, inserted text in,
 * field results (not field codes), table cells included (inTable). Offsets match what the add-in sees
 * after normaliseParagraphText: a line break is a space, a tab stays a tab, a note reference is "*".
 * XML is parsed by a streaming parser that never expands entities or DTDs.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import type { Paragraph } from "../contract";

export class DocxError extends Error {
  constructor(
    public readonly code: "not_a_zip" | "not_a_docx" | "bad_xml" | "too_large" | "encrypted",
    message: string,
  ) {
    super(message);
  }
}

export const DOCX_LIMITS = {
  maxDocumentXmlBytes: 200 * 1024 * 1024,
  maxFileBytes: 100 * 1024 * 1024,
  /** All parts together, uncompressed: a package that claims more is a zip bomb, not a draft. */
  maxTotalUncompressedBytes: 1024 * 1024 * 1024,
  /** Compression ratio above which a part over 1 MB is refused (text XML compresses 5–20×, bombs 1000×). */
  maxRatio: 200,
};

/** Main-part content types of the packages Word writes (document, template, macro-enabled). */
const WORD_MAIN_TYPES = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  "application/vnd.ms-word.document.macroenabled.main+xml",
  "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
];

interface ZipEntryData {
  _data?: { uncompressedSize?: number; compressedSize?: number };
}

/**
 * Opens a .docx package with the checks every reader and writer of Zanger needs: size, encryption, ZIP structure,
 * zip bombs (declared sizes and ratios, then a hard cap while inflating the main part), the content type of the main
 * part. Throws DocxError with a reason a lawyer can act on.
 */
export async function openDocx(data: Uint8Array): Promise<{ zip: JSZip; documentXml: string }> {
  if (data.byteLength > DOCX_LIMITS.maxFileBytes) throw new DocxError("too_large", "file is larger than 100 MB");
  // OLE compound files (D0 CF 11 E0) are encrypted .docx or old binary .doc.
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    throw new DocxError("encrypted", "the file is password-protected (encrypted) or an old binary .doc, not .docx");
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new DocxError("not_a_zip", "the file is damaged or not a .docx (not a ZIP package)");
  }
  let total = 0;
  for (const f of Object.values(zip.files)) {
    const d = (f as unknown as ZipEntryData)._data;
    const size = d?.uncompressedSize ?? 0;
    total += size;
    if (size > 1024 * 1024 && d?.compressedSize && size / d.compressedSize > DOCX_LIMITS.maxRatio) {
      throw new DocxError("too_large", `${f.name} expands ${Math.round(size / d.compressedSize)} times: refusing a possible zip bomb`);
    }
  }
  if (total > DOCX_LIMITS.maxTotalUncompressedBytes) throw new DocxError("too_large", "the package is larger than 1 GB uncompressed");
  const entry = zip.file("word/document.xml");
  if (!entry) throw new DocxError("not_a_docx", "the package has no word/document.xml: not a Word document");
  const types = zip.file("[Content_Types].xml");
  if (!types) throw new DocxError("not_a_docx", "the package has no [Content_Types].xml: not a Word document");
  let typesXml: string;
  try {
    typesXml = await types.async("string");
  } catch {
    throw new DocxError("not_a_zip", "the file is damaged: [Content_Types].xml cannot be read");
  }
  const main = /<Override\b[^>]*PartName="\/word\/document\.xml"[^>]*>/i.exec(typesXml)?.[0];
  const type = main ? /ContentType="([^"]+)"/.exec(main)?.[1] : undefined;
  if (!type || !WORD_MAIN_TYPES.includes(type.toLowerCase())) {
    throw new DocxError("not_a_docx", `the package's main part is not a Word document (content type ${type ?? "missing"})`);
  }
  const size = (entry as unknown as ZipEntryData)._data?.uncompressedSize;
  if (size !== undefined && size > DOCX_LIMITS.maxDocumentXmlBytes) {
    throw new DocxError("too_large", "word/document.xml is larger than 200 MB uncompressed");
  }
  // Declared sizes can lie: count what inflates.
  const documentXml = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let got = 0;
    const stream = entry.nodeStream("nodebuffer");
    stream.on("data", (c: Buffer) => {
      got += c.length;
      if (got > DOCX_LIMITS.maxDocumentXmlBytes) {
        (stream as unknown as { destroy?: () => void }).destroy?.();
        reject(new DocxError("too_large", "word/document.xml is larger than 200 MB uncompressed"));
        return;
      }
      chunks.push(c);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stream.on("error", () => reject(new DocxError("not_a_zip", "the file is damaged: word/document.xml cannot be unpacked")));
  });
  return { zip, documentXml };
}

/** Parts of a document besides its body that can be read on request. */
export const EXTRA_PARTS = ["headers", "footers", "footnotes"] as const;
export type ExtraPart = (typeof EXTRA_PARTS)[number];

/**
 * Headers, footers and footnotes as their own paragraph lists (part name → paragraphs, as the reader reads them),
 * in package order. Separator footnotes and empty paragraphs are left out. The body is not among them: its
 * paragraphs and offsets stay exactly what the add-in sees.
 */
export async function readDocxExtraParts(data: Uint8Array, which: readonly ExtraPart[]): Promise<{ part: string; paragraphs: Paragraph[] }[]> {
  const { zip } = await openDocx(data);
  const wanted = (name: string) =>
    (which.includes("headers") && /^word\/header\d*\.xml$/.test(name)) ||
    (which.includes("footers") && /^word\/footer\d*\.xml$/.test(name)) ||
    (which.includes("footnotes") && /^word\/(?:footnotes|endnotes)\.xml$/.test(name));
  const out: { part: string; paragraphs: Paragraph[] }[] = [];
  for (const name of Object.keys(zip.files).filter(wanted).sort()) {
    let xml = await zip.file(name)!.async("string");
    // Separator "footnotes" are layout, not text.
    xml = xml.replace(/<w:(footnote|endnote)\b[^>]*w:type="(?:separator|continuationSeparator|continuationNotice)"[\s\S]*?<\/w:\1>/g, "");
    const paragraphs = parseDocumentXml(xml)
      .filter((p) => p.text.trim() !== "")
      .map((p, index) => ({ ...p, index }));
    if (paragraphs.length) out.push({ part: name.replace(/^word\//, ""), paragraphs });
  }
  return out;
}

export async function readDocxParagraphs(data: Uint8Array): Promise<Paragraph[]> {
  const { documentXml } = await openDocx(data);
  return parseDocumentXml(documentXml);
}

export function parseDocumentXml(xml: string): Paragraph[] {
  if (/<!DOCTYPE/i.test(xml.slice(0, 2000))) throw new DocxError("bad_xml", "document.xml declares a DTD; refusing to parse it");
  const parser = new SaxesParser({ xmlns: false });
  const paragraphs: Paragraph[] = [];
  let depthP = 0;
  let text = "";
  let style: string | undefined;
  let tableDepth = 0;
  let inDel = 0;
  let inText = false;
  let inInstr = false;
  // Complex fields: between fldChar begin and separate is the code (skip); between separate and end, the result.
  const fieldStack: ("code" | "result")[] = [];
  let paraInTable = false;
  let inRun = 0;
  // Position in the outermost table: its number, the row and the cell (nested tables keep the outer cell).
  let tables = -1;
  let row = -1;
  let col = -1;
  let paraCell: { table: number; row: number; col: number } | undefined;

  parser.on("opentag", (tag) => {
    const name = tag.name;
    switch (name) {
      case "w:tbl":
        tableDepth++;
        if (tableDepth === 1) {
          tables++;
          row = -1;
        }
        break;
      case "w:tr":
        if (tableDepth === 1) {
          row++;
          col = -1;
        }
        break;
      case "w:tc":
        if (tableDepth === 1) col++;
        break;
      case "w:p":
        if (depthP === 0) {
          text = "";
          style = undefined;
          paraInTable = tableDepth > 0;
          paraCell = tableDepth > 0 ? { table: tables, row: Math.max(row, 0), col: Math.max(col, 0) } : undefined;
        }
        depthP++;
        break;
      case "w:r":
        inRun++;
        break;
      case "w:pStyle":
        if (depthP > 0) style = String(tag.attributes["w:val"] ?? "") || undefined;
        break;
      case "w:del":
      case "w:moveFrom":
        inDel++;
        break;
      case "w:t":
        inText = true;
        break;
      case "w:delText":
        inText = false;
        break;
      case "w:instrText":
        inInstr = true;
        break;
      case "w:fldChar": {
        const t = tag.attributes["w:fldCharType"];
        if (t === "begin") fieldStack.push("code");
        else if (t === "separate" && fieldStack.length) fieldStack[fieldStack.length - 1] = "result";
        else if (t === "end") fieldStack.pop();
        break;
      }
      case "w:tab":
        // w:tab inside w:tabs (paragraph properties) is a tab stop, not text.
        if (inRun > 0 && depthP > 0 && !inDel && fieldStack.at(-1) !== "code") text += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (inRun > 0 && depthP > 0 && !inDel && fieldStack.at(-1) !== "code") text += " ";
        break;
      case "w:noBreakHyphen":
        if (depthP > 0 && !inDel) text += "-";
        break;
      case "w:footnoteReference":
      case "w:endnoteReference":
        if (depthP > 0 && !inDel) text += "*";
        break;
      default:
        break;
    }
  });
  parser.on("text", (t) => {
    if (inText && depthP > 0 && !inDel && !inInstr && fieldStack.at(-1) !== "code") text += t;
  });
  parser.on("closetag", (tag) => {
    switch (tag.name) {
      case "w:tbl":
        tableDepth--;
        break;
      case "w:r":
        inRun--;
        break;
      case "w:p":
        depthP--;
        if (depthP === 0) {
          paragraphs.push({
            index: paragraphs.length,
            text: text.replace(/[\r\n\v]/g, " "),
            ...(style ? { style } : {}),
            ...(paraInTable ? { inTable: true } : {}),
            ...(paraCell ? { cell: paraCell } : {}),
          });
        }
        break;
      case "w:del":
      case "w:moveFrom":
        inDel--;
        break;
      case "w:t":
        inText = false;
        break;
      case "w:instrText":
        inInstr = false;
        break;
      default:
        break;
    }
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new DocxError("bad_xml", `word/document.xml is not well-formed XML (${(e as Error).message.split("\n")[0]})`);
  }
  return paragraphs;
}
