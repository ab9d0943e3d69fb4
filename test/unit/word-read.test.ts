/** src/word capabilities and reading, against the stateful fake Word host. */
import { changedParagraphs, getCapabilities, readDocument } from "../../src/word";
import { installFakeWord, uninstallFakeWord, type FakeWord, type FakeWordOptions } from "../fakes/fake-word";

let fake: FakeWord;
function install(opts: FakeWordOptions): FakeWord {
  fake = installFakeWord(globalThis, opts);
  return fake;
}
afterEach(() => uninstallFakeWord(globalThis));

const doc = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Пункт номер ${i + 1} настоящих Правил.`);

describe("getCapabilities", () => {
  it("WordApi 1.3 (Office LTSC 2021): read-only", () => {
    install({ paragraphs: [], apiLevel: "1.3", displayLanguage: "kk-KZ" });
    expect(getCapabilities()).toEqual({
      inWord: true,
      wordApi14: false,
      wordApi16: false,
      wordApi17: false,
      readOnly: true,
      displayLanguage: "kk-KZ",
    });
  });

  it("WordApi 1.4: comments, not 1.6/1.7", () => {
    install({ paragraphs: [], apiLevel: "1.4" });
    expect(getCapabilities()).toMatchObject({ inWord: true, wordApi14: true, wordApi16: false, wordApi17: false, readOnly: false });
  });

  it("WordApi 1.7: everything", () => {
    install({ paragraphs: [], apiLevel: "1.7", displayLanguage: "ru-RU" });
    expect(getCapabilities()).toEqual({
      inWord: true,
      wordApi14: true,
      wordApi16: true,
      wordApi17: true,
      readOnly: false,
      displayLanguage: "ru-RU",
    });
  });

  it("outside Office: not in Word, read-only, no throw", () => {
    expect(getCapabilities()).toMatchObject({ inWord: false, readOnly: true });
  });
});

describe("readDocument", () => {
  it.each(["1.4", "1.7"])(
    "uses the same small number of syncs for 10 and 1,000 paragraphs (WordApi %s)",
    async (apiLevel) => {
      install({ paragraphs: doc(10), apiLevel });
      const small = await readDocument();
      const smallSyncs = fake.state.syncCount;
      const smallTrips = fake.state.roundTrips;
      expect(small.paragraphs).toHaveLength(10);

      install({ paragraphs: doc(1000), apiLevel });
      const big = await readDocument();
      expect(big.paragraphs).toHaveLength(1000);
      expect(fake.state.syncCount).toBe(smallSyncs);
      expect(fake.state.roundTrips).toBe(smallTrips);
      // 1 load + (1.7: 1 getText batch) + the empty trailing sync of Word.run
      expect(fake.state.roundTrips).toBe(apiLevel === "1.7" ? 2 : 1);
      expect(fake.state.syncCount).toBe(fake.state.roundTrips + 1);
      expect(big.paragraphs[999]).toEqual({ index: 999, text: "1000. Пункт номер 1000 настоящих Правил.", style: "Normal" });
    },
  );

  it("loads only the properties it needs, never load('items')", async () => {
    install({ paragraphs: doc(3) });
    await readDocument();
    const actions = fake.state.syncLog.flatMap((e) => e.actions);
    expect(actions[0]).toMatch(/^ParagraphCollection\.load\(items\/text,items\/style,items\/tableNestingLevel,items\/isListItem\)/);
    expect(actions.some((a) => a.includes("items/*"))).toBe(false);
  });

  it("with WordApi 1.7 reads getText(current): tracked deletions are not part of the text", async () => {
    install({ paragraphs: [{ text: "Срок один месяц.", deletions: [{ offset: 5, text: "не более " }] }], apiLevel: "1.7" });
    const snap = await readDocument();
    expect(snap.paragraphs[0]!.text).toBe("Срок один месяц.");
    expect(fake.state.syncLog.flatMap((e) => e.actions).filter((a) => a.includes("getText(current)"))).toHaveLength(1);
  });

  it("below 1.7 falls back to paragraph.text and never calls getText", async () => {
    install({ paragraphs: ["Абзац"], apiLevel: "1.4" });
    await readDocument();
    expect(fake.state.syncLog.flatMap((e) => e.actions).some((a) => a.includes("getText"))).toBe(false);
  });

  it("normalises text (line breaks, footnote marks) the way the service does, keeping offsets", async () => {
    install({ paragraphs: ["Строка\u000bвторая\u0002 строка"] });
    const snap = await readDocument();
    expect(snap.paragraphs[0]!.text).toBe("Строка вторая* строка");
  });

  it("reads style, table nesting and list numbers; hashes every paragraph", async () => {
    install({
      paragraphs: [
        { text: "Глава 1. Общие положения", style: "Heading 1" },
        { text: "Ячейка", tableNestingLevel: 1 },
        { text: "Утвердить Правила.", listString: "1." },
      ],
    });
    const snap = await readDocument();
    expect(snap.paragraphs).toEqual([
      { index: 0, text: "Глава 1. Общие положения", style: "Heading 1" },
      { index: 1, text: "Ячейка", style: "Normal", inTable: true, cell: { table: 0, row: 0, col: 0 } },
      { index: 2, text: "Утвердить Правила.", style: "Normal", listString: "1." },
    ]);
    expect(snap.hashes).toHaveLength(3);
    expect(new Set(snap.hashes).size).toBe(3);
  });

  it("gives every paragraph of a table its table, row and column (several paragraphs in one cell; two tables)", async () => {
    install({
      paragraphs: [
        "Кесте",
        { text: "1-бап", cell: { row: 0, col: 0 } },
        { text: "Статья 1", cell: { row: 0, col: 1 } },
        { text: "екінші абзац", cell: { row: 0, col: 0 } },
        { text: "Статья 2", cell: { row: 1, col: 1 } },
        "Между таблицами",
        { text: "Одна ячейка", tableNestingLevel: 1 },
        { text: "Вложенная", tableNestingLevel: 2 },
        "",
      ],
      apiLevel: "1.3",
    });
    const snap = await readDocument();
    expect(snap.paragraphs.map((p) => p.cell ?? null)).toEqual([
      null,
      { table: 0, row: 0, col: 0 },
      { table: 0, row: 0, col: 1 },
      { table: 0, row: 0, col: 0 },
      { table: 0, row: 1, col: 1 },
      null,
      { table: 1, row: 0, col: 0 },
      null,
      null,
    ]);
    expect(fake.state.roundTrips).toBe(2);
  });

  it("list numbers need no extra sync per list paragraph", async () => {
    install({ paragraphs: Array.from({ length: 300 }, (_, i) => ({ text: `Пункт ${i}`, listString: `${i + 1}.` })), apiLevel: "1.4" });
    await readDocument();
    expect(fake.state.roundTrips).toBe(2);
  });

  it("reports progress and runs on WordApi 1.3", async () => {
    install({ paragraphs: doc(1200), apiLevel: "1.3" });
    const progress: [number, number][] = [];
    const snap = await readDocument((done, total) => progress.push([done, total]));
    expect(snap.paragraphs).toHaveLength(1200);
    expect(progress.at(-1)).toEqual([1200, 1200]);
    expect(progress.length).toBeGreaterThan(1);
  });

  it("an empty document", async () => {
    install({ paragraphs: [] });
    expect(await readDocument()).toEqual({ paragraphs: [], hashes: [] });
  });
});

describe("changedParagraphs", () => {
  it("lists the paragraphs the user edited since the check", async () => {
    install({ paragraphs: doc(20) });
    const snap = await readDocument();
    expect(await changedParagraphs(snap)).toEqual([]);
    fake.state.setParagraph(3, "Изменённый пункт.");
    fake.state.setParagraph(17, "Ещё одна правка.");
    expect(await changedParagraphs(snap)).toEqual([3, 17]);
  });

  it("counts added and removed paragraphs at the end", async () => {
    install({ paragraphs: doc(3) });
    const snap = await readDocument();
    fake.state.insertParagraph(3, "Новый");
    expect(await changedParagraphs(snap)).toEqual([3]);
    fake.state.removeParagraph(3);
    fake.state.removeParagraph(2);
    expect(await changedParagraphs(snap)).toEqual([2]);
  });
});
