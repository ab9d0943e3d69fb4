/**
 * What the semantic checker reads with a draft paragraph: first the Constitution articles the paragraph cites
 * (a 1995 citation brings the 1995 article and its 2026 successors from the article map), then the articles the
 * rules cite for what they find in it, then the 2026 articles whose subject its words touch, then the best BM25
 * matches among the acts in force. The superseded 1995 Constitution is kept for old references only: it is
 * reached through a citation, never by similarity.
 */
import type { ActType, Language } from "../contract";
import { ACTS } from "../engine/data/acts";
import { CONSTITUTION_1995_TO_2026 } from "../engine/data/constitution-article-map";
import { TOPIC_2026 } from "../engine/data/constitution-2026-topics";
import { fold } from "../engine/document/normalize";
import { parseDocument } from "../engine/document/model";
import { refsIn } from "../engine/rules/constitution/article-ref-1995";
import { checkParagraphs } from "../engine/run";
import type { ArticleIndex } from "./article-index";

/** Editions kept only for old references. */
export const SUPERSEDED_ACTS: readonly string[] = ["constitution-1995"];

export interface RetrievedArticle {
  act: string;
  article: string;
  /**
   * "cited": named in the paragraph; "rule": cited by a rule that fires on it; "topic": its subject is in the
   * paragraph's words; "similar": found by BM25.
   */
  why: "cited" | "rule" | "topic" | "similar";
  score: number;
}

/** The articles the rules cite for what they find in the paragraph (their citations are verified to exist). */
export function ruleCitedArticles(text: string, lang: Language, actType: ActType = "unknown"): { act: string; article: string }[] {
  const { findings } = checkParagraphs([{ index: 0, text }], { language: lang, actType });
  const out: { act: string; article: string }[] = [];
  for (const f of findings) {
    const c = f.citation;
    if (c && !out.some((o) => o.act === c.act && o.article === c.article)) out.push({ act: c.act, article: c.article });
  }
  return out;
}

/** Constitution articles cited in a paragraph, with the edition the citation means. */
export function citedConstitutionArticles(text: string, lang: Language): { act: string; article: string }[] {
  const doc = parseDocument([{ index: 0, text }], { language: lang, actType: "unknown" });
  const p = doc.paragraphs[0];
  if (!p) return [];
  const out: { act: string; article: string }[] = [];
  const add = (act: string, article: string) => {
    if (!out.some((o) => o.act === act && o.article === article)) out.push({ act, article });
  };
  for (const ref of refsIn(p)) {
    for (const a of ref.articles) {
      if (ref.explicit === "1995") {
        if (ACTS["constitution-1995"].articles[a]) add("constitution-1995", a);
        for (const to of CONSTITUTION_1995_TO_2026[a]?.to ?? []) add("constitution-2026", to);
      } else if (ACTS["constitution-2026"].articles[a]) add("constitution-2026", a);
    }
  }
  return out;
}

/**
 * Articles of the 2026 Constitution whose subject the paragraph's words touch (data/constitution-2026-topics),
 * most touched first: the Constitution speaks in abstract words and drafts in concrete ones, so similarity of words
 * alone rarely finds it.
 */
export function topicConstitutionArticles(text: string, lang: Language): string[] {
  const folded = fold(text);
  const scored: { article: string; n: number }[] = [];
  for (const [article, t] of TOPICS_GLOBAL) {
    const n = [...folded.matchAll(t[lang])].length;
    if (n > 0) scored.push({ article, n });
  }
  return scored.sort((a, b) => b.n - a.n || Number(a.article) - Number(b.article)).map((x) => x.article);
}

/** The subject patterns with the `g` flag, compiled once (matchAll counts the matches). */
const TOPICS_GLOBAL: [string, Record<Language, RegExp>][] = Object.entries(TOPIC_2026).map(([a, t]) => [
  a,
  { ru: new RegExp(t.ru.source, "gu"), kk: new RegExp(t.kk.source, "gu") },
]);

/** At most this many places go to subject matches; the rest are left to similar articles of the other acts. */
const MAX_TOPIC = 3;

/** The `k` articles to read with a paragraph: cited ones first, then similar ones from the acts in force. */
export function retrieveArticles(index: ArticleIndex, text: string, lang: Language, k = 5, actType: ActType = "unknown"): RetrievedArticle[] {
  const out: RetrievedArticle[] = citedConstitutionArticles(text, lang).map((c) => ({ ...c, why: "cited" as const, score: Infinity }));
  for (const c of ruleCitedArticles(text, lang, actType)) {
    if (out.length >= k) break;
    if (!index.has(c.act, c.article) || out.some((o) => o.act === c.act && o.article === c.article)) continue;
    out.push({ ...c, why: "rule", score: Infinity });
  }
  let topics = 0;
  for (const article of topicConstitutionArticles(text, lang)) {
    if (out.length >= k || topics >= MAX_TOPIC) break;
    if (!index.has("constitution-2026", article) || out.some((o) => o.act === "constitution-2026" && o.article === article)) continue;
    out.push({ act: "constitution-2026", article, why: "topic", score: Infinity });
    topics++;
  }
  // Each act is ranked on its own and the lists are taken in turn: a long code with a vocabulary close to the
  // drafts' would otherwise fill every place, while a draft is checked against the Constitution and the law on
  // legal acts as much as against the code of its field.
  const inForce = index.acts().filter((a) => !SUPERSEDED_ACTS.includes(a));
  const lists = inForce
    .map((act) => index.search(text, lang, k, [act]))
    .filter((l) => l.length > 0)
    .sort((a, b) => b[0]!.score - a[0]!.score);
  for (let rank = 0; out.length < k && lists.some((l) => l.length > rank); rank++) {
    for (const l of lists) {
      const h = l[rank];
      if (!h || out.length >= k) continue;
      if (out.some((o) => o.act === h.act && o.article === h.article)) continue;
      out.push({ act: h.act, article: h.article, why: "similar", score: h.score });
    }
  }
  return out.slice(0, Math.max(k, 0));
}
