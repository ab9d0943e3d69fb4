import { around, phrases, scanContent, sentenceOf } from "../helpers";
import { defineRule } from "../types";

/** Allocation outside competition: «без проведения конкурса», «из одного источника», «конкурс өткізбей». */
const NON_COMPETITIVE = phrases(
  [
    "без проведения конкурса",
    "без проведения конкурсов",
    "без проведения торгов",
    "без проведения аукциона",
    "без проведения тендера",
    "без конкурса",
    "без конкурсного отбора",
    "без проведения конкурсного отбора",
    "вне конкурса",
    "вне конкурсных процедур",
    "из одного источника",
    "путем прямого предоставления",
    "на внеконкурсной основе",
    "на безвозмездной основе",
  ],
  [
    "конкурс өткізбей*",
    "конкурс өткізілмей*",
    "конкурссыз",
    "сауда-саттық өткізбей*",
    "сауда-саттық өткізілмей*",
    "аукцион өткізбей*",
    "тендер өткізбей*",
    "бір көзден алу*",
    "конкурстан тыс",
    "өтеусіз негізде",
  ],
);

/** What is allocated: land, subsidies, grants, quotas, property, premises, procurement, budget money. */
const OBJECT: Record<"ru" | "kk", RegExp> = {
  ru: /земел|участ|субсиди|грант|квот|имуществ|помещени|аренд|закуп|бюджетн\p{L}*\s+средств|средств|жил(?:ищ|ь|ье|ого|ых)|заказ|недропользовани|лицензи|объект|право\s+(?:пользования|аренды)|концесси|перевозчик|маршрут|мест[аоу]?(?![\p{L}])|мест\p{L}+\s+для|оператор|поставщик|лимит|аккредитаци/u,
  kk: /жер|учаске|субсиди|грант|квота|мүлі?к|мүлк|үй-жай|жалға|сатып\s+алу|бюджет\s+қаражат|қаражат|тұрғын\s+үй|тапсырыс|жер\s+қойнауын\s+пайдалану|лицензия|объекті|пайдалану\s+құқығ|концессия|тасымалдаушы|маршрут|жабдықтаушы|орны|орындар|оператор|лимит|аккредит/u,
};

/** A law-based exception is cited. */
const EXCEPTION: Record<"ru" | "kk", RegExp> = {
  ru: /(?:в\s+соответствии\s+с|согласно|предусмотренн\p{L}*|установленн\p{L}*|указанн\p{L}*)\s+(?:с\s+)?(?:\p{L}+\s+){0,3}(?:пункт|подпункт|стать|закон|кодекс|законодательств)\p{L}*|(?:случаях|основаниям),?\s+(?:предусмотренн|установленн)\p{L}*\s+(?:\p{L}+\s+){0,2}(?:закон|кодекс|законодательств)|не\s+допуска|запрещ|не\s+может|не\s+осуществля/u,
  kk: /(?:кодекс|заң|заңнама)\p{L}*\s+(?:\p{L}+\s+){0,3}(?:сәйкес|көзделген|белгіленген)|(?:тармағ|тармақша|баб)\p{L}*\s+(?:\p{L}+\s+){0,2}(?:сәйкес|көзделген|белгіленген)|жол\s+берілмейді|тыйым\s+салынады|болмайды/u,
};

