import { findAll, wordRegex } from "../../document/match";
import type { Language } from "../../../contract";
import { positionOf, sentenceBounds } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/** The start of a period at a formal event: «со дня принятия», «с момента совершения», «қабылданған күнінен бастап». */
const FORMAL_START: Record<Language, RegExp> = {
  ru: wordRegex(
    "(?:со\\s+дня|с\\s+момента|с\\s+даты)\\s+(?:\\p{L}+\\s+){0,1}(?:принятия|вынесения|издания|совершения|возникновения|наступления|подписания|регистрации|опубликования|заключения|исполнения|нарушения|окончания|истечения|проведения|выдачи)",
  ),
  kk: wordRegex(
    "(?:қабылданған|шығарылған|жасалған|тіркелген|қол\\s+қойылған|жарияланған|басталған|туындаған|аяқталған|бұзылған|өткізілген|берілген)\\s+(?:күнінен|сәтінен|кезден)\\s+(?:бастап|кейін)",
  ),
};

/** A time-bar: limitation of claims, a period to appeal or to bring a claim. */
const TIME_BAR: Record<Language, RegExp> = {
  ru: /исков\p{L}*\s+давност|срок\p{L}*\s+давност|давностн|срок\p{L}*\s+(?:для\s+|на\s+)?(?:обжаловани|обращени\p{L}*\s+в\s+суд|подач\p{L}*\s+(?:жалоб|иск)|предъявлени\p{L}*\s+(?:иск|требовани|претензи))|(?:жалоб|иск)\p{L}*\s+(?:\p{L}+\s+){0,3}(?:может|могут)\s+быть\s+(?:подан|предъявлен)|(?:может|могут)\s+быть\s+обжалован/u,
  kk: /талап\s+қою\s+мерзім|ескіру\s+мерзім|шағым\s+(?:жасау|беру)\s+мерзім|шағым\s+(?:жасалуы|берілуі)\s+мүмкін|сотқа\s+(?:жүгіну|шағымдану)\s+мерзім|талап\s+(?:қойылуы|арыз\s+берілуі)\s+мүмкін/u,
};

/** The period runs from when the person learnt or received notice. */
const KNOWLEDGE: Record<Language, RegExp> = {
  ru: /узнал|узнать|стало\s+известно|должн\p{L}*\s+было\s+стать\s+известно|получени\p{L}*|вручени\p{L}*|ознакомлени\p{L}*|уведомлени\p{L}*/u,
  kk: /білген|білуге\s+тиіс|білуі\s+тиіс|белгілі\s+болған|(?<![\p{L}])алған\s+күнінен|тапсырылған|табыс\s+етілген|хабарлама|танысқан/u,
};

export default defineRule({
  id: "CONST-TIME-BAR-FORMAL-EVENT",
  pack: "constitution",
  brief: ["C-19"],
  severity: "info",
  actTypes: ["constitutional-law", "code", "law", "amendment-law"],
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "12", paragraph: "2" },
  messages: {
    ru: {
      title: "Срок для защиты права исчисляется с формального события: «{quote}»",
      message: "Срок обращения или давности исчисляется «{quote}», а не с момента, когда лицо узнало или должно было узнать о нарушении; рекомендуется проверить.",
      explanation:
        "Каждый имеет право на судебную защиту своих прав и свобод (п. 2 ст. 12 Конституции 2026 года). Конституционный Суд (нормативное постановление № 55-НП 2024 года) указывал, что срок для защиты права, исчисляемый с формального события, о котором лицо могло не знать, способен сделать эту защиту недоступной. Рекомендуется исчислять срок со дня, когда лицо узнало или должно было узнать о нарушении своего права (или со дня получения решения).",
    },
    kk: {
      title: "Құқықты қорғау мерзімі ресми оқиғадан бастап есептеледі: «{quote}»",
      message: "Жүгіну немесе талап қою мерзімі адам өз құқығының бұзылғаны туралы білген немесе білуге тиіс болған кезден емес, «{quote}» есептеледі; тексеру ұсынылады.",
      explanation:
        "Әркімнің өз құқықтары мен бостандықтарын сот арқылы қорғауға құқығы бар (2026 жылғы Конституцияның 12-бабының 2-тармағы). Конституциялық Сот (2024 жылғы № 55-НҚ нормативтік қаулы) адам білмеуі мүмкін ресми оқиғадан бастап есептелетін мерзім құқықты қорғауды қолжетімсіз етуі мүмкін екенін атап өтті. Мерзімді адам өз құқығының бұзылғаны туралы білген немесе білуге тиіс болған күннен (немесе шешімді алған күннен) бастап есептеу ұсынылады.",
    },
    en: {
      title: "Time-bar runs from a formal event: «{quote}»",
      message: "The period to appeal or claim runs «{quote}», not from when the person knew or should have known of the violation; review recommended.",
      explanation:
        "Everyone has the right to judicial protection of their rights and freedoms (2026 Constitution art. 12(2)). The Constitutional Court (normative resolution No. 55-НП of 2024) noted that a period running from a formal event the person may not know of can make that protection unavailable. Count the period from the day the person learnt or should have learnt of the violation (or received the decision).",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const lang = p.language;
      for (const m of findAll(FORMAL_START[lang], p.text, p.folded)) {
        const b = sentenceBounds(p, m.start);
        const s = p.folded.slice(b.start, Math.max(b.end, m.end));
        if (!TIME_BAR[lang].test(s) || KNOWLEDGE[lang].test(s)) continue;
        spans.push({ para: positionOf(ctx, p), start: m.start, end: m.end });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "law",
        text: "4. Решение комиссии может быть обжаловано в суд в течение одного месяца со дня его принятия.",
        quote: "со дня его принятия",
      },
      {
        lang: "ru",
        actType: "code",
        text: "2. Срок исковой давности по требованиям о возмещении ущерба составляет один год с момента совершения правонарушения.",
        quote: "с момента совершения",
      },
      {
        lang: "kk",
        actType: "law",
        text: "4. Комиссияның шешіміне ол қабылданған күнінен бастап бір ай ішінде сотқа шағым жасалуы мүмкін.",
        quote: "қабылданған күнінен бастап",
      },
      {
        lang: "kk",
        actType: "code",
        text: "2. Залалды өтеу туралы талаптар бойынша талап қою мерзімі құқық бұзушылық жасалған күнінен бастап бір жылды құрайды.",
        quote: "жасалған күнінен бастап",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "law",
        text: "4. Решение комиссии может быть обжаловано в суд в течение одного месяца со дня получения его копии.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "5. Настоящий Закон вводится в действие по истечении десяти календарных дней со дня его первого официального опубликования.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "4. Комиссияның шешіміне адам оның көшірмесін алған күнінен бастап бір ай ішінде сотқа шағым жасалуы мүмкін.",
      },
      {
        lang: "kk",
        actType: "code",
        text: "2. Талап қою мерзімі адам өз құқығының бұзылғаны туралы білген немесе білуге тиіс болған күннен бастап басталады, ал шарт жасалған күнінен бастап он жылдан аспайды.",
      },
    ],
  },
});
