/** The comparative table from two versions: word-level differences and alignment by structural unit, ru and kk. */
import { amendmentNotes } from "../../src/engine/compare/amendment-checks";
import { alignBlocks, buildComparativeTable, TABLE_TEXT, wordSimilarity, type ComparativeRow } from "../../src/engine/compare/comparative-table";
import { maskComparativeTables } from "../../src/engine/document/comparative-tables";
import { checkParagraphs } from "../../src/engine/run";
import { unitBlocks, unitLabel } from "../../src/engine/compare/units";
import { diffWords, sides, type DiffSegment } from "../../src/text/word-diff";

const text = (segs: readonly DiffSegment[], keep: "del" | "ins") => segs.filter((s) => s.op === "equal" || s.op === keep).map((s) => s.text).join("");
/** The changes, trimmed: a pure insertion or deletion of words carries one of the spaces around it. */
const changes = (segs: readonly DiffSegment[]) => segs.filter((s) => s.op !== "equal").map((s) => `${s.op}:${s.text.trim()}`);

describe("diffWords", () => {
  const pairs: [string, string][] = [
    ["2. Отчет направляется в Мажилис Парламента Республики Казахстан ежегодно.", "2. Отчет направляется в Курултай Республики Казахстан ежегодно."],
    ["1. Өтінім он жұмыс күні ішінде қаралады.", "1. Өтінім бес жұмыс күні ішінде қаралады."],
    ["1. Настоящие Правила определяют порядок субсидирования.", "1. Настоящие Правила определяют порядок и условия субсидирования."],
    ["3-1) бірінші;", "3-2) екінші, үшінші;"],
    ["", "Новый текст."],
    ["Старый текст.", ""],
    ["a\tb  c", "a\tb c d"],
    ["Статья 5.\nТекст первой части.", "Статья 5.\nТекст второй части.\nЕще одна часть."],
  ];

  it.each(pairs)("gives back both texts exactly: «%s» → «%s»", (a, b) => {
    const d = diffWords(a, b);
    expect(text(d, "del")).toBe(a);
    expect(text(d, "ins")).toBe(b);
    const s = sides(d);
    expect(s.current.map((x) => x.text).join("")).toBe(a);
    expect(s.proposed.map((x) => x.text).join("")).toBe(b);
    expect(s.current.every((x) => x.op !== "ins") && s.proposed.every((x) => x.op !== "del")).toBe(true);
  });

  it("marks only the replaced words, a two-word name as one change", () => {
    expect(changes(diffWords(pairs[0]![0], pairs[0]![1]))).toEqual(["del:Мажилис Парламента", "ins:Курултай"]);
    expect(changes(diffWords(pairs[1]![0], pairs[1]![1]))).toEqual(["del:он", "ins:бес"]);
  });

  it("keeps an insertion-only change free of deletions and a number with its hyphen as one word", () => {
    expect(changes(diffWords(pairs[2]![0], pairs[2]![1])).every((c) => c.startsWith("ins:"))).toBe(true);
    expect(changes(diffWords("пункт 3-1 утратил силу", "пункт 3-2 утратил силу"))).toEqual(["del:3-1", "ins:3-2"]);
  });

  it("an unchanged text is one equal segment; two empty texts are nothing", () => {
    expect(diffWords("Текст.", "Текст.")).toEqual([{ op: "equal", text: "Текст." }]);
    expect(diffWords("", "")).toEqual([]);
  });
});

