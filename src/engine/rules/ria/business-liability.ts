import { findAll, phraseRegex } from "../../document/match";
import { sentenceBounds } from "../helpers";
import { defineRule, type RuleSpan } from "../types";
import { businessInSentence, findRiaMention, riaParagraphs } from "./common";

const LIABILITY = {
  ru: phraseRegex(["штраф*", "ответственност* субъектов предпринимательства", "приостановлени* деятельности", "лишени* лицензии"]),
  kk: phraseRegex(["айыппұл*", "кәсіпкерлік субъектілерінің жауаптылығ*", "қызметін тоқтата тұру*", "лицензиядан айыру*"]),
};

/** Where the act only refers to liability set elsewhere («влечет ответственность, установленную законами»). */
const REFERENCE_ONLY = /установленн\p{L}* (законами|законодательств)|предусмотренн\p{L}* (законами|законодательств)|заңдарында (белгіленген|көзделген)|заңнамасында (белгіленген|көзделген)/u;

export default defineRule({
  id: "RIA-BUSINESS-LIABILITY",
  pack: "ria",
  brief: ["R-04"],
  severity: "warning",
  actTypes: ["code", "law", "amendment-law", "constitutional-law"],
  languages: ["ru", "kk"],
  citation: { act: "entrepreneurial-code", article: "82", paragraph: "5" },
  messages: {
    ru: {
      title: "Ответственность бизнеса: «{quote}»",
      message: "Проект устанавливает или ужесточает ответственность субъектов предпринимательства («{quote}»); в нем нет ссылки на анализ регуляторного воздействия.",
      explanation:
        "Введение или ужесточение административной или уголовной ответственности субъектов предпринимательства требует в рамках АРВ обосновать, что меры ответственности не носят карательного характера, соразмерны между собой и что конкретно определены требования, за нарушение которых они наступают (Предпринимательский кодекс, п. 5 ст. 82). Нормы, устанавливающие ответственность, вводятся в действие не ранее чем через шестьдесят календарных дней после опубликования (Закон «О правовых актах», п. 5 ст. 42). Рекомендуется приложить результаты АРВ; требует экспертной проверки.",
    },
    kk: {
      title: "Бизнестің жауаптылығы: «{quote}»",
      message: "Жоба кәсіпкерлік субъектілерінің жауаптылығын белгілейді немесе күшейтеді («{quote}»); онда реттеушілік әсерді талдауға сілтеме жоқ.",
      explanation:
        "Кәсіпкерлік субъектілерінің әкімшілік немесе қылмыстық жауаптылығын енгізу не күшейту РӘТ шеңберінде жауаптылық шараларының жазалаушы сипатта болмауын, олардың өзара мөлшерлестігін және бұзылғаны үшін жауаптылық туындайтын талаптардың нақты айқындалуын негіздеуді талап етеді (Кәсіпкерлік кодекстің 82-бабының 5-тармағы). Жауаптылықты белгілейтін нормалар ресми жарияланғаннан кейін күнтізбелік алпыс күннен ерте емес қолданысқа енгізіледі («Құқықтық актілер туралы» Заңның 42-бабының 5-тармағы). РӘТ нәтижелерін қоса беру ұсынылады; сараптамалық тексеруді қажет етеді.",
    },
    en: {
      title: "Liability of businesses: «{quote}»",
      message: "The draft introduces or toughens liability of businesses («{quote}») without referring to a regulatory impact analysis.",
      explanation:
        "Introducing or toughening administrative or criminal liability of businesses requires the RIA to show that the measures are not punitive, are proportionate to one another, and that the requirements whose breach is punished are stated concretely (Entrepreneurial Code art. 82(5)). Norms establishing liability come into effect no earlier than sixty calendar days after publication (Law \"On Legal Acts\" art. 42(5)). Attach the RIA results; requires expert review.",
    },
  },
  detect(ctx) {
    if (findRiaMention(ctx.doc)) return [];
    const spans: RuleSpan[] = [];
    for (const p of riaParagraphs(ctx.doc)) {
      const para = ctx.doc.paragraphs.indexOf(p);
      let lastSentence = -1;
      for (const m of findAll(LIABILITY[p.language], p.text, p.folded)) {
        const b = sentenceBounds(p, m.start);
        if (b.start === lastSentence) continue; // one finding per sentence
        const end = Math.max(b.end, m.end);
        const sentence = p.folded.slice(b.start, end);
        if (REFERENCE_ONLY.test(sentence)) continue;
        if (!businessInSentence(p, b.start, end)) continue;
        lastSentence = b.start;
        spans.push({ para, start: m.start, end: m.end });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "amendment-law",
        text: "1. Нарушение правил хранения зерна – влечет штраф на субъектов малого предпринимательства в размере тридцати, на субъектов крупного предпринимательства – в размере ста месячных расчетных показателей.",
        quote: "штраф",
      },
      {
        lang: "ru",
        actType: "law",
        text: "3. Неисполнение юридическими лицами обязанности, предусмотренной пунктом 2 настоящей статьи, является основанием для приостановления деятельности на срок до трех месяцев.",
        quote: "приостановления деятельности",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: "1. Астықты сақтау қағидаларын бұзу – шағын кәсіпкерлік субъектілеріне – отыз, ірі кәсіпкерлік субъектілеріне – жүз айлық есептік көрсеткіш мөлшерінде айыппұл салуға әкеп соғады.",
        quote: "айыппұл",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3. Заңды тұлғалардың осы баптың 2-тармағында көзделген міндетті орындамауы олардың қызметін тоқтата тұруға негіз болып табылады.",
        quote: "қызметін тоқтата тұруға",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "law",
        text: "4. Нарушение законодательства Республики Казахстан о зерне влечет ответственность, установленную законами Республики Казахстан.",
      },
      {
        lang: "ru",
        actType: "amendment-law",
        text: "1. Нарушение правил благоустройства – влечет штраф на физических лиц в размере пяти месячных расчетных показателей.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "4. Қазақстан Республикасының астық туралы заңнамасын бұзу Қазақстан Республикасының заңдарында белгіленген жауаптылыққа әкеп соғады.",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: "1. Абаттандыру қағидаларын бұзу – жеке тұлғаларға бес айлық есептік көрсеткіш мөлшерінде айыппұл салуға әкеп соғады.",
      },
    ],
  },
});
