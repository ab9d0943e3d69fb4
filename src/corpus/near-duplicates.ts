/**
 * Near-duplicate index of the norms in force (issue 10, first part): each paragraph of an imported act becomes a
 * set of shingles — overlapping runs of three stemmed words (src/corpus/tokenize.ts: folded, stopwords and numbers
 * dropped, Kazakh and Russian stemmed) — summarised by a MinHash signature and bucketed by locality-sensitive
 * hashing (42 bands of 3 rows). A draft paragraph's signature finds the candidates that share a band; each is then
 * verified on the exact shingle sets: the share of the draft's shingles found in the norm (containment) and their
 * Jaccard similarity. Numbers are not shingles, so «10 рабочих дней» and «15 рабочих дней» read alike here: the
 * contradiction check compares the numbers of such pairs, the duplication check requires them equal.
 * Pure and in memory; one paragraph with 3 bands × 42 probes per query whatever the index size.
 */
import type { Language } from "../contract";
import { tokenize } from "./tokenize";

export const SHINGLE = 3;
export const BANDS = 42;
export const ROWS = 3;
const HASHES = BANDS * ROWS;
/** Paragraphs with fewer shingles are too short to say anything about (headings, «Общие положения»). */
export const MIN_SHINGLES = 12;

const EXCLUDED = /^\s*(?:\d+(?:-\d+)?[.)]\s*)?(?:исключен|исключена|исключено|утратил|алып\s+тасталды)/iu;

export interface IndexedNorm {
  id: number;
  /** Act id, edition date and language of the imported text. */
  act: string;
  edition: string;
  lang: Language;
  article: string;
  /** Position of the paragraph in the article, from 0. */
  para: number;
  text: string;
}

export interface NearDuplicateHit {
  norm: IndexedNorm;
  /** Share of the draft paragraph's shingles found in the norm (0…1). */
  containment: number;
  /** Jaccard similarity of the two shingle sets (0…1). */
  jaccard: number;
  shared: number;
}

/** FNV-1a over a string, 32 bits. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3 finaliser) applied to x xor a per-hash seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: readonly number[] = Array.from({ length: HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

/** The shingles of a text, hashed. */
export function shingles(text: string, lang: Language): Set<number> {
  const words = tokenize(text, lang);
  const out = new Set<number>();
  // The stems themselves too: a dropped or moved word breaks three shingles but keeps the other stems.
  for (const w of words) out.add(fnv(`1 ${w}`));
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv(words.slice(i, i + SHINGLE).join(" ")));
  return out;
}

export function minhash(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < HASHES; i++) {
      const h = mix(x, SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** The LSH bucket keys of a signature, one per band (band number folded into the key). */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const o = b * ROWS;
    keys.push(`${b}:${sig[o]!.toString(36)}.${sig[o + 1]!.toString(36)}.${sig[o + 2]!.toString(36)}`);
  }
  return keys;
}

function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) n++;
  return n;
}

export interface QueryOptions {
  /** Minimum containment of the draft paragraph in the norm (default 0.5). */
  minContainment?: number;
  /** At most this many hits, best first (default 5). */
  limit?: number;
}

export class NearDuplicateIndex {
  private readonly norms: IndexedNorm[] = [];
  private readonly sets: Set<number>[] = [];
  private readonly buckets = new Map<string, number[]>();

  get size(): number {
    return this.norms.length;
  }

  /** Adds one paragraph of an act in force; too short ones are left out (returns false). */
  add(norm: Omit<IndexedNorm, "id">): boolean {
    // «Исключен Законом РК от …» / «алып тасталды» is the trace of an excluded norm, not a norm.
    if (EXCLUDED.test(norm.text)) return false;
    const set = shingles(norm.text, norm.lang);
    if (set.size < MIN_SHINGLES) return false;
    const id = this.norms.length;
    this.norms.push({ ...norm, id });
    this.sets.push(set);
    for (const key of bandKeys(minhash(set))) {
      const ids = this.buckets.get(`${norm.lang}|${key}`);
      if (ids) ids.push(id);
      else this.buckets.set(`${norm.lang}|${key}`, [id]);
    }
    return true;
  }

  /** Norms of the same language that a draft paragraph repeats or closely paraphrases, best first. */
  query(text: string, lang: Language, opts: QueryOptions = {}): NearDuplicateHit[] {
    const set = shingles(text, lang);
    if (set.size < MIN_SHINGLES) return [];
    const candidates = new Set<number>();
    for (const key of bandKeys(minhash(set))) for (const id of this.buckets.get(`${lang}|${key}`) ?? []) candidates.add(id);
    const min = opts.minContainment ?? 0.5;
    const hits: NearDuplicateHit[] = [];
    for (const id of candidates) {
      const other = this.sets[id]!;
      const shared = overlap(set, other);
      const containment = shared / set.size;
      if (containment < min) continue;
      hits.push({ norm: this.norms[id]!, containment, jaccard: shared / (set.size + other.size - shared), shared });
    }
    hits.sort((a, b) => b.containment - a.containment || b.jaccard - a.jaccard);
    return hits.slice(0, opts.limit ?? 5);
  }
}
