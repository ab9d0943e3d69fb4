import { bodyHead, leadingNumber, parseActRef, parseAmendments, quotedRanges } from "../../src/engine/document/amendments";
import { parseDocument, paragraphsFromText } from "../../src/engine/document/model";

function parse(text: string) {
  const doc = parseDocument(paragraphsFromText(text));
  return { doc, ...parseAmendments(doc.paragraphs) };
}

const RU = [
  "ПРИКАЗЫВАЮ:",
  "1. Внести в приказ Министра здравоохранения Республики Казахстан от 30 октября 2020 года № ҚР ДСМ-175/2020 «Об утверждении Правил выдачи справок» (зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 21579) следующие изменения и дополнения:",
  "в Правилах выдачи справок, утвержденных указанным приказом:",
  "пункт 5 изложить в следующей редакции:",
  "«5. Справка выдается в течение трех рабочих дней.»;",
  "дополнить пунктом 5-1 следующего содержания:",
  "«5-1. Справка выдается бесплатно.»;",
  "в пункте 7:",
  "подпункт 2) изложить в следующей редакции: «2) копия устава;»;",
  "дополнить подпунктом 4-1) следующего содержания:",
  "«4-1) план работ;»;",
  "в пункте 9 слова «десяти рабочих дней» заменить словами «пяти рабочих дней», слова «и иные документы» исключить;",
  "в пункте 10 после слов «в письменной форме» дополнить словами «или в форме электронного документа»;",
  "абзац второй пункта 11 изложить в следующей редакции:",
  "«Заявление рассматривается комиссией.»;",
  "пункт 12 исключить.",
  "2. Признать утратившими силу:",
  "1) приказ Министра здравоохранения Республики Казахстан от 5 мая 2019 года № 100;",
  "2) пункт 3 приказа Министра здравоохранения Республики Казахстан от 6 июня 2019 года № 200.",
  "3. Отменить приказ Министра здравоохранения Республики Казахстан от 1 декабря 2025 года № 300.",
].join("\n");

const KK = [
  "БҰЙЫРАМЫН:",
  "1. «Анықтамалар беру қағидаларын бекіту туралы» Қазақстан Республикасы Денсаулық сақтау министрінің 2020 жылғы 30 қазандағы № ҚР ДСМ-175/2020 бұйрығына (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 21579 болып тіркелген) мынадай өзгерістер мен толықтырулар енгізілсін:",
  "көрсетілген бұйрықпен бекітілген Анықтамалар беру қағидаларында:",
  "5-тармақ мынадай редакцияда жазылсын:",
  "«5. Анықтама үш жұмыс күні ішінде беріледі.»;",
  "мынадай мазмұндағы 5-1-тармақпен толықтырылсын:",
  "«5-1. Анықтама тегін беріледі.»;",
  "7-тармақта:",
  "2) тармақша мынадай редакцияда жазылсын: «2) жарғының көшірмесі;»;",
  "мынадай мазмұндағы 4-1) тармақшамен толықтырылсын:",
  "«4-1) жұмыс жоспары;»;",
  "9-тармақтағы «он жұмыс күні» деген сөздер «бес жұмыс күні» деген сөздермен ауыстырылсын, «және өзге де құжаттар» деген сөздер алып тасталсын;",
  "10-тармақтағы «жазбаша нысанда» деген сөздерден кейін «немесе электрондық құжат нысанында» деген сөздермен толықтырылсын;",
  "11-тармақтың екінші абзацы мынадай редакцияда жазылсын:",
  "«Өтінішті комиссия қарайды.»;",
  "12-тармақ алып тасталсын.",
  "2. Мыналардың күші жойылды деп танылсын:",
  "1) Қазақстан Республикасы Денсаулық сақтау министрінің 2019 жылғы 5 мамырдағы № 100 бұйрығы;",
  "2) Қазақстан Республикасы Денсаулық сақтау министрінің 2019 жылғы 6 маусымдағы № 200 бұйрығының 3-тармағы.",
  "3. Қазақстан Республикасы Денсаулық сақтау министрінің 2025 жылғы 1 желтоқсандағы № 300 бұйрығының күші жойылды деп танылсын.",
].join("\n");

