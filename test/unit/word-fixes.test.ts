/** Fixes as tracked changes against the stateful fake Word host (change tracking, insertText, tracked changes). */
import type { Finding } from "../../src/contract";
import { applyFixes, changedPart, FIXES_PER_SYNC } from "../../src/word/fixes";
import { installFakeWord, uninstallFakeWord, type FakeWord, type FakeWordOptions } from "../fakes/fake-word";
import { findingOn } from "../fakes/findings";

let fake: FakeWord;
function install(opts: FakeWordOptions): FakeWord {
  fake = installFakeWord(globalThis, opts);
  return fake;
}
afterEach(() => uninstallFakeWord(globalThis));

const withFix = (f: Finding, replacement: string): Finding => ({ ...f, suggestion: { replacement } });

const RU = [
  "ПРИКАЗ",
  "1. Отчет направляется в Мажилис Парламента Республики Казахстан до 1 марта.",
  "2. Копия направляется в Мажилис Парламента Республики Казахстан и в Правительство.",
  "3. Пункт 5 статьи 61 Конституции Республики Казахстан применяется.",
];

describe("changedPart", () => {
  it("narrows a suggestion to the words that change, and keeps the whole quote otherwise", () => {
    expect(changedPart("Мажилис Парламента Республики Казахстан", "Курултай Республики Казахстан")).toEqual({ start: 0, oldText: "Мажилис Парламента", newText: "Курултай" });
    expect(changedPart("статьи 61 Конституции", "статьи 87 Конституции")).toEqual({ start: 7, oldText: "61", newText: "87" });
    expect(changedPart("Парламентінің Мәжілісіне", "Құрылтайға")).toEqual({ start: 0, oldText: "Парламентінің Мәжілісіне", newText: "Құрылтайға" });
    // Two separate changes: the whole quote.
    expect(changedPart("статьи 61 и 62", "статьи 87 и 88")).toEqual({ start: 0, oldText: "статьи 61 и 62", newText: "статьи 87 и 88" });
    // A pure insertion has nothing to select: the whole quote.
    expect(changedPart("в течение дней", "в течение десяти дней").oldText).toBe("в течение дней");
  });
});

