import type { Language } from "../../../contract";
import type { ParsedParagraph } from "../../document/model";
import { findTriggers } from "../ria/common";
import { defineRule, type RuleSpan } from "../types";
import { REGISTERED, contentParagraphs, entryIntoForceClauses } from "./entry-into-force";

/**
 * Signs that the act concerns rights, freedoms or duties of persons: a person as the subject of a duty or
 * right («граждане обязаны», «заявитель представляет», «азаматтар … міндетті»), or payments, benefits,
 * fines and prohibitions.
 */
const RU_PERSON =
  "граждан\\p{L}*|физическ\\p{L}*\\s+лиц\\p{L}*|юридическ\\p{L}*\\s+лиц\\p{L}*|заявител\\p{L}*|услугополучател\\p{L}*|получател\\p{L}*|субъект\\p{L}*\\s+предпринимательств\\p{L}*|индивидуальн\\p{L}*\\s+предпринимател\\p{L}*|налогоплательщик\\p{L}*|плательщик\\p{L}*|потребител\\p{L}*|владел(?:ец|ьц)\\p{L}*|собственник\\p{L}*|работодател\\p{L}*|пользовател\\p{L}*|родител\\p{L}*|законн\\p{L}*\\s+представител\\p{L}*|обучающ\\p{L}*|посетител\\p{L}*|пассажир\\p{L}*";
const RU_MODAL =
  "обязан(?:ы|а|о)?|вправе|имеют\\s+право|имеет\\s+право|запрещается|должн[ыа]|несут\\s+ответственность|уплачива\\p{L}*|представля(?:ет|ют)|подлежат\\s+уплате|является\\s+обязательным";
// «запрещается» alone is often addressed to a state body («Пограничной службе запрещается …»), and «пособие»
// is also a textbook («учебное пособие»): neither counts without a person as the addressee.
const RU_STANDALONE =
  "штраф\\p{L}*|ставк\\p{L}*\\s+(?:налог|платы|сбор|тариф)\\p{L}*|тариф\\p{L}*|плат\\p{L}*\\s+за\\s+(?!сч[её]т)\\p{L}+|сбор\\p{L}*\\s+за\\s+(?!сч[её]т)\\p{L}+|социальн\\p{L}*\\s+помощ\\p{L}*|жилищн\\p{L}*\\s+помощ\\p{L}*|материальн\\p{L}*\\s+помощ\\p{L}*|единовременн\\p{L}*\\s+(?:выплат|помощ)\\p{L}*|социальн\\p{L}*\\s+пособи\\p{L}*|льгот\\p{L}*";
const KK_PERSON =
  "азамат\\p{L}*|жеке\\s+тұлға\\p{L}*|заңды\\s+тұлға\\p{L}*|өтініш\\s+беруш\\p{L}*|көрсетілетін\\s+қызметті\\s+алуш\\p{L}*|кәсіпкерлік\\s+субъекті\\p{L}*|дара\\s+кәсіпкер\\p{L}*|салық\\s+төлеуш\\p{L}*|төлеуш\\p{L}*|тұтынуш\\p{L}*|меншік\\s+иес\\p{L}*|иелер\\p{L}*|жұмыс\\s+беруш\\p{L}*|пайдаланушы\\p{L}*|ата-ана\\p{L}*|заңды\\s+өкіл\\p{L}*|білім\\s+алушы\\p{L}*|келуші\\p{L}*|жолаушы\\p{L}*";
const KK_MODAL = "міндетті|құқылы|құқығы\\s+бар|тыйым\\s+салынады|тиіс|ұсынады|төлейді|жауапты\\s+болады";
const KK_STANDALONE =
  "айыппұл\\p{L}*|алым\\p{L}*|мөлшерлеме\\p{L}*|тариф\\p{L}*|төлемақы\\p{L}*|әлеуметтік\\s+көмек\\p{L}*|тұрғын\\s+үй\\s+көмег\\p{L}*|материалдық\\s+көмек\\p{L}*|біржолғы\\s+(?:төлем|көмек)\\p{L}*|жеңілдік\\p{L}*|әлеуметтік\\s+жәрдемақы\\p{L}*";

