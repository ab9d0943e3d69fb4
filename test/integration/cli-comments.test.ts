/**
 * `zanger check draft.docx --out draft.checked.docx` (issue 6, part 1): findings as real Word comments in a copy.
 * The input is not touched, untouched parts keep their bytes, the text reads the same, each comment covers exactly
 * its finding's words — checked in the package and by LibreOffice headless, which opens the copy, keeps every
 * comment on its words (flat ODT export) and exports it to PDF.
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import type { CheckResponse } from "../../src/contract";
import { readDocxParagraphs } from "../../src/docx/read-paragraphs";
import { walkDocumentXml } from "../../src/docx/xml-walk";
import { esc, makeDocx, p } from "../fixtures/make-docx";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "zanger.js");
const SOFFICE = process.env.ZANGER_SOFFICE || "/usr/bin/soffice";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-comments-"));

function zanger(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: tmp });
}

function libreOffice(file: string, to: string, ext: string): string {
  if (!fs.existsSync(SOFFICE)) throw new Error(`LibreOffice not found at ${SOFFICE} (apt-get install libreoffice-writer, or set ZANGER_SOFFICE).`);
  const outDir = fs.mkdtempSync(path.join(tmp, "lo-"));
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=file://${path.join(outDir, "profile")}`, "--headless", "--convert-to", to, "--outdir", outDir, file], { encoding: "utf8", timeout: 90_000 });
  const out = path.join(outDir, path.parse(file).name + ext);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file}: ${r.stderr || r.stdout}`);
  return out;
}

const run = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/** A draft as Word writes them: formatted runs splitting words, a tracked change, a field, a footnote mark, a table. */
const BODY =
  p("ПРИКАЗ Министра сельского хозяйства Республики Казахстан") +
  // «Мажилис Парламента» spread over three runs with different formatting.
  `<w:p>${run("1. Отчет направляется в Маж")}${run("илис Парла", "<w:b/>")}${run("мента Республики Казахстан ежегодно.", '<w:i/><w:color w:val="C00000"/>')}</w:p>` +
  // A tracked deletion and insertion: the text as it will read has «Сенат Парламента».
  `<w:p>${run("2. Копия направляется в ")}<w:del w:id="91" w:author="A" w:date="2026-11-01T00:00:00Z"><w:r><w:delText>Правительство</w:delText></w:r></w:del><w:ins w:id="92" w:author="A" w:date="2026-11-01T00:00:00Z">${run("Сенат Парламента")}</w:ins>${run(" в разумный срок.")}</w:p>` +
  // A field: its code is not text, its result is.
  `<w:p>${run("3. Решение принимается ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("по своему усмотрению")}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run(" уполномоченного органа")}<w:r><w:footnoteReference w:id="1"/></w:r>${run(".")}</w:p>` +
  `<w:tbl><w:tr><w:tc>${p("Отчет в Мажилис Парламента & Сенат")}</w:tc></w:tr></w:tbl>` +
  p("4. Настоящий приказ вводится в действие со дня подписания.");

