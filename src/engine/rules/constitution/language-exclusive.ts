import { findAll, wordRegex } from "../../document/match";
import type { Language } from "../../../contract";
import { positionOf, sentenceOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/**
 * One language made exclusive («только на казахском языке», «тек мемлекеттік тілде»), or persons obliged to
 * communicate in a given language. Art. 9(2) of the 2026 Constitution: Russian is used officially alongside
 * Kazakh in state organisations; art. 22(2): everyone chooses the language of communication and education.
 */
const EXCLUSIVE: Record<Language, RegExp> = {
  ru: wordRegex(
    "(?<!не\\s)(?:только|исключительно|лишь)\\s+на\\s+(?:казахском|государственном)\\s+языке|(?:обязан\\p{L}*|должн\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}(?:общаться|разговаривать|обучаться|говорить)\\s+(?:\\p{L}+\\s+){0,3}на\\s+(?:казахском|государственном|русском)\\s+языке",
  ),
  kk: wordRegex(
    "(?<!ғана\\s)тек\\s+(?:қана\\s+)?(?:мемлекеттік\\s+тілде|(?:мемлекеттік|қазақ)\\s+тілінде)|(?:мемлекеттік\\s+тілде|(?:мемлекеттік|қазақ|орыс)\\s+тілінде)\\s+(?:ғана\\s+)?(?:сөйлесуге|қарым-қатынас\\s+жасауға|оқуға|сөйлеуге)\\s+(?:міндетті|тиіс)|(?:мемлекеттік\\s+тілде|(?:мемлекеттік|қазақ)\\s+тілінде)\\s+ғана",
  ),
};

/** Russian or both languages are allowed in the same sentence; or only «не только … но и». */
const BOTH: Record<Language, RegExp> = {
  ru: /русском|русск\p{L}*\s+язык|наряду|языке\s+обращени|(?:казахском|государственном)\s+языке[^.;]*(?:казахском|государственном)\s+языке|не\s+только|двух\s+язык|обоих\s+язык/u,
  kk: /орыс\s+тіл|қатар|өтініш\s+тілінде|(?:мемлекеттік\s+тілде|қазақ\s+тілінде)[^.;]*(?:мемлекеттік\s+тілде|қазақ\s+тілінде)|ғана\s+емес|екі\s+тілде/u,
};

/** Names and toponyms, the Kazakh text of an act, language tests: the state language is set by law there. */
const EXEMPT: Record<Language, RegExp> = {
  ru: /язык\p{L}*\s+обучени|наименовани|названи|ономастик|текст\p{L}*\s+(?:гимн|на\s+казахском)|тестировани\p{L}*\s+по\s+казахск|знани\p{L}*\s+(?:казахск|государственн)\p{L}*\s+язык/u,
  kk: /оқыту\s+тіл|атау|ономастика|әнұран|қазақ\s+тілін\s+білу|мемлекеттік\s+тілді\s+білу/u,
};

export default defineRule({
  id: "CONST-LANGUAGE-EXCLUSIVE",
  pack: "constitution",
  brief: ["C-16"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "9", paragraph: "2" },
  messages: {
    ru: {
      title: "Исключительность одного языка: «{quote}»",
      message: "«{quote}»: норма может исключать официальное употребление русского языка или свободу выбора языка общения; требует экспертной проверки.",
      explanation:
        "Государственный язык — казахский, при этом в государственных организациях и органах местного самоуправления наряду с казахским официально употребляется русский язык (п. 2 ст. 9 Конституции 2026 года). Каждый вправе свободно выбирать язык общения, воспитания, обучения и творчества (п. 2 ст. 22); это право не подлежит ограничению (п. 3 ст. 41). Требование использовать «только» один язык или обязанность общаться на определённом языке создаёт возможное противоречие. Рекомендуется формулировка «на государственном и русском языках» либо ссылка на законодательство о языках.",
    },
    kk: {
      title: "Бір тілдің айрықшалығы: «{quote}»",
      message: "«{quote}»: норма орыс тілінің ресми қолданылуын немесе қарым-қатынас тілін еркін таңдауды жоққа шығаруы мүмкін; сараптамалық тексеруді қажет етеді.",
      explanation:
        "Мемлекеттік тіл — қазақ тілі, бұл ретте мемлекеттік ұйымдарда және жергілікті өзін-өзі басқару органдарында қазақ тілімен қатар орыс тілі ресми түрде қолданылады (2026 жылғы Конституцияның 9-бабының 2-тармағы). Әркім қарым-қатынас, тәрбие, оқу және шығармашылық тілін еркін таңдауға құқылы (22-баптың 2-тармағы); бұл құқық шектелмейді (41-баптың 3-тармағы). «Тек» бір тілді пайдалану талабы немесе белгілі бір тілде сөйлесу міндеті ықтимал қайшылық туғызады. «Мемлекеттік және орыс тілдерінде» деген тұжырымды немесе тіл туралы заңнамаға сілтемені пайдалану ұсынылады.",
    },
    en: {
      title: "One language made exclusive: «{quote}»",
      message: "«{quote}»: the norm may exclude the official use of Russian or the free choice of the language of communication; requires expert review.",
      explanation:
        "Kazakh is the state language, and Russian is used officially alongside Kazakh in state organisations and local self-government (2026 Constitution art. 9(2)). Everyone may freely choose the language of communication, upbringing, education and creativity (art. 22(2)); this right may not be limited (art. 41(3)). A requirement to use «only» one language, or a duty to communicate in a given language, is a possible conflict. Wording such as «in the state and Russian languages», or a reference to the language legislation, is recommended.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      for (const m of findAll(EXCLUSIVE[p.language], p.text, p.folded)) {
        const s = sentenceOf(p, m);
        if (BOTH[p.language].test(s) || EXEMPT[p.language].test(s)) continue;
        spans.push({ para: positionOf(ctx, p), start: m.start, end: m.end });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "4. Ответы на обращения физических и юридических лиц направляются только на казахском языке.",
        quote: "только на казахском языке",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "7. Работники центров обслуживания населения обязаны общаться с посетителями на государственном языке.",
        quote: "обязаны общаться с посетителями на государственном языке",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "4. Жеке және заңды тұлғалардың өтініштеріне жауаптар тек мемлекеттік тілде жіберіледі.",
        quote: "тек мемлекеттік тілде",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "7. Халыққа қызмет көрсету орталықтарының қызметкерлері келушілермен қазақ тілінде сөйлесуге міндетті.",
        quote: "қазақ тілінде сөйлесуге міндетті",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "4. Ответы на обращения направляются на государственном языке или на языке обращения.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "5. Бланк заполняется не только на государственном, но и на русском языке; делопроизводство ведется на государственном языке, наряду с казахским официально употребляется русский язык.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "4. Өтініштерге жауаптар мемлекеттік тілде немесе өтініш берілген тілде жіберіледі.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "5. Елді мекендердің атаулары тек мемлекеттік тілде беріледі және ресми құжаттарда орыс тіліндегі транскрипциясымен қатар көрсетіледі.",
      },
    ],
  },
});
