import { around, phrases, scanContent } from "../helpers";
import { defineRule } from "../types";

const OPEN_LIST = phrases(
  [
    "иные документы",
    "иных документов",
    "и другие документы",
    "другие документы",
    "других документов",
    "иные необходимые документы",
    "другие необходимые документы",
    "и другие",
    "и т. д.",
    "и т.д.",
    "и т.п.",
    "и прочие документы",
  ],
  [
    "өзге де құжаттар*",
    "өзге де қажетті құжаттар*",
    "басқа да құжаттар*",
    "басқа да қажетті құжаттар*",
    "және т.б.",
    "және басқалар*",
  ],
);

export default defineRule({
  id: "AC-OPEN-LIST-DOCUMENTS",
  pack: "anticorruption",
  brief: ["AC-03"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "30", paragraph: "6" },
  messages: {
    ru: {
      title: "Открытый перечень документов: «{quote}»",
      message: "Перечень заканчивается словами «{quote}»: у заявителя могут потребовать документы, не названные в акте.",
      explanation:
        "Открытый перечень документов или условий — коррупциогенный фактор: должностное лицо получает возможность требовать что угодно. Перечень документов, требуемых от заявителя, должен быть исчерпывающим (Закон «О правовых актах», п. 6 ст. 30 — антикоррупционная экспертиза; Предпринимательский кодекс, ст. 81-1 — определённость требований). Рекомендуется перечислить документы полностью.",
    },
    kk: {
      title: "Құжаттардың ашық тізбесі: «{quote}»",
      message: "Тізбе «{quote}» деген сөздермен аяқталады: өтініш берушіден актіде аталмаған құжаттар талап етілуі мүмкін.",
      explanation:
        "Құжаттардың немесе шарттардың ашық тізбесі — сыбайлас жемқорлық тәуекелінің факторы: лауазымды адам кез келген құжатты талап ете алады. Өтініш берушіден талап етілетін құжаттар тізбесі толық болуы тиіс («Құқықтық актілер туралы» Заңның 30-бабының 6-тармағы — сыбайлас жемқорлыққа қарсы сараптама; Кәсіпкерлік кодекстің 81-1-бабы — талаптардың айқындылығы). Құжаттарды толық атап шығу ұсынылады.",
    },
    en: {
      title: "Open-ended list of documents: «{quote}»",
      message: "The list ends with «{quote}»: applicants may be asked for documents the act does not name.",
      explanation:
        "An open list of documents or conditions is a corruption-risk factor: an official may demand anything. The documents required from an applicant must be listed exhaustively (Law \"On Legal Acts\" art. 30(6), anti-corruption expertise; Entrepreneurial Code art. 81-1, certainty of requirements). List the documents in full.",
    },
  },
  detect(ctx) {
    // «и другие» alone is open-ended only in a list of documents or requirements.
    return scanContent(ctx, OPEN_LIST, (p, m) => {
      const word = p.folded.slice(m.start, m.end);
      // «Иные документы … не требуются» / «… талап етілмейді» closes the list instead of opening it.
      const { after } = around(p, m, 50);
      if (/^\s*(\p{L}+\s+){0,3}не\s+(требу|истребу|допуска|запрашива)|^\s*(\p{L}+\s+){0,3}(талап етілмейді|талап етуге жол берілмейді)/u.test(after)) return false;
      if (word === "и другие" || word.startsWith("және басқа")) {
        return /документ|сведени|справк|требовани|құжат|мәлімет|анықтама|талап/u.test(p.folded);
      }
      return true;
    });
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "5. Для получения субсидии заявитель представляет заявление, копию устава и иные документы.",
        quote: "иные документы",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "3. К заявке прилагаются справка с места жительства, выписка из реестра и т.д.",
        quote: "и т.д.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "5. Субсидия алу үшін өтініш беруші өтінішті, жарғының көшірмесін және өзге де құжаттарды ұсынады.",
        quote: "өзге де құжаттарды",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "3. Өтінімге тұрғылықты жерінен анықтама, тізілімнен үзінді көшірме және т.б. қоса беріледі.",
        quote: "және т.б.",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "5. Для получения субсидии заявитель представляет заявление и копию устава. Иные документы от заявителя не требуются.",
      },
      { lang: "ru", actType: "law", text: "2. Государство поддерживает науку, культуру и другие сферы жизни общества." },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "5. Субсидия алу үшін өтініш беруші өтінішті және жарғының көшірмесін ұсынады.",
      },
      { lang: "kk", actType: "law", text: "2. Мемлекет ғылымды, мәдениетті қолдайды." },
    ],
  },
});
