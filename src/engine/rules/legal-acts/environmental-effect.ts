import { LEGISLATIVE_TYPES, ORDER_TYPES } from "../../data/act-hierarchy";
import { positionOf } from "../helpers";
import { defineRule } from "../types";

/**
 * Art. 20-1: drafts whose implementation may harm the environment undergo the state ecological expertise.
 * A reminder (info), once per act, when at least two different environmental subjects are regulated and the draft
 * says nothing of the expertise.
 */
const RU_TOPICS: [string, RegExp][] = [
  ["emissions", /(?<![\p{L}])(?:выброс\p{L}*|сброс\p{L}*\s+(?:сточн|загрязня)\p{L}*|эмисси\p{L}*)/u],
  ["waste", /(?<![\p{L}])отход\p{L}*\s+(?:производств|потреблени|опасн|коммунальн|твердых|строительн)\p{L}*|(?<![\p{L}])(?:опасн|коммунальн|твердых\s+бытов)\p{L}*\s+отход\p{L}*|захоронени\p{L}*\s+отход|(?<![\p{L}])(?:порубочн|лесосечн|древесн)\p{L}*\s+(?:остатк|отход)\p{L}*|(?:утилизаци|размещени|вывоз)\p{L}*\s+отход/u],
  ["subsoil", /(?<![\p{L}])недропользовани\p{L}*|(?<![\p{L}])добыч\p{L}*\s+полезн/u],
  ["water", /(?<![\p{L}])водопользовани\p{L}*|(?<![\p{L}])водн\p{L}*\s+объект\p{L}*/u],
  ["felling", /(?<![\p{L}])(?:вырубк\p{L}*|рубк\p{L}*\s+(?:леса|деревьев|зеленых)|снос\p{L}*\s+зелен\p{L}*\s+насаждени)/u],
  ["land", /(?<![\p{L}])(?:рекультиваци\p{L}*|деградаци\p{L}*\s+земель|загрязнени\p{L}*\s+(?:почв|земель|атмосферн))/u],
];
const KK_TOPICS: [string, RegExp][] = [
  ["emissions", /(?<![\p{L}])(?:шығарынды\p{L}*|төгінді\p{L}*)/u],
  ["waste", /(?<![\p{L}])(?:қалдық\p{L}*|қалдығ\p{L}*)/u],
  ["subsoil", /жер\s+қойнауын\s+пайдалан\p{L}*|пайдалы\s+қазбалар\p{L}*\s+өндір/u],
  ["water", /(?<![\p{L}])су\s+пайдалан\p{L}*|(?<![\p{L}])су\s+объекті\p{L}*/u],
  ["felling", /(?<![\p{L}])(?:кесу|кесуге|кесілу\p{L}*)(?![\p{L}])|жасыл\s+екпелер\p{L}*\s+(?:кес|жою)\p{L}*/u],
  ["land", /(?<![\p{L}])(?:рекультивация\p{L}*|жердің\s+тозу\p{L}*|топырақт\p{L}*\s+ластан)/u],
];
const EXPERTISE = /экологическ\p{L}*\s+экспертиз|экологиялық\s+сараптам/u;

