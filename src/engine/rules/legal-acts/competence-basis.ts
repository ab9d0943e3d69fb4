import { actTypesAtLevels, DERIVED_COMPETENCE_LEVELS } from "../../data/act-hierarchy";
import { defineRule } from "../types";
import { isAmendingAct, operativeFormula, preambleText } from "./common";

/**
 * A subordinate act with derived competence cites the norm that empowers its issuer before the operative formula:
 * «В соответствии с подпунктом 2) пункта 3 статьи 10 Закона …», «… Заңның 10-бабы 3-тармағының 2) тармақшасына
 * сәйкес». Amending and repealing acts are skipped (no preamble there, art. 23(6)).
 */
const RU_BASIS =
  /(?:в\s+соответствии\s+со?|согласно|на\s+основании|во\s+исполнение|руководствуясь|в\s+порядке,?\s+предусмотренном)\s+[^\n]{0,400}?(?:стать\p{L}*|пункт\p{L}*|подпункт\p{L}*|закон\p{L}*|кодекс\p{L}*|указ\p{L}*|положени\p{L}*|постановлени\p{L}*|приказ\p{L}*|правил\p{L}*)/u;
const KK_BASIS =
  /(?:-бап\p{L}*|бап\p{L}*|тармағ\p{L}*|тармақша\p{L}*|заң\p{L}*|кодекс\p{L}*|жарлығ\p{L}*|ереже\p{L}*|қаулы\p{L}*|бұйрығ\p{L}*|қағидалар\p{L}*)[^\n]{0,120}?(?:сәйкес|негізінде|орындау\s+үшін|басшылыққа\s+ала\s+отырып)/u;
const RU_OWN_BASIS = /(?:в\s+соответствии\s+с|согласно)\s+(?:конституци|законодательств)/u;
/**
 * The only "basis" is the regulation on the issuing body itself («В соответствии с Положением о Департаменте …»,
 * «… департаменті туралы ережеге сәйкес») with no norm of a law or a structural unit: the regulation on a body does not
 * itself give the power to adopt normative acts.
 */
const RU_NORM = /стать\p{L}*|пункт\p{L}*|подпункт\p{L}*|закон\p{L}*|кодекс\p{L}*|указ\p{L}*|конституци\p{L}*/u;
const KK_NORM = /(?<![\p{L}])(?:\d+[-–]?)?(?:бап\p{L}*|тармағ\p{L}*|тармақ\p{L}*|заң\p{L}*|кодекс\p{L}*|жарлығ\p{L}*|конституция\p{L}*)/u;
const RU_OWN_REGULATION = /(?:в\s+соответствии\s+с|согласно|на\s+основании)\s+положени\p{L}*\s+об?(?![\p{L}])/u;
const KK_OWN_REGULATION = /туралы\s+ереже\p{L}*\s+(?:сәйкес|негізінде)/u;
/** An amending act normally has no preamble (art. 23(6)); if it has one stating a purpose, the basis is expected there. */
const PURPOSE = /(?<![\p{L}])(?:в\s+целях|с\s+целью|мақсатында|мақсатымен)(?![\p{L}])/u;