describe("structural units", () => {
  const ru = ["ПРИКАЗ", "Статья 1. Общие положения", "1. Первый пункт.", "Продолжение первого пункта.", "2. Второй пункт:", "1) первый подпункт;", "Статья 2.", "Текст статьи без пунктов.", "Приложение 1 к приказу", "1. Пункт приложения."];

  it("groups a unit's paragraphs, keys units by their address and labels them in the document's language", () => {
    const blocks = unitBlocks(ru);
    expect(blocks.map((b) => [b.key, b.text])).toEqual([
      [null, "ПРИКАЗ"],
      ["p0|a1", "Статья 1. Общие положения"],
      ["p0|a1|pt1", "1. Первый пункт.\nПродолжение первого пункта."],
      ["p0|a1|pt2", "2. Второй пункт:"],
      ["p0|a1|pt2|sp1", "1) первый подпункт;"],
      ["p0|a2", "Статья 2.\nТекст статьи без пунктов."],
      [null, "Приложение 1 к приказу"],
      ["p1|pt1", "1. Пункт приложения."],
    ]);
    expect(blocks.map((b) => unitLabel(b, "ru"))).toEqual([
      "Заголовок, преамбула",
      "Статья 1",
      "Статья 1, пункт 1",
      "Статья 1, пункт 2",
      "Статья 1, пункт 2, подпункт 1)",
      "Статья 2",
      "Приложение 1",
      "Приложение 1, пункт 1",
    ]);
    expect(blocks.map((b) => unitLabel(b, "kk"))).toEqual(["Тақырып, кіріспе", "1-бап", "1-бап, 1-тармақ", "1-бап, 2-тармақ", "1-бап, 2-тармақ, 1) тармақша", "2-бап", "1-қосымша", "1-қосымша, 1-тармақ"]);
  });

  it("words in common, 0–1", () => {
    expect(wordSimilarity("Об утверждении Правил", "Об утверждении Правил")).toBe(1);
    expect(wordSimilarity("Об утверждении Правил субсидирования", "Об утверждении Правил и норм субсидирования")).toBe(0.8);
    expect(wordSimilarity("Об утверждении Правил", "О внесении изменений")).toBe(0);
  });
});

