/** Which capitalised tokens count as abbreviations the act must expand (LA-UNDEFINED-ABBREVIATIONS). */
import { parseDocument, paragraphsFromText } from "../../src/engine/document/model";
import { undefinedAbbreviations } from "../../src/engine/rules/legal-acts/undefined-abbreviations";

const found = (text: string, language: "ru" | "kk" = "ru") =>
  undefinedAbbreviations(parseDocument(paragraphsFromText(text), { language }).paragraphs).map((f) => [f.abbreviation, f.para]);

describe("undefinedAbbreviations", () => {
  it("reports each unexpanded abbreviation once, at its first paragraph", () => {
    expect(found("1. Заявление подается в УВС.\n2. УВС рассматривает заявление, КНБ согласовывает.")).toEqual([
      ["УВС", 0],
      ["КНБ", 1],
    ]);
  });

  it("accepts «(далее – …)», «(бұдан әрі – …)», a name in parentheses and a definitions subpoint", () => {
    expect(found("1. Управление внутренних дел (далее – УВС) и ЦОН.\n2. УВС рассматривает.")).toEqual([["ЦОН", 0]]);
    expect(found("1. Халыққа қызмет көрсету орталығы (бұдан әрі – ХҚКО) өтінішті қабылдайды.\n2. ХҚКО хабарлайды.", "kk")).toEqual([]);
    expect(found("1. Министерство иностранных дел (МИД) уведомляет.\n2. МИД направляет ноту.")).toEqual([]);
    expect(found("1. Основные понятия:\n1) НИР – научно-исследовательская работа;\n2. НИР финансируется из бюджета.")).toEqual([]);
  });

  it("ignores registry numbers, Roman numerals, known abbreviations, headings and formulas in capitals", () => {
    expect(found("1. Внести в приказ от 5 мая 2021 года № ҚР ДСМ-41 изменение.")).toEqual([]);
    expect(found("1. В ІІІ квартале ТОО и АО представляют отчет в размере 2 МРП.")).toEqual([]);
    expect(found("ПРАВИЛА ВЫДАЧИ СПРАВОК УВС\n1. Справка выдается в день обращения.")).toEqual([]);
    expect(found("Алматы қаласының әкімдігі ҚАУЛЫ ЕТЕДІ:\n1. Қағидалар бекітілсін.", "kk")).toEqual([]);
  });

  it("ignores a word written in capitals for emphasis when the text also writes it in lower case", () => {
    expect(found("1. Заявление подается НЕ позднее срока.\n2. Документы, которые не представлены, запрашиваются.")).toEqual([]);
  });

  it("ignores quoted new wording and footnotes", () => {
    expect(found("1. Пункт 3 изложить в следующей редакции:\n«3. УВС направляет сведения.».\nСноска. Пункт 1 с изменением, внесенным приказом МВД.")).toEqual([]);
  });
});
