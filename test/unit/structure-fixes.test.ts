/** Parser cases met while writing the rules: quoted names at the start of a paragraph, Kazakh annex captions, «ПОСТАНОВЛЯЮ:». */
import { parseDocument, paragraphsFromText } from "../../src/engine/document/model";

const parse = (lines: string[]) => parseDocument(paragraphsFromText(lines.join("\n")));

describe("structure parser", () => {
  it("does not take a paragraph that opens with a quoted name for a quoted block", () => {
    const doc = parse([
      "«Мемлекеттік статистика туралы» Қазақстан Республикасы Заңының 16-бабына сәйкес БҰЙЫРАМЫН:",
      "1. Қоса беріліп отырған қағидалар бекітілсін.",
    ]);
    expect(doc.paragraphs.map((p) => p.quoted)).toEqual([false, false]);
    expect(doc.paragraphs[1]!.kind).toBe("point");
  });

  it("still reads quoted amendment text as quoted, over one or several paragraphs", () => {
    const doc = parse([
      "1) пункт 5 изложить в следующей редакции:",
      "«5. Заявление рассматривается в течение пяти рабочих дней.»;",
      "2) дополнить пунктом 6 следующего содержания:",
      "«6. Результат направляется заявителю",
      "1) в электронной форме.»;",
      "3) пункт 7 исключить.",
    ]);
    expect(doc.paragraphs.map((p) => p.quoted)).toEqual([false, true, false, true, true, false]);
  });

  it("recognises a Kazakh annex caption «… бұйрығына қосымша»", () => {
    const doc = parse([
      "БҰЙЫРАМЫН:",
      "1. Қоса беріліп отырған қағидалар бекітілсін.",
      "Қазақстан Республикасы Қаржы министрінің 2026 жылғы 5 мамырдағы № 452 бұйрығына қосымша",
      "1. Осы Қағидалар тәртіпті айқындайды.",
    ]);
    expect(doc.paragraphs[2]!.kind).toBe("annex");
    expect(doc.paragraphs[3]!.address.part).toBe(1);
  });

  it("ends the heading block at «ПОСТАНОВЛЯЮ:» of a decree", () => {
    const doc = parse(["УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ КАЗАХСТАН", "В соответствии со статьей 44 Конституции ПОСТАНОВЛЯЮ:", "1. Утвердить Положение."]);
    expect(doc.paragraphs.map((p) => p.isHeading)).toEqual([true, false, false]);
  });
});
