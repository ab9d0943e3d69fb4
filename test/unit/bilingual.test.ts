/** Kazakh–Russian parity (issue 8, first part): quantities, references, alignment and every check's own examples. */
import { Finding, type Paragraph } from "../../src/contract";
import { PARITY_CHECKS } from "../../src/engine/bilingual/checks";
import { versionsFromTable } from "../../src/engine/bilingual/columns";
import { checkParity } from "../../src/engine/bilingual/parity";
import { quantities } from "../../src/engine/bilingual/quantities";
import { references } from "../../src/engine/bilingual/references";
import { paragraphsFromText } from "../../src/engine/document/model";
import { fold } from "../../src/engine/document/normalize";

const q = (text: string, lang: "kk" | "ru") => quantities(fold(text), lang).map((x) => x.key);
const r = (text: string, lang: "kk" | "ru") => references(fold(text), lang).map((x) => x.key);

describe("quantities read the same in both languages", () => {
  it.each([
    ["в течение десяти календарных дней", "күнтізбелік он күн ішінде", ["10 day"]],
    ["не позднее пятнадцати рабочих дней", "он бес жұмыс күнінен кешіктірмей", ["15 workday"]],
    ["в размере 10 (десяти) месячных расчетных показателей", "10 (он) айлық есептік көрсеткіш мөлшерінде", ["10 mrp"]],
    ["с 1 января 2025 года", "2025 жылғы 1 қаңтардан бастап", ["2025-01-01"]],
    ["не более 5 процентов", "5 пайыздан аспайтын", ["5 percent"]],
    ["в течение двадцати пяти лет", "жиырма бес жыл ішінде", ["25 year"]],
    ["в течение шести месяцев", "алты ай ішінде", ["6 month"]],
  ])("«%s» = «%s»", (ru, kk, expected) => {
    expect(q(ru, "ru")).toEqual(expected);
    expect(q(kk, "kk")).toEqual(expected);
  });

  it("counts a number word only with a unit after it", () => {
    expect(q("бір нәрсе туралы бір шешім", "kk")).toEqual([]);
    expect(q("одна из сторон", "ru")).toEqual([]);
    expect(q("бір жыл ішінде", "kk")).toEqual(["1 year"]);
  });
});

describe("references read the same in both languages", () => {
  it.each([
    ["подпункт 7) пункта 2 статьи 3", "3-баптың 2-тармағының 7) тармақшасы", ["article 3", "point 2", "subpoint 7"]],
    ["пунктами 2 и 3 настоящих Правил", "осы Қағидалардың 2 және 3-тармақтарында", ["point 2", "point 3"]],
    ["главой 4", "4-тарауында", ["chapter 4"]],
    ["статьи 10-1", "10-1-бабы", ["article 10-1"]],
  ])("«%s» = «%s»", (ru, kk, expected) => {
    expect(r(ru, "ru").sort()).toEqual([...expected].sort());
    expect(r(kk, "kk").sort()).toEqual([...expected].sort());
  });
});

describe("each parity check's own examples", () => {
  const run = (kk: string, ru: string, anchor: "kk" | "ru") =>
    anchor === "kk"
      ? checkParity(paragraphsFromText(kk), paragraphsFromText(ru), { anchor: "kk", ui: "kk" })
      : checkParity(paragraphsFromText(ru), paragraphsFromText(kk), { anchor: "ru", ui: "ru" });

  for (const check of PARITY_CHECKS) {
    it(`${check.id} has bad and good examples anchored in Kazakh and in Russian`, () => {
      expect(check.examples.bad.some((e) => e.anchor === "kk")).toBe(true);
      expect(check.examples.bad.some((e) => e.anchor === "ru")).toBe(true);
      expect(check.examples.good.length).toBeGreaterThan(0);
    });
    check.examples.bad.forEach((ex, i) => {
      it(`${check.id} bad #${i + 1} (${ex.anchor}) is found on «${ex.quote}»`, () => {
        const res = run(ex.kk, ex.ru, ex.anchor);
        const hits = res.findings.filter((f) => f.ruleId === check.id);
        expect(hits.map((f) => f.quote)).toContain(ex.quote);
        for (const f of hits) {
          expect(Finding.parse(f)).toBeTruthy();
          expect(f.pack).toBe("bilingual");
          expect(f.message).not.toMatch(/\{\w+\}/);
        }
      });
    });
    check.examples.good.forEach((ex, i) => {
      it(`${check.id} good #${i + 1} (${ex.anchor}) gives no finding`, () => {
        expect(run(ex.kk, ex.ru, ex.anchor).findings.filter((f) => f.ruleId === check.id)).toEqual([]);
      });
    });
  }
});

