import type { Language } from "../../../contract";
import { wordRegex } from "../../document/match";
import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/** The body that will set the rules itself: an authorised or local executive body, the akimat, the head. */
const BODY_RU =
  "(?:(?:местн\\p{L}*\\s+)?исполнительн\\p{L}*\\s+орган\\p{L}*|уполномоченн\\p{L}*\\s+орган\\p{L}*|акимат\\p{L}*|руководител\\p{L}*)";
const BODY_KK =
  "(?:(?:\\p{L}+(?:ның|нің|дың|дің|тың|тің)\\s+)?(?:уәкілетті|жергілікті\\s+атқарушы)\\s+орган(?:ы)?|(?:\\p{L}+\\s+)?әкімдігі|әкімдік|басшы\\p{L}*)";

/**
 * Rules left to be set later by the body itself, its head or an internal document. The present participle
 * («определяемом», «айқындайтын») points to rules not yet made; the past one («установленном», «айқындаған»)
 * refers to an existing act and is not flagged.
 */
const BLANKET: Record<Language, RegExp> = {
  ru: wordRegex(
    [
      "в\\s+порядке,?\\s+(?:определяем|устанавливаем|утверждаем)\\p{L}*\\s+(?:" + BODY_RU + "|им|ими|самостоятельно|внутренн\\p{L}*\\s+(?:документ|акт)\\p{L}*)",
      // «объектов, перечень которых определяется местным исполнительным органом» — the list itself left to the body.
      "(?:перечень|порядок|размер|размеры|критерии|условия)\\s+(?:котор\\p{L}+\\s+)?(?:определя|устанавлива|утвержда)(?:ется|ются)\\s+(?:самостоятельно\\s+)?(?:" + BODY_RU + ")",
      "(?:устанавлива|определя)(?:ет|ют|ется|ются)\\s+руководител\\p{L}*",
      "(?:устанавлива|определя)(?:ется|ются)\\s+внутренн\\p{L}*\\s+(?:документ|акт)\\p{L}*",
      "определяем\\p{L}*\\s+(?:им|ими)\\s+самостоятельно",
    ].join("|"),
  ),
  kk: wordRegex(
    [
      "(?:" + BODY_KK + "|өзі)\\s+(?:айқындайтын|белгілейтін|бекітетін)\\s+тәртіппен",
      // «тізбесін жергілікті атқарушы орган айқындайтын объектілер» — the list itself left to the body.
      "(?:тізбесін|тәртібін|мөлшерін|мөлшерлерін|өлшемшарттарын|шарттарын)\\s+(?:" + BODY_KK + ")\\s+(?:айқындайтын|белгілейтін|бекітетін)",
      "басшы(?:сы)?\\s+(?:белгілейді|айқындайды)",
      "ішкі\\s+(?:құжат|акт)\\p{L}*\\s+(?:айқындалады|белгіленеді)",
      "өзі\\s+дербес\\s+(?:айқындайды|белгілейді)",
    ].join("|"),
  ),
};

