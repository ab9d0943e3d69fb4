/**
 * Validates the labelled evaluation corpora (test/eval/corpus, the development set, and test/eval/holdout, the
 * held-out set; see docs/quality.md). Checks the shape of the
 * files only — it never asserts precision or recall (run `npm run eval` for the figures).
 */
import * as fs from "fs";
import * as path from "path";
import { ACT_TYPES, LANGUAGES } from "../../src/contract";


const BRIEF_CODES = new Set<string>([
  ...Array.from({ length: 20 }, (_, i) => `C-${String(i + 1).padStart(2, "0")}`),
  ...Array.from({ length: 36 }, (_, i) => `L-${String(i + 1).padStart(2, "0")}`),
  ...Array.from({ length: 5 }, (_, i) => `R-${String(i + 1).padStart(2, "0")}`),
  ...Array.from({ length: 10 }, (_, i) => `AC-${String(i + 1).padStart(2, "0")}`),
]);
const isCode = (c: string) => BRIEF_CODES.has(c) || /^X-[A-Z]+(-[A-Z]+)*$/.test(c);

interface Label { code: string; quote?: string; doc?: boolean }
interface Para { text: string; expect?: Label[] }
interface Doc { id: string; lang: string; actType: string; note: string; paragraphs: Para[] }

describe.each(["corpus", "holdout"])("evaluation corpus test/eval/%s", (name) => {
  const DIR = path.resolve(__dirname, "../eval", name);
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
  const docs: { file: string; doc: Doc }[] = files.map((file) => ({
    file,
    doc: JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8")) as Doc,
  }));

  it("has documents", () => {
    expect(docs.length).toBeGreaterThan(0);
  });

  it.each(docs.map((d) => [d.file, d.doc] as const))("%s has the expected shape", (file, doc) => {
    expect(Object.keys(doc).sort()).toEqual(["actType", "id", "lang", "note", "paragraphs"]);
    expect(`${doc.id}.json`).toBe(file);
    expect(LANGUAGES).toContain(doc.lang);
    expect(ACT_TYPES).toContain(doc.actType);
    expect(typeof doc.note).toBe("string");
    expect(doc.note.length).toBeGreaterThan(0);
    expect(Array.isArray(doc.paragraphs)).toBe(true);
    expect(doc.paragraphs.length).toBeGreaterThan(0);
    for (const p of doc.paragraphs) {
      expect(Object.keys(p).every((k) => k === "text" || k === "expect")).toBe(true);
      expect(typeof p.text).toBe("string");
      expect(p.text.trim().length).toBeGreaterThan(0);
      if (p.expect === undefined) continue;
      expect(Array.isArray(p.expect)).toBe(true);
      expect(p.expect.length).toBeGreaterThan(0);
      for (const l of p.expect) {
        expect(isCode(l.code)).toBe(true);
        if (l.doc) {
          expect(l.doc).toBe(true);
          expect(l.quote).toBeUndefined();
        } else {
          expect(typeof l.quote).toBe("string");
          expect(l.quote!.length).toBeGreaterThan(0);
          // The quote must occur verbatim in its paragraph.
          expect(p.text.includes(l.quote!)).toBe(true);
        }
      }
    }
  });

  it("has unique document ids", () => {
    const ids = docs.map((d) => d.doc.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // The development set grows with every measured blind set; one blind set is about 100–200 paragraphs per language.
  const minParagraphs = name === "corpus" ? 120 : 100;
  it(`has at least ${minParagraphs} paragraphs per language`, () => {
    for (const lang of LANGUAGES) {
      const n = docs.filter((d) => d.doc.lang === lang).reduce((s, d) => s + d.doc.paragraphs.length, 0);
      expect(n).toBeGreaterThanOrEqual(minParagraphs);
    }
  });

  it("has positive labels and hard negatives in both languages", () => {
    for (const lang of LANGUAGES) {
      const paras = docs.filter((d) => d.doc.lang === lang).flatMap((d) => d.doc.paragraphs);
      expect(paras.filter((p) => p.expect?.length).length).toBeGreaterThan(20);
      expect(paras.filter((p) => !p.expect?.length).length).toBeGreaterThan(60);
    }
  });
});
