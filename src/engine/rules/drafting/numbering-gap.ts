import { numberParts, type StructureUnit } from "../../document/structure";
import { defineRule, type RuleSpan } from "../types";

/**
 * Numbering runs continuously within a parent (ZPA 23(4)–(5)): sections, chapters and articles through the
 * whole act (or annex); points within an article (or through the act when it has no articles); subpoints
 * within their point. Insertions repeat the preceding number (3-1, 3-2 after 3; ZPA 26(7)).
 */
function groupKey(u: StructureUnit): string {
  const a = u.address;
  switch (u.kind) {
    case "section":
    case "chapter":
    case "article":
      return `${u.kind}|${a.part}`;
    case "point":
      return `point|${a.part}|${a.article ?? ""}`;
    case "subpoint":
      return `subpoint|${a.part}|${a.article ?? ""}|${a.point ?? ""}`;
  }
}

/** What may follow `prev`: the next whole number, or the next insertion number after it. */
function expectedAfter(prev: number[]): string[] {
  const base = prev[0]!;
  const ins = prev[1] ?? 0;
  return [String(base + 1), `${base}-${ins + 1}`];
}

/** Is `n` past the expected continuation of `prev` (a gap), as opposed to a continuation or a restart? */
function isGap(prev: number[], n: number[]): boolean {
  const [pb, pi = 0] = prev;
  const [nb, ni = 0] = n;
  if (nb! > pb! + 1) return true;
  if (nb === pb! + 1) return ni > 0; // «5-1» right after «3» leaves out «4»
  if (nb === pb) return ni > pi + 1; // «3-3» right after «3-1»
  return false;
}

/** A row of a flattened table («1.\t|\t…») or a column layout: not a unit of the act. */
const TABLE_ROW = /\t\|\t|\s\|\s|\S[ \u00a0\t]{4,}\S/u;
/** Text inserted into another act follows these formulas; its numbering is that act's, not this one's. */
const INSERTION = /(?:следующего\s+содержания|следующей\s+редакции|следующие\s+изменени\p{L}*(?:\s+и\s+дополнени\p{L}*)?|редакцияда\s+жазылсын|толықтырылсын|өзгерістер(?:\s+мен\s+толықтырулар)?\s+енгізілсін)\s*:\s*$/u;

const ENDS_WITH_PUNCTUATION = /[.;:,]\s*$/u;
/**
 * An amendment instruction that opens with the number of the amended unit («204-бап мынадай мазмұндағы 4-бөлікпен
 * толықтырылсын:», «Статья 204 дополнить частью 4») is not a heading of this act: a real heading has a full stop after
 * its number («1-бап.», «Статья 1.»).
 */
const AMEND_VERB = /(?<![\p{L}])(?:изложить|дополнить|исключить|заменить|толықтырылсын|жазылсын|алып\s+тасталсын|ауыстырылсын|енгізілсін)(?![\p{L}])/u;
const HEADING_NUMBER = /^\s*(?:(?:статья|глава|раздел|параграф)\s+\d[\d-]*\s*\.|\d[\d-]*-(?:бап|тарау|бөлім|параграф)\s*\.)/u;