describe("alignment", () => {
  const RU = ["Глава 1. Общие положения", "1. Заявление рассматривается в течение десяти рабочих дней.", "2. Документы, указанные в пункте 1, представляются заявителем.", "3. Отказ направляется в письменной форме."].join("\n");
  const KK = ["1-тарау. Жалпы ережелер", "1. Өтініш он жұмыс күні ішінде қаралады.", "3. Бас тарту жазбаша нысанда жіберіледі."].join("\n");

  it("keeps the other units aligned when one is missing, and says which, in either direction", () => {
    const fromRu = checkParity(paragraphsFromText(RU), paragraphsFromText(KK), { anchor: "ru", ui: "ru" });
    expect(fromRu.findings.map((f) => `${f.ruleId}@${f.paragraphIndex}`)).toEqual(["BI-MISSING-UNIT@2"]);
    const fromKk = checkParity(paragraphsFromText(KK), paragraphsFromText(RU), { anchor: "kk", ui: "kk" });
    expect(fromKk.findings.map((f) => `${f.ruleId}@${f.paragraphIndex}`)).toEqual(["BI-MISSING-UNIT@null"]);
    expect(fromKk.findings[0]!.message).toContain("2-тармақ");
    expect(fromRu.units.find((u) => u.label.ru === "глава 1, пункт 2")).toMatchObject({ ru: true, kk: false });
  });
});

describe("both versions in one document's table", () => {
  const QUOTE = "«Об утверждении Правил рассмотрения обращений физических лиц»";
  const cells: Paragraph[] = [
    { index: 0, text: "Салыстырмалы кесте" },
    { index: 1, text: "1", inTable: true, cell: { table: 0, row: 0, col: 0 } },
    { index: 2, text: "1. Өтініш күнтізбелік он күн ішінде қаралады.", inTable: true, cell: { table: 0, row: 0, col: 1 } },
    { index: 3, text: "1. Заявление рассматривается в течение десяти календарных дней.", inTable: true, cell: { table: 0, row: 0, col: 2 } },
    { index: 4, text: "2", inTable: true, cell: { table: 0, row: 1, col: 0 } },
    { index: 5, text: "2. Мына бұйрыққа өзгерістер енгізілсін:", inTable: true, cell: { table: 0, row: 1, col: 1 } },
    { index: 6, text: QUOTE, inTable: true, cell: { table: 0, row: 1, col: 1 } },
    { index: 7, text: "2. Внести в приказ изменения:", inTable: true, cell: { table: 0, row: 1, col: 2 } },
  ];

  it("takes the columns as the versions, a Russian quote in the Kazakh column staying Kazakh; the № column left out", () => {
    const v = versionsFromTable(cells)!;
    expect(v.kk.map((p) => p.index)).toEqual([2, 5, 6]);
    expect(v.ru.map((p) => p.index)).toEqual([3, 7]);
  });

  it("without cell positions splits the table's paragraphs by language (the quote then reads as Russian)", () => {
    const v = versionsFromTable(cells.map(({ cell: _cell, ...p }) => p))!;
    expect(v.kk.map((p) => p.index)).toEqual([2, 5]);
    expect(v.ru.map((p) => p.index)).toEqual([3, 6, 7]);
  });

  it("a one-column table with both versions one under the other is split by language; a one-language table is none", () => {
    const column = cells.filter((p) => p.cell && p.cell.col > 0).map((p, row) => ({ ...p, cell: { table: 0, row, col: 0 } }));
    expect(versionsFromTable(column)!.kk.map((p) => p.index)).toEqual([2, 5]);
    expect(versionsFromTable(cells.filter((p) => p.cell?.col !== 1))).toBeNull();
  });
});
