import { LOCAL_TYPES, ORDER_TYPES } from "../../data/act-hierarchy";
import { defineRule, type RuleSpan } from "../types";
import { REGISTERED, entryIntoForceClauses } from "./entry-into-force";
import { rightsTrigger } from "./entry-into-force-signing";

/**
 * Acts subject to state registration (art. 35-1: orders of ministers and agency heads, local acts) enter into force
 * from registration (art. 42(1)) but are brought into effect only after official publication (42(2)–(3)).
 * Reported: the act is brought into effect («вводится в действие», «қолданысқа енгізіледі») from registration.
 */
export default defineRule({
  id: "LA-REGISTRATION-EFFECT",
  pack: "legal-acts",
  brief: ["L-35"],
  severity: "info",
  actTypes: [...ORDER_TYPES, ...LOCAL_TYPES],
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "42", paragraph: "1" },
  messages: {
    ru: {
      title: "Введение в действие до официального опубликования акта, подлежащего регистрации: «{quote}»",
      message: "Акт, подлежащий государственной регистрации, вводится в действие «{quote}», то есть до официального опубликования.",
      explanation:
        "Акты, подлежащие государственной регистрации (Закон «О правовых актах», ст. 35-1), вступают в силу со дня регистрации (п. 1 ст. 42), а вводятся в действие после первого официального опубликования — по умолчанию по истечении десяти календарных дней (пп. 2, 3 ст. 42). Введение в действие со дня регистрации применимо только к актам, не касающимся прав и обязанностей лиц; введение в действие со дня подписания или принятия акта, который сам указывает, что подлежит государственной регистрации, предшествует и регистрации, и опубликованию. Рекомендуется: «вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования».",
    },
    kk: {
      title: "Тіркелуге жататын актіні ресми жарияланғанға дейін қолданысқа енгізу: «{quote}»",
      message: "Мемлекеттік тіркелуге жататын акт «{quote}», яғни ресми жарияланғанға дейін қолданысқа енгізіледі.",
      explanation:
        "Мемлекеттік тіркелуге жататын актілер («Құқықтық актілер туралы» Заңның 35-1-бабы) мемлекеттік тіркелген күнінен бастап күшіне енеді (42-баптың 1-тармағы), ал алғашқы ресми жарияланғаннан кейін — әдепкі бойынша күнтізбелік он күн өткен соң қолданысқа енгізіледі (42-баптың 2, 3-тармақтары). Тіркелген күнінен бастап қолданысқа енгізу адамдардың құқықтары мен міндеттеріне қатысы жоқ актілерге ғана қолданылады; мемлекеттік тіркелуге жататыны өзінде көрсетілген актіні қол қойылған немесе қабылданған күнінен бастап қолданысқа енгізу тіркелуден де, жариялаудан да бұрын болады. Ұсынылатын тұжырым: «алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі».",
    },
    en: {
      title: "Act subject to registration brought into effect before publication: «{quote}»",
      message: "The act, subject to state registration, is brought into effect «{quote}», i.e. before official publication.",
      explanation:
        "Acts subject to state registration (Law \"On Legal Acts\" art. 35-1) enter into force on registration (art. 42(1)) but are brought into effect after first official publication, by default ten calendar days later (art. 42(2)–(3)). Effect from registration suits only acts that do not concern persons' rights and duties; effect from signing or adoption of an act that itself says it is subject to state registration comes before both registration and publication. Recommended: «is brought into effect ten calendar days after the day of its first official publication».",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    const clauses = entryIntoForceClauses(ctx).filter((c) => c.own);
    const hasEnact = clauses.some((c) => c.verb === "enact");
    // Local acts that concern persons' rights or duties are normative and subject to state registration even when
    // the text does not say so (art. 35-1); an organisational akimat resolution is not.
    const registered =
      ctx.operative().some((p) => REGISTERED.test(p.folded)) ||
      ((LOCAL_TYPES as readonly string[]).includes(ctx.doc.actType) && rightsTrigger(ctx.operative()) !== null);
    for (const c of clauses) {
      if (!c.timing) continue;
      if (c.verb === "enact" && c.timing.kind === "registration") spans.push({ para: c.para, start: c.timing.start, end: c.timing.end });
      // The act says it is subject to state registration, yet takes effect on signing or adoption.
      else if (registered && (c.timing.kind === "signing" || c.timing.kind === "adoption") && (c.verb === "enact" || !hasEnact)) {
        spans.push({ para: c.para, start: c.timing.start, end: c.timing.end });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить прилагаемые Правила выдачи разрешений.",
          "2. Настоящий приказ вводится в действие со дня его государственной регистрации.",
        ].join("\n"),
        quote: "со дня его государственной регистрации",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: [
          "1. Утвердить образовательный заказ на дошкольное воспитание и обучение.",
          "2. Настоящее постановление вступает в силу и вводится в действие со дня государственной регистрации.",
        ].join("\n"),
        quote: "со дня государственной регистрации",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Рұқсаттар берудің қоса беріліп отырған қағидалары бекітілсін.",
          "2. Осы бұйрық мемлекеттік тіркелген күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "мемлекеттік тіркелген күнінен бастап",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: [
          "1. Мектепке дейінгі тәрбие мен оқытуға білім беру тапсырысы бекітілсін.",
          "2. Осы қаулы мемлекеттік тіркелген күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "мемлекеттік тіркелген күнінен бастап",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить прилагаемые Правила ведения реестра пасек.",
          "2. Настоящий приказ подлежит государственной регистрации и вводится в действие со дня его подписания.",
        ].join("\n"),
        quote: "со дня его подписания",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Қоса беріліп отырған Омарталар тізілімін жүргізу қағидалары бекітілсін.",
          "2. Осы бұйрық мемлекеттік тіркелуге жатады және қол қойылған күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "қол қойылған күнінен бастап",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Создать рабочую группу по подготовке отчета о ведении реестра пасек.",
          "2. Настоящий приказ вводится в действие со дня его подписания.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Омарталар тізілімін жүргізу туралы есепті дайындау жөнінде жұмыс тобы құрылсын.",
          "2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить прилагаемые Правила выдачи разрешений.",
          "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить прилагаемые Правила выдачи разрешений.",
          "2. Настоящий приказ вступает в силу со дня государственной регистрации и вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Рұқсаттар берудің қоса беріліп отырған қағидалары бекітілсін.",
          "2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Рұқсаттар берудің қоса беріліп отырған қағидалары бекітілсін.",
          "2. Осы бұйрық мемлекеттік тіркелген күнінен бастап күшіне енеді және алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
      },
    ],
  },
});
