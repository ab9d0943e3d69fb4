import type { RuleCitation } from "../../data/acts";
import { findAll, wordRegex } from "../../document/match";
import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

const NUM_LIST = "\\d+(?:-\\d+)*\\)?(?:\\s*(?:,|и)\\s*\\d+(?:-\\d+)*\\)?)*";
const UNIT_RU = "(?:под)?пункт\\p{L}*|стать\\p{L}*|глав\\p{L}*|раздел\\p{L}*|част\\p{L}*|абзац\\p{L}*|параграф\\p{L}*|приложени\\p{L}*";

/**
 * «считать пунктами 5, 6 соответственно», «считать соответственно подпунктами 4) и 5)», «изменить нумерацию»,
 * «перенумеровать». «Пункт 5 считать утратившим силу» is not renumbering.
 */
const RU = wordRegex(
  [
    // The numbers are required: «считать главой крестьянского хозяйства» is not about numbering.
    `считать\\s+(?:соответственно\\s+)?(?:${UNIT_RU})\\s+(?:№\\s*)?${NUM_LIST}(?:\\s+соответственно)?`,
    // Only the numbering of structural units: «изменить нумерацию домов» is an address matter.
    `(?:изменить\\s+нумерацию|изменив\\s+нумерацию|перенумеровать|перенумеровав)\\s+(?:\\p{L}+\\s+){0,2}?(?:${UNIT_RU})`,
    `нумерацию\\s+(?:\\p{L}+\\s+){0,2}?(?:${UNIT_RU})\\s+(?:изменить|изменив)`,
  ].join("|"),
);

const NUM_LIST_KK = "\\d+(?:-\\d+)*\\)?(?:\\s*(?:,|және)\\s*\\d+(?:-\\d+)*\\)?)*";
const UNIT_KK = "тармақ\\p{L}*|тармақша\\p{L}*|бап\\p{L}*|баптар\\p{L}*|тарау\\p{L}*|бөлім\\p{L}*|бөлік\\p{L}*|абзац\\p{L}*|параграф\\p{L}*|қосымша\\p{L}*";

/** «тиісінше 5, 6-тармақтар деп есептелсін», «4) және 5) тармақшалар деп есептелсін», «нөмірленуі өзгертілсін». */
const KK = wordRegex(
  [
    `(?:тиісінше\\s+)?${NUM_LIST_KK}(?:-|\\s+)(?:${UNIT_KK})\\s+деп\\s+есептелсін`,
    `(?:${UNIT_KK})(?:\\s+\\p{L}+){0,2}?\\s+(?:нөмірлен|нөмірле)\\p{L}*\\s+өзгертілсін`,
    `(?:${UNIT_KK})(?:\\s+\\p{L}+){0,2}?\\s+қайта\\s+нөмірленсін`,
  ].join("|"),
);

const INSERTION = /(?<![\p{L}])(?:дополнить|толықтырылсын)(?![\p{L}])/u;
const INSERTION_CITATION: RuleCitation = { act: "law-on-legal-acts", article: "26", paragraph: "7" };

