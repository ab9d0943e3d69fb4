/** The RIA checklist data and its evaluator (src/engine/ria.ts). */
import { RiaReport } from "../../src/contract";
import { articleExists } from "../../src/engine/data/acts";
import { RIA_CHECKLIST } from "../../src/engine/data/ria-checklist";
import { paragraphsFromText, parseDocument } from "../../src/engine/document/model";
import { evaluateRia } from "../../src/engine/ria";

const doc = (lines: string[]) => parseDocument(paragraphsFromText(lines.join("\n")));

describe("RIA checklist data", () => {
  it("has unique ids, labels in three languages and citations that exist in the registry", () => {
    const ids = RIA_CHECKLIST.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of RIA_CHECKLIST) {
      expect(item.id).toMatch(/^[a-z0-9-]{1,40}$/);
      expect(item.label.kk && item.label.ru && item.label.en).toBeTruthy();
      expect({ id: item.id, exists: articleExists(item.citation) }).toEqual({ id: item.id, exists: true });
    }
  });
});

describe("evaluateRia", () => {
  it("a Russian draft with a permit duty: required, trigger answered with evidence, the rest mostly open", () => {
    const d = doc([
      "ПРИКАЗЫВАЮ:",
      "1. Субъекты предпринимательства, осуществляющие сбор отходов, обязаны получить разрешение уполномоченного органа.",
      "2. Признать утратившим силу пункт 5 Правил сбора отходов.",
      "3. Настоящий приказ вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования.",
    ]);
    const r = RiaReport.parse(evaluateRia(d, "ru"));
    expect(r.required).toBe(true);
    expect(r.triggers).toEqual([{ kind: "permit", paragraphIndex: 1, quote: "разрешение" }]);
    const by = Object.fromEntries(r.items.map((i) => [i.id, i]));
    expect(by.trigger).toMatchObject({ answer: "yes", evidence: { paragraphIndex: 1 } });
    expect(by["one-in-two-out"]).toMatchObject({ answer: "yes", evidence: { paragraphIndex: 2 } });
    expect(by["lead-time"]).toMatchObject({ answer: "yes", evidence: { paragraphIndex: 3 } });
    expect(by.liability!.answer).toBe("no");
    expect(by["ria-reference"]!.answer).toBe("open");
    expect(by.alternatives!.answer).toBe("open");
    expect(r.items.map((i) => i.no)).toEqual(RIA_CHECKLIST.map((_, i) => i + 1));
  });

  it("a Kazakh draft with a privilege for quasi-state entities and an RIA reference", () => {
    const d = doc([
      "БҰЙЫРАМЫН:",
      "1. Лицензиат жыл сайын лицензиарға қызметі туралы есеп ұсынуға міндетті.",
      "2. Квазимемлекеттік сектор субъектілері үшін кәсіпкерлік субъектілері барлық қажетті құжаттарды ұсынуға міндетті.",
      "3. Реттеушілік әсерді талдау жүргізілді.",
    ]);
    const r = evaluateRia(d, "kk");
    expect(r.required).toBe(true);
    expect(r.triggers[0]).toMatchObject({ kind: "reporting", paragraphIndex: 1 });
    const by = Object.fromEntries(r.items.map((i) => [i.id, i]));
    expect(by["ria-reference"]).toMatchObject({ answer: "yes", evidence: { paragraphIndex: 3 } });
    expect(by.competition).toMatchObject({ answer: "no", evidence: { paragraphIndex: 2 } });
    expect(by.clarity).toMatchObject({ answer: "no", evidence: { paragraphIndex: 2 } });
    expect(by.trigger!.citation.url).toContain("/kaz/");
  });

  it("no requirement for business: not required; exemptions (treaties, tax) are recognised", () => {
    expect(evaluateRia(doc(["РЕШИЛ:", "1. Утвердить бюджет района на 2026–2028 годы."])).required).toBe(false);
    const tax = evaluateRia(
      doc(["Об установлении ставок налога", "РЕШИЛ:", "1. Индивидуальные предприниматели обязаны представлять отчет о доходах ежеквартально."]),
    );
    expect(tax.triggers.length).toBe(1);
    expect(tax.required).toBe(false);
    expect(tax.items.find((i) => i.id === "exemption")).toMatchObject({ answer: "yes" });
  });
});
