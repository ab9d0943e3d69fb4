/** Reading paragraphs from .docx as the reader sees them. */
import { DocxError, readDocxParagraphs, parseDocumentXml } from "../../src/docx/read-paragraphs";
import { makeDocx, p } from "../fixtures/make-docx";

describe("readDocxParagraphs", () => {
  it("reads paragraphs with tracked changes as they will read: deletions out, insertions in", async () => {
    const body =
      p("ПРИКАЗ") +
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` +
      `<w:r><w:t xml:space="preserve">1. Отчет направляется в </w:t></w:r>` +
      `<w:del w:id="1" w:author="A"><w:r><w:delText>Парламент</w:delText></w:r></w:del>` +
      `<w:ins w:id="2" w:author="B"><w:r><w:t>Курултай</w:t></w:r></w:ins>` +
      `<w:r><w:t>.</w:t></w:r></w:p>`;
    const paras = await readDocxParagraphs(await makeDocx(body));
    expect(paras.map((x) => x.text)).toEqual(["ПРИКАЗ", "1. Отчет направляется в Курултай."]);
    expect(paras[1]!.style).toBe("Heading1");
  });

  it("takes field results, not field codes; tabs stay, breaks become spaces; table cells are marked", async () => {
    const body =
      `<w:p><w:r><w:t xml:space="preserve">См. </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
      `<w:r><w:t>пункт 5</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:r><w:tab/><w:t>конец</w:t><w:br/><w:t>строки</w:t></w:r></w:p>` +
      `<w:tbl><w:tr><w:tc>${p("ячейка")}</w:tc></w:tr></w:tbl>`;
    const paras = await readDocxParagraphs(await makeDocx(body));
    expect(paras[0]!.text).toBe("См. пункт 5\tконец строки");
    expect(paras[1]).toMatchObject({ text: "ячейка", inTable: true, index: 1 });
  });

  it("rejects what is not a .docx with a clear reason", async () => {
    await expect(readDocxParagraphs(Buffer.from("plain text, not a zip"))).rejects.toMatchObject({ code: "not_a_zip" });
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readDocxParagraphs(ole)).rejects.toMatchObject({ code: "encrypted" });
    expect(() => parseDocumentXml('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:document/>')).toThrow(DocxError);
    expect(() => parseDocumentXml("<w:document><w:body><w:p>")).toThrow(/not well-formed/);
  });
});

describe("table cells", () => {
  it("gives every table paragraph its table, row and column (nested tables keep the outer cell)", () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
      <w:p><w:r><w:t>до</w:t></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p><w:p><w:r><w:t>b2</w:t></w:r></w:p></w:tc></w:tr>
      <w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>in</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>in2</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc><w:tc><w:p><w:r><w:t>d</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
    </w:body></w:document>`;
    const cells = parseDocumentXml(xml).map((p) => [p.text, p.cell ? `${p.cell.table}/${p.cell.row}/${p.cell.col}` : "-"]);
    expect(cells).toEqual([["до", "-"], ["a", "0/0/0"], ["b", "0/0/1"], ["b2", "0/0/1"], ["in", "0/1/0"], ["in2", "0/1/0"], ["d", "0/1/1"], ["x", "1/0/0"]]);
  });
});