export default defineRule({
  id: "AC-NON-COMPETITIVE-ALLOCATION",
  pack: "anticorruption",
  brief: ["AC-09"],
  severity: "warning",
  actTypes: ["presidential-decree", "government-resolution", "ministerial-order", "agency-order", "maslikhat-decision", "akimat-resolution", "akim-decision"],
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "30", paragraph: "6" },
  messages: {
    ru: {
      title: "Распределение без конкурса: «{quote}»",
      message: "Ресурс распределяется «{quote}» без ссылки на исключение, предусмотренное законом; требует экспертной проверки.",
      explanation:
        "Предоставление земли, субсидий, грантов, квот, имущества или заказов без конкурса, аукциона или опубликованных критериев — коррупциогенный фактор (Закон «О правовых актах», п. 6 ст. 30; Предпринимательский кодекс, ст. 81-1 — прозрачность и недискриминационность). Внеконкурсный порядок допустим лишь в случаях, прямо предусмотренных законом. Рекомендуется сослаться на соответствующую норму закона или установить конкурсную процедуру с опубликованными критериями.",
    },
    kk: {
      title: "Конкурссыз бөлу: «{quote}»",
      message: "Ресурс заңда көзделген ерекшелікке сілтемесіз «{quote}» бөлінеді; сараптамалық тексеруді қажет етеді.",
      explanation:
        "Жерді, субсидияларды, гранттарды, квоталарды, мүлікті немесе тапсырыстарды конкурссыз, аукционсыз немесе жарияланған өлшемшарттарсыз беру — сыбайлас жемқорлық тәуекелінің факторы («Құқықтық актілер туралы» Заңның 30-бабының 6-тармағы; Кәсіпкерлік кодекстің 81-1-бабы — ашықтық және кемсітпеушілік). Конкурстан тыс тәртіпке заңда тікелей көзделген жағдайларда ғана жол беріледі. Заңның тиісті нормасына сілтеме жасау немесе жарияланған өлшемшарттары бар конкурстық рәсімді белгілеу ұсынылады.",
    },
    en: {
      title: "Allocation without competition: «{quote}»",
      message: "A resource is allocated «{quote}» without citing an exception set by law; requires expert review.",
      explanation:
        "Granting land, subsidies, grants, quotas, property or contracts without a tender, auction or published criteria is a corruption-risk factor (Law \"On Legal Acts\" art. 30(6); Entrepreneurial Code art. 81-1, transparency and non-discrimination). A non-competitive procedure is acceptable only in cases the law expressly provides. Cite the relevant provision of the law or set a competitive procedure with published criteria.",
    },
  },
  detect(ctx) {
    return scanContent(ctx, NON_COMPETITIVE, (p, m) => {
      const lang = p.language;
      const s = sentenceOf(p, m);
      if (!OBJECT[lang].test(s) || EXCEPTION[lang].test(s)) return false;
      // Given free of charge: non-competitive only when an official's decision decides who gets it.
      if (/безвозмездной|өтеусіз/u.test(p.folded.slice(m.start, m.end)) && !/по\s+решению|шешімі\s+бойынша/u.test(s)) return false;
      // «на должность … без конкурса» is about civil service, not allocation.
      const { before } = around(p, m, 80);
      if (/должност|лауазым/u.test(before)) return false;
      return true;
    });
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "3. Земельные участки для ведения крестьянского хозяйства предоставляются местным исполнительным органом без проведения конкурса.",
        quote: "без проведения конкурса",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "7. Гранты на реализацию проектов распределяются Министерством из одного источника по решению руководителя.",
        quote: "из одного источника",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "3. Шаруа қожалығын жүргізу үшін жер учаскелерін жергілікті атқарушы орган конкурс өткізбей береді.",
        quote: "конкурс өткізбей",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "7. Жобаларды іске асыруға арналған гранттар басшының шешімі бойынша конкурссыз бөлінеді.",
        quote: "конкурссыз",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "3. Земельные участки предоставляются без проведения конкурса в случаях, предусмотренных пунктом 3 статьи 43 Земельного кодекса Республики Казахстан.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "7. Закупки способом из одного источника не допускаются, за исключением случаев, предусмотренных Законом Республики Казахстан «О государственных закупках».",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "3. Жер учаскелері Қазақстан Республикасы Жер кодексінің 43-бабының 3-тармағында көзделген жағдайларда конкурс өткізбей беріледі.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "7. Гранттарды конкурссыз бөлуге жол берілмейді.",
      },
    ],
  },
});
