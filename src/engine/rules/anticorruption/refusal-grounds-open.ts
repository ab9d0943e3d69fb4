import { around, phrases, scanContent, sentenceOf } from "../helpers";
import type { ParsedParagraph } from "../../document/model";
import { defineRule } from "../types";

/** Open-ended grounds: «в иных случаях», «по иным основаниям», «при наличии оснований», «өзге де жағдайларда». */
const OPEN_GROUNDS = phrases(
  [
    "в иных случаях",
    "в других случаях",
    "и других случаях",
    "и иных случаях",
    "по иным основаниям",
    "по другим основаниям",
    "иным основаниям",
    "иные основания",
    "другие основания",
    "при наличии оснований",
    "при наличии к тому оснований",
    "при наличии иных оснований",
    "в случае несоответствия",
    "при несоответствии",
  ],
  [
    "өзге де жағдайларда",
    "басқа да жағдайларда",
    "өзге жағдайларда",
    "өзге негіздер бойынша",
    "өзге де негіздер",
    "басқа да негіздер",
    "өзге де негіздер бойынша",
    "басқа да негіздер бойынша",
    "негіздер болған кезде",
    "негіздер болған жағдайда",
    "негіздер болса",
    "сәйкес келмеген жағдайда",
    "сәйкес келмеген кезде",
  ],
);

/** A refusal or another adverse decision on the person. */
const REFUSAL = /отказ\p{L}*|отклон\p{L}*|возвра\p{L}*\s+(?:заявлени|заявк|документ|без\s+рассмотрени|заявител|услугополучател)\p{L}*|(?:заявлени|заявк|документ)\p{L}*\s+возвраща|приостанов\p{L}*|аннулир\p{L}*|отозва\p{L}*|лишени\p{L}*|исключ\p{L}*\s+из|снят\p{L}*\s+с\s+(?:учет|регистрац)|бас\s+тарт\p{L}*|кері\s+қайтар\p{L}*|қайтарыл\p{L}*|тоқтата\s+тұр\p{L}*|күшін\s+жою\p{L}*|кері\s+қайтарып\s+алу\p{L}*|тізімнен\s+шығар\p{L}*|есептен\s+шығар\p{L}*/u;

/** The grounds are closed by reference to a law or a listed point. */
const CLOSED_AFTER = /^,?\s*(?:прямо\s+)?(?:предусмотренн|установленн|указанн|перечисленн|определенн|названн)\p{L}*|^,?\s*(?:указанн|перечисленн)\p{L}*\s+в/u;
const CLOSED_BEFORE = /(?:көзделген|белгіленген|көрсетілген|санамаланған|айқындалған|тізбесіне)\s*$/u;

/**
 * …but grounds «предусмотренные решением уполномоченного органа» / «уәкілетті органның шешімінде көзделген» are
 * left to the body's own later decision: still open.
 */
const OWN_DECISION_AFTER =
  /^,?\s*(?:предусмотренн|установленн|определенн|определяем|устанавливаем|принят|утвержденн|утверждаем)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:решени|усмотрени|внутренн|распоряжени|приказ\p{L}*\s+(?:руководител|начальник)|уполномоченн\p{L}*\s+орган|руководител|комисси|услугодател|должностн)/u;
const OWN_DECISION_BEFORE =
  /(?:(?:шешім|қалау|өкім|ішкі\s+құжат|басшы\p{L}*\s+бұйрығ)\p{L}*\s+(?:\p{L}+\s+)?(?:көзделген|белгіленген|айқындалған|айқындайтын|белгілейтін)|(?:уәкілетті\s+орган|басшы|комиссия|көрсетілетін\s+қызметті\s+беруші|лауазымды\s+адам)\p{L}*\s+(?:айқындаған|белгілеген|айқындайтын|белгілейтін|бекіткен))\s*$/u;

/** A subpoint «3) …» of a list whose lead-in («Основаниями для отказа являются:») carries the refusal. */
const SUBPOINT = /^\s*«?\s*\d+(?:-\d+)?\)/u;

/** «в случае несоответствия» is defined when it names what must match: «требованиям, установленным пунктом 5». */
const DEFINED_MISMATCH = /^\s*(?:\p{L}+\s+){0,4}(?:требованиям|условиям|критериям|документ\p{L}*)[,\s]+(?:\p{L}+\s+){0,2}(?:установленн|предусмотренн|указанн|определенн|перечисленн|предъявляем)\p{L}*|^\s*(?:\p{L}+\s+){0,4}(?:пункт|подпункт|стать)\p{L}*\s+\d/u;
const DEFINED_MISMATCH_KK = /(?:тармағ|тармақшас|баб)\p{L}*\s+(?:көзделген|белгіленген|көрсетілген)\s+(?:\p{L}+\s+){0,2}(?:талаптар|шарттар|өлшемшарттар)\p{L}*\s+$/u;

