/**
 * Okapi BM25 over pre-tokenised documents (see ./tokenize). In-memory, incremental: documents can be added at any
 * time, also after searching; collection statistics (N, average length, document frequencies) are read at search
 * time, so they always cover every document added so far.
 *
 *   score(D, Q) = Σ_{t ∈ Q} idf(t) · tf(t, D) · (k1 + 1) / (tf(t, D) + k1 · (1 − b + b · |D| / avgdl))
 *   idf(t)      = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5))   (always > 0)
 *
 * Query terms are deduplicated: a term repeated in the query counts once (a draft paragraph repeating a word
 * should not outweigh its other words).
 */

export interface Bm25Hit<Id> {
  readonly id: Id;
  readonly score: number;
}

export class Bm25Index<Id> {
  private readonly k1: number;
  private readonly b: number;
  /** Documents in insertion order; a document's position is its internal number and the tie-breaker. */
  private readonly ids: Id[] = [];
  private readonly lengths: number[] = [];
  private readonly known = new Set<Id>();
  /** term → (document number → term frequency). */
  private readonly postings = new Map<string, Map<number, number>>();
  private totalLength = 0;

  constructor(opts?: { k1?: number; b?: number }) {
    this.k1 = opts?.k1 ?? 1.2;
    this.b = opts?.b ?? 0.75;
    if (!(this.k1 >= 0) || !(this.b >= 0 && this.b <= 1)) {
      throw new RangeError(`BM25 parameters out of range: k1=${this.k1}, b=${this.b}`);
    }
  }

  /** Adds a document. Ids must be unique (compared as Set keys); an empty document is counted but never found. */
  add(id: Id, tokens: readonly string[]): void {
    if (this.known.has(id)) throw new Error(`Bm25Index: duplicate document id ${String(id)}`);
    this.known.add(id);
    const doc = this.ids.length;
    this.ids.push(id);
    this.lengths.push(tokens.length);
    this.totalLength += tokens.length;
    for (const term of tokens) {
      let posting = this.postings.get(term);
      if (posting === undefined) {
        posting = new Map();
        this.postings.set(term, posting);
      }
      posting.set(doc, (posting.get(doc) ?? 0) + 1);
    }
  }

  /** Number of documents added. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * The best `k` documents for `query`, by score descending, then by insertion order. Only documents sharing a
   * term with the query (score > 0) are returned; `filter` is applied before the cut to `k`.
   */
  search(query: readonly string[], k: number, filter?: (id: Id) => boolean): Bm25Hit<Id>[] {
    const limit = Math.floor(k);
    const n = this.ids.length;
    if (!(limit > 0) || n === 0) return [];
    const avgdl = this.totalLength / n || 1;
    const scores = new Map<number, number>();
    for (const term of new Set(query)) {
      const posting = this.postings.get(term);
      if (posting === undefined) continue;
      const idf = Math.log(1 + (n - posting.size + 0.5) / (posting.size + 0.5));
      for (const [doc, tf] of posting) {
        const norm = this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / avgdl);
        const s = (idf * tf * (this.k1 + 1)) / (tf + norm);
        scores.set(doc, (scores.get(doc) ?? 0) + s);
      }
    }
    const hits: { doc: number; score: number }[] = [];
    for (const [doc, score] of scores) {
      if (score > 0 && (filter === undefined || filter(this.ids[doc]!))) hits.push({ doc, score });
    }
    hits.sort((x, y) => y.score - x.score || x.doc - y.doc);
    return hits.slice(0, limit).map(({ doc, score }) => ({ id: this.ids[doc]!, score }));
  }
}
