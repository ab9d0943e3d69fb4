/** Reading tracked changes against the stateful fake Word host: who changed what, where, and the text before and after. */
import { readTrackedChanges, rebuildParagraph, TrackedChangesUnsupported } from "../../src/word/tracked-changes";
import { installFakeWord, uninstallFakeWord, type FakeWord, type FakeWordOptions } from "../fakes/fake-word";

let fake: FakeWord;
function install(opts: FakeWordOptions): FakeWord {
  fake = installFakeWord(globalThis, opts);
  return fake;
}
afterEach(() => uninstallFakeWord(globalThis));

/** An amendment draft as a reviewer receives it: two authors, a replaced name, a new point, a deleted sentence. */
const DRAFT: FakeWordOptions["paragraphs"] = [
  "ПРИКАЗ",
  "Статья 1. Общие положения",
  {
    // «Мажилис Парламента» deleted by Асель, «Курултай» inserted by Асель.
    text: "1. Отчет направляется в Курултай Республики Казахстан.",
    deletions: [{ offset: 24, text: "Мажилис Парламента ", author: "Асель", date: "2026-11-20T10:00:00.000Z" }],
    insertions: [{ offset: 24, length: 9, author: "Асель", date: "2026-11-20T10:00:00.000Z" }],
  },
  "2. Заявка подается в течение десяти рабочих дней.",
  // A whole new point inserted by Ерлан.
  { text: "2-1. Заявка может быть подана в электронной форме.", insertions: [{ offset: 0, length: 50, author: "Ерлан", date: "2026-11-21T08:30:00.000Z" }] },
  {
    text: "3. Субсидии выплачиваются в течение месяца.",
    deletions: [{ offset: 43, text: " Повторная выплата не допускается.", author: "Ерлан", date: "2026-11-21T08:31:00.000Z" }],
  },
];

describe("rebuildParagraph", () => {
  it("takes insertions out and puts deletions back, in order", () => {
    expect(rebuildParagraph("в Мажилис Курултай РК", "в Курултай РК", [
      { type: "Deleted", text: "Мажилис " },
      { type: "Added", text: "Курултай" },
    ])).toEqual({ before: "в Мажилис  РК", after: "в Курултай РК", reliable: true });
  });

  it("does not guess when a deletion has no text (Word for Mac) or the words are not where they should be", () => {
    expect(rebuildParagraph("в Курултай РК", "в Курултай РК", [{ type: "Deleted", text: "" }]).reliable).toBe(false);
    expect(rebuildParagraph("в Курултай РК", "в Курултай РК", [{ type: "Added", text: "Сенат" }])).toEqual({ before: "в Курултай РК", after: "в Курултай РК", reliable: false });
    // The rebuilt text must be what Word reads now.
    expect(rebuildParagraph("a b c", "a c", [{ type: "Deleted", text: "c" }]).reliable).toBe(false);
  });
});

describe("readTrackedChanges", () => {
  it("lists every change with type, words, author, date and paragraph, and rebuilds the text before the changes", async () => {
    install({ paragraphs: DRAFT, apiLevel: "1.7" });
    const r = await readTrackedChanges();
    expect(r.changes.map((c) => [c.paragraphIndex, c.type, c.text, c.author, c.date])).toEqual([
      [2, "Deleted", "Мажилис Парламента ", "Асель", "2026-11-20T10:00:00.000Z"],
      [2, "Added", "Курултай ", "Асель", "2026-11-20T10:00:00.000Z"],
      [4, "Added", "2-1. Заявка может быть подана в электронной форме.", "Ерлан", "2026-11-21T08:30:00.000Z"],
      [5, "Deleted", " Повторная выплата не допускается.", "Ерлан", "2026-11-21T08:31:00.000Z"],
    ]);
    expect(r.paragraphs).toEqual([
      { paragraphIndex: 2, before: "1. Отчет направляется в Мажилис Парламента Республики Казахстан.", after: "1. Отчет направляется в Курултай Республики Казахстан.", reliable: true },
      { paragraphIndex: 4, before: "", after: "2-1. Заявка может быть подана в электронной форме.", reliable: true },
      { paragraphIndex: 5, before: "3. Субсидии выплачиваются в течение месяца. Повторная выплата не допускается.", after: "3. Субсидии выплачиваются в течение месяца.", reliable: true },
    ]);
  });

  it("costs three syncs however many changes there are", async () => {
    install({ paragraphs: DRAFT, apiLevel: "1.7" });
    fake.state.resetCounters();
    await readTrackedChanges();
    expect(fake.state.roundTrips).toBe(3);
  });

  it("on WordApi 1.6 without 1.7 it reads paragraph.text, which carries the deleted words", async () => {
    install({ paragraphs: DRAFT, apiLevel: "1.6" });
    const r = await readTrackedChanges();
    expect(r.paragraphs.map((p) => [p.paragraphIndex, p.reliable])).toEqual([
      [2, true],
      [4, true],
      [5, true],
    ]);
    expect(r.paragraphs[0]!.before).toBe("1. Отчет направляется в Мажилис Парламента Республики Казахстан.");
  });

  it("a document without tracked changes has none, in one sync", async () => {
    install({ paragraphs: ["ПРИКАЗ", "1. Текст."], apiLevel: "1.7" });
    fake.state.resetCounters();
    expect(await readTrackedChanges()).toEqual({ changes: [], paragraphs: [] });
    expect(fake.state.roundTrips).toBe(1);
  });

  it("below WordApi 1.6 it says what it needs", async () => {
    install({ paragraphs: DRAFT, apiLevel: "1.5" });
    await expect(readTrackedChanges()).rejects.toBeInstanceOf(TrackedChangesUnsupported);
  });

  it("sees the fixes Zanger itself made as tracked changes", async () => {
    install({ paragraphs: ["ПРИКАЗ", "1. Отчет направляется в Мажилис."], apiLevel: "1.7", authorName: "Юрист" });
    await Word.run(async (context) => {
      context.document.changeTrackingMode = Word.ChangeTrackingMode.trackAll;
      const hits = context.document.body.paragraphs.getLast().search("Мажилис", { matchCase: true });
      hits.load("items/text");
      await context.sync();
      hits.items[0]!.insertText("Курултай", "Replace");
      await context.sync();
    });
    const r = await readTrackedChanges();
    expect(r.changes.map((c) => [c.type, c.text, c.author])).toEqual([
      ["Deleted", "Мажилис", "Юрист"],
      ["Added", "Курултай", "Юрист"],
    ]);
    expect(r.paragraphs[0]).toMatchObject({ before: "1. Отчет направляется в Мажилис.", after: "1. Отчет направляется в Курултай.", reliable: true });
  });
});