export default defineRule({
  id: "LA-RENUMBERING",
  pack: "legal-acts",
  brief: ["L-16"],
  severity: "error",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "27", paragraph: "6" },
  messages: {
    ru: {
      title: "Перенумерация структурных элементов: «{quote}»",
      message: "«{quote}»: существующие элементы перенумеровываются, хотя их номера должны сохраняться.",
      explanation:
        "При признании структурных элементов утратившими силу их номера сохраняются, а нумерация оставшихся элементов не изменяется (Закон «О правовых актах», п. 6 ст. 27). Новые элементы включаются за последним элементом того же вида или между элементами под дополнительными номерами, дублирующими номер предыдущего: пункты 2-1, 2-2, подпункты 8-1) (п. 7 ст. 26). Перенумерация ломает ссылки в других актах. Рекомендуется использовать формулу «дополнить пунктом 3-1 следующего содержания» или «пункт 5 исключить».",
    },
    kk: {
      title: "Құрылымдық элементтерді қайта нөмірлеу: «{quote}»",
      message: "«{quote}»: қолданыстағы элементтер қайта нөмірленеді, ал олардың нөмірлері сақталуға тиіс.",
      explanation:
        "Құрылымдық элементтер күші жойылды деп танылған кезде олардың нөмірлері сақталады, қалған элементтердің нөмірленуі өзгертілмейді («Құқықтық актілер туралы» Заңның 27-бабының 6-тармағы). Жаңа элементтер сол түрдегі соңғы элементтен кейін немесе элементтердің арасына алдыңғы элементтің нөмірін қайталайтын қосымша нөмірлермен енгізіледі: 2-1, 2-2-тармақтар, 8-1) тармақша (26-баптың 7-тармағы). Қайта нөмірлеу басқа актілердегі сілтемелерді бұзады. «мынадай мазмұндағы 3-1-тармақпен толықтырылсын» немесе «5-тармақ алып тасталсын» деген тұжырымды қолдану ұсынылады.",
    },
    en: {
      title: "Renumbering of structural units: «{quote}»",
      message: "«{quote}» renumbers existing units, whose numbers must be kept.",
      explanation:
        "When units are repealed their numbers are kept and the remaining units are not renumbered (Law \"On Legal Acts\" art. 27(6)). New units go after the last unit of the same kind or between units under added numbers that repeat the preceding one: points 2-1, 2-2, subpoints 8-1) (art. 26(7)). Renumbering breaks references in other acts. Use «add point 3-1 reading as follows» or «exclude point 5».",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.operative()) {
      // After an insertion the rule broken is the «-1» numbering of new units (26(7)); after an exclusion,
      // keeping the numbers of the remaining ones (27(6)).
      const insertion = INSERTION.test(p.folded);
      for (const m of findAll(p.language === "kk" ? KK : RU, p.text, p.folded)) {
        spans.push({ para: positionOf(ctx, p), start: m.start, end: m.end, ...(insertion ? { citation: INSERTION_CITATION } : {}) });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "1) дополнить пунктом 4 следующего содержания, пункты 4 и 5 считать пунктами 5, 6 соответственно;",
        quote: "считать пунктами 5, 6 соответственно",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "2) подпункт 3) пункта 2 исключить, изменить нумерацию последующих подпунктов;",
        quote: "изменить нумерацию последующих подпунктов",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "1) мынадай мазмұндағы 4-тармақпен толықтырылсын, 4 және 5-тармақтар тиісінше 5, 6-тармақтар деп есептелсін;",
        quote: "тиісінше 5, 6-тармақтар деп есептелсін",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "2) 2-тармақтың 3) тармақшасы алып тасталсын, кейінгі тармақшалардың нөмірленуі өзгертілсін;",
        quote: "тармақшалардың нөмірленуі өзгертілсін",
      },
    ],
    good: [
      { lang: "ru", actType: "ministerial-order", text: "1) дополнить пунктом 3-1 следующего содержания:" },
      { lang: "ru", actType: "government-resolution", text: "2) пункт 5 считать утратившим силу;" },
      { lang: "ru", actType: "maslikhat-decision", text: "3. Лицо, ведущее хозяйство, считать главой крестьянского хозяйства." },
      { lang: "kk", actType: "ministerial-order", text: "1) мынадай мазмұндағы 3-1-тармақпен толықтырылсын:" },
      { lang: "kk", actType: "government-resolution", text: "2) 5-тармақ алып тасталсын;" },
      { lang: "ru", actType: "akimat-resolution", text: "1. Изменить нумерацию домов по улице Абая в связи с новой застройкой." },
      { lang: "ru", actType: "ministerial-order", text: "2) изменить следующие пункты Правил: пункт 4 изложить в следующей редакции:" },
    ],
  },
});