async function draftDocx(withComment: boolean): Promise<Buffer> {
  const base = await makeDocx(
    withComment
      ? BODY.replace("<w:p>" + run("1. Отчет направляется в Маж"), `<w:p><w:commentRangeStart w:id="0"/>${run("1. Отчет направляется в Маж")}`).replace(
          run(" в разумный срок."),
          `${run(" в разумный срок.")}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`,
        )
      : BODY,
  );
  const zip = await JSZip.loadAsync(base);
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  zip.file("word/media/seal.png", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
  zip.file("word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}/>`);
  // The footnote the reference in point 3 points at.
  zip.file("word/footnotes.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>Сноска.</w:t></w:r></w:p></w:footnote></w:footnotes>`);
  const rels = [`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`];
  const overrides = [`<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`];
  if (withComment) {
    zip.file("word/comments.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}><w:comment w:id="0" w:author="Рецензент" w:date="2026-11-01T00:00:00Z"><w:p><w:r><w:t>Уточнить.</w:t></w:r></w:p></w:comment></w:comments>`);
    rels.push(`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>`);
    overrides.push(`<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`);
  }
  zip.file("word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  const ct = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", ct.replace("</Types>", `${overrides.join("")}</Types>`));
  return zip.generateAsync({ type: "nodebuffer" });
}

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) out.set(name, await zip.file(name)!.async("nodebuffer"));
  return out;
}

/** The text each comment covers, read from document.xml: id → words between its range start and end. */
function commentedWords(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)) {
    const id = m[1]!;
    const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`, m.index);
    // The words between, as the reader sees them: wrap the stretch into a paragraph and walk it.
    const between = xml.slice(m.index! + m[0].length, end).replace(/<w:commentRange(?:Start|End) w:id="\d+"\/>|<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g, "");
    const walked = walkDocumentXml(`<w:body><w:p>${between.replace(/<\/?w:p\b[^>]*>/g, "")}</w:p></w:body>`);
    out.set(id, walked[0]?.text ?? "");
  }
  return out;
}

/** A draft written as HTML and saved as .docx by LibreOffice: another producer's runs, styles and settings. */
function libreOfficeDocx(): string {
  const html = path.join(tmp, "lo-draft.html");
  fs.writeFileSync(
    html,
    `<html><head><meta charset="utf-8"></head><body><p>ПРИКАЗ Министра финансов Республики Казахстан</p>` +
      `<p>1. Сведения направляются в <b>Мажилис</b> Парламента Республики Казахстан.</p>` +
      `<p>2. Уполномоченный орган <i>по своему усмотрению</i> продлевает срок.</p>` +
      `<table><tr><td>Отчет в Сенат Парламента</td></tr></table><p>3. Настоящий приказ вводится в действие со дня подписания.</p></body></html>`,
  );
  return libreOffice(html, "docx:MS Word 2007 XML", ".docx");
}

/** RTF text with Unicode escapes, as RTF writers store Cyrillic and Kazakh letters. */
const rtfText = (t: string) => [...t].map((c) => (c.charCodeAt(0) < 128 ? c.replace(/[\\{}]/g, "\\$&") : `\\u${c.charCodeAt(0) > 32767 ? c.charCodeAt(0) - 65536 : c.charCodeAt(0)}?`)).join("");

/** The draft as an .odt (LibreOffice from HTML) or a hand-written .rtf, then saved as .docx by LibreOffice. */
function libreOfficeVia(ext: ".odt" | ".rtf"): string {
  let mid: string;
  if (ext === ".odt") {
    const html = path.join(tmp, "lo-draft-odt.html");
    fs.writeFileSync(
      html,
      `<html><head><meta charset="utf-8"></head><body><p>ПРИКАЗ Министра финансов Республики Казахстан</p>` +
        `<p>1. Сведения направляются в <u>Сенат</u> Парламента Республики Казахстан.</p>` +
        `<p>2. Уполномоченный орган <b>по своему усмотрению</b> продлевает срок.</p></body></html>`,
    );
    mid = libreOffice(html, "odt", ".odt");
  } else {
    mid = path.join(tmp, "lo-draft.rtf");
    fs.writeFileSync(
      mid,
      `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}` +
        `\\pard ${rtfText("ПРИКАЗ Министра финансов Республики Казахстан")}\\par` +
        `\\pard ${rtfText("1. Сведения направляются в ")}{\\b ${rtfText("Мажилис")}}${rtfText(" Парламента Республики Казахстан.")}\\par` +
        `\\pard ${rtfText("2. Уполномоченный орган по своему усмотрению продлевает срок.")}\\par}`,
    );
  }
  return libreOffice(mid, "docx:MS Word 2007 XML", ".docx");
}

/** A draft made with the `docx` npm package (another producer's XML: its own run layout, styles and settings). */
async function docxPackageDraft(): Promise<Buffer> {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell } = await import("docx");
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun("ПРИКАЗ Министра финансов Республики Казахстан")] }),
          new Paragraph({ children: [new TextRun("1. Сведения направляются в "), new TextRun({ text: "Мажилис Парла", bold: true }), new TextRun({ text: "мента", italics: true }), new TextRun(" ежегодно.")] }),
          new Paragraph({ children: [new TextRun("2. Уполномоченный орган по своему усмотрению продлевает срок.")] }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph("Отчет в Сенат Парламента")] })] })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

type Producer = "zanger-fixture" | "zanger-fixture-with-comment" | "libreoffice-from-html" | "libreoffice-from-odt" | "libreoffice-from-rtf" | "docx-package";

describe.each([
  ["a draft without comments", "zanger-fixture"],
  ["a draft that already has a reviewer's comment", "zanger-fixture-with-comment"],
  ["a draft LibreOffice saved from HTML", "libreoffice-from-html"],
  ["a draft LibreOffice saved from ODT", "libreoffice-from-odt"],
  ["a draft LibreOffice saved from RTF", "libreoffice-from-rtf"],
  ["a draft made with the docx npm package", "docx-package"],
] as [string, Producer][])("zanger check --out on %s", (_name, producer) => {
  const withComment = producer === "zanger-fixture-with-comment";
  let input: string;
  let output: string;
  let res: CheckResponse;

  beforeAll(async () => {
    input = path.join(tmp, `draft-${producer}.docx`);
    output = path.join(tmp, `draft-${producer}.checked.docx`);
    if (producer === "libreoffice-from-html") fs.copyFileSync(libreOfficeDocx(), input);
    else if (producer === "libreoffice-from-odt") fs.copyFileSync(libreOfficeVia(".odt"), input);
    else if (producer === "libreoffice-from-rtf") fs.copyFileSync(libreOfficeVia(".rtf"), input);
    else if (producer === "docx-package") fs.writeFileSync(input, await docxPackageDraft());
    else fs.writeFileSync(input, await draftDocx(withComment));
    const before = sha(fs.readFileSync(input));
    const r = zanger("check", input, "--out", output, "--format", "json");
    expect(r.stderr).toMatch(/comments written to/);
    expect(r.status).toBe(0);
    res = JSON.parse(r.stdout) as CheckResponse;
    expect(sha(fs.readFileSync(input))).toBe(before);
  });

  it("writes one comment per anchored finding, by Zanger, on exactly its words", async () => {
    const anchored = res.findings.filter((f) => f.paragraphIndex !== null);
    const fixture = producer === "zanger-fixture" || producer === "zanger-fixture-with-comment";
    expect(anchored.length).toBeGreaterThanOrEqual(fixture ? 5 : 2);
    const out = await parts(output);
    const comments = out.get("word/comments.xml")!.toString("utf8");
    const ours = [...comments.matchAll(/<w:comment w:id="(\d+)" w:author="Zanger" w:date="[^"]+" w:initials="Z">([\s\S]*?)<\/w:comment>/g)];
    expect(ours).toHaveLength(anchored.length);
    const words = commentedWords(out.get("word/document.xml")!.toString("utf8"));
    for (const [, id, body] of ours) {
      const ruleId = /\[Zanger · ([A-Z0-9-]+)\]/.exec(body!)![1];
      const covered = words.get(id!);
      expect(anchored.some((f) => f.ruleId === ruleId && f.quote === covered)).toBe(true);
    }
    expect(anchored.map((f) => f.quote)).toEqual(expect.arrayContaining(["по своему усмотрению"]));
    if (withComment) expect(comments).toContain('w:author="Рецензент"');
  });

  it("changes no text and no formatting, and leaves every other part byte-identical", async () => {
    const a = await parts(input);
    const b = await parts(output);
    expect((await readDocxParagraphs(fs.readFileSync(output))).map((x) => x.text)).toEqual((await readDocxParagraphs(fs.readFileSync(input))).map((x) => x.text));
    const changed = [...b.keys()].filter((k) => !a.has(k) || !a.get(k)!.equals(b.get(k)!)).sort();
    expect(changed).toEqual(withComment ? ["word/comments.xml", "word/document.xml"] : ["[Content_Types].xml", "word/_rels/document.xml.rels", "word/comments.xml", "word/document.xml"]);
    expect([...a.keys()].every((k) => b.has(k))).toBe(true);
    if (producer !== "zanger-fixture" && producer !== "zanger-fixture-with-comment") return;
    // The split runs keep their properties: bold and italic+red words are still bold and italic+red.
    const doc = b.get("word/document.xml")!.toString("utf8");
    expect(doc).toMatch(/<w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">илис Парла<\/w:t>/);
    expect(doc).toMatch(/<w:rPr><w:i\/><w:color w:val="C00000"\/><\/w:rPr><w:t xml:space="preserve">мента<\/w:t>/);
  });

  it("LibreOffice opens the copy with every comment on its words, and exports it to PDF", async () => {
    const fodt = fs.readFileSync(libreOffice(output, "fodt", ".fodt"), "utf8");
    const starts = [...fodt.matchAll(/<office:annotation(?=[\s>])[^>]*office:name="([^"]+)"[^>]*>[\s\S]*?<\/office:annotation>/g)];
    const anchored = res.findings.filter((f) => f.paragraphIndex !== null);
    expect(starts).toHaveLength(anchored.length + (withComment ? 1 : 0));
    for (const m of starts) {
      const end = fodt.indexOf(`<office:annotation-end office:name="${m[1]}"`, m.index);
      const covered = fodt
        .slice(m.index! + m[0].length, end)
        .replace(/<text:tab\/>/g, "\t")
        .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_x, n: string | undefined) => " ".repeat(Number(n ?? 1)))
        .replace(/<[^>]+>/g, "")
        .replace(/&amp;/g, "&");
      if (m[0].includes("Уточнить.")) continue;
      expect(anchored.map((f) => f.quote)).toContain(covered);
    }
    const pdf = libreOffice(output, "pdf", ".pdf");
    expect(fs.readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

describe("zanger check --out refuses what it must not do", () => {
  it.each([
    [["check", "x.txt", "--out", "x.checked.docx"], /input must be a \.docx/],
    [["check", "d.docx", "--out", "d.docx"], /another file/],
    [["check", "d.docx", "--out", "d.pdf"], /must name a \.docx/],
  ])("%j", (args, message) => {
    fs.writeFileSync(path.join(tmp, "x.txt"), "1. А.");
    fs.writeFileSync(path.join(tmp, "d.docx"), "not read");
    const r = zanger(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("a broken .docx: a clear error, exit 3, nothing written", () => {
    fs.writeFileSync(path.join(tmp, "broken.docx"), "PK not really");
    const out = path.join(tmp, "broken.checked.docx");
    const r = zanger("check", "broken.docx", "--out", out);
    expect(r.status).toBe(3);
    expect(fs.existsSync(out)).toBe(false);
  });
});
