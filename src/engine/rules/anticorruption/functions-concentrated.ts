import type { Language } from "../../../contract";
import type { ParsedParagraph } from "../../document/model";
import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/** A body hears complaints on its own decisions. */
const SELF_REVIEW: Record<Language, RegExp> = {
  ru: /рассматрива\p{L}*\s+(?:жалоб|апелляци|обращени)\p{L}*\s+на\s+(?:свои|собственн\p{L}*|принят\p{L}*\s+(?:им|ею|ими)|его|ее)\s+(?:решени|действи)\p{L}*|жалоб\p{L}*\s+на\s+(?:решени|действи)\p{L}*\s+(?:\p{L}+\s+){0,2}рассматрива\p{L}*\s+(?:этой\s+же|той\s+же|этим\s+же|тем\s+же|самой|самим)\s+\p{L}+|жалоб\p{L}*\s+(?:\p{L}+\s+){0,4}рассматрива\p{L}*\s+(?:комисси\p{L}*|орган\p{L}*|должностн\p{L}*\s+лиц\p{L}*),?\s+(?:принявш|вынесш)\p{L}*\s+(?:обжалуем\p{L}*\s+)?решени/u,
  kk: /өз\s+(?:шешімдеріне|шешіміне|әрекеттеріне)\s+(?:\p{L}+\s+){0,2}шағымдарды\s+(?:\p{L}+\s+){0,5}қарайды|шағым\p{L}*\s+(?:\p{L}+\s+){0,4}(?:шешім|шағым\s+жасалып\s+отырған\s+шешім)\s+қабылдаған\s+(?:комиссия|орган|лауазымды\s+адам)\p{L}*\s+қарайды/u,
};

/** The functions of one body listed in one competence unit. */
const RULES: Record<Language, RegExp> = {
  ru: /разрабатыва\p{L}*\s+и\s+утвержда\p{L}*|утвержда\p{L}*\s+(?:правила|порядок|требования|нормативы|критерии|методик)/u,
  kk: /әзірлейді\s+және\s+бекітеді|(?:қағидаларын|тәртібін|талаптарын|нормативтерін|өлшемшарттарын|әдістемесін)\s+бекітеді/u,
};
const PERMITS: Record<Language, RegExp> = {
  ru: /выда\p{L}*\s+(?:лицензи|разрешени|свидетельств|сертификат|аттестат|заключени)|предоставля\p{L}*\s+(?:субсиди|земельн|право)/u,
  kk: /(?:лицензия|рұқсат|куәлік|сертификат|аттестат|қорытынды)\p{L}*\s+береді|(?:субсидия|жер)\p{L}*\s+(?:береді|бөледі)/u,
};
const CONTROL: Record<Language, RegExp> = {
  ru: /осуществля\p{L}*\s+(?:государственн\p{L}*\s+)?(?:контрол|надзор)|проводит\s+проверк/u,
  kk: /(?:мемлекеттік\s+)?(?:бақылауды|қадағалауды)\s+жүзеге\s+асырады|тексеру\s+жүргізеді/u,
};
const COMPLAINTS: Record<Language, RegExp> = {
  ru: /рассматрива\p{L}*\s+(?:\p{L}+\s+){0,2}жалоб\p{L}*/u,
  kk: /шағымдар(?:ды|ын)\s+(?:\p{L}+\s+){0,2}қарайды/u,
};

/** Decisions are published or reported: an outside check exists. */
const PUBLICITY: Record<Language, RegExp> = {
  ru: /интернет-ресурс|размеща\p{L}*\s+(?:\p{L}+\s+){0,3}(?:на\s+сайте|в\s+средствах\s+массовой)|опубликов|публику|отчет\p{L}*\s+(?:\p{L}+\s+){0,3}(?:маслихат|правительств|президент|курултай)/u,
  kk: /интернет-ресурс|сайтында|бұқаралық\s+ақпарат\s+құралдарында|жариялайды|есеп\s+береді/u,
};

function unitKey(p: ParsedParagraph): string | null {
  const a = p.address;
  if (a.article) return `${a.part}/a${a.article}`;
  if (a.point) return `${a.part}/p${a.point}`;
  return null;
}

