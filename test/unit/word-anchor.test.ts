/** selectFinding against the stateful fake Word host: exact words, right occurrence, never a guess. */
import { readDocument, selectFinding } from "../../src/word";
import { documentFinding, findingOn } from "../fakes/findings";
import { installFakeWord, uninstallFakeWord, type FakeWord, type FakeWordOptions } from "../fakes/fake-word";

let fake: FakeWord;
function install(opts: FakeWordOptions): FakeWord {
  fake = installFakeWord(globalThis, opts);
  return fake;
}
afterEach(() => uninstallFakeWord(globalThis));

const P0 = "ПРИКАЗ";
const P1 = "1. Уполномоченный орган вправе по своему усмотрению продлить срок, а уполномоченный орган области вправе отказать.";
const P2 = "2. Настоящий приказ вводится в действие со дня подписания.";

describe("selectFinding", () => {
  it("selects exactly the words of the finding with 3 syncs (2 to anchor, 1 to select)", async () => {
    install({ paragraphs: [P0, P1, P2] });
    const f = findingOn(P2, 2, "со дня подписания");
    await expect(selectFinding(f)).resolves.toEqual({ findingId: f.id, status: "anchored" });
    expect(fake.state.selection).toEqual({ paragraphIndex: 2, start: f.start, end: f.end, text: "со дня подписания" });
    expect(fake.state.roundTrips).toBe(3);
  });

  it("selects the right occurrence when the words appear several times in the paragraph", async () => {
    install({ paragraphs: [P0, P1, P2] });
    for (const k of [0, 1]) {
      const f = findingOn(P1, 1, "вправе", k);
      await expect(selectFinding(f)).resolves.toMatchObject({ status: "anchored" });
      expect(fake.state.selection).toMatchObject({ paragraphIndex: 1, start: f.start, end: f.end, text: "вправе" });
    }
    expect(fake.state.searches.every((s) => s.matchCase)).toBe(true);
  });

  it("paragraph edited after the check: the words moved → relocated onto the same words", async () => {
    install({ paragraphs: [P0, P1, P2] });
    const f = findingOn(P1, 1, "вправе", 1);
    fake.state.setParagraph(1, P1.replace("1. ", "1. В исключительных случаях ").replace("Уполномоченный", "уполномоченный"));
    await expect(selectFinding(f)).resolves.toMatchObject({ status: "relocated" });
    const sel = fake.state.selection!;
    expect(sel.text).toBe("вправе");
    const now = fake.state.paragraphs[1]!.text;
    expect(now.slice(sel.end, sel.end + f.after.length)).toBe(f.after);
  });

  it("paragraph edited after the check: the words are gone → stale, nothing selected", async () => {
    install({ paragraphs: [P0, P1, P2] });
    const f = findingOn(P1, 1, "по своему усмотрению");
    fake.state.setParagraph(1, P1.replace("по своему усмотрению", "при наличии оснований, указанных в пункте 5,"));
    await expect(selectFinding(f)).resolves.toMatchObject({ status: "stale" });
    expect(fake.state.selection).toBeNull();
  });

  it("a paragraph inserted above: the index now points at another paragraph → stale, never a wrong anchor", async () => {
    const A = "Орган вправе отказать в приёме документов.";
    const B = "Орган вправе продлить срок рассмотрения.";
    install({ paragraphs: [P0, A, B] });
    const f = findingOn(B, 2, "Орган вправе");
    fake.state.insertParagraph(1, "Новый абзац");
    // index 2 is now A, which starts with the same words
    await expect(selectFinding(f)).resolves.toMatchObject({ status: "stale" });
    expect(fake.state.selection).toBeNull();
  });

  it("the paragraph no longer exists → stale", async () => {
    install({ paragraphs: [P0, P1, P2] });
    const f = findingOn(P2, 2, "подписания");
    fake.state.removeParagraph(2);
    await expect(selectFinding(f)).resolves.toMatchObject({ status: "stale" });
  });

  it("ambiguous when Word's hits disagree with our count (a footnote mark reads as * in the checked text)", async () => {
    // Word's text has a footnote reference (\u0002) where the checker saw "*": Word finds one "5*", we count two.
    install({ paragraphs: ["Ставка 5\u0002 годовых и надбавка 5* сверху."] });
    const snap = await readDocument();
    const text = snap.paragraphs[0]!.text;
    expect(text).toBe("Ставка 5* годовых и надбавка 5* сверху.");
    const f = findingOn(text, 0, "5*", 1);
    await expect(selectFinding(f)).resolves.toMatchObject({ status: "ambiguous" });
    expect(fake.state.selection).toBeNull();
  });

  it("ambiguous when tracked deleted text (read on WordApi 1.4) holds another occurrence Word will not find", async () => {
    install({
      paragraphs: [{ text: "Орган рассматривает заявление.", deletions: [{ offset: 0, text: "Орган отказывает. " }] }],
      apiLevel: "1.4",
    });
    const snap = await readDocument();
    const text = snap.paragraphs[0]!.text; // paragraph.text includes the deletion below WordApi 1.7
    const f = findingOn(text, 0, "Орган", 1);
    await expect(selectFinding(f)).resolves.toMatchObject({ status: "ambiguous" });
    expect(fake.state.selection).toBeNull();
  });

  it("with WordApi 1.7 the same document anchors: getText leaves the deletion out", async () => {
    install({
      paragraphs: [{ text: "Орган рассматривает заявление.", deletions: [{ offset: 0, text: "Орган отказывает. " }] }],
      apiLevel: "1.7",
    });
    const snap = await readDocument();
    const f = findingOn(snap.paragraphs[0]!.text, 0, "Орган", 0);
    await expect(selectFinding(f)).resolves.toMatchObject({ status: "anchored" });
    expect(fake.state.selection).toMatchObject({ start: 0, end: 5, text: "Орган" });
  });

  it("a quote over 255 characters: head and tail searched, joined with expandTo", async () => {
    const long = "Уполномоченный орган в течение десяти рабочих дней со дня поступления заявления рассматривает его ".repeat(3) + "и принимает решение.";
    const text = "3. " + long + " Прочее.";
    install({ paragraphs: [P0, text] });
    const f = findingOn(text, 1, long);
    expect(long.length).toBeGreaterThan(255);
    await expect(selectFinding(f)).resolves.toMatchObject({ status: "anchored" });
    expect(fake.state.selection).toMatchObject({ paragraphIndex: 1, start: f.start, end: f.end, text: long });
    expect(fake.state.searches.every((s) => s.search.length <= 255)).toBe(true);
  });

  it("a quote with ^ is searched as ^^", async () => {
    const text = "Площадь 12 м^2, а не 10 м^2.";
    install({ paragraphs: [text] });
    const f = findingOn(text, 0, "10 м^2");
    await expect(selectFinding(f)).resolves.toMatchObject({ status: "anchored" });
    expect(fake.state.searches[0]!.search).toBe("10 м^^2");
    expect(fake.state.selection!.text).toBe("10 м^2");
  });

  it("a document-level finding is not anchored and touches no Word API", async () => {
    install({ paragraphs: [P0] });
    const f = documentFinding();
    await expect(selectFinding(f)).resolves.toMatchObject({ findingId: f.id, status: "document-level" });
    expect(fake.state.syncCount).toBe(0);
  });

  it("works on WordApi 1.3 (read-only hosts can still navigate)", async () => {
    install({ paragraphs: [P0, P1], apiLevel: "1.3" });
    const f = findingOn(P1, 1, "по своему усмотрению");
    await expect(selectFinding(f)).resolves.toMatchObject({ status: "anchored" });
  });
});
