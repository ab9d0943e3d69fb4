/** Pure anchoring logic (src/word/anchor.ts): no Word, no fake. */
import {
  WORD_SEARCH_MAX,
  allPositions,
  checkHits,
  contextAgreement,
  countOccurrences,
  escapeForWordSearch,
  isSearchable,
  locateQuote,
  occurrenceIndex,
  planAnchor,
  quoteAt,
  searchLength,
  searchNeedles,
  splitForSearch,
  unsearchableReason,
  type AnchorInput,
} from "../../src/word/anchor";

/** A finding-like anchor for `quote` at `start` in `text`, with 40 characters of context like the engine. */
function at(text: string, start: number, quote: string): AnchorInput {
  if (text.slice(start, start + quote.length) !== quote) throw new Error("bad fixture");
  return {
    start,
    end: start + quote.length,
    quote,
    before: text.slice(Math.max(0, start - 40), start),
    after: text.slice(start + quote.length, start + quote.length + 40),
  };
}

const P = "Уполномоченный орган вправе по своему усмотрению продлить срок; уполномоченный орган также вправе отказать.";

describe("verification", () => {
  it("quoteAt checks bounds and text", () => {
    expect(quoteAt("abc", 1, 2, "b")).toBe(true);
    expect(quoteAt("abc", 1, 2, "c")).toBe(false);
    expect(quoteAt("abc", 2, 5, "c")).toBe(false);
    expect(quoteAt("abc", -1, 1, "a")).toBe(false);
  });

  it("an unchanged paragraph anchors exactly where the finding says", () => {
    const f = at(P, P.indexOf("по своему усмотрению"), "по своему усмотрению");
    expect(locateQuote(P, f)).toEqual({ status: "anchored", start: f.start, end: f.end });
  });

  it("contextAgreement: only non-empty sides are evidence; empty sides must still touch the edge", () => {
    expect(contextAgreement("abc def", 4, "def", "abc ", "")).toEqual({ evidence: 1, edges: 1, full: true });
    expect(contextAgreement("abc def ghi", 4, "def", "abc ", "")).toEqual({ evidence: 1, edges: 0, full: false });
    expect(contextAgreement("def", 0, "def", "", "")).toEqual({ evidence: 0, edges: 2, full: true });
    expect(contextAgreement("x def", 2, "def", "", "")).toEqual({ evidence: 0, edges: 1, full: false });
  });
});

describe("relocation in an edited paragraph", () => {
  const quote = "по своему усмотрению";
  const f = at(P, P.indexOf(quote), quote);

  it("the quote moved (text inserted before it): relocated by its context", () => {
    const edited = "Статья 5. " + P;
    expect(locateQuote(edited, f)).toEqual({ status: "relocated", start: f.start + 10, end: f.end + 10 });
  });

  it("one side of the context edited: still relocated by the other side", () => {
    const edited = P.replace("Уполномоченный орган вправе", "Орган вправе");
    const r = locateQuote(edited, f);
    expect(r.status).toBe("relocated");
    if (r.status === "relocated") expect(edited.slice(r.start, r.end)).toBe(quote);
  });

  it("the quote is gone: stale", () => {
    const edited = P.replace("по своему усмотрению", "в соответствии с критериями");
    expect(locateQuote(edited, f)).toMatchObject({ status: "stale" });
  });

  it("both sides of the context changed: stale, even though the words are still there", () => {
    const edited = "Новый текст " + quote + " совсем другой.";
    expect(locateQuote(edited, f)).toMatchObject({ status: "stale" });
  });

  it("the quote at its old offset but with a different context (another paragraph moved in): not anchored there", () => {
    const other = "Х".repeat(f.start) + quote + " и ничего больше.";
    expect(locateQuote(other, f).status).toBe("stale");
  });

  it("duplicate quotes: the context decides which one", () => {
    const text = "Срок продлевается по своему усмотрению органа. Отказ допускается по своему усмотрению суда.";
    const second = at(text, text.lastIndexOf(quote), quote);
    const edited = "Внимание. " + text;
    const r = locateQuote(edited, second);
    expect(r).toEqual({ status: "relocated", start: second.start + 10, end: second.end + 10 });
  });

  it("a quote at the start of a paragraph is not found in another paragraph that merely starts the same way", () => {
    const orig = "Орган вправе продлить срок.";
    const g = at(orig, 0, "Орган вправе");
    expect(locateQuote("Орган вправе отказать.", g)).toMatchObject({ status: "stale" });
    expect(locateQuote("Орган вправе продлить срок.", g)).toMatchObject({ status: "anchored" });
    expect(locateQuote("Также орган вправе продлить срок. Орган вправе продлить срок.", g)).toEqual({
      status: "relocated",
      start: 34,
      end: 46,
    });
  });

  it("duplicates with the same context on the side that survived: refuses to choose (stale)", () => {
    const text = "a по своему усмотрению. b по своему усмотрению.";
    const f2 = { start: 99, end: 99 + quote.length, quote, before: "zzz ", after: "." };
    expect(locateQuote(text, f2)).toMatchObject({ status: "stale" });
  });
});

describe("occurrence counting (Word's left-to-right, non-overlapping search)", () => {
  it("counts duplicates and finds k", () => {
    expect(countOccurrences(P, "вправе")).toBe(2);
    expect(occurrenceIndex(P, "вправе", P.lastIndexOf("вправе"))).toEqual({ k: 1, count: 2 });
    expect(occurrenceIndex(P, "орган", P.indexOf("орган"))).toEqual({ k: 0, count: 2 });
  });

  it("is case-sensitive like matchCase:true", () => {
    expect(countOccurrences(P, "Уполномоченный")).toBe(1);
    expect(countOccurrences(P, "уполномоченный")).toBe(1);
  });

  it("an occurrence overlapping an earlier one is not one Word reports", () => {
    expect(allPositions("aaa", "aa")).toEqual([0, 1]);
    expect(occurrenceIndex("aaa", "aa", 0)).toEqual({ k: 0, count: 1 });
    expect(occurrenceIndex("aaa", "aa", 1)).toBeNull();
  });
});

