import { findAll, wordRegex } from "../../document/match";
import type { Language } from "../../../contract";
import { positionOf, sentenceOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/**
 * The 1995 formula «ратифицированные международные договоры имеют приоритет перед законами» (1995 art. 4(3)),
 * which the 2026 Constitution dropped: art. 5(3) leaves the effect of treaties to the laws.
 */
const PRIORITY: Record<Language, RegExp> = {
  ru: wordRegex(
    "(?:имеют|имеет|обладают|обладает)\\s+приоритет\\s+перед\\s+(?:ее\\s+|его\\s+|их\\s+|национальн\\p{L}*\\s+|внутренн\\p{L}*\\s+|настоящ\\p{L}*\\s+)?(?:закон\\p{L}*|законодательств\\p{L}*)|приоритет\\p{L}*\\s+(?:ратифицированн\\p{L}*\\s+)?международн\\p{L}*\\s+договор\\p{L}*(?:\\s+перед\\s+(?:закон\\p{L}*|законодательств\\p{L}*|национальн\\p{L}*\\s+законодательств\\p{L}*))?",
  ),
  kk: wordRegex(
    "(?:заңдарынан|заңдарының\\s+алдында|заңнамасынан|заңнан|осы\\s+заңнан|осы\\s+заңның\\s+алдында)\\s+басымдығы\\s+(?:болады|бар)|халықаралық\\s+шарттардың\\s+(?:(?:оның|ұлттық)\\s+)?(?:(?:заңдарынан|заңнамадан|заңдардан)\\s+)?басымдығы(?:\\s+(?:болады|бар))?",
  ),
};

/** The sentence must be about treaties. */
const TREATY: Record<Language, RegExp> = {
  ru: /международн\p{L}*\s+договор/u,
  kk: /халықаралық\s+шарт/u,
};

/** «приоритет международных договоров» named as a direction of foreign policy, not as a conflict rule. */
const NOT_A_RULE: Record<Language, RegExp> = {
  ru: /приоритет\p{L}*\s+(?:направлени|задач|сотрудничеств)|заключени\p{L}*\s+международн/u,
  kk: /басым\s+бағыт|шарттар\p{L}*\s+жасасу/u,
};

export default defineRule({
  id: "CONST-TREATY-PRIORITY",
  pack: "constitution",
  brief: ["C-13"],
  severity: "warning",
  actTypes: ["constitutional-law", "code", "law", "amendment-law", "presidential-decree", "government-resolution"],
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "5", paragraph: "3" },
  messages: {
    ru: {
      title: "Формула приоритета международных договоров: «{quote}»",
      message: "«{quote}» воспроизводит формулу Конституции 1995 года о приоритете ратифицированных договоров перед законами; требует экспертной проверки.",
      explanation:
        "Конституция 1995 года (п. 3 ст. 4) устанавливала приоритет ратифицированных международных договоров перед законами. В Конституции 2026 года этой формулы нет: порядок действия международных договоров на территории Республики Казахстан определяется законами (п. 3 ст. 5). Норма Закона «О правовых актах» (п. 2 ст. 6), повторяющая прежнюю формулу, может быть устаревшей. Воспроизведение формулы в новом тексте создаёт возможное противоречие; рекомендуется сформулировать коллизионное правило со ссылкой на закон, определяющий порядок действия договоров.",
    },
    kk: {
      title: "Халықаралық шарттардың басымдығы туралы тұжырым: «{quote}»",
      message: "«{quote}» ратификацияланған шарттардың заңдардан басымдығы туралы 1995 жылғы Конституцияның тұжырымын қайталайды; сараптамалық тексеруді қажет етеді.",
      explanation:
        "1995 жылғы Конституция (4-баптың 3-тармағы) ратификацияланған халықаралық шарттардың заңдардан басымдығын белгілеген. 2026 жылғы Конституцияда мұндай тұжырым жоқ: халықаралық шарттардың Қазақстан Республикасының аумағында қолданылу тәртібі заңдармен айқындалады (5-баптың 3-тармағы). «Құқықтық актілер туралы» Заңның бұрынғы тұжырымды қайталайтын нормасы (6-баптың 2-тармағы) ескірген болуы мүмкін. Жаңа мәтінде бұл тұжырымды қайталау ықтимал қайшылық туғызады; шарттардың қолданылу тәртібін айқындайтын заңға сілтеме жасай отырып, коллизиялық ережені тұжырымдау ұсынылады.",
    },
    en: {
      title: "Treaty-priority formula: «{quote}»",
      message: "«{quote}» restates the 1995 formula that ratified treaties prevail over laws; requires expert review.",
      explanation:
        "The 1995 Constitution (art. 4(3)) gave ratified international treaties priority over laws. The 2026 Constitution has no such formula: the way treaties operate in the Republic of Kazakhstan is set by laws (art. 5(3)). The provision of the Law \"On Legal Acts\" (art. 6(2)) that repeats the old formula may be outdated. Restating it in new text is a possible conflict; a conflict rule that refers to the law governing the effect of treaties is recommended.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      for (const m of findAll(PRIORITY[p.language], p.text, p.folded)) {
        const s = sentenceOf(p, m);
        if (!TREATY[p.language].test(s) || NOT_A_RULE[p.language].test(s)) continue;
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
        text: "2. Международные договоры, ратифицированные Республикой Казахстан, имеют приоритет перед ее законами и применяются непосредственно.",
        quote: "имеют приоритет перед ее законами",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "3. При разработке проектов правил учитывается приоритет международных договоров, ратифицированных Республикой Казахстан.",
        quote: "приоритет международных договоров",
      },
      {
        lang: "kk",
        actType: "law",
        text: "2. Қазақстан Республикасы ратификациялаған халықаралық шарттардың оның заңдарынан басымдығы болады.",
        quote: "халықаралық шарттардың оның заңдарынан басымдығы болады",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "3. Қағидалардың жобаларын әзірлеу кезінде ратификацияланған халықаралық шарттардың басымдығы ескеріледі.",
        quote: "халықаралық шарттардың басымдығы",
      },
      {
        lang: "ru",
        actType: "law",
        text: "2. Международные договоры, ратифицированные Республикой Казахстан, имеют приоритет перед настоящим Законом и применяются непосредственно.",
        quote: "имеют приоритет перед настоящим Законом",
      },
      {
        lang: "kk",
        actType: "law",
        text: "2. Қазақстан Республикасы ратификациялаған халықаралық шарттардың осы Заңнан басымдығы бар.",
        quote: "осы Заңнан басымдығы бар",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "law",
        text: "2. Если международным договором, ратифицированным Республикой Казахстан, установлены иные правила, чем те, которые содержатся в настоящем Законе, то применяются правила международного договора.",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "4. Приоритетными направлениями международного сотрудничества являются заключение международных договоров в сфере транспорта.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "2. Егер Қазақстан Республикасы ратификациялаған халықаралық шартта осы Заңдағыдан өзгеше қағидалар белгіленсе, онда халықаралық шарттың қағидалары қолданылады.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "4. Көлік саласындағы халықаралық шарттарды жасасу халықаралық ынтымақтастықтың басым бағыты болып табылады.",
      },
    ],
  },
});
