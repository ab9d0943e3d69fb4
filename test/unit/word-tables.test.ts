/** insertTable (src/word/tables.ts), RIA ticks in document settings, and the RIA table rows, against the fake Word host. */
import type { RiaReport } from "../../src/contract";
import { PANE_STRINGS, riaTableValues } from "../../src/i18n/pane";
import { insertTable, loadRiaTicks, readDocument, RIA_TICKS_KEY, saveRiaTicks, tableShape } from "../../src/word";
import { installFakeWord, uninstallFakeWord, type FakeWord, type FakeWordOptions } from "../fakes/fake-word";

let fake: FakeWord;
function install(opts: FakeWordOptions): FakeWord {
  fake = installFakeWord(globalThis, opts);
  return fake;
}
afterEach(() => uninstallFakeWord(globalThis));

const VALUES = [
  ["№", "Пункт", "Ответ", "Основание"],
  ["1", "Проект вводит требование", "Да", "Абзац 2: «обязаны получить разрешение»"],
  ["2", "АРВ проведен", "Открыт", ""],
];

describe("insertTable", () => {
  it("puts the table at the end of the body in one sync, with a header row, like Word", async () => {
    install({ paragraphs: ["ПРИКАЗ", "1. Утвердить Правила."] });
    fake.state.resetCounters();
    const res = await insertTable(VALUES);
    expect(res).toEqual({ rowCount: 3, columnCount: 4 });
    const [t] = fake.state.tables;
    expect(fake.state.tables).toHaveLength(1);
    expect(t).toMatchObject({ rowCount: 3, columnCount: 4, headerRowCount: 1, values: VALUES, paragraphIndex: 2 });
    // The cells are paragraphs of the body (tableNestingLevel 1), followed by the paragraph Word keeps after a table.
    const paras = fake.state.paragraphs;
    expect(paras).toHaveLength(2 + 12 + 1);
    expect(paras.slice(2, 14).every((p) => p.tableNestingLevel === 1)).toBe(true);
    expect(paras[2]!.text).toBe("№");
    expect(paras[14]).toMatchObject({ text: "", tableNestingLevel: 0 });
    // One round trip; Word.run's trailing sync is empty.
    expect(fake.state.roundTrips).toBe(1);
    const log = fake.state.syncLog.filter((e) => e.roundTrip);
    expect(log[0]!.actions[0]).toMatch(/^Body\.insertTable\(3x4, End\)/);
    // Reading the document again sees the cells as table paragraphs.
    const snap = await readDocument();
    expect(snap.paragraphs.filter((p) => p.inTable).map((p) => p.text)).toEqual(VALUES.flat());
  });

  it("at the cursor: after the paragraph that holds the selection", async () => {
    install({ paragraphs: ["ПРИКАЗ", "1. Первый пункт.", "2. Второй пункт."] });
    fake.state.resetCounters();
    await Word.run(async (ctx) => {
      ctx.document.body.paragraphs.load("items");
      await ctx.sync();
      (ctx.document.body.paragraphs.items[1] as unknown as { getRange(l: string): Word.Range }).getRange("End").select();
      await ctx.sync();
    });
    await insertTable(VALUES, { at: "cursor" });
    const [t] = fake.state.tables;
    expect(t!.paragraphIndex).toBe(2);
    const paras = fake.state.paragraphs.map((p) => p.text);
    expect(paras[1]).toBe("1. Первый пункт.");
    expect(paras[14]).toBe("2. Второй пункт.");
    expect(paras).toHaveLength(3 + 12); // no extra paragraph: the table is not at the end
  });

  it("keeps line breaks inside one cell", async () => {
    install({ paragraphs: ["A"] });
    await insertTable([["x", "line 1\nline 2"]]);
    expect(fake.state.tables[0]!.values).toEqual([["x", "line 1\vline 2"]]);
  });

  it("refuses ragged or empty values before touching Word; Word 1.2 without tables fails cleanly", async () => {
    expect(() => tableShape([])).toThrow(TypeError);
    expect(() => tableShape([["a", "b"], ["c"]])).toThrow(TypeError);
    install({ paragraphs: ["A"] });
    await expect(insertTable([["a"], ["b", "c"]])).rejects.toThrow(TypeError);
    expect(fake.state.syncCount).toBe(0);
    uninstallFakeWord(globalThis);
    install({ paragraphs: ["A"], apiLevel: "1.2" });
    await expect(insertTable(VALUES)).rejects.toThrow(/WordApi 1\.3/);
    expect(fake.state.tables).toEqual([]);
  });

  it("the fake validates like Word: values must match rowCount × columnCount", async () => {
    install({ paragraphs: ["A"] });
    await expect(
      Word.run(async (ctx) => {
        ctx.document.body.insertTable(2, 2, "End", [["a", "b"]]);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      Word.run(async (ctx) => {
        ctx.document.body.insertTable(1, 1, "After" as "End", [["a"]]);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.state.tables).toEqual([]);
  });
});

describe("RIA ticks in document settings", () => {
  it("round-trips item ids and answers only", async () => {
    install({ paragraphs: ["A"] });
    expect(await loadRiaTicks()).toEqual({});
    await saveRiaTicks({ problem: "yes", alternatives: "no" });
    expect(fake.state.settings[RIA_TICKS_KEY]).toEqual({ alternatives: "no", problem: "yes" });
    expect(await loadRiaTicks()).toEqual({ problem: "yes", alternatives: "no" });
    await expect(saveRiaTicks({ "Субъекты обязаны": "yes" })).rejects.toThrow(TypeError);
  });

  it("ignores junk stored under the key; nothing is stored below WordApi 1.4", async () => {
    install({ paragraphs: ["A"], settings: { [RIA_TICKS_KEY]: { problem: "maybe", "Bad Key": "yes", goal: "no" } } });
    expect(await loadRiaTicks()).toEqual({ goal: "no" });
    uninstallFakeWord(globalThis);
    install({ paragraphs: ["A"], apiLevel: "1.3" });
    await saveRiaTicks({ goal: "yes" });
    expect(fake.state.settings).toEqual({});
    expect(await loadRiaTicks()).toEqual({});
  });
});

describe("riaTableValues", () => {
  const citation = { act: "entrepreneurial-code", actTitle: "Предпринимательский кодекс", edition: "2026-02-01", article: "82", paragraph: "1" };
  const report: Pick<RiaReport, "items"> = {
    items: [
      { id: "trigger", no: 1, label: { ru: "Вводит требование", kk: "Талап енгізеді", en: "Introduces a requirement" }, citation, answer: "yes", evidence: { paragraphIndex: 3, quote: "обязаны получить разрешение" } },
      { id: "problem", no: 2, label: { ru: "Проблема определена", kk: "Проблема айқындалған", en: "Problem defined" }, citation, answer: "open" },
      { id: "goal", no: 3, label: { ru: "Цель указана", kk: "Мақсат көрсетілген", en: "Goal stated" }, citation, answer: "open" },
    ],
  };

  it("heading row in the document's language, then one row per item with the effective answer", () => {
    const kk = riaTableValues(PANE_STRINGS.kk, "kk", report, { problem: "no" });
    expect(kk[0]).toEqual(PANE_STRINGS.kk.ria.tableHeadings);
    expect(kk).toHaveLength(4);
    expect(kk[1]![1]).toBe("Талап енгізеді");
    expect(kk[1]![2]).toBe(`Иә (${PANE_STRINGS.kk.ria.auto})`);
    expect(kk[1]![3]).toContain("«обязаны получить разрешение»");
    expect(kk[2]![2]).toBe(`Жоқ (${PANE_STRINGS.kk.ria.byLawyer})`);
    expect(kk[3]![2]).toBe("Ашық");
    for (const row of kk) expect(row).toHaveLength(4);
    const ru = riaTableValues(PANE_STRINGS.ru, "ru", report, {});
    expect(ru[0]).toEqual(["№", "Пункт чек-листа АРВ", "Ответ", "Основание / комментарий"]);
    expect(ru[1]![3]).toContain("Абзац 4");
  });
});
