/** addComments / removeZangerComments / dismissals against the stateful fake Word host. */
import type { Finding } from "../../src/contract";
import {
  COMMENTS_PER_SYNC,
  COMMENT_PREFIX,
  DISMISSALS_KEY,
  MAX_CONSECUTIVE_FAILURES,
  RESOLVE_SYNCS,
  addComments,
  addCommentsSyncs,
  loadDismissals,
  removeZangerComments,
  saveDismissals,
} from "../../src/word";
import { documentFinding, findingOn } from "../fakes/findings";
import { installFakeWord, uninstallFakeWord, type FakeWord, type FakeWordOptions } from "../fakes/fake-word";

let fake: FakeWord;
function install(opts: FakeWordOptions): FakeWord {
  fake = installFakeWord(globalThis, opts);
  return fake;
}
afterEach(() => uninstallFakeWord(globalThis));

const body = (f: Finding) => f.message;

/** A document of `n` paragraphs; every paragraph says «орган» twice and «по своему усмотрению» once. */
function paragraphs(n: number): string[] {
  return Array.from(
    { length: n },
    (_, i) => `${i + 1}. Уполномоченный орган № ${i + 1} вправе по своему усмотрению продлить срок, а местный орган — отказать.`,
  );
}

/** 200 findings spread over the first 100 paragraphs: each paragraph gets its 2nd «орган» and «по своему усмотрению». */
function findings200(doc: string[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < 100; i++) {
    out.push(findingOn(doc[i]!, i, "орган", 1, "AC-TEST"));
    out.push(findingOn(doc[i]!, i, "по своему усмотрению", 0, "AC-DISCRETION-NO-CRITERIA"));
  }
  return out;
}

describe("addComments: batching", () => {
  it.each([1_000, 10_000])(
    "anchors 200 findings in a %i-paragraph document with 2 + ceil(200 / COMMENTS_PER_SYNC) syncs",
    async (size) => {
      const doc = paragraphs(size);
      install({ paragraphs: doc });
      const fs = findings200(doc);
      const out = await addComments(fs, body);
      expect(out.every((o) => o.status === "anchored")).toBe(true);
      expect(fake.state.comments).toHaveLength(200);
      const expected = RESOLVE_SYNCS + Math.ceil(200 / COMMENTS_PER_SYNC);
      expect(addCommentsSyncs(200)).toBe(expected);
      expect(fake.state.roundTrips).toBe(expected); // 2 + 67 = 69 with 3 per sync, whatever the document size
      expect(fake.state.syncCount).toBe(expected + 1); // + Word.run's trailing (empty) sync
      expect(fake.state.runCount).toBe(1);
    },
  );

  it("never inserts more than COMMENTS_PER_SYNC comments in one sync (office-js#4566)", async () => {
    const doc = paragraphs(120);
    install({ paragraphs: doc });
    await addComments(findings200(doc), body);
    const perSync = fake.state.syncLog.map((e) => e.actions.filter((a) => a.includes(".insertComment(")).length);
    expect(Math.max(...perSync)).toBe(COMMENTS_PER_SYNC);
    expect(COMMENTS_PER_SYNC).toBeLessThanOrEqual(3);
  });

  it.each([1, 3, 10, 50, 200])("the batch size is configurable: %i per sync → 2 + ceil(200 / n) syncs", async (n) => {
    const doc = paragraphs(150);
    install({ paragraphs: doc });
    const progress: number[] = [];
    await addComments(findings200(doc), body, { commentsPerSync: n, onProgress: (done) => progress.push(done) });
    expect(fake.state.roundTrips).toBe(2 + Math.ceil(200 / n));
    expect(fake.state.roundTrips).toBe(addCommentsSyncs(200, n));
    expect(progress.at(-1)).toBe(200);
  });

  it("anchoring reads no text of uninvolved paragraphs", async () => {
    const doc = paragraphs(500);
    install({ paragraphs: doc });
    await addComments([findingOn(doc[7]!, 7, "орган", 1)], body);
    const actions = fake.state.syncLog.flatMap((e) => e.actions);
    expect(actions[0]).toMatch(/^ParagraphCollection\.load\(items\/tableNestingLevel\)/);
    expect(actions.filter((a) => /getText|load\(text\)/.test(a))).toHaveLength(1);
  });
});