function triggerRegex(person: string, modal: string, standalone: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}])(?:(?:${person})[^.;:]{0,100}?(?<![\\p{L}])(?:${modal})|(?:${standalone}))(?![\\p{L}])`,
    "u",
  );
}

export const RIGHTS_TRIGGER: Record<Language, RegExp> = {
  ru: triggerRegex(RU_PERSON, RU_MODAL, RU_STANDALONE),
  kk: triggerRegex(KK_PERSON, KK_MODAL, KK_STANDALONE),
};

/** The first sign that the act concerns persons' rights or duties, quoted from the text. */
export function rightsTrigger(paragraphs: readonly ParsedParagraph[]): string | null {
  for (const p of paragraphs) {
    const m = RIGHTS_TRIGGER[p.language].exec(p.folded);
    if (m) return p.text.slice(m.index, m.index + m[0].length);
  }
  return null;
}

export default defineRule({
  id: "LA-ENTRY-INTO-FORCE-SIGNING",
  pack: "legal-acts",
  brief: ["C-10"],
  severity: "error",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "42", paragraph: "2" },
  messages: {
    ru: {
      title: "Введение в действие до официального опубликования: «{quote}»",
      message: "Акт касается прав или обязанностей лиц («{trigger}»), но вводится в действие «{quote}», а не после официального опубликования.",
      explanation:
        "Официальное опубликование нормативных правовых актов, касающихся прав, свобод и обязанностей граждан, — обязательное условие их применения (Конституция 2026 года, п. 4 ст. 5) и введения в действие (Закон «О правовых актах», п. 2 ст. 42, п. 1 ст. 37). Вступление в силу со дня подписания допустимо (п. 1 ст. 42), но введение в действие такого акта со дня подписания или принятия создаёт возможное противоречие с этими нормами. Рекомендуемая формула: «вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования» (или «со дня его первого официального опубликования»).",
    },
    kk: {
      title: "Ресми жарияланғанға дейін қолданысқа енгізу: «{quote}»",
      message: "Акт адамдардың құқықтарына немесе міндеттеріне қатысты («{trigger}»), бірақ ресми жарияланғаннан кейін емес, «{quote}» қолданысқа енгізіледі.",
      explanation:
        "Азаматтардың құқықтарына, бостандықтары мен міндеттеріне қатысты нормативтік құқықтық актілерді ресми жариялау оларды қолданудың (2026 жылғы Конституцияның 5-бабының 4-тармағы) және қолданысқа енгізудің («Құқықтық актілер туралы» Заңның 42-бабының 2-тармағы, 37-бабының 1-тармағы) міндетті шарты болып табылады. Қол қойылған күнінен бастап күшіне енуге болады (42-баптың 1-тармағы), бірақ мұндай актіні қол қойылған немесе қабылданған күнінен бастап қолданысқа енгізу осы нормалармен ықтимал қайшылық туғызады. Ұсынылатын тұжырым: «алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі» (немесе «алғашқы ресми жарияланған күнінен бастап»).",
    },
    en: {
      title: "Brought into effect before official publication: «{quote}»",
      message: "The act concerns persons' rights or duties («{trigger}») but is brought into effect «{quote}», not after official publication.",
      explanation:
        "Official publication of acts on citizens' rights, freedoms and duties is a precondition of applying them (Constitution 2026 art. 5(4)) and of bringing them into effect (Law \"On Legal Acts\" arts. 42(2), 37(1)). Entering into force on signing is allowed (art. 42(1)), but bringing such an act into effect from signing or adoption is a possible conflict with these norms. Recommended wording: «is brought into effect ten calendar days after the day of its first official publication» (or «from the day of its first official publication»).",
    },
  },
  detect(ctx) {
    const clauses = entryIntoForceClauses(ctx).filter((c) => c.own);
    const early = clauses.filter((c) => c.timing && (c.timing.kind === "signing" || c.timing.kind === "adoption"));
    if (early.length === 0) return [];
    // A normative act that says it is subject to state registration (art. 35-1) is one that concerns persons' rights
    // and duties: its own words are the trigger when the text shows no other.
    // A new requirement for business (the RIA triggers) is a duty of persons too.
    let trigger = rightsTrigger(contentParagraphs(ctx)) ?? findTriggers(ctx.doc)[0]?.quote ?? null;
    if (!trigger) {
      for (const p of ctx.operative()) {
        const m = REGISTERED.exec(p.folded);
        if (m) {
          trigger = p.text.slice(m.index, m.index + m[0].length);
          break;
        }
      }
    }
    if (!trigger) return [];
    // «вступает в силу со дня подписания и вводится в действие …»: legal force on signing is lawful when the
    // act says separately when it is brought into effect.
    const hasEnact = clauses.some((c) => c.verb === "enact");
    const spans: RuleSpan[] = [];
    for (const c of early) {
      if (c.verb === "force" && hasEnact) continue;
      // «вступает в силу со дня подписания» with no separate clause on effect: legal force on signing is lawful
      // (art. 42(1)) and the act may still be applied only after publication, so this is a warning, not an error.
      spans.push({ para: c.para, start: c.timing!.start, end: c.timing!.end, data: { trigger }, ...(c.verb === "force" ? { severity: "warning" as const } : {}) });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить прилагаемые Правила учета объектов размещения отходов.",
          "2. Настоящий приказ подлежит государственной регистрации и вводится в действие со дня его подписания.",
        ].join("\n"),
        quote: "со дня его подписания",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Қоса беріліп отырған Қалдықтарды орналастыру объектілерін есепке алу қағидалары бекітілсін.",
          "2. Осы бұйрық мемлекеттік тіркелуге жатады және қол қойылған күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "қол қойылған күнінен бастап",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "1. Утвердить Правила оказания социальной помощи отдельным категориям нуждающихся граждан согласно приложению к настоящему решению.",
          "2. Настоящее решение вводится в действие со дня его подписания.",
        ].join("\n"),
        quote: "со дня его подписания",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: [
          "1. Физические и юридические лица обязаны представлять сведения об объектах в течение десяти рабочих дней.",
          "2. Настоящее постановление вступает в силу и вводится в действие со дня принятия.",
        ].join("\n"),
        quote: "со дня принятия",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: [
          "1. Мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек көрсету қағидалары осы шешімге қосымшаға сәйкес бекітілсін.",
          "2. Осы шешім қол қойылған күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "қол қойылған күнінен бастап",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: [
          "1. Жеке және заңды тұлғалар объектілер туралы мәліметтерді он жұмыс күні ішінде ұсынуға міндетті.",
          "2. Осы қаулы қабылданған күнінен бастап күшіне енеді.",
        ].join("\n"),
        quote: "қабылданған күнінен бастап",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "1. Утвердить Правила предоставления жилищной помощи малообеспеченным семьям (гражданам) Карасайского района согласно приложению.",
          "2. Настоящее решение вводится в действие со дня его принятия.",
        ].join("\n"),
        quote: "со дня его принятия",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: [
          "1. Қарасай ауданында аз қамтылған отбасыларға тұрғын үй көмегін көрсету қағидалары қосымшаға сәйкес бекітілсін.",
          "2. Осы шешім қабылданған күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "қабылданған күнінен бастап",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить прилагаемые Правила учета объектов размещения отходов.",
          "2. Настоящий приказ подлежит государственной регистрации и вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Қоса беріліп отырған Қалдықтарды орналастыру объектілерін есепке алу қағидалары бекітілсін.",
          "2. Осы бұйрық мемлекеттік тіркелуге жатады және алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "1. Утвердить Правила оказания социальной помощи отдельным категориям нуждающихся граждан согласно приложению к настоящему решению.",
          "2. Настоящее решение вводится в действие со дня его первого официального опубликования.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: [
          "1. Передать здание, расположенное по адресу: город Кокшетау, улица Сатпаева, 1, из республиканской собственности в коммунальную собственность Акмолинской области.",
          "2. Настоящее постановление вводится в действие со дня его подписания.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Заявитель представляет заявление по форме согласно приложению к настоящему приказу.",
          "2. Настоящий приказ вступает в силу со дня подписания и вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: [
          "1. Мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек көрсету қағидалары осы шешімге қосымшаға сәйкес бекітілсін.",
          "2. Осы шешім алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: [
          "1. Көкшетау қаласы, Сәтбаев көшесі, 1 мекенжайында орналасқан ғимарат республикалық меншіктен Ақмола облысының коммуналдық меншігіне берілсін.",
          "2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
      },
    ],
  },
});