export default defineRule({
  id: "AC-BLANKET-NORM",
  pack: "anticorruption",
  brief: ["AC-05"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "30", paragraph: "6" },
  messages: {
    ru: {
      title: "Бланкетная норма без пределов: «{quote}»",
      message: "«{quote}»: порядок или условия оставлены на усмотрение самого органа или его руководителя.",
      explanation:
        "Отсылка к порядку, который орган или его руководитель определит сам, без пределов и критериев, — коррупциогенный фактор (бланкетная норма, самонаделение полномочиями); такие нормы выявляются научной антикоррупционной экспертизой (Закон «О правовых актах», п. 6 ст. 30). В подзаконном акте нормы могут лишь детализировать закон и не должны выходить за его пределы (п. 1 ст. 24). Рекомендуется изложить порядок в самом акте или назвать конкретный акт, его форму и пределы регулирования. Ссылка на уже принятый акт («в порядке, установленном …») не отмечается. Требует экспертной проверки.",
    },
    kk: {
      title: "Шектеусіз бланкеттік норма: «{quote}»",
      message: "«{quote}»: тәртіп немесе шарттар органның өзінің немесе оның басшысының қалауына қалдырылған.",
      explanation:
        "Орган немесе оның басшысы шектеусіз және өлшемшартсыз өзі айқындайтын тәртіпке сілтеме — сыбайлас жемқорлық тәуекелінің факторы (бланкеттік норма, өзіне өкілеттік беру); мұндай нормалар ғылыми сыбайлас жемқорлыққа қарсы сараптамада анықталады («Құқықтық актілер туралы» Заңның 30-бабының 6-тармағы). Заңға тәуелді актіде нормалар заңды тек нақтылай алады және оның шегінен шықпауға тиіс (24-баптың 1-тармағы). Тәртіпті актінің өзінде жазу немесе нақты актіні, оның нысанын және реттеу шегін атау ұсынылады. Қабылданған актіге сілтеме («… айқындаған тәртіппен») белгіленбейді. Сараптамалық тексеруді қажет етеді.",
    },
    en: {
      title: "Blanket norm without limits: «{quote}»",
      message: "«{quote}» leaves the procedure or conditions to the body itself or its head.",
      explanation:
        "Referring to a procedure that the body or its head will set itself, without limits or criteria, is a corruption-risk factor (blanket norm, self-delegation); scientific anti-corruption expertise looks for such norms (Law \"On Legal Acts\" art. 30(6)). A subordinate act may only detail the law and must not go beyond it (art. 24(1)). Set the procedure out in the act itself, or name the specific act, its form and the limits of what it may regulate. A reference to an act already adopted («in the procedure established by …») is not flagged. Requires expert review.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const re = BLANKET[p.language];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.folded)) !== null) {
        spans.push({ para: positionOf(ctx, p), start: m.index, end: m.index + m[0].length });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "14. Субсидии распределяются в порядке, определяемом уполномоченным органом.",
        quote: "в порядке, определяемом уполномоченным органом",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "6. Размер вознаграждения членов комиссии устанавливается руководителем управления.",
        quote: "устанавливается руководителем",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "14. Субсидиялар уәкілетті орган айқындайтын тәртіппен бөлінеді.",
        quote: "уәкілетті орган айқындайтын тәртіппен",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "6. Комиссия мүшелеріне берілетін сыйақы мөлшерін басқарма басшысы белгілейді.",
        quote: "басшысы белгілейді",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "5. Нестационарные торговые объекты размещаются в местах, перечень которых определяется акиматом района.",
        quote: "перечень которых определяется акиматом",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "5. Стационарлық емес сауда объектілері тізбесін аудан әкімдігі айқындайтын орындарда орналастырылады.",
        quote: "тізбесін аудан әкімдігі айқындайтын",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "7. Квоты на вылов распределяются в порядке, определяемом местным исполнительным органом области.",
        quote: "в порядке, определяемом местным исполнительным органом",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "7. Аулау квоталары облыстың жергілікті атқарушы органы айқындайтын тәртіппен бөлінеді.",
        quote: "облыстың жергілікті атқарушы органы айқындайтын тәртіппен",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "14. Субсидии распределяются в порядке, установленном Правилами субсидирования, утвержденными приказом Министра сельского хозяйства Республики Казахстан от 30 марта 2020 года № 107.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "15. Отчет представляется в порядке, установленном уполномоченным органом в сфере статистики.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "14. Субсидиялар Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 30 наурыздағы № 107 бұйрығымен бекітілген Субсидиялау қағидаларында белгіленген тәртіппен бөлінеді.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "15. Есеп статистика саласындағы уәкілетті орган айқындаған тәртіппен ұсынылады.",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "5. Нестационарные торговые объекты размещаются в местах, перечень которых утвержден постановлением акимата района от 12 марта 2024 года № 88.",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "5. Стационарлық емес сауда объектілері аудан әкімдігінің 2024 жылғы 12 наурыздағы № 88 қаулысымен бекітілген тізбеге енгізілген орындарда орналастырылады.",
      },
    ],
  },
});