export default defineRule({
  id: "LA-ENVIRONMENTAL-EFFECT",
  pack: "legal-acts",
  brief: ["L-34"],
  severity: "info",
  actTypes: [...LEGISLATIVE_TYPES, "government-resolution", ...ORDER_TYPES, "maslikhat-decision"],
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "20-1", paragraph: "1" },
  messages: {
    ru: {
      title: "Возможное воздействие на окружающую среду: «{quote}»",
      message: "Проект регулирует вопросы, влияющие на окружающую среду («{quote}»), но не упоминает государственную экологическую экспертизу.",
      explanation:
        "Проекты нормативных правовых актов, реализация которых может привести к негативному воздействию на окружающую среду, подлежат обязательной государственной экологической экспертизе (Закон «О правовых актах», п. 1 ст. 20-1). Это напоминание: рекомендуется оценить, требуется ли экспертиза для данного проекта, и отразить это в пояснительной записке.",
    },
    kk: {
      title: "Қоршаған ортаға ықтимал әсер: «{quote}»",
      message: "Жоба қоршаған ортаға әсер ететін мәселелерді реттейді («{quote}»), бірақ мемлекеттік экологиялық сараптаманы атамайды.",
      explanation:
        "Іске асырылуы қоршаған ортаға теріс әсер етуге әкелуі мүмкін нормативтік құқықтық актілердің жобалары міндетті мемлекеттік экологиялық сараптамаға жатады («Құқықтық актілер туралы» Заңның 20-1-бабының 1-тармағы). Бұл еске салу: осы жоба үшін сараптама қажет пе екенін бағалап, оны түсіндірме жазбада көрсету ұсынылады.",
    },
    en: {
      title: "Possible environmental effect: «{quote}»",
      message: "The draft regulates matters that affect the environment («{quote}») but does not mention the state ecological expertise.",
      explanation:
        "Drafts whose implementation may harm the environment are subject to mandatory state ecological expertise (Law \"On Legal Acts\" art. 20-1(1)). This is a reminder: assess whether the draft needs the expertise and say so in the explanatory note.",
    },
  },
  detect(ctx) {
    const ops = ctx.operative();
    if (ctx.doc.paragraphs.some((p) => !p.isNote && EXPERTISE.test(p.folded))) return [];
    const topics = new Set<string>();
    let first: { para: number; start: number; end: number } | null = null;
    for (const p of ops) {
      for (const [topic, re] of p.language === "kk" ? KK_TOPICS : RU_TOPICS) {
        const m = re.exec(p.folded);
        if (!m) continue;
        topics.add(topic);
        const para = positionOf(ctx, p);
        if (!first || (first.para === para && m.index < first.start)) first = { para, start: m.index, end: m.index + m[0].length };
      }
    }
    return topics.size >= 2 && first ? [first] : [];
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить прилагаемые Правила рубок обновления в защитных насаждениях.",
          "2. Вырубка проводится в осенне-зимний период, порубочные остатки подлежат сжиганию или измельчению на месте.",
        ].join("\n"),
        quote: "Вырубка",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Қорғаныш екпелерінде жаңарту кесулерінің қоса беріліп отырған қағидалары бекітілсін.",
          "2. Ағаш кесу күзгі-қысқы кезеңде жүргізіледі, кесу қалдықтары сол жерде өртелуге немесе ұсақталуға жатады.",
        ].join("\n"),
        quote: "кесу",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить прилагаемые Правила учета выбросов загрязняющих веществ в атмосферный воздух.",
          "2. Операторы объектов ведут учет отходов производства и потребления.",
        ].join("\n"),
        quote: "выбросов",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "1. Разрешить вырубку зеленых насаждений при строительстве, а водопользование на участке осуществлять по разрешению.",
        quote: "вырубку",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Атмосфералық ауаға ластаушы заттардың шығарындыларын есепке алудың қоса беріліп отырған қағидалары бекітілсін.",
          "2. Объектілердің операторлары өндіріс және тұтыну қалдықтарын есепке алуды жүргізеді.",
        ].join("\n"),
        quote: "шығарындыларын",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "1. Құрылыс кезінде жасыл екпелерді кесуге рұқсат етілсін, ал учаскеде су пайдалану рұқсат бойынша жүзеге асырылсын.",
        quote: "жасыл екпелерді кесуге",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "1. Утвердить прилагаемую форму отчета о вырубке деревьев в населенных пунктах.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "1. Елді мекендерде ағаштарды кесу туралы есептің қоса беріліп отырған нысаны бекітілсін.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить прилагаемые Правила учета выбросов загрязняющих веществ в атмосферный воздух.",
          "2. Проект прошел государственную экологическую экспертизу; операторы ведут учет отходов производства и потребления.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "1. Утвердить тарифы на услуги по вывозу твердых бытовых отходов для населения.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Атмосфералық ауаға ластаушы заттардың шығарындыларын есепке алудың қоса беріліп отырған қағидалары бекітілсін.",
          "2. Жоба мемлекеттік экологиялық сараптамадан өтті; операторлар өндіріс және тұтыну қалдықтарын есепке алуды жүргізеді.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "1. Халық үшін қатты тұрмыстық қалдықтарды шығару жөніндегі қызметтерге тарифтер бекітілсін.",
      },
    ],
  },
});
