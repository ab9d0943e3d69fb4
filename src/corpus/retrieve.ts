/**
 * What the semantic checker reads with a draft paragraph: first the Constitution articles the paragraph cites
 * (a 1995 citation brings the 1995 article and its 2026 successors from the article map), then the articles the
 * rules cite for what they find in it, then the best BM25 matches among the acts in force. The superseded 1995 Constitution is kept for old references only: it is
 * reached through a citation, never by similarity.
 */
import type { ActType, Language } from "../contract";
import { ACTS } from "../engine/data/acts";
import { CONSTITUTION_1995_TO_2026 } from "../engine/data/constitution-article-map";
import { parseDocument } from "../engine/document/model";
import { refsIn } from "../engine/rules/constitution/article-ref-1995";
import { checkParagraphs } from "../engine/run";
import type { ArticleIndex } from "./article-index";

/** Editions kept only for old references. */
export const SUPERSEDED_ACTS: readonly string[] = ["constitution-1995"];

export interface RetrievedArticle {
  act: string;
  article: string;
  /** "cited": named in the paragraph; "rule": cited by a rule that fires on it; "similar": found by BM25. */
  why: "cited" | "rule" | "similar";
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

/** The `k` articles to read with a paragraph: cited ones first, then similar ones from the acts in force. */
export function retrieveArticles(index: ArticleIndex, text: string, lang: Language, k = 5, actType: ActType = "unknown"): RetrievedArticle[] {
  const out: RetrievedArticle[] = citedConstitutionArticles(text, lang).map((c) => ({ ...c, why: "cited" as const, score: Infinity }));
  for (const c of ruleCitedArticles(text, lang, actType)) {
    if (out.length >= k) break;
    if (!index.has(c.act, c.article) || out.some((o) => o.act === c.act && o.article === c.article)) continue;
    out.push({ ...c, why: "rule", score: Infinity });
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
