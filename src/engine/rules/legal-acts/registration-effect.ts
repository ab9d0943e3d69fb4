import { LOCAL_TYPES, ORDER_TYPES } from "../../data/act-hierarchy";
import { defineRule, type RuleSpan } from "../types";
import { entryIntoForceClauses } from "./entry-into-force";

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
      title: "Введение в действие со дня государственной регистрации: «{quote}»",
      message: "Акт вводится в действие «{quote}», то есть до официального опубликования.",
      explanation:
        "Акты, подлежащие государственной регистрации (Закон «О правовых актах», ст. 35-1), вступают в силу со дня регистрации (п. 1 ст. 42), а вводятся в действие после первого официального опубликования — по умолчанию по истечении десяти календарных дней (пп. 2, 3 ст. 42). Введение в действие со дня регистрации применимо только к актам, не касающимся прав и обязанностей лиц. Рекомендуется: «вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования».",
    },
    kk: {
      title: "Мемлекеттік тіркелген күнінен бастап қолданысқа енгізу: «{quote}»",
      message: "Акт «{quote}», яғни ресми жарияланғанға дейін қолданысқа енгізіледі.",
      explanation:
        "Мемлекеттік тіркелуге жататын актілер («Құқықтық актілер туралы» Заңның 35-1-бабы) мемлекеттік тіркелген күнінен бастап күшіне енеді (42-баптың 1-тармағы), ал алғашқы ресми жарияланғаннан кейін — әдепкі бойынша күнтізбелік он күн өткен соң қолданысқа енгізіледі (42-баптың 2, 3-тармақтары). Тіркелген күнінен бастап қолданысқа енгізу адамдардың құқықтары мен міндеттеріне қатысы жоқ актілерге ғана қолданылады. Ұсынылатын тұжырым: «алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі».",
    },
    en: {
      title: "Brought into effect from state registration: «{quote}»",
      message: "The act is brought into effect «{quote}», i.e. before official publication.",
      explanation:
        "Acts subject to state registration (Law \"On Legal Acts\" art. 35-1) enter into force on registration (art. 42(1)) but are brought into effect after first official publication, by default ten calendar days later (art. 42(2)–(3)). Effect from registration suits only acts that do not concern persons' rights and duties. Recommended: «is brought into effect ten calendar days after the day of its first official publication».",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const c of entryIntoForceClauses(ctx)) {
      if (!c.own || c.verb !== "enact" || c.timing?.kind !== "registration") continue;
      spans.push({ para: c.para, start: c.timing.start, end: c.timing.end });
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
    ],
    good: [
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