describe("searchability and escaping", () => {
  it("escapes ^ as ^^ and tab as ^t; escapes count towards the limit", () => {
    expect(escapeForWordSearch("x^2\ty")).toBe("x^^2^ty");
    expect(searchLength("^^")).toBe(4);
  });

  it("refuses empty, blank and control characters", () => {
    expect(unsearchableReason("")).not.toBeNull();
    expect(unsearchableReason("   ")).not.toBeNull();
    expect(unsearchableReason("a\u000bb")).not.toBeNull();
    expect(unsearchableReason("a\u0002b")).not.toBeNull();
    expect(unsearchableReason("a\nb")).not.toBeNull();
    expect(unsearchableReason("a\tb")).toBeNull();
    expect(unsearchableReason("«в разумный срок»")).toBeNull();
  });

  it("isSearchable: at most 255 characters after escaping", () => {
    expect(isSearchable("а".repeat(255))).toBe(true);
    expect(isSearchable("а".repeat(256))).toBe(false);
    expect(isSearchable("^".repeat(128))).toBe(false); // 256 after escaping
    expect(isSearchable("^".repeat(127))).toBe(true);
  });

  it("splits a >255-character quote into a head and a tail that fit, never cutting a surrogate pair", () => {
    const q = "слово ".repeat(100).trim();
    expect(splitForSearch("short")).toBeNull();
    const s = splitForSearch(q)!;
    expect(s.head.length).toBe(WORD_SEARCH_MAX);
    expect(s.tail.length).toBe(WORD_SEARCH_MAX);
    expect(q.startsWith(s.head)).toBe(true);
    expect(q.endsWith(s.tail)).toBe(true);
    const emoji = "😀".repeat(200); // 400 code units
    const e = splitForSearch(emoji)!;
    expect(e.head.length % 2).toBe(0);
    expect(e.tail.length % 2).toBe(0);
    const carets = "^".repeat(300);
    const c = splitForSearch(carets)!;
    expect(searchLength(c.head)).toBeLessThanOrEqual(WORD_SEARCH_MAX);
    expect(searchLength(c.tail)).toBeLessThanOrEqual(WORD_SEARCH_MAX);
    expect(searchNeedles(q)).toEqual([s.head, s.tail]);
  });
});

describe("planAnchor", () => {
  it("duplicates: k is the index of our occurrence among Word's hits", () => {
    const f = at(P, P.lastIndexOf("вправе"), "вправе");
    expect(planAnchor(P, f)).toEqual({
      status: "anchored",
      start: f.start,
      end: f.end,
      parts: [{ needle: "вправе", search: "вправе", k: 1, count: 2 }],
    });
  });

  it("a >255-character quote: head and tail with their own k and counts", () => {
    const long = "Слово ".repeat(60) + "конец.";
    const text = "Начало. " + long + " Хвост. " + long.slice(0, 300);
    const f = at(text, text.indexOf(long), long);
    const plan = planAnchor(text, f);
    expect(plan.status).toBe("anchored");
    if (plan.status !== "anchored") return;
    expect(plan.parts).toHaveLength(2);
    const [head, tail] = plan.parts;
    expect(head!.needle.length).toBe(255);
    expect(text.slice(f.start, f.start + 255)).toBe(head!.needle);
    expect(text.slice(f.end - tail!.needle.length, f.end)).toBe(tail!.needle);
    expect(head!.count).toBe(countOccurrences(text, head!.needle));
    expect(head!.k).toBe(0);
  });

  it("offsets are computed on the normalised text; words over a line break are unsearchable in Word", () => {
    const raw = "Первая строка\u000bвторая строка";
    const f = at("Первая строка вторая строка", 7, "строка вторая");
    expect(planAnchor(raw, f)).toMatchObject({ status: "unsearchable" });
    const g = at("Первая строка вторая строка", 14, "вторая");
    expect(planAnchor(raw, g)).toMatchObject({ status: "anchored", start: 14 });
  });

  it("a quote with ^ is escaped for the search", () => {
    const text = "Площадь 10 м^2 и 20 м^2.";
    const f = at(text, text.lastIndexOf("м^2"), "м^2");
    expect(planAnchor(text, f)).toMatchObject({ parts: [{ search: "м^^2", k: 1, count: 2 }] });
  });

  it("stale and unsearchable pass through", () => {
    const f = at(P, 0, "Уполномоченный");
    expect(planAnchor("Совсем другой текст", f)).toMatchObject({ status: "stale" });
    expect(planAnchor(P, { ...f, quote: "" })).toMatchObject({ status: "unsearchable" });
  });
});

describe("checkHits", () => {
  const part = { needle: "орган", search: "орган", k: 1, count: 2 };
  it("accepts hit k when Word's count equals ours and the text matches", () => {
    expect(checkHits(part, ["орган", "орган"])).toBeNull();
  });
  it("refuses when Word found a different number of hits", () => {
    expect(checkHits(part, ["орган"])).toMatch(/1 match/);
    expect(checkHits(part, ["орган", "орган", "орган"])).toMatch(/3 match/);
  });
  it("refuses when hit k reads other words", () => {
    expect(checkHits(part, ["орган", "Орган"])).not.toBeNull();
  });
});