export default defineRule({
  id: "LA-COMPETENCE-BASIS",
  pack: "legal-acts",
  brief: ["L-02"],
  severity: "error",
  actTypes: actTypesAtLevels(DERIVED_COMPETENCE_LEVELS.from, DERIVED_COMPETENCE_LEVELS.to),
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "34", paragraph: "3" },
  messages: {
    ru: {
      title: "Не указана норма, наделяющая компетенцией: «{quote}»",
      message: "Перед формулой «{quote}» не приведена норма закона или иного вышестоящего акта, на основании которой принимается акт.",
      explanation:
        "Государственный орган вправе принимать нормативный правовой акт только при наличии компетенции, предоставленной законодательством (Закон «О правовых актах», п. 3 ст. 34). Подзаконные акты министерств, ведомств и местных органов принимаются во исполнение вышестоящих актов, поэтому принято указывать норму, наделяющую компетенцией: «В соответствии с подпунктом … пункта … статьи … Закона …». Без неё нельзя проверить полномочие издающего органа; требует экспертной проверки. Для постановлений Правительства ссылка на норму рекомендуется, когда акт принимается во исполнение закона.",
    },
    kk: {
      title: "Құзырет беретін норма көрсетілмеген: «{quote}»",
      message: "«{quote}» деген тұжырымның алдында акт қабылданатын заңның немесе өзге де жоғары тұрған актінің нормасы келтірілмеген.",
      explanation:
        "Мемлекеттік орган нормативтік құқықтық актіні заңнамада берілген құзыреті болған кезде ғана қабылдай алады («Құқықтық актілер туралы» Заңның 34-бабының 3-тармағы). Министрліктердің, ведомстволардың және жергілікті органдардың заңға тәуелді актілері жоғары тұрған актілерді іске асыру үшін қабылданады, сондықтан құзырет беретін норманы көрсету қабылданған: «… Заңының …-бабы …-тармағының …) тармақшасына сәйкес». Онсыз шығарушы органның өкілеттігін тексеру мүмкін емес; сараптамалық тексеруді қажет етеді. Үкімет қаулылары үшін акт заңды іске асыру үшін қабылданғанда нормаға сілтеме ұсынылады.",
    },
    en: {
      title: "No empowering norm cited: «{quote}»",
      message: "No norm of a law or other higher act that empowers the issuer is cited before the formula «{quote}».",
      explanation:
        "A state body may adopt a normative act only when legislation gives it that competence (Law \"On Legal Acts\" art. 34(3)). Subordinate acts of ministries, agencies and local bodies implement higher acts, so the empowering norm is cited: «In accordance with subparagraph … of paragraph … of article … of the Law …». Without it the issuer's power cannot be checked; requires expert review. For Government resolutions a reference is recommended when the act implements a law.",
    },
  },
  detect(ctx) {
    const f = operativeFormula(ctx);
    if (!f) return [];
    const pre = preambleText(ctx, f);
    const kk = f.p.language === "kk";
    const ownPre = f.p.folded.slice(0, f.start);
    const amending = isAmendingAct(ctx);
    // An amending act without a preamble is normal; with a purpose preamble and no empowering norm it is reported.
    if (amending && !PURPOSE.test(ownPre)) return [];
    const onlyOwnRegulation = (kk ? KK_OWN_REGULATION : RU_OWN_REGULATION).test(pre) && !(kk ? KK_NORM : RU_NORM).test(pre.replace(kk ? KK_OWN_REGULATION : RU_OWN_REGULATION, ""));
    if ((RU_BASIS.test(pre) || KK_BASIS.test(pre)) && !onlyOwnRegulation) return [];
    if (!kk && RU_OWN_BASIS.test(pre) && ctx.doc.actType === "government-resolution") return [];
    // The Government has its own constitutional competence: only resolutions that approve rules (which a law
    // delegates) are checked, and a missing reference is a warning there.
    if (ctx.doc.actType === "government-resolution") {
      const approves = ctx.operative().some((p) => /утвердить\s+(?:прилагаем\p{L}*\s+)?(?:правил|положени|порядок|инструкци|регламент)|(?:қағидалар\p{L}*|ереже\p{L}*|тәртіб\p{L}*|нұсқаулық\p{L}*|регламент\p{L}*)\s+бекітілсін/u.test(p.folded));
      if (!approves) return [];
    }
    const severity = ctx.doc.actType === "government-resolution" || amending ? "warning" : "error";
    return [{ para: f.para, start: f.start, end: f.end, severity }];
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "Об утверждении Правил выдачи разрешений на размещение наружной рекламы",
          "ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемые Правила выдачи разрешений на размещение наружной рекламы.",
        ].join("\n"),
        quote: "ПРИКАЗЫВАЮ",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "В целях социальной поддержки отдельных категорий граждан Сарыагашский районный маслихат РЕШИЛ:",
          "1. Утвердить Правила оказания социальной помощи согласно приложению к настоящему решению.",
        ].join("\n"),
        quote: "РЕШИЛ",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "Сыртқы (көрнекі) жарнаманы орналастыруға рұқсат беру қағидаларын бекіту туралы",
          "БҰЙЫРАМЫН:",
          "1. Қоса беріліп отырған Сыртқы (көрнекі) жарнаманы орналастыруға рұқсат беру қағидалары бекітілсін.",
        ].join("\n"),
        quote: "БҰЙЫРАМЫН",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: [
          "Азаматтарды әлеуметтік қолдау мақсатында Түркістан облысының әкімдігі ҚАУЛЫ ЕТЕДІ:",
          "1. Мектепке дейінгі тәрбие мен оқытуға мемлекеттік білім беру тапсырысы осы қаулының қосымшасына сәйкес бекітілсін.",
        ].join("\n"),
        quote: "ҚАУЛЫ ЕТЕДІ",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "Об утверждении Правил ведения журнала учета проверок",
          "В соответствии с Положением об Управлении ветеринарии Павлодарской области ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемые Правила ведения журнала учета проверок.",
        ].join("\n"),
        quote: "ПРИКАЗЫВАЮ",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "Тексерулерді есепке алу журналын жүргізу қағидаларын бекіту туралы",
          "Павлодар облысының ветеринария басқармасы туралы ережеге сәйкес БҰЙЫРАМЫН:",
          "1. Қоса беріліп отырған Тексерулерді есепке алу журналын жүргізу қағидалары бекітілсін.",
        ].join("\n"),
        quote: "БҰЙЫРАМЫН",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "О внесении изменения в приказ Министра энергетики Республики Казахстан от 10 мая 2021 года № 160 «Об утверждении Правил учета котельных»",
          "В целях упорядочения учета котельных ПРИКАЗЫВАЮ:",
          "1. Внести в приказ Министра энергетики Республики Казахстан от 10 мая 2021 года № 160 «Об утверждении Правил учета котельных» следующее изменение:",
        ].join("\n"),
        quote: "ПРИКАЗЫВАЮ",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "«Қазандықтарды есепке алу қағидаларын бекіту туралы» Қазақстан Республикасы Энергетика министрінің 2021 жылғы 10 мамырдағы № 160 бұйрығына өзгеріс енгізу туралы",
          "Қазандықтарды есепке алуды ретке келтіру мақсатында БҰЙЫРАМЫН:",
          "1. «Қазандықтарды есепке алу қағидаларын бекіту туралы» Қазақстан Республикасы Энергетика министрінің 2021 жылғы 10 мамырдағы № 160 бұйрығына мынадай өзгеріс енгізілсін:",
        ].join("\n"),
        quote: "БҰЙЫРАМЫН",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "В соответствии с подпунктом 12) пункта 15 Положения о Министерстве энергетики Республики Казахстан, утвержденного постановлением Правительства Республики Казахстан от 19 сентября 2014 года № 994, ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемые Правила учета котельных.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "Қазақстан Республикасы Үкіметінің 2014 жылғы 19 қыркүйектегі № 994 қаулысымен бекітілген Қазақстан Республикасы Энергетика министрлігі туралы ереженің 15-тармағының 12) тармақшасына сәйкес БҰЙЫРАМЫН:",
          "1. Қоса беріліп отырған Қазандықтарды есепке алу қағидалары бекітілсін.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "В соответствии с подпунктом 1) статьи 10 Закона Республики Казахстан «О государственных услугах» ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемые Правила оказания государственной услуги «Выдача разрешения на размещение наружной рекламы».",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "Сарыагашский районный маслихат РЕШИЛ:",
          "1. Внести в решение Сарыагашского районного маслихата от 12 марта 2024 года № 15-120-VIII «Об утверждении Правил оказания социальной помощи» следующие изменения:",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасы Заңының 10-бабының 1) тармақшасына сәйкес БҰЙЫРАМЫН:",
          "1. Қоса беріліп отырған «Сыртқы (көрнекі) жарнаманы орналастыруға рұқсат беру» мемлекеттік көрсетілетін қызмет көрсету қағидалары бекітілсін.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: [
          "Түркістан облысының әкімдігі ҚАУЛЫ ЕТЕДІ:",
          "1. «Мектепке дейінгі тәрбие мен оқытуға мемлекеттік білім беру тапсырысын бекіту туралы» Түркістан облысы әкімдігінің 2024 жылғы 5 наурыздағы № 45 қаулысына мынадай өзгерістер енгізілсін:",
        ].join("\n"),
      },
    ],
  },
});