/** The same expectations hold for both texts: they are line-by-line translations. */
describe.each([
  ["ru", RU],
  ["kk", KK],
] as const)("amendment parser (%s)", (lang, text) => {
  const { doc, blocks, amendments } = parse(text);
  const at = (para: number) => amendments.filter((a) => a.para === para);

  it("reads the block header and the amended act's form, date and number", () => {
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.para).toBe(1);
    expect(blocks[0]!.act.form).toBe(lang === "ru" ? "приказ" : "бұйрық");
    expect(blocks[0]!.act.isoDate).toBe("2020-10-30");
    expect(blocks[0]!.act.number).toBe("ҚР ДСМ-175/2020");
  });

  it("restates a point with a quoted block that follows", () => {
    const [a] = at(3);
    expect(a!.kind).toBe("restate");
    expect(a!.target).toMatchObject({ point: "5", unit: "point" });
    expect(a!.target.act?.number).toBe("ҚР ДСМ-175/2020");
    expect(a!.body).toEqual({ from: 4, to: 4 });
    const head = bodyHead(doc.paragraphs, a!)!;
    expect(leadingNumber(doc.paragraphs[head.para]!.text.slice(head.start))).toMatchObject({ unit: "point", number: "5" });
  });

  it("adds a point 5-1 with its new text", () => {
    const [a] = at(5);
    expect(a!.kind).toBe("add-unit");
    expect(a!.newUnit).toMatchObject({ unit: "point", numbers: ["5-1"] });
    expect(a!.body).toEqual({ from: 6, to: 6 });
  });

  it("fills in the enclosing point of «в пункте 7:» and reads an inline new text", () => {
    const [a] = at(8);
    expect(a!.kind).toBe("restate");
    expect(a!.target).toMatchObject({ point: "7", subpoint: "2", unit: "subpoint" });
    const p = doc.paragraphs[8]!;
    expect(p.text.slice(a!.body!.inline!.start, a!.body!.inline!.end)).toBe(lang === "ru" ? "«2) копия устава;»" : "«2) жарғының көшірмесі;»");
    const [b] = at(9);
    expect(b!.kind).toBe("add-unit");
    expect(b!.newUnit).toMatchObject({ unit: "subpoint", numbers: ["4-1"] });
    expect(b!.target.point).toBe("7");
  });

  it("reads word replacements and exclusions with their words", () => {
    const [r, x] = at(11);
    expect(r!.kind).toBe("replace-words");
    expect(r!.target).toMatchObject({ point: "9" });
    expect(r!.words).toEqual(lang === "ru" ? { old: "десяти рабочих дней", new: "пяти рабочих дней" } : { old: "он жұмыс күні", new: "бес жұмыс күні" });
    expect(x!.kind).toBe("exclude-words");
    expect(x!.target.point).toBe("9");
    const [w] = at(12);
    expect(w!.kind).toBe("add-words");
    expect(w!.target.point).toBe("10");
  });

  it("knows an indent is not a whole point", () => {
    const [a] = at(13);
    expect(a!.kind).toBe("restate");
    expect(a!.target).toMatchObject({ point: "11", unit: "indent" });
  });

  it("excludes a point", () => {
    const [a] = at(15);
    expect(a!.kind).toBe("exclude");
    expect(a!.target).toMatchObject({ point: "12", unit: "point" });
  });

  it("reads a repeal list and a repeal of one act outside the block", () => {
    const [a] = at(16);
    expect(a!.kind).toBe("repeal");
    expect(a!.items).toEqual([17, 18]);
    expect(a!.block).toBe(-1);
    const [b] = at(19);
    expect(b!.kind).toBe(lang === "ru" ? "cancel" : "repeal");
    expect(b!.target.act).toMatchObject({ isoDate: "2025-12-01", number: "300" });
  });
});