describe("addComments: placement", () => {
  it("puts each comment on the exact words, on the right occurrence", async () => {
    const doc = paragraphs(5);
    install({ paragraphs: doc });
    const fs = [findingOn(doc[0]!, 0, "орган", 0), findingOn(doc[0]!, 0, "орган", 1), findingOn(doc[3]!, 3, "по своему усмотрению")];
    await addComments(fs, body);
    const comments = fake.state.comments;
    expect(comments).toHaveLength(3);
    fs.forEach((f, i) => {
      expect(comments[i]).toMatchObject({ paragraphIndex: f.paragraphIndex, start: f.start, end: f.end, quotedText: f.quote });
    });
    expect(comments[0]!.start).not.toBe(comments[1]!.start);
  });

  it("comment text is `[Zanger · RULE-ID] ` + body", async () => {
    const doc = paragraphs(1);
    install({ paragraphs: doc });
    const f = findingOn(doc[0]!, 0, "по своему усмотрению", 0, "AC-DISCRETION-NO-CRITERIA");
    await addComments([f], () => "Усмотрение без критериев.");
    expect(fake.state.comments[0]!.content).toBe(`${COMMENT_PREFIX} · AC-DISCRETION-NO-CRITERIA] Усмотрение без критериев.`);
  });

  it("reports every finding: document-level, stale, relocated, ambiguous, unsearchable, anchored", async () => {
    const doc = [
      "Первый абзац содержит длинный вводный текст, а затем говорит про орган.",
      "Второй абзац про срок.",
      "Третий абзац: ставка 5\u0002 и ставка 5*.",
      "Четвёртый абзац с разрывом\u000bстроки.",
    ];
    install({ paragraphs: doc });
    const checked = doc.map((t) => t.replace(/\u000b/g, " ").replace(/\u0002/g, "*"));
    const fs = [
      documentFinding(),
      findingOn(checked[0]!, 0, "орган"),
      findingOn(checked[1]!, 1, "срок"),
      findingOn(checked[2]!, 2, "5*", 1),
      findingOn(checked[3]!, 3, "разрывом строки"),
      findingOn(checked[0]!, 0, "Первый"),
    ];
    // «орган» keeps only its context after it; «Первый» keeps all of its context
    fake.state.setParagraph(0, "Первый абзац содержит длинный вводный текст, а затем говорит про уполномоченный орган.");
    fake.state.setParagraph(1, "Второй абзац без этого слова.");
    const out = await addComments(fs, body);
    expect(out.map((o) => o.status)).toEqual(["document-level", "relocated", "stale", "ambiguous", "unsearchable", "anchored"]);
    expect(out.map((o) => o.findingId)).toEqual(fs.map((f) => f.id));
    expect(fake.state.comments.map((c) => c.quotedText)).toEqual(["орган", "Первый"]);
    for (const o of out.slice(2, 5)) expect(o.reason).toBeTruthy();
  });

  it("a failed insert (NotAllowed) → failed with a reason; the others still go in, without duplicates", async () => {
    const doc = paragraphs(10);
    install({ paragraphs: doc, failInsertComment: (r) => r.paragraphIndex === 4 && r.quotedText === "орган" });
    const fs: Finding[] = [];
    for (let i = 0; i < 10; i++) fs.push(findingOn(doc[i]!, i, "орган", 1));
    const out = await addComments(fs, body);
    expect(out[4]).toMatchObject({ status: "failed", reason: expect.stringMatching(/NotAllowed/) });
    expect(out.filter((o) => o.status === "anchored")).toHaveLength(9);
    const placed = fake.state.comments.map((c) => c.paragraphIndex);
    expect(placed).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9]);
    // 2 to anchor + 4 insert batches ([0-2], [3-5] failing at 4, [5-7], [8-9]) + 1 to learn how much of the failed
    // batch went in (only comment 3)
    expect(fake.state.roundTrips).toBe(RESOLVE_SYNCS + 4 + 1);
    expect(fake.state.syncLog.filter((e) => e.error)).toHaveLength(1);
  });

  it("when Word refuses every comment it stops after MAX_CONSECUTIVE_FAILURES tries", async () => {
    const doc = paragraphs(50);
    install({ paragraphs: doc, failInsertComment: true });
    const fs = doc.map((t, i) => findingOn(t, i, "орган", 1));
    const out = await addComments(fs, body);
    expect(out.every((o) => o.status === "failed")).toBe(true);
    expect(fake.state.comments).toHaveLength(0);
    // each failure costs its batch's sync + one verification sync
    expect(fake.state.roundTrips).toBe(RESOLVE_SYNCS + MAX_CONSECUTIVE_FAILURES * 2);
    expect(out.at(-1)!.reason).toMatch(/not tried/);
  });

  it("WordApi 1.3: nothing is inserted and no Word call is made", async () => {
    const doc = paragraphs(3);
    install({ paragraphs: doc, apiLevel: "1.3" });
    const out = await addComments([findingOn(doc[0]!, 0, "орган"), documentFinding()], body);
    expect(out.map((o) => o.status)).toEqual(["failed", "document-level"]);
    expect(out[0]!.reason).toMatch(/1\.4/);
    expect(fake.state.syncCount).toBe(0);
  });

  it("only document-level findings: no Word.run at all", async () => {
    install({ paragraphs: ["a"] });
    await expect(addComments([documentFinding()], body)).resolves.toMatchObject([{ status: "document-level" }]);
    expect(fake.state.runCount).toBe(0);
  });
});

