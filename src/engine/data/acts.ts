/**
 * Registry of the acts Zanger cites: ids, titles, editions, official URLs and article lists.
 * Article lists come from src/engine/data/article-lists.json, derived from the official texts
 * (scripts/build-article-lists.js); a test keeps them in step with ../shared/corpus.
 */
import type { Citation, UiLanguage } from "../../contract";
import articleLists from "./article-lists.json";

export type ActId = "constitution-2026" | "constitution-1995" | "law-on-legal-acts" | "entrepreneurial-code";

export interface ActEdition {
  id: ActId;
  title: Record<UiLanguage, string>;
  short: Record<UiLanguage, string>;
  /** Edition the article list and citations refer to (date of the text). */
  edition: string;
  adiletCode: string;
  /** Article numbers → point numbers («1», «4-1», …). */
  articles: Record<string, string[]>;
}

const lists = articleLists as Record<ActId, Record<string, string[]>>;

export const ACTS: Record<ActId, ActEdition> = {
  "constitution-2026": {
    id: "constitution-2026",
    title: {
      ru: "Конституция Республики Казахстан (принята на референдуме 15 марта 2026 года)",
      kk: "Қазақстан Республикасының Конституциясы (2026 жылғы 15 наурызда референдумда қабылданды)",
      en: "Constitution of the Republic of Kazakhstan (adopted by referendum on 15 March 2026)",
    },
    short: { ru: "Конституция РК 2026 г.", kk: "ҚР 2026 ж. Конституциясы", en: "Constitution 2026" },
    edition: "2026-07-01",
    adiletCode: "K2600000000",
    articles: lists["constitution-2026"],
  },
  "constitution-1995": {
    id: "constitution-1995",
    title: {
      ru: "Конституция Республики Казахстан от 30 августа 1995 года (утратила силу 1 июля 2026 года)",
      kk: "Қазақстан Республикасының 1995 жылғы 30 тамыздағы Конституциясы (2026 жылғы 1 шілдеде күшін жойды)",
      en: "Constitution of the Republic of Kazakhstan of 30 August 1995 (ceased on 1 July 2026)",
    },
    short: { ru: "Конституция РК 1995 г.", kk: "ҚР 1995 ж. Конституциясы", en: "Constitution 1995" },
    edition: "2023-01-01",
    adiletCode: "K950001000_",
    articles: lists["constitution-1995"],
  },
  "law-on-legal-acts": {
    id: "law-on-legal-acts",
    title: {
      ru: "Закон Республики Казахстан от 6 апреля 2016 года № 480-V «О правовых актах»",
      kk: "«Құқықтық актілер туралы» Қазақстан Республикасының 2016 жылғы 6 сәуірдегі № 480-V Заңы",
      en: "Law of the Republic of Kazakhstan No. 480-V of 6 April 2016 \"On Legal Acts\"",
    },
    short: { ru: "Закон «О правовых актах»", kk: "«Құқықтық актілер туралы» Заң", en: "Law \"On Legal Acts\"" },
    edition: "2026-01-09",
    adiletCode: "Z1600000480",
    articles: lists["law-on-legal-acts"],
  },
  "entrepreneurial-code": {
    id: "entrepreneurial-code",
    title: {
      ru: "Предпринимательский кодекс Республики Казахстан от 29 октября 2015 года № 375-V",
      kk: "Қазақстан Республикасының 2015 жылғы 29 қазандағы № 375-V Кәсіпкерлік кодексі",
      en: "Entrepreneurial Code of the Republic of Kazakhstan No. 375-V of 29 October 2015",
    },
    short: { ru: "Предпринимательский кодекс", kk: "Кәсіпкерлік кодексі", en: "Entrepreneurial Code" },
    edition: "2026-02-01",
    adiletCode: "K1500000375",
    articles: lists["entrepreneurial-code"],
  },
};

export function officialUrl(act: ActId, ui: UiLanguage): string {
  const lang = ui === "kk" ? "kaz" : "rus";
  return `https://adilet.zan.kz/${lang}/docs/${ACTS[act].adiletCode}`;
}

/** The part of a citation a rule declares; the registry completes the rest. */
export interface RuleCitation {
  act: ActId;
  article: string;
  paragraph?: string;
  subparagraph?: string;
}

export function articleExists(c: RuleCitation): boolean {
  const act = ACTS[c.act];
  if (!act) return false;
  const points = act.articles[c.article];
  if (!points) return false;
  if (c.paragraph === undefined) return true;
  // Some articles are not divided into numbered points: then «paragraph» names a part (часть).
  return points.length === 0 || points.includes(c.paragraph);
}

export function completeCitation(c: RuleCitation, ui: UiLanguage): Citation {
  const act = ACTS[c.act];
  return {
    act: c.act,
    actTitle: act.short[ui],
    edition: act.edition,
    article: c.article,
    paragraph: c.paragraph,
    subparagraph: c.subparagraph,
    url: officialUrl(c.act, ui),
  };
}

/** Editions loaded into this build, reported in every CheckResponse. */
export function corpusEditions(): string[] {
  return Object.values(ACTS).map((a) => `${a.id}@${a.edition}`);
}

/** Formats a citation for people: «ст. 42 п. 4-1, Закон «О правовых актах» (ред. 2026-01-09)». */
export function formatCitation(c: Citation, ui: UiLanguage): string {
  const art = { ru: "ст.", kk: "-бап", en: "art." }[ui];
  const pt = { ru: "п.", kk: "-тармақ", en: "para." }[ui];
  const sub = { ru: "пп.", kk: ")-тармақша", en: "subpara." }[ui];
  const title = c.actTitle ?? c.act;
  if (ui === "kk") {
    const parts = [`${c.article}${art}`];
    if (c.paragraph) parts.push(`${c.paragraph}${pt}`);
    if (c.subparagraph) parts.push(`${c.subparagraph}${sub}`);
    return `${title}, ${parts.join(" ")} (${c.edition} ред.)`;
  }
  const parts = [`${art} ${c.article}`];
  if (c.paragraph) parts.push(`${pt} ${c.paragraph}`);
  if (c.subparagraph) parts.push(`${sub} ${c.subparagraph})`);
  return ui === "en" ? `${title}, ${parts.join(", ")} (ed. ${c.edition})` : `${title}, ${parts.join(", ")} (ред. ${c.edition})`;
}
