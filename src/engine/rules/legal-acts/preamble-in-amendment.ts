import { defineRule, type RuleSpan } from "../types";

/** The act amends other acts: «Внести в … следующие изменения», «… мынадай өзгерістер енгізілсін», «О внесении изменений …». */
const AMENDS_RU = /(?<![\p{L}])внести\s+(?:в\s+[^:]{0,400}?)?(?:следующ\p{L}*\s+)?(?:изменени|дополнени)\p{L}*/u;
const AMENDS_KK = /өзгеріс\p{L}*(?:\s+(?:мен|және)\s+толықтыру\p{L}*)?\s+енгізілсін|өзгеріс\p{L}*(?:\s+(?:мен|және)\s+толықтыру\p{L}*)?\s+енгізу\s+туралы/u;
const TITLE_RU = /о\s+внесении\s+(?:изменени|дополнени)/u;

/** A preamble states aims: «В целях …» (ru) at the start; «… мақсатында» (kk) in the opening words. */
const PREAMBLE_RU = /^\s*(в\s+целях)(?![\p{L}])/u;
const PREAMBLE_KK = /(?<![\p{L}])(мақсатында|мақсаттарында)(?![\p{L}])/u;

export default defineRule({
  id: "LA-PREAMBLE-IN-AMENDMENT",
  pack: "legal-acts",
  brief: ["L-11"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "23", paragraph: "6" },
  messages: {
    ru: {
      title: "Преамбула в акте о внесении изменений: «{quote}»",
      message: "Акт о внесении изменений начинается с вступительной части «{quote} …».",
      explanation:
        "Вступительная часть (преамбула) излагается, когда нужно разъяснить цели и основания принятия акта, но не излагается в проектах нормативных правовых актов о внесении изменений и (или) дополнений (Закон «О правовых актах», п. 6 ст. 23). Указание на правовое основание («В соответствии с …») преамбулой не является и не отмечается. Рекомендуется исключить вступительную часть о целях.",
    },
    kk: {
      title: "Өзгерістер енгізу туралы актідегі кіріспе: «{quote}»",
      message: "Өзгерістер енгізу туралы акт «… {quote}» деген кіріспе бөліктен басталады.",
      explanation:
        "Кіріспе бөлік (преамбула) актіні қабылдаудың мақсаттары мен негіздерін түсіндіру қажет болғанда жазылады, бірақ нормативтік құқықтық актілерге өзгерістер және (немесе) толықтырулар енгізу туралы актілердің жобаларында жазылмайды («Құқықтық актілер туралы» Заңның 23-бабының 6-тармағы). Құқықтық негізді көрсету («… сәйкес») кіріспе болып табылмайды және белгіленбейді. Мақсаттар туралы кіріспе бөлікті алып тастау ұсынылады.",
    },
    en: {
      title: "Preamble in an amending act: «{quote}»",
      message: "The amending act opens with an introductory part «{quote} …».",
      explanation:
        "A preamble is used to explain the aims and grounds of an act, but is not included in drafts of acts that amend or supplement other acts (Law \"On Legal Acts\" art. 23(6)). A statement of the legal basis («In accordance with …») is not a preamble and is not flagged. Remove the introductory statement of aims.",
    },
  },
  detect(ctx) {
    const { paragraphs, structure } = ctx.doc;
    const first = structure.units.find((u) => u.address.part === 0);
    const end = first ? first.paragraphIndex : Math.min(paragraphs.length, 15);
    const head = paragraphs.slice(0, end).filter((p) => p.kind !== "blank" && !p.isNote && !p.quoted);
    const firstUnit = first ? paragraphs[first.paragraphIndex] : undefined;
    const amending =
      ctx.doc.actType === "amendment-law" ||
      head.some((p) => TITLE_RU.test(p.folded) || AMENDS_KK.test(p.folded)) ||
      (firstUnit !== undefined && (AMENDS_RU.test(firstUnit.folded) || AMENDS_KK.test(firstUnit.folded)));
    if (!amending) return [];
    const spans: RuleSpan[] = [];
    for (const p of head) {
      const re = p.language === "kk" ? PREAMBLE_KK : PREAMBLE_RU;
      const m = re.exec(p.folded.slice(0, 400));
      if (!m) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      spans.push({ para: paragraphs.indexOf(p), start, end: start + m[1]!.length });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: [
          "В целях совершенствования порядка оказания государственных услуг Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:",
          "1. Внести в постановление Правительства Республики Казахстан от 18 сентября 2023 года № 810 «Об утверждении Правил оказания услуг» следующие изменения:",
        ].join("\n"),
        quote: "В целях",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "О внесении изменений в приказ Министра финансов Республики Казахстан от 5 мая 2023 года № 452",
          "В целях приведения в соответствие с законодательством ПРИКАЗЫВАЮ:",
          "1. Пункт 3 приказа изложить в следующей редакции:",
        ].join("\n"),
        quote: "В целях",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: [
          "Мемлекеттік қызметтер көрсету тәртібін жетілдіру мақсатында Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
          "1. «Қызметтер көрсету қағидаларын бекіту туралы» Қазақстан Республикасы Үкіметінің 2023 жылғы 18 қыркүйектегі № 810 қаулысына мынадай өзгерістер енгізілсін:",
        ].join("\n"),
        quote: "мақсатында",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "Қазақстан Республикасы Қаржы министрінің 2023 жылғы 5 мамырдағы № 452 бұйрығына өзгерістер енгізу туралы",
          "Заңнамаға сәйкестікке келтіру мақсатында БҰЙЫРАМЫН:",
          "1. Бұйрықтың 3-тармағы мынадай редакцияда жазылсын:",
        ].join("\n"),
        quote: "мақсатында",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: [
          "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:",
          "1. Внести в постановление Правительства Республики Казахстан от 18 сентября 2023 года № 810 «Об утверждении Правил оказания услуг» следующие изменения:",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: [
          "В целях развития пчеловодства Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:",
          "1. Утвердить прилагаемую Программу развития пчеловодства.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: [
          "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
          "1. «Қызметтер көрсету қағидаларын бекіту туралы» Қазақстан Республикасы Үкіметінің 2023 жылғы 18 қыркүйектегі № 810 қаулысына мынадай өзгерістер енгізілсін:",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: [
          "Омарта шаруашылығын дамыту мақсатында Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
          "1. Қоса беріліп отырған Омарта шаруашылығын дамыту бағдарламасы бекітілсін.",
        ].join("\n"),
      },
    ],
  },
});
