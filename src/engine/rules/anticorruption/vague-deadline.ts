import { phrases, scanContent, sentenceOf } from "../helpers";
import { defineRule } from "../types";
import { BODY, DEADLINE } from "./common";

const VAGUE_TERM = phrases(
  [
    "в разумный срок",
    "в разумные сроки",
    "в разумно короткий срок",
    "в кратчайшие сроки",
    "в кратчайший срок",
    "в максимально короткие сроки",
    "в возможно короткий срок",
    "своевременно",
    "незамедлительно",
    "в кратчайшие сроки",
    "в короткий срок",
    "в оперативном порядке",
  ],
  [
    "ақылға қонымды мерзімде",
    "қысқа мерзімде",
    "ақылға қонымды мерзім ішінде",
    "қысқа мерзімде",
    "барынша қысқа мерзімде",
    "мүмкіндігінше қысқа мерзімде",
    "уақтылы",
    "дереу",
    "жедел тәртіппен",
  ],
);

/** «уақтылы төленуін бақылайды»: «уақтылы» before a verbal noun qualifies someone else's action, not the body's term. */
const KK_BEFORE_VERBAL_NOUN = /^\s+\p{L}+(?:у|уі|уы|уін|уын|уіне|уына|уінің|уының|уде|уда|уге|уға)(?![\p{L}])/u;

/** The operative instruction of an act: an infinitive (ru) or the third-person imperative «-сын/-сін» (kk). */
const INSTRUCTION: Record<"ru" | "kk", RegExp> = {
  ru: /(?<![\p{L}])(?:обеспечить|принять|провести|завершить|осуществить|рассмотреть|внести|организовать|выделить|устранить)(?![\p{L}])/u,
  kk: /(?<![\p{L}])(?:тапсырылсын|аяқталсын|етілсін|қабылдансын|жүргізілсін|өткізілсін|жойылсын|бөлінсін|қамтамасыз\s+етсін|қабылдасын|аяқтасын)(?![\p{L}])/u,
};

export default defineRule({
  id: "AC-VAGUE-DEADLINE",
  pack: "anticorruption",
  brief: ["AC-02"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "30", paragraph: "6" },
  messages: {
    ru: {
      title: "Неопределённый срок: «{quote}»",
      message: "Срок действия органа или должностного лица задан оценочно: «{quote}».",
      explanation:
        "Отсутствие или неопределённость сроков совершения действий органом или должностным лицом — коррупциогенный фактор: заявитель не может понять, когда решение просрочено, и оспорить бездействие. Такие нормы выявляются научной антикоррупционной экспертизой (Закон «О правовых актах», п. 6 ст. 30); текст акта должен иметь чёткий смысл (п. 3 ст. 24). Рекомендуется установить конкретный срок («в течение пяти рабочих дней со дня поступления заявления»). Если в том же предложении срок уже указан, норма не отмечается.",
    },
    kk: {
      title: "Айқын емес мерзім: «{quote}»",
      message: "Органның немесе лауазымды адамның әрекет ету мерзімі бағалау сөзімен берілген: «{quote}».",
      explanation:
        "Орган немесе лауазымды адам әрекеттерінің мерзімінің болмауы немесе айқын болмауы — сыбайлас жемқорлық тәуекелінің факторы: өтініш беруші шешімнің қашан кешіктірілгенін біле алмайды және әрекетсіздікке шағым жасай алмайды. Мұндай нормалар ғылыми сыбайлас жемқорлыққа қарсы сараптамада анықталады («Құқықтық актілер туралы» Заңның 30-бабының 6-тармағы); акт мәтінінің мағынасы анық болуға тиіс (24-баптың 3-тармағы). Нақты мерзім белгілеу ұсынылады («өтініш келіп түскен күннен бастап бес жұмыс күні ішінде»). Сол сөйлемде мерзім көрсетілсе, норма белгіленбейді.",
    },
    en: {
      title: "Vague deadline: «{quote}»",
      message: "The term for a body's or official's action is evaluative: «{quote}».",
      explanation:
        "A missing or vague deadline for a body's or official's action is a corruption-risk factor: the applicant cannot tell when a decision is overdue or challenge inaction. Scientific anti-corruption expertise looks for such norms (Law \"On Legal Acts\" art. 30(6)); the text must have a clear meaning (art. 24(3)). Set a concrete term («within five working days of receipt of the application»). Not flagged when the same sentence already sets a term.",
    },
  },
  detect(ctx) {
    return scanContent(ctx, VAGUE_TERM, (p, m) => {
      const sentence = sentenceOf(p, m);
      // An instruction of the act («акимам … своевременно обеспечить», «шараларды уақтылы қабылдау тапсырылсын»)
      // is addressed to those who execute it: the vague word is their term.
      const instruction = INSTRUCTION[p.language].test(sentence);
      if (!instruction && p.language === "kk" && KK_BEFORE_VERBAL_NOUN.test(p.folded.slice(m.end, m.end + 40))) return false;
      // The actor is a body or an official; a concrete term in the same sentence makes the word harmless.
      return (instruction || BODY[p.language].test(sentence)) && !DEADLINE[p.language].test(sentence);
    });
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "9. Уполномоченный орган рассматривает жалобу в разумный срок и сообщает заявителю о результатах.",
        quote: "в разумный срок",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "6. Отдел образования своевременно информирует родителей о распределении мест.",
        quote: "своевременно",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "9. Уәкілетті орган шағымды ақылға қонымды мерзімде қарайды және өтініш берушіге нәтижесі туралы хабарлайды.",
        quote: "ақылға қонымды мерзімде",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "6. Білім беру бөлімі орындарды бөлу туралы ата-аналарды уақтылы хабардар етеді; бөлім басшысы шешімді қысқа мерзімде бекітеді.",
        quote: "уақтылы",
      },
      {
        lang: "ru",
        actType: "presidential-decree",
        text: "4. Акимам областей, городов республиканского значения и столицы своевременно обеспечить выделение торговых мест ремесленникам.",
        quote: "своевременно",
      },
      {
        lang: "kk",
        actType: "presidential-decree",
        text: "5. Қазақстан Республикасының Үкіметіне осы Жарлықтан туындайтын шараларды уақтылы қабылдау тапсырылсын.",
        quote: "уақтылы",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "presidential-decree",
        text: "4. Акимам областей обеспечить выделение торговых мест ремесленникам своевременно, не позднее 1 марта 2027 года.",
      },
      {
        lang: "kk",
        actType: "presidential-decree",
        text: "5. Қазақстан Республикасының Үкіметіне осы Жарлықтан туындайтын шараларды уақтылы, бір ай ішінде қабылдау тапсырылсын.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "9. Уполномоченный орган рассматривает жалобу в течение пятнадцати рабочих дней со дня ее регистрации.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "10. Услугодатель незамедлительно, но не позднее одного рабочего дня, уведомляет заявителя о приостановлении.",
      },
      { lang: "ru", actType: "maslikhat-decision", text: "11. Арендатор своевременно вносит арендную плату." },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "9. Уәкілетті орган шағымды тіркелген күнінен бастап он бес жұмыс күні ішінде қарайды.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "10. Көрсетілетін қызметті беруші өтініш берушіні бір жұмыс күні ішінде дереу хабардар етеді.",
      },
      { lang: "kk", actType: "ministerial-order", text: "11. Уәкілетті орган салықтардың уақтылы төленуін бақылайды." },
    ],
  },
});
