import { Bm25Index } from "../../src/corpus/bm25";

/** Documents as space-separated terms. */
function index(docs: Record<string, string>): Bm25Index<string> {
  const idx = new Bm25Index<string>();
  for (const [id, text] of Object.entries(docs)) idx.add(id, text.split(" "));
  return idx;
}

const DOCS = {
  a: "штраф орган право",
  b: "закон закон орган",
  c: "закон право орган",
  d: "закон налог орган",
  e: "закон орган право",
};

describe("Bm25Index", () => {
  test("a document with the rare query term ranks above documents with only common terms", () => {
    // «b» has the common term twice, «a» the rare term once: idf must win.
    const hits = index(DOCS).search(["закон", "штраф"], 10);
    expect(hits.map((h) => h.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(hits[0]!.score).toBeGreaterThan(2 * hits[1]!.score);
  });

  test("with the same term count, a longer document ranks lower", () => {
    const idx = index({
      long: "штраф право право право право право право",
      short: "штраф право",
      other: "налог",
    });
    const hits = idx.search(["штраф"], 10);
    expect(hits.map((h) => h.id)).toEqual(["short", "long"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  test("without length normalisation (b = 0) equal term counts score equally", () => {
    const idx = new Bm25Index<string>({ b: 0 });
    idx.add("long", ["штраф", "право", "право", "право"]);
    idx.add("short", ["штраф"]);
    idx.add("other", ["налог"]);
    const [x, y] = idx.search(["штраф"], 10);
    expect(x!.score).toBeCloseTo(y!.score, 12);
    expect(x!.id).toBe("long"); // tie: insertion order
  });

  test("scores match the Okapi BM25 formula", () => {
    const idx = index({ one: "штраф закон", two: "закон закон закон", three: "налог" });
    const n = 3;
    const avgdl = (2 + 3 + 1) / 3;
    const idf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const part = (tf: number, len: number, df: number): number =>
      (idf(df) * tf * 2.2) / (tf + 1.2 * (1 - 0.75 + (0.75 * len) / avgdl));
    const hits = idx.search(["закон", "штраф"], 10);
    const byId = new Map(hits.map((h) => [h.id, h.score]));
    expect(byId.get("one")).toBeCloseTo(part(1, 2, 2) + part(1, 2, 1), 12);
    expect(byId.get("two")).toBeCloseTo(part(3, 3, 2), 12);
    expect(byId.has("three")).toBe(false);
  });

  test("repeated query terms count once", () => {
    const idx = index(DOCS);
    expect(idx.search(["штраф", "штраф", "закон"], 10)).toEqual(idx.search(["штраф", "закон"], 10));
  });

  test("filter restricts results and is applied before k", () => {
    const idx = index(DOCS);
    const hits = idx.search(["закон", "штраф"], 2, (id) => id !== "a");
    expect(hits).toHaveLength(2);
    expect(hits.map((h) => h.id)).not.toContain("a");
    expect(idx.search(["штраф"], 5, (id) => id !== "a")).toEqual([]);
  });

  test("k limits the number of results", () => {
    const idx = index(DOCS);
    expect(idx.search(["орган"], 3).map((h) => h.id)).toEqual(["a", "b", "c"]);
    expect(idx.search(["орган"], 100)).toHaveLength(5);
    expect(idx.search(["закон"], 0)).toEqual([]);
  });

  test("an empty query, or one with unknown terms only, gives []", () => {
    const idx = index(DOCS);
    expect(idx.search([], 10)).toEqual([]);
    expect(idx.search(["неизвестно"], 10)).toEqual([]);
    expect(new Bm25Index<number>().search(["закон"], 10)).toEqual([]);
  });

  test("scores are positive and sorted descending, ties by insertion order", () => {
    const idx = index(DOCS);
    const hits = idx.search(["закон", "право", "налог"], 10);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.score).toBeGreaterThan(0);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);

    const twins = new Bm25Index<number>();
    twins.add(2, ["закон"]);
    twins.add(1, ["закон"]);
    twins.add(3, ["право"]);
    expect(twins.search(["закон"], 10).map((h) => h.id)).toEqual([2, 1]);
  });

  test("adding documents after a search changes results and statistics", () => {
    const idx = index({ a: "штраф закон", b: "закон" });
    expect(idx.size).toBe(2);
    const before = idx.search(["штраф", "налог"], 10);
    expect(before.map((h) => h.id)).toEqual(["a"]);

    idx.add("c", ["налог", "штраф"]);
    idx.add("d", ["штраф"]);
    expect(idx.size).toBe(4);
    const after = idx.search(["штраф", "налог"], 10);
    // «c» has both terms; «штраф» is now common, so «a» scores less than before.
    expect(after.map((h) => h.id)).toEqual(["c", "d", "a"]);
    expect(after.find((h) => h.id === "a")!.score).toBeLessThan(before[0]!.score);

    // The result equals a fresh index built from the same documents in the same order.
    const fresh = index({ a: "штраф закон", b: "закон", c: "налог штраф", d: "штраф" });
    expect(after).toEqual(fresh.search(["штраф", "налог"], 10));
  });

  test("duplicate ids are rejected", () => {
    const idx = index({ a: "закон" });
    expect(() => idx.add("a", ["право"])).toThrow(/duplicate/);
    expect(idx.size).toBe(1);
  });
});
