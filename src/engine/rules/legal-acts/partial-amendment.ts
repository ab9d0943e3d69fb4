import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/**
 * Word-level amendment formulas (the quote is the formula itself, after the quoted words):
 * «слова «…» заменить словами «…»», «после слов «…» дополнить словами «…»», «слова «…» исключить»;
 * «… деген сөздер … деген сөздермен ауыстырылсын», «… деген сөздерден кейін … деген сөздермен толықтырылсын»,
 * «… деген сөздер алып тасталсын».
 */
const RU_FORMULA = /(?<![\p{L}])(?:заменить\s+(?:словами|словом|цифрами|цифрой|числом)|дополнить\s+(?:словами|словом|цифрами|предложением|предложениями))(?![\p{L}])/gu;
const RU_EXCLUDE = /(?<=слов\p{L}*\s+"[^"]{1,300}"\s*)исключить(?![\p{L}])/gu;
const KK_FORMULA = /(?<=деген\s+)(?:сөздермен|сөзбен|цифрлармен|цифрларымен|цифрымен|санымен|сөйлеммен|сөйлемдермен)\s+(?:ауыстырылсын|толықтырылсын)(?![\p{L}])/gu;
const KK_EXCLUDE = /(?<=деген\s+)(?:сөздер|сөз|цифрлар|цифр)\s+алып\s+тасталсын(?![\p{L}])/gu;

/** Replacements «по всему тексту» cannot be done by restating one unit; they are the accepted form. */
const WHOLE_TEXT = /по\s+всему\s+тексту|бүкіл\s+мәтін\s+бойынша|мәтіннің\s+бүкіл\s+бойында/u;

export default defineRule({
  id: "LA-PARTIAL-AMENDMENT",
  pack: "legal-acts",
  brief: ["L-15"],
  severity: "warning",
  actTypes: ["government-resolution", "ministerial-order", "agency-order", "maslikhat-decision", "akimat-resolution", "akim-decision"],
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "26", paragraph: "6" },
  messages: {
    ru: {
      title: "Изменение отдельных слов вместо новой редакции: «{quote}»",
      message: "«{quote}»: изменение вносится в отдельные слова; структурный элемент подзаконного акта излагается в новой редакции.",
      explanation:
        "При внесении изменений и (или) дополнений в структурный элемент нормативного правового акта такой элемент излагается в новой редакции (Закон «О правовых актах», п. 6 ст. 26). Исключение сделано только для проектов законов и указов Президента. Замена отдельных слов затрудняет чтение и проверку акта. Рекомендуется изложить пункт (подпункт) целиком: «пункт 5 изложить в следующей редакции: «…»». Замены «по всему тексту» не отмечаются.",
    },
    kk: {
      title: "Жаңа редакцияның орнына жекелеген сөздерді өзгерту: «{quote}»",
      message: "«{quote}»: өзгеріс жекелеген сөздерге енгізіледі; заңға тәуелді актінің құрылымдық элементі жаңа редакцияда жазылады.",
      explanation:
        "Нормативтік құқықтық актінің құрылымдық элементіне өзгерістер және (немесе) толықтырулар енгізілген кезде мұндай элемент жаңа редакцияда жазылады («Құқықтық актілер туралы» Заңның 26-бабының 6-тармағы). Ерекшелік тек заң жобалары мен Президент жарлықтарының жобаларына жасалған. Жекелеген сөздерді ауыстыру актіні оқуды және тексеруді қиындатады. Тармақты (тармақшаны) толық жазу ұсынылады: «5-тармақ мынадай редакцияда жазылсын: «…»». «Бүкіл мәтін бойынша» ауыстырулар белгіленбейді.",
    },
    en: {
      title: "Word-level amendment instead of restatement: «{quote}»",
      message: "«{quote}» amends individual words; a unit of a subordinate act is restated in full.",
      explanation:
        "When a structural unit of a normative legal act is amended, the unit is restated in a new wording (Law \"On Legal Acts\" art. 26(6)); only draft laws and presidential decrees are exempt. Replacing single words makes the act harder to read and check. Restate the point (subpoint) in full: «point 5 shall read as follows: «…»». Replacements «throughout the text» are not flagged.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.operative()) {
      if (WHOLE_TEXT.test(p.folded)) continue;
      const res = p.language === "kk" ? [KK_FORMULA, KK_EXCLUDE] : [RU_FORMULA, RU_EXCLUDE];
      for (const re of res) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(p.folded)) !== null) {
          spans.push({ para: positionOf(ctx, p), start: m.index, end: m.index + m[0].length });
        }
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "1) в пункте 5 слова «в течение десяти рабочих дней» заменить словами «в течение пяти рабочих дней»;",
        quote: "заменить словами",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "2) в пункте 3 слова «и иные документы» исключить;",
        quote: "исключить",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "1) 5-тармақтағы «он жұмыс күні ішінде» деген сөздер «бес жұмыс күні ішінде» деген сөздермен ауыстырылсын;",
        quote: "сөздермен ауыстырылсын",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "2) 3-тармақтағы «және өзге де құжаттар» деген сөздер алып тасталсын;",
        quote: "сөздер алып тасталсын",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "1) пункт 5 изложить в следующей редакции:\n«5. Заявление рассматривается в течение пяти рабочих дней.»;",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "2) по всему тексту слова «Министерство сельского хозяйства» заменить словами «Министерство водных ресурсов»;",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "1) 5-тармақ мынадай редакцияда жазылсын:\n«5. Өтініш бес жұмыс күні ішінде қаралады.»;",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "2) бүкіл мәтін бойынша «Ауыл шаруашылығы министрлігі» деген сөздер «Су ресурстары министрлігі» деген сөздермен ауыстырылсын;",
      },
    ],
  },
});