export default defineRule({
  id: "AC-REFUSAL-GROUNDS-OPEN",
  pack: "anticorruption",
  brief: ["AC-04"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "30", paragraph: "6" },
  messages: {
    ru: {
      title: "Неисчерпывающие основания отказа: «{quote}»",
      message: "Основания отказа или иного неблагоприятного решения оставлены открытыми («{quote}»); требует экспертной проверки.",
      explanation:
        "Неисчерпывающий перечень оснований для отказа, приостановления или отзыва — коррупциогенный фактор: должностное лицо может отказать по основаниям, которые акт не называет. Такие нормы выявляются антикоррупционной экспертизой (Закон «О правовых актах», п. 6 ст. 30). Рекомендуется привести исчерпывающий перечень оснований либо сослаться на конкретный пункт акта или закона («по основаниям, предусмотренным пунктом 9 настоящих Правил»).",
    },
    kk: {
      title: "Бас тартудың толық емес негіздері: «{quote}»",
      message: "Бас тартудың немесе өзге де қолайсыз шешімнің негіздері ашық қалдырылған («{quote}»); сараптамалық тексеруді қажет етеді.",
      explanation:
        "Бас тартуға, тоқтата тұруға немесе кері қайтарып алуға арналған негіздердің толық емес тізбесі — сыбайлас жемқорлық тәуекелінің факторы: лауазымды адам актіде аталмаған негіздер бойынша бас тарта алады. Мұндай нормалар сыбайлас жемқорлыққа қарсы сараптамада анықталады («Құқықтық актілер туралы» Заңның 30-бабының 6-тармағы). Негіздердің толық тізбесін келтіру немесе актінің не заңның нақты тармағына сілтеме жасау ұсынылады («осы Қағидалардың 9-тармағында көзделген негіздер бойынша»).",
    },
    en: {
      title: "Non-exhaustive refusal grounds: «{quote}»",
      message: "The grounds for a refusal or other adverse decision are left open («{quote}»); requires expert review.",
      explanation:
        "A non-exhaustive list of grounds for refusal, suspension or revocation is a corruption-risk factor: an official may refuse on grounds the act does not name. Anti-corruption expertise looks for such norms (Law \"On Legal Acts\" art. 30(6)). List the grounds exhaustively or refer to a specific point of the act or law («on the grounds in point 9 of these Rules»).",
    },
  },
  detect(ctx) {
    const content = ctx.content();
    /** The lead-in of the list the match sits in: the paragraph's text up to the match when it has «:», or the paragraph before a run of subpoints. */
    const leadIn = (p: ParsedParagraph, at: number): string => {
      const head = p.folded.slice(0, at);
      if (head.includes(":")) return head;
      if (!SUBPOINT.test(p.folded)) return "";
      const i = content.indexOf(p);
      for (let j = i - 1; j >= 0 && j >= i - 20; j--) {
        const q = content[j]!;
        if (SUBPOINT.test(q.folded)) continue;
        return /:\s*$/u.test(q.folded) ? q.folded : "";
      }
      return "";
    };
    return scanContent(ctx, OPEN_GROUNDS, (p, m) => {
      const s = sentenceOf(p, m);
      if (!REFUSAL.test(s) && !REFUSAL.test(leadIn(p, m.start))) return false;
      const { before, after } = around(p, m, 80);
      if (p.language === "ru" && CLOSED_AFTER.test(after) && !OWN_DECISION_AFTER.test(after)) return false;
      if (p.language === "kk" && CLOSED_BEFORE.test(before) && !OWN_DECISION_BEFORE.test(before)) return false;
      const word = p.folded.slice(m.start, m.end);
      if (/несоответстви/u.test(word) && DEFINED_MISMATCH.test(after)) return false;
      if (/сәйкес келмеген/u.test(word) && DEFINED_MISMATCH_KK.test(before)) return false;
      // «в иных случаях» as the «otherwise» branch of a closed list: «… отказывает по основаниям пункта 9, в иных случаях выдает».
      if (/^[,\s]*(?:выда|принима|предоставля|регистрир|удовлетвор|береді|қабылдайды|ұсынады|тіркейді)/u.test(after)) return false;
      return true;
    });
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "12. Услугодатель отказывает в выдаче разрешения в случае представления неполного пакета документов, а также в иных случаях.",
        quote: "в иных случаях",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "8. При наличии оснований комиссия принимает решение об отказе в предоставлении субсидии.",
        quote: "При наличии оснований",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "12. Көрсетілетін қызметті беруші құжаттар топтамасы толық ұсынылмаған жағдайда, сондай-ақ өзге де жағдайларда рұқсат беруден бас тартады.",
        quote: "өзге де жағдайларда",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "8. Негіздер болған кезде комиссия субсидия беруден бас тарту туралы шешім қабылдайды.",
        quote: "Негіздер болған кезде",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "7. Основаниями для отказа в регистрации участника ярмарки являются:\n1) представление неполного пакета документов;\n2) иные основания, определяемые приказом руководителя управления.",
        quote: "иные основания",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "7. Жәрмеңке қатысушысын тіркеуден бас тарту үшін мыналар негіз болып табылады:\n1) құжаттар топтамасының толық ұсынылмауы;\n2) басқарма басшысының бұйрығында көзделген өзге де негіздер.",
        quote: "өзге де негіздер",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "12. Услугодатель отказывает в выдаче разрешения в иных случаях, предусмотренных законами Республики Казахстан.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "8. В случае несоответствия заявки требованиям, установленным пунктом 5 настоящих Правил, комиссия отказывает в предоставлении субсидии.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "12. Көрсетілетін қызметті беруші Қазақстан Республикасының заңдарында көзделген өзге де жағдайларда рұқсат беруден бас тартады.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "8. Өтінім осы Қағидалардың 5-тармағында белгіленген талаптарға сәйкес келмеген жағдайда комиссия субсидия беруден бас тартады.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "9. Основаниями для отказа в выдаче лицензии являются:\n1) непредставление документов, указанных в пункте 5 настоящих Правил;\n2) иные основания, предусмотренные Законом Республики Казахстан «О разрешениях и уведомлениях».",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "9. Лицензия беруден бас тарту үшін мыналар негіз болып табылады:\n1) осы Қағидалардың 5-тармағында көрсетілген құжаттардың ұсынылмауы;\n2) «Рұқсаттар және хабарламалар туралы» Қазақстан Республикасының Заңында көзделген өзге де негіздер.",
      },
    ],
  },
});
