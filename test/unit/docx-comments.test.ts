/**
 * Comments written into document.xml, on generated documents (seeded, 150 of them): runs split anywhere, formatting,
 * entities, tabs and breaks, tracked insertions and deletions, fields. The raw walk must read exactly what the reader
 * reads; after writing comments on random spans the text reads the same and each comment covers exactly its span.
 */
import JSZip from "jszip";
import type { Finding } from "../../src/contract";
import { parseDocumentXml } from "../../src/docx/read-paragraphs";
import { writeComments } from "../../src/docx/write-comments";
import { walkDocumentXml } from "../../src/docx/xml-walk";
import { makeDocx } from "../fixtures/make-docx";

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = ["Мажилис", "Парламента", "Республики", "Казахстан", "әкімдігі", "& Co", "<тег>", "\"кавычки\"", "3-1", "статьи 61", "ұйым"];
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A random paragraph as WordprocessingML. */
function paragraph(rnd: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(rnd() * 6);
  for (let i = 0; i < n; i++) {
    const text = (i ? " " : "") + WORDS[Math.floor(rnd() * WORDS.length)]!;
    const rPr = rnd() < 0.4 ? `<w:rPr>${rnd() < 0.5 ? "<w:b/>" : '<w:i/><w:color w:val="C00000"/>'}</w:rPr>` : "";
    const r = rnd();
    // Split the word over two runs sometimes.
    const cut = 1 + Math.floor(rnd() * Math.max(1, text.length - 1));
    const run = (t: string, p = rPr) => `<w:r>${p}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
    if (r < 0.15) parts.push(`<w:del w:id="${i + 100}" w:author="A"><w:r><w:delText>${esc(text)}</w:delText></w:r></w:del>`);
    else if (r < 0.3) parts.push(`<w:ins w:id="${i + 200}" w:author="A">${run(text)}</w:ins>`);
    else if (r < 0.4) parts.push(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF x </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(text)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`);
    else if (r < 0.5) parts.push(`<w:r>${rPr}<w:tab/><w:t xml:space="preserve">${esc(text)}</w:t><w:br/></w:r>`);
    else parts.push(run(text.slice(0, cut)) + run(text.slice(cut), rnd() < 0.5 ? "" : "<w:rPr><w:u w:val=\"single\"/></w:rPr>"));
  }
  return `<w:p>${parts.join("")}</w:p>`;
}

function finding(pi: number, text: string, start: number, end: number, n: number): Finding {
  return {
    id: `T:${n}`,
    ruleId: "TEST-RULE",
    pack: "drafting",
    severity: "warning",
    paragraphIndex: pi,
    start,
    end,
    quote: text.slice(start, end),
    before: "",
    after: "",
    title: "t",
    message: "m",
    explanation: "e",
    citation: { act: "law-on-legal-acts", edition: "2026-01-09", article: "24" },
    source: "rule",
    confidence: 1,
    fingerprint: `TEST-RULE:${n}`,
  };
}

/** The words each comment covers, as the reader reads them: range markers become marker text, then read. */
function covered(xml: string): Map<string, string> {
  const marked = xml
    .replace(/<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g, "")
    .replace(/<w:commentRangeStart w:id="(\d+)"\/>/g, '<w:r><w:t>⟦$1|</w:t></w:r>')
    .replace(/<w:commentRangeEnd w:id="(\d+)"\/>/g, '<w:r><w:t>|$1⟧</w:t></w:r>');
  const text = parseDocumentXml(marked).map((p) => p.text).join("\n");
  const out = new Map<string, string>();
  for (const m of text.matchAll(/⟦(\d+)\|/g)) {
    const end = text.indexOf(`|${m[1]}⟧`, m.index);
    out.set(m[1]!, text.slice(m.index! + m[0].length, end).replace(/⟦\d+\||\|\d+⟧/g, ""));
  }
  return out;
}

describe("comments in generated documents", () => {
  it("walk = reader; text unchanged; each comment covers exactly its span", async () => {
    const rnd = prng(20261205);
    let checked = 0;
    for (let d = 0; d < 150; d++) {
      const body = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => paragraph(rnd)).join("");
      const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
      const read = parseDocumentXml(xml);
      expect(walkDocumentXml(xml).map((p) => p.text)).toEqual(read.map((p) => p.text));
      const findings: Finding[] = [];
      read.forEach((p, pi) => {
        if (p.text.length < 2) return;
        const a = Math.floor(rnd() * (p.text.length - 1));
        const b = a + 1 + Math.floor(rnd() * (p.text.length - a - 1));
        if (p.text.slice(a, b).trim()) findings.push(finding(pi, p.text, a, b, findings.length));
      });
      const res = await writeComments(await makeDocx(body), findings.map((f) => ({ finding: f, text: `c ${f.id}` })));
      expect(res.skipped).toEqual([]);
      const outXml = await (await JSZip.loadAsync(res.docx)).file("word/document.xml")!.async("string");
      expect(parseDocumentXml(outXml).map((p) => p.text)).toEqual(read.map((p) => p.text));
      const words = covered(outXml);
      expect(words.size).toBe(findings.length);
      findings.forEach((f, i) => expect(words.get(String(i))).toBe(f.quote));
      checked += findings.length;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it("a finding whose words are not at its offsets, or about the whole document, is reported and not written", async () => {
    const docx = await makeDocx(`<w:p><w:r><w:t>1. Отчет в Мажилис.</w:t></w:r></w:p>`);
    const ok = finding(0, "1. Отчет в Мажилис.", 11, 18, 0);
    const moved = { ...finding(0, "1. Отчет в Мажилис.", 11, 18, 1), start: 3, end: 10 };
    const whole = { ...finding(0, "x", 0, 1, 2), paragraphIndex: null };
    const res = await writeComments(docx, [ok, moved, whole].map((f) => ({ finding: f, text: "c" })));
    expect(res.written).toBe(1);
    expect(res.skipped.map((s) => s.reason)).toEqual(["the words are not at the finding's offsets", "the finding is about the whole document"]);
  });
});