describe("amendment parser details", () => {
  it("does not read formulas inside quoted words", () => {
    const { amendments } = parse("в пункте 3 слова «изложить в следующей редакции» заменить словами «изложить»;");
    expect(amendments.map((a) => a.kind)).toEqual(["replace-words"]);
  });

  it("reads a target chain subpoint-point-article (ru) and its Kazakh form", () => {
    const ru = parse("подпункт 3) пункта 2 статьи 5 изложить в следующей редакции:\n«3) иные сведения;»;").amendments[0]!;
    expect(ru.target).toMatchObject({ article: "5", point: "2", subpoint: "3", unit: "subpoint" });
    const kk = parse("5-баптың 2-тармағының 3) тармақшасы мынадай редакцияда жазылсын:\n«3) өзге де мәліметтер;»;").amendments[0]!;
    expect(kk.target).toMatchObject({ article: "5", point: "2", subpoint: "3", unit: "subpoint" });
    expect(kk.body).toEqual({ from: 1, to: 1 });
  });

  it("keeps the article of «в статье 5:» for a new point", () => {
    const { amendments } = parse("в статье 5:\nдополнить пунктом 3-1 следующего содержания:\n«3-1. Текст.»;");
    expect(amendments[0]!.target.article).toBe("5");
    expect(amendments[0]!.newUnit).toMatchObject({ unit: "point", numbers: ["3-1"] });
    const kk = parse("5-бапта:\nмынадай мазмұндағы 3-1-тармақпен толықтырылсын:\n«3-1. Мәтін.»;").amendments[0]!;
    expect(kk.target.article).toBe("5");
    expect(kk.newUnit).toMatchObject({ unit: "point", numbers: ["3-1"] });
  });

  it("reads an ordinal before the unit word as a unit smaller than a point", () => {
    const a = parse("первое предложение пункта 2 статьи 5 изложить в следующей редакции: «Текст.»;").amendments[0]!;
    expect(a.target).toMatchObject({ article: "5", point: "2", unit: "sentence" });
  });

  it("keeps the block across «5-бап мынадай редакцияда жазылсын:», which the structure parser reads as an article", () => {
    const { blocks, amendments } = parse(
      [
        "1. «Тұрғын үй қатынастары туралы» 1997 жылғы 16 сәуірдегі Қазақстан Республикасының Заңына мынадай өзгерістер енгізілсін:",
        "5-бап мынадай редакцияда жазылсын:",
        "«5-бап. Тәртіп",
        "Тұрғын үй заңнамада белгіленген тәртіппен беріледі.»;",
        "6-бап алып тасталсын.",
      ].join("\n"),
    );
    expect(blocks[0]!.act).toMatchObject({ form: "заң", isoDate: "1997-04-16" });
    expect(amendments.map((a) => [a.kind, a.target.article, a.block])).toEqual([
      ["restate", "5", 0],
      ["exclude", "6", 0],
    ]);
    expect(amendments[0]!.body).toEqual({ from: 2, to: 3 });
  });

  it("reads «дополнить пунктами 5-1 и 5-2» and «5-1 және 5-2-тармақтармен» as two new points", () => {
    expect(parse("дополнить пунктами 5-1 и 5-2 следующего содержания:\n«5-1. А.\n5-2. Б.»;").amendments[0]!.newUnit).toMatchObject({ unit: "point", numbers: ["5-1", "5-2"] });
    expect(parse("мынадай мазмұндағы 5-1 және 5-2-тармақтармен толықтырылсын:\n«5-1. А.\n5-2. Б.»;").amendments[0]!.newUnit).toMatchObject({ unit: "point", numbers: ["5-1", "5-2"] });
  });

  it("reads act references in both languages", () => {
    expect(parseActRef("приказ от 13.08.2014 № 508", "приказ от 13.08.2014 № 508")).toMatchObject({ form: "приказ", isoDate: "2014-08-13", number: "508" });
    const kk = "Қазақстан Республикасы Үкіметінің 2016 жылғы 29 желтоқсандағы № 907 қаулысы";
    expect(parseActRef(kk, kk.toLowerCase())).toMatchObject({ form: "қаулы", isoDate: "2016-12-29", number: "907" });
    const may = "решение от 5 мая 2020 года № 1";
    expect(parseActRef(may, may)!.isoDate).toBe("2020-05-05");
  });

  it("finds nested quotations", () => {
    expect(quotedRanges("слова «приказ «О б»» и «в»")).toEqual([
      { start: 6, end: 20 },
      { start: 23, end: 26 },
    ]);
  });
});