describe("removeZangerComments", () => {
  it("deletes only comments that start with the prefix; a user's comment stays", async () => {
    const doc = paragraphs(3);
    install({
      paragraphs: doc,
      comments: [{ paragraphIndex: 1, start: 0, end: 2, content: "Проверьте, пожалуйста", authorName: "Юрист" }],
    });
    await addComments([findingOn(doc[0]!, 0, "орган"), findingOn(doc[2]!, 2, "срок")], body);
    fake.state.addUserComment({ paragraphIndex: 2, start: 0, end: 2, content: "Zanger тут ошибся?" });
    expect(fake.state.comments).toHaveLength(4);
    await expect(removeZangerComments()).resolves.toBe(2);
    expect(fake.state.comments.map((c) => c.content)).toEqual(["Проверьте, пожалуйста", "Zanger тут ошибся?"]);
    await expect(removeZangerComments()).resolves.toBe(0);
  });

  it("a failing delete does not keep the other comments", async () => {
    const doc = paragraphs(6);
    install({ paragraphs: doc, failDeleteComment: (c) => c.paragraphIndex === 1 });
    await addComments(doc.map((t, i) => findingOn(t, i, "орган")), body);
    await expect(removeZangerComments()).resolves.toBe(5);
    expect(fake.state.comments.map((c) => c.paragraphIndex)).toEqual([1]);
  });
});

describe("dismissals", () => {
  it("round-trip through document settings, fingerprints only", async () => {
    install({ paragraphs: ["a"] });
    await expect(loadDismissals()).resolves.toEqual([]);
    await saveDismissals(["AC-TEST:00aa11bb22cc33", "LA-ENTRY:0123456789abcd", "AC-TEST:00aa11bb22cc33"]);
    expect(fake.state.settings).toEqual({ [DISMISSALS_KEY]: ["AC-TEST:00aa11bb22cc33", "LA-ENTRY:0123456789abcd"] });
    await expect(loadDismissals()).resolves.toEqual(["AC-TEST:00aa11bb22cc33", "LA-ENTRY:0123456789abcd"]);
    await saveDismissals([]);
    await expect(loadDismissals()).resolves.toEqual([]);
  });

  it("refuses anything that is not a fingerprint (no draft text in settings)", async () => {
    install({ paragraphs: ["a"] });
    await expect(saveDismissals(["по своему усмотрению"])).rejects.toThrow(TypeError);
    expect(fake.state.settings).toEqual({});
  });

  it("ignores junk stored under the key", async () => {
    install({ paragraphs: ["a"], settings: { [DISMISSALS_KEY]: ["R:1", 5, "текст с пробелами", "R:2"] } });
    await expect(loadDismissals()).resolves.toEqual(["R:1", "R:2"]);
  });

  it("WordApi 1.3: nothing stored, nothing loaded, no Word call", async () => {
    install({ paragraphs: ["a"], apiLevel: "1.3" });
    await saveDismissals(["R:1"]);
    await expect(loadDismissals()).resolves.toEqual([]);
    expect(fake.state.syncCount).toBe(0);
  });
});