export default defineRule({
  id: "DRAFT-NUMBERING-GAP",
  pack: "drafting",
  brief: ["L-09"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "23", paragraph: "4" },
  messages: {
    ru: {
      title: "Пропуск в нумерации: «{quote}»",
      message: "После номера «{previous}» идёт «{quote}»; ожидался номер {expected} (или {insertion} для вставки).",
      explanation:
        "Пункты, статьи, главы и разделы нумеруются арабскими цифрами; нумерация статей, глав и разделов сквозная, пункты и подпункты нумеруются в пределах статьи (пункта) (Закон «О правовых актах», пп. 4–5 ст. 23). Новые элементы включаются под дополнительными номерами, дублирующими номер предыдущего (3-1 после 3, п. 7 ст. 26), а номера исключённых элементов сохраняются (п. 6 ст. 27). Пропуск номера обычно означает потерянный или удалённый элемент и ломает ссылки. Проверьте нумерацию.",
    },
    kk: {
      title: "Нөмірлеудегі олқылық: «{quote}»",
      message: "«{previous}» нөмірінен кейін «{quote}» келеді; {expected} нөмірі (немесе енгізу үшін {insertion}) күтілген еді.",
      explanation:
        "Тармақтар, баптар, тараулар және бөлімдер араб цифрларымен нөмірленеді; баптардың, тараулардың және бөлімдердің нөмірленуі өспелі, тармақтар мен тармақшалар бап (тармақ) шегінде нөмірленеді («Құқықтық актілер туралы» Заңның 23-бабының 4–5-тармақтары). Жаңа элементтер алдыңғы элементтің нөмірін қайталайтын қосымша нөмірлермен енгізіледі (3-тен кейін 3-1, 26-баптың 7-тармағы), ал алып тасталған элементтердің нөмірлері сақталады (27-баптың 6-тармағы). Нөмірдің түсіп қалуы әдетте жоғалған немесе алып тасталған элементті білдіреді және сілтемелерді бұзады. Нөмірлеуді тексеріңіз.",
    },
    en: {
      title: "Gap in numbering: «{quote}»",
      message: "«{quote}» follows «{previous}»; expected {expected} (or {insertion} for an insertion).",
      explanation:
        "Points, articles, chapters and sections are numbered with Arabic numerals; articles, chapters and sections run continuously, points and subpoints within their article (point) (Law \"On Legal Acts\" art. 23(4)–(5)). New units take added numbers repeating the preceding one (3-1 after 3, art. 26(7)), and the numbers of repealed units are kept (art. 27(6)). A missing number usually means a lost or deleted unit and breaks references. Check the numbering.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    const last = new Map<string, StructureUnit>();
    const units = ctx.doc.structure.units;
    let next = 0;
    ctx.doc.paragraphs.forEach((p, i) => {
      while (next < units.length && units[next]!.paragraphIndex < i) next++;
      const u = next < units.length && units[next]!.paragraphIndex === i ? units[next]! : undefined;
      const inserts = !p.quoted && INSERTION.test(p.folded);
      if (!u) {
        if (inserts) last.clear();
        return;
      }
      if (TABLE_ROW.test(p.text)) return;
      if ((u.kind === "article" || u.kind === "chapter" || u.kind === "section") && AMEND_VERB.test(p.folded) && !HEADING_NUMBER.test(p.folded)) {
        // The text it inserts is numbered in the amended act: points and subpoints restart; this act's articles go on.
        for (const k of [...last.keys()]) if (!/^(?:article|chapter|section)\|/u.test(k)) last.delete(k);
        return;
      }
      // A short line without final punctuation («5. Здравоохранение») is a numbered heading or a classifier
      // code: it continues the count but is not itself reported.
      const headingLike = (u.kind === "point" || u.kind === "subpoint") && p.text.trim().length < 80 && !ENDS_WITH_PUNCTUATION.test(p.text);
      const key = groupKey(u);
      const prev = last.get(key);
      if (inserts) last.clear();
      last.set(key, u);
      if (!prev || headingLike) return;
      const pn = numberParts(prev.number);
      const nn = numberParts(u.number);
      if (pn.some(Number.isNaN) || nn.some(Number.isNaN) || !isGap(pn, nn)) return;
      if (p.numberStart === undefined || p.numberEnd === undefined) return;
      const token = p.text.slice(p.numberStart, p.numberEnd).trimEnd();
      const [whole, insertion] = expectedAfter(pn);
      spans.push({
        para: u.paragraphIndex,
        start: p.numberStart,
        end: p.numberStart + token.length,
        data: { previous: prev.number, expected: whole!, insertion: insertion! },
      });
    });
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["1. Заявление подается в электронной форме.", "2. Заявление рассматривается в течение пяти рабочих дней.", "4. Результат направляется заявителю."].join("\n"),
        quote: "4.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["5. К заявлению прилагаются:", "1) копия устава;", "2) справка о регистрации;", "4) план работ."].join("\n"),
        quote: "4)",
      },
      {
        lang: "ru",
        actType: "law",
        text: ["Статья 1. Цель Закона", "Статья 2. Сфера действия", "Статья 4. Заключительные положения"].join("\n"),
        quote: "Статья 4.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["1. Өтініш электрондық нысанда беріледі.", "2. Өтініш бес жұмыс күні ішінде қаралады.", "4. Нәтиже өтініш берушіге жіберіледі."].join("\n"),
        quote: "4.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["5. Өтінішке мыналар қоса беріледі:", "1) жарғының көшірмесі;", "2) тіркеу туралы анықтама;", "4) жұмыс жоспары."].join("\n"),
        quote: "4)",
      },
      {
        lang: "kk",
        actType: "law",
        text: ["1-бап. Заңның мақсаты", "2-бап. Қолданылу аясы", "4-бап. Қорытынды ережелер"].join("\n"),
        quote: "4-бап.",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: [
          "1-бап. Қазақстан Республикасының Су кодексіне мынадай өзгеріс енгізілсін:",
          "58-бап мынадай мазмұндағы 3-тармақпен толықтырылсын:",
          "«3. Су пайдалану құқығы тоқтатылған кезде су объектісі бір ай ішінде босатылады.».",
          "3-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "3-бап.",
      },
      {
        lang: "ru",
        actType: "amendment-law",
        text: [
          "Статья 1. Внести в Водный кодекс Республики Казахстан следующее изменение:",
          "Статья 58 дополнить пунктом 3 следующего содержания:",
          "«3. При прекращении права водопользования водный объект освобождается в течение одного месяца.».",
          "Статья 3. Настоящий Закон вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
        quote: "Статья 3.",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["1. Заявление подается в электронной форме.", "2. Заявление рассматривается в течение пяти рабочих дней.", "2-1. Заявление может быть отозвано.", "3. Результат направляется заявителю."].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["5. К заявлению прилагаются:", "1) копия устава;", "2) справка о регистрации.", "6. Для юридических лиц дополнительно:", "1) решение учредителя."].join("\n"),
      },
      {
        lang: "ru",
        actType: "law",
        text: ["Статья 1. Цель Закона", "1. Настоящий Закон определяет цели.", "Статья 2. Сфера действия", "1. Действие распространяется на всех лиц.", "2. Исключен Законом РК от 01.01.2025 № 1-VIII."].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["1. Өтініш электрондық нысанда беріледі.", "2. Өтініш бес жұмыс күні ішінде қаралады.", "2-1. Өтініш кері қайтарып алынуы мүмкін.", "3. Нәтиже өтініш берушіге жіберіледі."].join("\n"),
      },
      {
        lang: "kk",
        actType: "law",
        text: ["1-бап. Заңның мақсаты", "2-бап. Қолданылу аясы", "2-1-бап. Пилоттық жобалар", "3-бап. Қорытынды ережелер"].join("\n"),
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: [
          "1-бап. Қазақстан Республикасының Су кодексіне мынадай өзгеріс енгізілсін:",
          "58-бап мынадай мазмұндағы 3-тармақпен толықтырылсын:",
          "«3. Су пайдалану құқығы тоқтатылған кезде су объектісі бір ай ішінде босатылады.».",
          "2-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "amendment-law",
        text: [
          "Статья 1. Внести в Водный кодекс Республики Казахстан следующее изменение:",
          "Статья 58 дополнить пунктом 3 следующего содержания:",
          "«3. При прекращении права водопользования водный объект освобождается в течение одного месяца.».",
          "Статья 2. Настоящий Закон вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
      },
    ],
  },
});