export default defineRule({
  id: "AC-FUNCTIONS-CONCENTRATED",
  pack: "anticorruption",
  brief: ["AC-10"],
  severity: "info",
  actTypes: ["government-resolution", "ministerial-order", "agency-order", "maslikhat-decision", "akimat-resolution", "akim-decision"],
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "30", paragraph: "6" },
  messages: {
    ru: {
      title: "Сосредоточение функций в одном органе: «{quote}»",
      message: "«{quote}»: один орган устанавливает правила, принимает решения и рассматривает жалобы на них без внешнего контроля; рекомендуется проверить.",
      explanation:
        "Сосредоточение в одном органе нормотворческих, разрешительных, контрольных функций и рассмотрения жалоб на собственные решения — коррупциогенный фактор: внешний контроль за решениями отсутствует (Закон «О правовых актах», п. 6 ст. 30; о доступности информации о деятельности органов — п. 1 ст. 50). Рекомендуется передать рассмотрение жалоб вышестоящему органу или суду и предусмотреть размещение решений и отчётов на интернет-ресурсе.",
    },
    kk: {
      title: "Функциялардың бір органда шоғырлануы: «{quote}»",
      message: "«{quote}»: бір орган қағидаларды белгілейді, шешімдер қабылдайды және оларға шағымдарды сыртқы бақылаусыз қарайды; тексеру ұсынылады.",
      explanation:
        "Нормашығармашылық, рұқсат беру, бақылау функцияларының және өз шешімдеріне шағымдарды қараудың бір органда шоғырлануы — сыбайлас жемқорлық тәуекелінің факторы: шешімдерге сыртқы бақылау болмайды («Құқықтық актілер туралы» Заңның 30-бабының 6-тармағы; органдардың қызметі туралы ақпараттың қолжетімділігі туралы — 50-баптың 1-тармағы). Шағымдарды қарауды жоғары тұрған органға немесе сотқа беру және шешімдер мен есептерді интернет-ресурста орналастыруды көздеу ұсынылады.",
    },
    en: {
      title: "Functions concentrated in one body: «{quote}»",
      message: "«{quote}»: one body sets the rules, decides and hears complaints on its decisions without outside control; review recommended.",
      explanation:
        "Concentrating rule-making, permits, inspection and the review of complaints on its own decisions in one body is a corruption-risk factor: decisions escape outside control (Law \"On Legal Acts\" art. 30(6); on access to information about bodies' activity, art. 50(1)). Give complaints to a higher body or a court and provide for publishing decisions and reports on the body's internet resource.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    const operative = ctx.content();
    // 1. Explicit self-review anywhere.
    for (const p of operative) {
      const m = SELF_REVIEW[p.language].exec(p.folded);
      if (m) spans.push({ para: positionOf(ctx, p), start: m.index, end: m.index + m[0].length });
    }
    if (spans.length > 0) return spans;
    // 2. One competence unit lists rules + permits or inspections + complaints, and nothing is published.
    if (ctx.doc.paragraphs.some((p) => PUBLICITY[p.language].test(p.folded))) return [];
    const groups = new Map<string, ParsedParagraph[]>();
    for (const p of operative) {
      const k = unitKey(p);
      if (k) groups.set(k, [...(groups.get(k) ?? []), p]);
    }
    for (const ps of groups.values()) {
      const has = (re: Record<Language, RegExp>) => ps.some((p) => re[p.language].test(p.folded));
      if (!has(RULES) || !(has(PERMITS) && has(CONTROL))) continue;
      for (const p of ps) {
        const m = COMPLAINTS[p.language].exec(p.folded);
        if (m) {
          spans.push({ para: positionOf(ctx, p), start: m.index, end: m.index + m[0].length });
          break;
        }
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. Комиссия рассматривает жалобы на свои решения в течение десяти рабочих дней.",
        quote: "рассматривает жалобы на свои решения",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "4. Уполномоченный орган:\n1) разрабатывает и утверждает правила выдачи разрешений;\n2) выдает разрешения на размещение объектов;\n3) осуществляет государственный контроль за соблюдением правил;\n4) рассматривает жалобы физических и юридических лиц.",
        quote: "рассматривает жалобы",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "5. Комиссия өз шешімдеріне берілген шағымдарды он жұмыс күні ішінде қарайды.",
        quote: "өз шешімдеріне берілген шағымдарды он жұмыс күні ішінде қарайды",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "4. Уәкілетті орган:\n1) рұқсаттар беру қағидаларын әзірлейді және бекітеді;\n2) объектілерді орналастыруға рұқсаттар береді;\n3) қағидалардың сақталуына мемлекеттік бақылауды жүзеге асырады;\n4) жеке және заңды тұлғалардың шағымдарын қарайды.",
        quote: "шағымдарын қарайды",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. Жалобы на решения комиссии рассматриваются вышестоящим органом или судом.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "4. Уполномоченный орган:\n1) разрабатывает и утверждает правила выдачи разрешений;\n2) выдает разрешения на размещение объектов;\n3) осуществляет государственный контроль за соблюдением правил;\n4) рассматривает жалобы физических и юридических лиц.\n5. Решения уполномоченного органа размещаются на его интернет-ресурсе.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "5. Комиссияның шешімдеріне шағымдарды жоғары тұрған орган немесе сот қарайды.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "4. Уәкілетті орган:\n1) рұқсаттар беру қағидаларын әзірлейді және бекітеді;\n2) объектілерді орналастыруға рұқсаттар береді;\n3) қағидалардың сақталуына мемлекеттік бақылауды жүзеге асырады;\n4) жеке және заңды тұлғалардың шағымдарын қарайды.\n5. Уәкілетті органның шешімдері оның интернет-ресурсында орналастырылады.",
      },
    ],
  },
});
