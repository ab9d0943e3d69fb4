import { LEGISLATIVE_TYPES } from "../../data/act-hierarchy";
import { phrases, scanOperative } from "../helpers";
import { defineRule } from "../types";

/**
 * Laws and maslikhat decisions that raise spending or cut revenue need a positive conclusion of the Government
 * (bills; Constitution 2026 art. 60(6)) or of the akim (maslikhat drafts; art. 90(2)). The text cannot show whether
 * the conclusion exists, so this is an info reminder, once per act, on the first sign. The annual budget decision
 * itself is submitted by the akimat and is not flagged.
 */
const TRIGGERS = phrases(
  [
    "за счет средств местного бюджета",
    "за счет средств местных бюджетов",
    "за счет средств республиканского бюджета",
    "за счет средств областного бюджета",
    "за счет средств районного бюджета",
    "за счет средств городского бюджета",
    "за счет бюджетных средств",
    "освобождение от уплаты",
    "освобождаются от уплаты",
    "освободить от уплаты",
  ],
  [
    "жергілікті бюджет қаражаты есебінен",
    "жергілікті бюджеттер қаражаты есебінен",
    "республикалық бюджет қаражаты есебінен",
    "облыстық бюджет қаражаты есебінен",
    "аудандық бюджет қаражаты есебінен",
    "қалалық бюджет қаражаты есебінен",
    "бюджет қаражаты есебінен",
    "төлеуден босат*",
  ],
);
const CONCLUSION = /заключени\p{L}*\s+(?:правительства|акима)|(?:үкіметтің|әкімнің)\s+(?:оң\s+)?қорытынды\p{L}*/u;
const BUDGET_DECISION = /(?:утвердить|о)\s+(?:районн\p{L}*|городск\p{L}*|областн\p{L}*|республиканск\p{L}*)?\s*бюджет\p{L}*\s+(?:\p{L}+\s+){0,4}на\s+\d{4}|бюджет\p{L}*\s+(?:\p{L}+\s+){0,4}\d{4}\s*[-–—]\s*\d{4}\s+жылдарға|\d{4}\s*[-–—]\s*\d{4}\s+жылдарға\s+арналған\s+(?:\p{L}+\s+){0,3}бюджет/u;

export default defineRule({
  id: "LA-BUDGET-IMPACT",
  pack: "legal-acts",
  brief: ["L-30"],
  severity: "info",
  actTypes: [...LEGISLATIVE_TYPES, "maslikhat-decision"],
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "60", paragraph: "6" },
  messages: {
    ru: {
      title: "Влияние на бюджет: нужно положительное заключение («{quote}»)",
      message: "Проект влечёт расходы бюджета или сокращение доходов («{quote}»); рекомендуется приложить положительное заключение {who}.",
      explanation:
        "Проекты законов, предусматривающие сокращение государственных доходов или увеличение государственных расходов, вносятся только при наличии положительного заключения Правительства (Конституция 2026 года, п. 6 ст. 60; Закон «О правовых актах», п. 3 ст. 29). Проекты решений маслихатов, предусматривающие сокращение местных бюджетных доходов или увеличение местных бюджетных расходов, вносятся только при наличии положительного заключения акима (Конституция 2026 года, п. 2 ст. 90). Это напоминание: из текста проекта нельзя установить, получено ли заключение.",
    },
    kk: {
      title: "Бюджетке әсері: оң қорытынды қажет («{quote}»)",
      message: "Жоба бюджет шығыстарын көбейтеді немесе кірістерін қысқартады («{quote}»); {who} оң қорытындысын қоса беру ұсынылады.",
      explanation:
        "Мемлекеттік кірістерді қысқартуды немесе мемлекеттік шығыстарды ұлғайтуды көздейтін заң жобалары Үкіметтің оң қорытындысы болған кезде ғана енгізіледі (2026 жылғы Конституцияның 60-бабының 6-тармағы; «Құқықтық актілер туралы» Заңның 29-бабының 3-тармағы). Жергілікті бюджет кірістерін қысқартуды немесе жергілікті бюджет шығыстарын ұлғайтуды көздейтін мәслихат шешімдерінің жобалары әкімнің оң қорытындысы болған кезде ғана енгізіледі (2026 жылғы Конституцияның 90-бабының 2-тармағы). Бұл еске салу: қорытындының алынғанын жоба мәтінінен анықтау мүмкін емес.",
    },
    en: {
      title: "Budget impact: a positive conclusion is needed («{quote}»)",
      message: "The draft raises budget spending or cuts revenue («{quote}»); attach the positive conclusion of {who}.",
      explanation:
        "Bills that cut state revenue or raise state spending may be introduced only with a positive conclusion of the Government (Constitution 2026 art. 60(6); Law \"On Legal Acts\" art. 29(3)). Draft maslikhat decisions that cut local revenue or raise local spending may be introduced only with a positive conclusion of the akim (Constitution 2026 art. 90(2)). This is a reminder: the text cannot show whether the conclusion was obtained.",
    },
  },
  detect(ctx) {
    const all = ctx.doc.paragraphs.filter((p) => !p.isNote);
    if (all.some((p) => CONCLUSION.test(p.folded))) return [];
    const maslikhat = ctx.doc.actType === "maslikhat-decision";
    if (maslikhat && all.slice(0, 30).some((p) => BUDGET_DECISION.test(p.folded))) return [];
    const spans = scanOperative(ctx, TRIGGERS);
    if (spans.length === 0) return [];
    const first = spans[0]!;
    const p = ctx.doc.paragraphs[first.para!]!;
    const kk = p.language === "kk";
    const who = maslikhat ? (kk ? "әкімнің" : "акима") : kk ? "Үкіметтің" : "Правительства";
    return [
      {
        ...first,
        data: { who },
        ...(maslikhat ? { citation: { act: "constitution-2026" as const, article: "90", paragraph: "2" } } : {}),
      },
    ];
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "1. Предоставить многодетным семьям единовременную выплату в размере 20 месячных расчетных показателей.",
          "2. Выплата производится за счет средств местного бюджета.",
        ].join("\n"),
        quote: "за счет средств местного бюджета",
      },
      {
        lang: "ru",
        actType: "law",
        text: "1. Субъекты малого предпринимательства освобождаются от уплаты сбора за регистрацию на три года.",
        quote: "освобождаются от уплаты",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: [
          "1. Көп балалы отбасыларға 20 айлық есептік көрсеткіш мөлшерінде біржолғы төлем берілсін.",
          "2. Төлем жергілікті бюджет қаражаты есебінен жүргізіледі.",
        ].join("\n"),
        quote: "жергілікті бюджет қаражаты есебінен",
      },
      {
        lang: "kk",
        actType: "law",
        text: "1. Шағын кәсіпкерлік субъектілері үш жыл бойы тіркеу үшін алым төлеуден босатылады.",
        quote: "төлеуден босатылады",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "1. Утвердить районный бюджет на 2026–2028 годы согласно приложениям 1, 2 и 3 к настоящему решению.",
          "2. Расходы на выплаты осуществляются за счет средств местного бюджета.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "5. Выплата производится за счет средств местного бюджета.",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: [
          "1. 2026-2028 жылдарға арналған аудандық бюджет осы шешімге 1, 2 және 3-қосымшаларға сәйкес бекітілсін.",
          "2. Төлемдерге арналған шығыстар жергілікті бюджет қаражаты есебінен жүзеге асырылады.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "5. Төлем жергілікті бюджет қаражаты есебінен жүргізіледі.",
      },
    ],
  },
});
