/**
 * The article index: BM25 over the articles of the imported editions, one index per language, with the
 * Kazakh/Russian normalisation of ./tokenize. A draft paragraph is the query; the result names act, edition and
 * article, which is what the semantic checker cites and what its citations are verified against.
 */
import type { Language } from "../contract";
import type { ArticleRow } from "../store/corpus";
import { Bm25Index } from "./bm25";
import { tokenize } from "./tokenize";

export interface ArticleHit {
  act: string;
  edition: string;
  lang: Language;
  article: string;
  title: string | null;
  score: number;
}

export class ArticleIndex {
  private readonly rows: ArticleRow[] = [];
  private readonly byLang = new Map<Language, Bm25Index<number>>();
  private readonly keys = new Set<string>();
  private readonly byKey = new Map<string, ArticleRow>();

  constructor(rows: readonly ArticleRow[]) {
    for (const r of rows) {
      // An article excluded from the act (heading and note only) has nothing to retrieve.
      if (r.text.trim() === "") continue;
      const i = this.rows.push(r) - 1;
      this.keys.add(`${r.act}:${r.number}`).add(`${r.act}@${r.edition}:${r.number}`);
      if (!this.byKey.has(`${r.act}:${r.number}:${r.lang}`)) this.byKey.set(`${r.act}:${r.number}:${r.lang}`, r);
      let index = this.byLang.get(r.lang);
      if (!index) this.byLang.set(r.lang, (index = new Bm25Index<number>()));
      // The headings say what an article is about as much as its words: «Глава 2. Права и свободы человека».
      index.add(i, tokenize([r.section, r.chapter, r.title, r.text].filter(Boolean).join("\n"), r.lang));
    }
  }

  get size(): number {
    return this.rows.length;
  }

  /** The acts that have imported articles. */
  acts(): string[] {
    return [...new Set(this.rows.map((r) => r.act))];
  }

  /** Whether an article exists in an imported edition (of any language). */
  has(act: string, article: string, edition?: string): boolean {
    return this.keys.has(edition === undefined ? `${act}:${article}` : `${act}@${edition}:${article}`);
  }

  /** An article's stored text, in the given language where that edition is imported, else in another. */
  get(act: string, article: string, lang: Language): ArticleRow | undefined {
    const other: Language = lang === "kk" ? "ru" : "kk";
    return this.byKey.get(`${act}:${article}:${lang}`) ?? this.byKey.get(`${act}:${article}:${other}`);
  }

  /** The imported editions, as «act@edition:lang», sorted (part of the model cache key). */
  editions(): string[] {
    return [...new Set(this.rows.map((r) => r.editionId))].sort();
  }

  /** The `k` best articles for a text, in its language, optionally only from some acts. */
  search(text: string, lang: Language, k = 5, acts?: readonly string[]): ArticleHit[] {
    const index = this.byLang.get(lang);
    if (!index) return [];
    const filter = acts ? (i: number) => acts.includes(this.rows[i]!.act) : undefined;
    return index.search(tokenize(text, lang), k, filter).map(({ id, score }) => {
      const r = this.rows[id]!;
      return { act: r.act, edition: r.edition, lang: r.lang, article: r.number, title: r.title, score };
    });
  }
}