describe("buildComparativeTable", () => {
  const OLD_RU = [
    "ПРИКАЗ Министра сельского хозяйства Республики Казахстан",
    "Об утверждении Правил субсидирования",
    "Статья 1. Общие положения",
    "1. Настоящие Правила определяют порядок субсидирования.",
    "2. Отчет направляется в Мажилис Парламента Республики Казахстан ежегодно.",
    "Статья 2. Порядок",
    "1. Заявка подается в течение десяти рабочих дней.",
    "2. Решение принимается местным исполнительным органом.",
    "3. Субсидии выплачиваются в течение месяца.",
  ];
  const NEW_RU = [
    "ПРИКАЗ Министра сельского хозяйства Республики Казахстан",
    "Об утверждении Правил и условий субсидирования",
    "Статья 1. Общие положения",
    "1. Настоящие Правила определяют порядок субсидирования.",
    "2. Отчет направляется в Курултай Республики Казахстан ежегодно.",
    "Статья 2. Порядок",
    "1. Заявка подается в течение десяти рабочих дней.",
    "1-1. Заявка может быть подана в электронной форме.",
    "3. Субсидии выплачиваются в течение месяца.",
  ];
  const brief = (r: ComparativeRow) => [r.no, r.kind, r.unit, changes(r.current).concat(changes(r.proposed))];

  it("one row per changed unit in the proposed order: a changed title, a replaced name, an N-1 insertion, a removed point", () => {
    const t = buildComparativeTable(OLD_RU, NEW_RU, "ru");
    expect(t.title).toBe("Сравнительная таблица");
    expect(t.headers).toEqual(["№ п/п", "Структурный элемент", "Действующая редакция", "Предлагаемая редакция", "Обоснование"]);
    expect(t.rows.map(brief)).toEqual([
      [1, "changed", "Заголовок, преамбула", ["ins:и условий"]],
      [2, "changed", "Статья 1, пункт 2", ["del:Мажилис Парламента", "ins:Курултай"]],
      [3, "added", "Статья 2, пункт 1-1", ["ins:1-1. Заявка может быть подана в электронной форме."]],
      [4, "removed", "Статья 2, пункт 2", ["del:2. Решение принимается местным исполнительным органом."]],
    ]);
    expect(t.rows[2]!.current).toEqual([{ op: "equal", text: "Отсутствует." }]);
    expect(t.rows[3]!.proposed).toEqual([{ op: "equal", text: "Исключить." }]);
    expect(t.rows.every((r) => r.justification === "")).toBe(true);
    expect(t.rows[1]!).toMatchObject({ oldParagraphs: [4], newParagraphs: [4] });
  });

  it("Kazakh: headings and notes in Kazakh, units as «2-бап, 1-тармақ»", () => {
    const oldKk = ["Қазақстан Республикасы Ауыл шаруашылығы министрінің БҰЙРЫҒЫ", "1-бап. Жалпы ережелер", "1. Өтінім он жұмыс күні ішінде қаралады.", "2. Есеп Парламент Мәжілісіне жіберіледі."];
    const newKk = ["Қазақстан Республикасы Ауыл шаруашылығы министрінің БҰЙРЫҒЫ", "1-бап. Жалпы ережелер", "1. Өтінім бес жұмыс күні ішінде қаралады.", "1-1. Өтінім электрондық нысанда берілуі мүмкін."];
    const t = buildComparativeTable(oldKk, newKk, "kk");
    expect(t.title).toBe("Салыстырма кесте");
    expect(t.headers[2]).toBe("Қолданыстағы редакция");
    expect(t.rows.map(brief)).toEqual([
      [1, "changed", "1-бап, 1-тармақ", ["del:он", "ins:бес"]],
      [2, "added", "1-бап, 1-1-тармақ", ["ins:1-1. Өтінім электрондық нысанда берілуі мүмкін."]],
      [3, "removed", "1-бап, 2-тармақ", ["del:2. Есеп Парламент Мәжілісіне жіберіледі."]],
    ]);
    expect(t.rows[1]!.current[0]!.text).toBe("Жоқ.");
    expect(t.rows[2]!.proposed[0]!.text).toBe("Алып тасталсын.");
  });

  it("an unchanged document has no rows; a change inside a multi-paragraph unit is one row", () => {
    expect(buildComparativeTable(OLD_RU, OLD_RU, "ru").rows).toEqual([]);
    const a = ["Статья 3. Вступление в силу", "Настоящий приказ вводится в действие", "по истечении десяти календарных дней."];
    const b = ["Статья 3. Вступление в силу", "Настоящий приказ вводится в действие", "по истечении шестидесяти календарных дней."];
    const t = buildComparativeTable(a, b, "ru");
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.unit).toBe("Статья 3");
    expect(t.rows[0]!.oldParagraphs).toEqual([0, 1, 2]);
    expect(changes(t.rows[0]!.current)).toEqual(["del:десяти"]);
  });

  it("a renumbered point shows as what it is: its number now holds other words, and the last number is gone", () => {
    const a = ["1. Первый.", "2. Второй.", "3. Третий."];
    const b = ["1. Первый.", "2. Третий."];
    const t = buildComparativeTable(a, b, "ru");
    expect(t.rows.map((r) => [r.kind, r.unit])).toEqual([
      ["changed", "Пункт 2"],
      ["removed", "Пункт 3"],
    ]);
  });

  it("aligns text outside units by its words, in order", () => {
    const a = unitBlocks(["Первый абзац преамбулы о субсидиях.", "Второй абзац о проверках."]);
    const b = unitBlocks(["Новый абзац.", "Первый абзац преамбулы о субсидиях и грантах.", "Второй абзац о проверках."]);
    expect(alignBlocks(a, b).map(([x, y]) => [x?.text ?? null, y?.text ?? null])).toEqual([
      [null, "Новый абзац."],
      ["Первый абзац преамбулы о субсидиях.", "Первый абзац преамбулы о субсидиях и грантах."],
      ["Второй абзац о проверках.", "Второй абзац о проверках."],
    ]);
  });
});