describe("applyFixes", () => {
  it("replaces only the changed words as tracked changes by the user, then restores the user's tracking mode", async () => {
    install({ paragraphs: RU, changeTrackingMode: "Off", authorName: "Юрист" });
    const f1 = withFix(findingOn(RU[1]!, 1, "Мажилис Парламента Республики Казахстан"), "Курултай Республики Казахстан");
    const f2 = withFix(findingOn(RU[3]!, 3, "статьи 61 Конституции"), "статьи 87 Конституции");
    const out = await applyFixes([f1, f2]);
    expect(out.map((o) => o.status)).toEqual(["anchored", "anchored"]);
    const s = fake.state;
    expect(s.paragraphs[1]!.text).toBe("1. Отчет направляется в Курултай Республики Казахстан до 1 марта.");
    expect(s.paragraphs[3]!.text).toBe("3. Пункт 5 статьи 87 Конституции Республики Казахстан применяется.");
    // Only the changed words were touched, and tracked.
    expect(s.edits.map((e) => [e.paragraphIndex, e.oldText, e.newText, e.tracked])).toEqual([
      [1, "Мажилис Парламента", "Курултай", true],
      [3, "61", "87", true],
    ]);
    expect(s.trackedChanges.map((c) => [c.paragraphIndex, c.type, c.text, c.author])).toEqual([
      [1, "Deleted", "Мажилис Парламента", "Юрист"],
      [1, "Added", "Курултай", "Юрист"],
      [3, "Deleted", "61", "Юрист"],
      [3, "Added", "87", "Юрист"],
    ]);
    expect(s.changeTrackingMode).toBe("Off");
    // The other paragraph with the same words is untouched.
    expect(s.paragraphs[2]!.text).toBe(RU[2]);
  });

  it("leaves TrackAll and TrackMineOnly as the user had them", async () => {
    for (const mode of ["TrackAll", "TrackMineOnly"] as const) {
      install({ paragraphs: RU, changeTrackingMode: mode });
      await applyFixes([withFix(findingOn(RU[1]!, 1, "Мажилис Парламента"), "Курултай")]);
      expect(fake.state.changeTrackingMode).toBe(mode);
      expect(fake.state.edits[0]!.tracked).toBe(true);
      uninstallFakeWord(globalThis);
    }
  });

  it("does not guess: a finding whose words changed is stale and nothing is written", async () => {
    install({ paragraphs: RU });
    const f = withFix(findingOn(RU[1]!, 1, "Мажилис Парламента"), "Курултай");
    fake.state.setParagraph(1, "1. Отчет направляется в Правительство до 1 марта.");
    const [o] = await applyFixes([f]);
    expect(o!.status).toBe("stale");
    expect(fake.state.edits).toEqual([]);
    expect(fake.state.changeTrackingMode).toBe("Off");
  });

  it("findings without a suggestion and document-level findings are not touched", async () => {
    install({ paragraphs: RU });
    const plain = findingOn(RU[1]!, 1, "Мажилис Парламента");
    const out = await applyFixes([plain]);
    expect(out[0]).toMatchObject({ status: "failed", reason: "the finding has no suggestion" });
    expect(fake.state.edits).toEqual([]);
    expect(fake.state.syncCount).toBe(0);
  });

  it(`edits in batches of ${FIXES_PER_SYNC} per sync, with progress`, async () => {
    const doc = ["ПРИКАЗ", ...Array.from({ length: 7 }, (_, i) => `${i + 1}. Копия направляется в Мажилис Парламента № ${i + 1}.`)];
    install({ paragraphs: doc });
    const fs = doc.slice(1).map((t, i) => withFix(findingOn(t, i + 1, "Мажилис Парламента"), "Курултай"));
    const progress: number[] = [];
    fake.state.resetCounters();
    const out = await applyFixes(fs, { onProgress: (d) => progress.push(d) });
    expect(out.every((o) => o.status === "anchored")).toBe(true);
    expect(progress).toEqual([3, 6, 7]);
    const editSyncs = fake.state.syncLog.filter((e) => e.actions.some((a) => a.includes("insertText")));
    expect(editSyncs.map((e) => e.actions.filter((a) => a.includes("insertText")).length)).toEqual([3, 3, 1]);
    expect(fake.state.trackedChanges).toHaveLength(14);
  });

  it("when Word refuses one edit, the others of its batch are known, the rest go on, and the tracking mode is restored", async () => {
    const doc = ["ПРИКАЗ", "1. В Мажилис.", "2. В Сенат.", "3. В Мажилис.", "4. В Мажилис."];
    install({ paragraphs: doc, failInsertText: (old) => old === "Сенат" });
    const out = await applyFixes([
      withFix(findingOn(doc[1]!, 1, "Мажилис"), "Курултай"),
      withFix(findingOn(doc[2]!, 2, "Сенат"), "Курултай"),
      withFix(findingOn(doc[3]!, 3, "Мажилис"), "Курултай"),
      withFix(findingOn(doc[4]!, 4, "Мажилис"), "Курултай"),
    ]);
    // Word ran the batch in order and stopped at «Сенат»: the first went in, the third was dropped with it.
    expect(out.map((o) => o.status)).toEqual(["anchored", "failed", "failed", "anchored"]);
    expect(out[1]!.reason).toMatch(/GeneralException/);
    expect(fake.state.paragraphs.map((p) => p.text)).toEqual(["ПРИКАЗ", "1. В Курултай.", "2. В Сенат.", "3. В Мажилис.", "4. В Курултай."]);
    expect(fake.state.changeTrackingMode).toBe("Off");
  });

  it("below WordApi 1.4 nothing is written and each finding says why", async () => {
    install({ paragraphs: RU, apiLevel: "1.3" });
    const out = await applyFixes([withFix(findingOn(RU[1]!, 1, "Мажилис Парламента"), "Курултай")]);
    expect(out[0]!.reason).toMatch(/WordApi 1\.4/);
    expect(fake.state.edits).toEqual([]);
  });
});
