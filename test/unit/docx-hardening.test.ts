/**
 * Bad .docx input gets a clear DocxError and nothing else: zip bombs, wrong content types, damaged packages, and a
 * bounded fuzz run (seeded) over mutated packages and mutated document.xml — for the reader and the comment writer.
 */
import JSZip from "jszip";
import type { Finding } from "../../src/contract";
import { DocxError, readDocxParagraphs } from "../../src/docx/read-paragraphs";
import { writeComments } from "../../src/docx/write-comments";
import { makeDocx, p } from "../fixtures/make-docx";

const BODY = p("ПРИКАЗ") + `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">1. Отчет в Мажилис </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>Парламента</w:t></w:r></w:ins></w:p>` + `<w:tbl><w:tr><w:tc>${p("ячейка &amp; текст")}</w:tc></w:tr></w:tbl>`;

const finding: Finding = {
  id: "F1",
  ruleId: "CONST-ABOLISHED-BODY",
  pack: "constitution",
  severity: "error",
  paragraphIndex: 1,
  start: 11,
  end: 29,
  quote: "Мажилис Парламента",
  before: "",
  after: "",
  title: "t",
  message: "m",
  explanation: "e",
  citation: { act: "constitution-2026", edition: "2026-07-01", article: "50" },
  source: "rule",
  confidence: 1,
  fingerprint: "CONST-ABOLISHED-BODY:1",
};

async function withContentType(type: string | null): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await makeDocx(BODY));
  if (type === null) zip.remove("[Content_Types].xml");
  else {
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", ct.replace(/application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml/, type));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("refused packages", () => {
  it("a zip bomb (a part that expands hundreds of times) is refused before it is unpacked", async () => {
    const zip = await JSZip.loadAsync(await makeDocx(BODY));
    zip.file("word/document.xml", `<w:document><w:body><w:p><w:r><w:t>${" ".repeat(30 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`);
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readDocxParagraphs(bomb)).rejects.toMatchObject({ code: "too_large", message: expect.stringMatching(/zip bomb/) });
    await expect(writeComments(bomb, [])).rejects.toMatchObject({ code: "too_large" });
  });

  it("a package whose main part is not a Word document, or that has no content types, is refused", async () => {
    await expect(readDocxParagraphs(await withContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"))).rejects.toMatchObject({
      code: "not_a_docx",
      message: expect.stringMatching(/content type application\/vnd\.openxmlformats-officedocument\.spreadsheetml/),
    });
    await expect(readDocxParagraphs(await withContentType(null))).rejects.toMatchObject({ code: "not_a_docx" });
    // A template and a macro-enabled document are Word documents.
    expect(await readDocxParagraphs(await withContentType("application/vnd.ms-word.document.macroEnabled.main+xml"))).toHaveLength(3);
  });
});

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

describe("bounded fuzz over mutated packages", () => {
  /** Either a result that reads back the same, or a DocxError — never another exception. */
  async function survives(data: Buffer): Promise<"ok" | "refused"> {
    try {
      const before = await readDocxParagraphs(data);
      const out = await writeComments(data, [{ finding, text: "c" }]);
      // What is written reads back as the same text.
      expect((await readDocxParagraphs(out.docx)).map((x) => x.text)).toEqual(before.map((x) => x.text));
      return "ok";
    } catch (e) {
      if (e instanceof DocxError) return "refused";
      throw new Error(`not a DocxError: ${(e as Error).stack}`);
    }
  }

  it("300 byte-level mutations of the package: each is read or refused with a DocxError", async () => {
    const good = await makeDocx(BODY);
    const rnd = prng(6);
    const seen = { ok: 0, refused: 0 };
    for (let i = 0; i < 300; i++) {
      const m = Buffer.from(good);
      const kind = rnd();
      if (kind < 0.6) {
        for (let k = 0; k < 1 + Math.floor(rnd() * 4); k++) m[Math.floor(rnd() * m.length)] = Math.floor(rnd() * 256);
        seen[await survives(m)]++;
      } else if (kind < 0.8) seen[await survives(m.subarray(0, Math.floor(rnd() * m.length)))]++;
      else seen[await survives(Buffer.concat([m.subarray(0, 30), Buffer.from(Array.from({ length: 64 }, () => Math.floor(rnd() * 256))), m.subarray(30)]))]++;
    }
    expect(seen.ok + seen.refused).toBe(300);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it("200 mutations of document.xml (cut tags, stray entities, DTDs, unbalanced runs): read or refused", async () => {
    const rnd = prng(7);
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${BODY}<w:sectPr/></w:body></w:document>`;
    const inserts = ["<", "&", "&bogus;", "</w:r>", "<w:r>", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "&#0;", "]]>", "<w:t>", "\u0000"];
    const seen = { ok: 0, refused: 0 };
    for (let i = 0; i < 200; i++) {
      const at = Math.floor(rnd() * xml.length);
      const mutated = rnd() < 0.5 ? xml.slice(0, at) + inserts[Math.floor(rnd() * inserts.length)] + xml.slice(at) : xml.slice(0, at);
      const zip = await JSZip.loadAsync(await makeDocx(""));
      zip.file("word/document.xml", mutated);
      seen[await survives(await zip.generateAsync({ type: "nodebuffer" }))]++;
    }
    expect(seen.ok + seen.refused).toBe(200);
    expect(seen.refused).toBeGreaterThan(50);
  });
});