describe("amendmentNotes", () => {
  const notes = (a: string[], b: string[], ui: "ru" | "kk" | "en" = "ru") => amendmentNotes(buildComparativeTable(a, b, "ru"), a, b, ui);

  it("L-16: a unit's words under another number are renumbering; the law's article 27(6) is cited", () => {
    const n = notes(["1. Первый пункт.", "2. Второй пункт.", "3. Третий пункт."], ["1. Первый пункт.", "2. Третий пункт."]);
    expect(n.map((x) => [x.code, x.severity, x.rows])).toEqual([["L-16", "error", [1, 2]]]);
    expect(n[0]!.message).toMatch(/№ 3 перенесен под № 2/);
    expect(n[0]!.citation).toMatchObject({ act: "law-on-legal-acts", article: "27", paragraph: "6" });
    expect(notes(["1. Первый пункт.", "2. Второй пункт.", "3. Третий пункт."], ["1. Первый пункт.", "2. Третий пункт."], "kk")[0]!.message).toMatch(/нөмірлеу өзгертілген/);
  });

  it("L-16: a point deleted with its number; a correct «2-1» insertion and an «исключен» point raise nothing", () => {
    const n = notes(["1. Первый пункт.", "2. Второй пункт.", "3. Третий пункт."], ["1. Первый пункт.", "3. Третий пункт."]);
    expect(n.map((x) => [x.code, x.severity, x.rows])).toEqual([["L-16", "warning", [1]]]);
    expect(n[0]!.message).toMatch(/удален вместе с номером/);
    expect(notes(["1. Первый пункт.", "2. Второй пункт.", "3. Третий пункт."], ["1. Первый пункт.", "2. Исключен приказом от 1 декабря 2026 года № 5.", "2-1. Новый пункт.", "3. Третий пункт."])).toEqual([]);
  });

  it("L-17: more than half of the units changed suggests a new edition", () => {
    const a = ["1. Один.", "2. Два.", "3. Три.", "4. Четыре."];
    const b = ["1. Один раз.", "2. Два раза.", "3. Три раза.", "4. Четыре."];
    expect(notes(a, b).map((x) => x.code)).toEqual(["L-17"]);
    expect(notes(a, ["1. Один раз.", "2. Два.", "3. Три.", "4. Четыре."])).toEqual([]);
  });
});

describe("a comparative table appended to the draft is not checked", () => {
  const table = (lang: "ru" | "kk") => TABLE_TEXT[lang];
  const draft = ["ПРИКАЗ", "1. Отчет направляется в Курултай Республики Казахстан."];
  const appended = (lang: "ru" | "kk") => [
    ...draft.map((text, index) => ({ index, text })),
    { index: 2, text: table(lang).title },
    { index: 3, text: "ПРИКАЗ" },
    ...[...table(lang).headers, "1", "Пункт 1", "1. Отчет направляется в Мажилис Парламента Республики Казахстан.", "1. Отчет направляется в Курултай Республики Казахстан.", ""].map(
      (text, k) => ({ index: 4 + k, text, inTable: true }),
    ),
    { index: 14, text: "2. Отчет направляется в Сенат." },
  ];

  it.each(["ru", "kk"] as const)("(%s headings): title, subtitle and cells are blanked, indexes kept, text after the table is checked", (lang) => {
    const masked = maskComparativeTables(appended(lang));
    expect(masked.map((p) => p.index)).toEqual(appended(lang).map((p) => p.index));
    expect(masked.slice(2, 14).every((p) => p.text === "")).toBe(true);
    expect(masked[14]!.text).toBe("2. Отчет направляется в Сенат.");
    const { findings } = checkParagraphs(appended(lang), { uiLanguage: "ru" });
    expect(findings.filter((f) => f.ruleId === "CONST-ABOLISHED-BODY").map((f) => f.paragraphIndex)).toEqual([14]);
  });

  it("an ordinary table with other headings is checked as usual", () => {
    const other = [{ index: 0, text: "ПРИКАЗ" }, ...["№", "Орган", "Срок", "Ответственный", "Примечание", "1", "Мажилис Парламента", "до 1 марта", "—", ""].map((text, k) => ({ index: 1 + k, text, inTable: true }))];
    expect(maskComparativeTables(other)).toEqual(other);
  });
});
