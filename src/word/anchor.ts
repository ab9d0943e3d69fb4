/**
 * Pure anchoring logic (no Office.js): where in a paragraph's current text does a finding's quote sit,
 * which of Word's search hits is it, and can Word search for it at all.
 *
 * The Word side (anchoring.ts) only searches and compares hit counts; every decision is made here, so that
 * it can be unit-tested without Word. The rule everywhere: never anchor to a guess. When in doubt the
 * finding is reported as stale / ambiguous / unsearchable and stays in the pane only.
 */
import type { Finding } from "../contract";
import { normaliseParagraphText } from "../engine/document/normalize";

/** Word's search text limit (Body/Paragraph/Range.search: "Can be a maximum of 255 characters"). Escapes count. */
export const WORD_SEARCH_MAX = 255;

/** The part of a finding anchoring needs. */
export type AnchorInput = Pick<Finding, "start" | "end" | "quote" | "before" | "after">;

// ---------------------------------------------------------------------------------------------------------
// Verification and relocation
// ---------------------------------------------------------------------------------------------------------

/** `text.slice(start, end) === quote`, with bounds checked. */
export function quoteAt(text: string, start: number, end: number, quote: string): boolean {
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end >= start &&
    end <= text.length &&
    text.slice(start, end) === quote
  );
}

/** Every position of `needle` in `text`, overlapping ones included. */
export function allPositions(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * How the finding's context agrees with `text` around a candidate position.
 * - `evidence`: the non-empty sides (before/after) that are still there in full. Only these prove anything.
 * - `edges`: the empty sides (the quote touched the paragraph's start/end) that still touch it.
 * An empty side is no evidence: a quote at the start of one paragraph is also at the start of many others.
 */
export function contextAgreement(
  text: string,
  pos: number,
  quote: string,
  before: string,
  after: string,
): { evidence: number; edges: number; full: boolean } {
  const end = pos + quote.length;
  const beforeOk = before.length > 0 ? text.slice(0, pos).endsWith(before) : pos === 0;
  const afterOk = after.length > 0 ? text.slice(end).startsWith(after) : end === text.length;
  const evidence = (beforeOk && before.length > 0 ? 1 : 0) + (afterOk && after.length > 0 ? 1 : 0);
  const edges = (beforeOk && before.length === 0 ? 1 : 0) + (afterOk && after.length === 0 ? 1 : 0);
  return { evidence, edges, full: beforeOk && afterOk };
}

export type LocateResult =
  | { status: "anchored" | "relocated"; start: number; end: number }
  | { status: "stale"; reason: string };

/**
 * Finds the finding's words in the paragraph's current (normalised) text.
 * - The quote is still at [start,end) and its context agrees on both sides → anchored.
 * - Otherwise every occurrence of the quote is ranked by its context (contextAgreement): candidates need at
 *   least one non-empty side of context intact; the single best one wins → relocated (or anchored, if that is
 *   the original offset).
 * - No occurrence, no context left, or a tie between the best candidates → stale.
 * (A quote that was a whole paragraph has no context: it anchors only where the paragraph still reads exactly so.)
 */
export function locateQuote(text: string, f: AnchorInput): LocateResult {
  const { quote, before, after } = f;
  if (quote.length === 0) return { status: "stale", reason: "the finding quotes no words" };
  if (quoteAt(text, f.start, f.end, quote) && contextAgreement(text, f.start, quote, before, after).full) {
    return { status: "anchored", start: f.start, end: f.end };
  }
  const candidates = allPositions(text, quote);
  if (candidates.length === 0) return { status: "stale", reason: "the words are no longer in the paragraph" };
  let best = 0;
  let bestPositions: number[] = [];
  for (const pos of candidates) {
    const c = contextAgreement(text, pos, quote, before, after);
    if (c.evidence === 0) continue;
    const score = 2 * c.evidence + c.edges;
    if (score > best) {
      best = score;
      bestPositions = [pos];
    } else if (score === best) {
      bestPositions.push(pos);
    }
  }
  if (bestPositions.length === 0) {
    return { status: "stale", reason: "the words are still there but their context has changed" };
  }
  if (bestPositions.length !== 1) {
    return { status: "stale", reason: `the words occur ${bestPositions.length} times with the same context` };
  }
  const start = bestPositions[0]!;
  return { status: start === f.start ? "anchored" : "relocated", start, end: start + quote.length };
}

// ---------------------------------------------------------------------------------------------------------
// Occurrence counting (Word's search semantics: left to right, non-overlapping)
// ---------------------------------------------------------------------------------------------------------

/** Positions Word's search reports for `needle`: scanning left to right, each hit resumes after the previous one. */
export function searchPositions(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** Occurrences of `needle` in `text` as Word counts them (non-overlapping). */
export function countOccurrences(text: string, needle: string): number {
  return searchPositions(text, needle).length;
}

/**
 * k = the number of occurrences of `needle` before `start`, i.e. the index of the hit at `start` among Word's
 * hits, and the total count. null when `start` is not one of the positions a left-to-right non-overlapping
 * search stops at (the occurrence overlaps an earlier one, e.g. "aa" at 1 in "aaa"): Word would never return it.
 */
export function occurrenceIndex(text: string, needle: string, start: number): { k: number; count: number } | null {
  const positions = searchPositions(text, needle);
  const k = positions.indexOf(start);
  return k === -1 ? null : { k, count: positions.length };
}

// ---------------------------------------------------------------------------------------------------------
// Searchability, escaping and splitting
// ---------------------------------------------------------------------------------------------------------

/**
 * Word's non-wildcard search treats `^` as the start of a special code (`^p`, `^t`, …): a literal caret is
 * `^^`. A tab can only be searched as `^t`.
 */
export function escapeForWordSearch(text: string): string {
  return text.replace(/\^/g, "^^").replace(/\t/g, "^t");
}

/** Length of the search string Word will see (escapes count against the 255 limit, office-js#1726). */
export function searchLength(text: string): number {
  return escapeForWordSearch(text).length;
}

// Line/paragraph breaks, footnote marks (\u0002), field characters and other controls cannot be searched
// reliably (office-js#4401, #5403). A tab is fine: it is escaped as ^t.
// eslint-disable-next-line no-control-regex
const UNSEARCHABLE_CHARS = /[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029\ufffd]/;

/** Why Word cannot search for `quote` (in pieces of at most 255 characters), or null when it can. */
export function unsearchableReason(quote: string): string | null {
  if (quote.length === 0) return "the finding quotes no words";
  if (quote.trim().length === 0) return "the finding quotes only white space";
  if (UNSEARCHABLE_CHARS.test(quote)) return "the words contain a line break, footnote mark or control character";
  return null;
}

/** Word can find the quote with one search (≤255 characters after escaping, nothing unsearchable). */
export function isSearchable(quote: string): boolean {
  return unsearchableReason(quote) === null && searchLength(quote) <= WORD_SEARCH_MAX;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Splits a quote too long for one search into a head (longest prefix) and a tail (longest suffix) whose
 * escaped lengths fit `max`; the range is then head.expandTo(tail). Never cuts a surrogate pair.
 * Returns null when the quote fits in one search.
 */
export function splitForSearch(quote: string, max = WORD_SEARCH_MAX): { head: string; tail: string } | null {
  if (searchLength(quote) <= max) return null;
  let headLen = 0;
  let used = 0;
  while (headLen < quote.length) {
    const cost = searchLength(quote[headLen]!);
    if (used + cost > max) break;
    used += cost;
    headLen++;
  }
  if (headLen > 0 && isHighSurrogate(quote.charCodeAt(headLen - 1))) headLen--;
  let tailStart = quote.length;
  used = 0;
  while (tailStart > 0) {
    const cost = searchLength(quote[tailStart - 1]!);
    if (used + cost > max) break;
    used += cost;
    tailStart--;
  }
  if (tailStart < quote.length && isHighSurrogate(quote.charCodeAt(tailStart - 1))) tailStart++;
  return { head: quote.slice(0, headLen), tail: quote.slice(tailStart) };
}

// ---------------------------------------------------------------------------------------------------------
// The plan: everything the Word side needs, computed from the paragraph's current text
// ---------------------------------------------------------------------------------------------------------

/** One Word search: the words, the escaped search string, which hit is ours and how many hits Word must report. */
export interface SearchPart {
  needle: string;
  search: string;
  k: number;
  count: number;
}

/** The searches a quote needs: one, or head + tail for quotes over 255 characters. Depends only on the quote. */
export function searchNeedles(quote: string): string[] {
  const split = splitForSearch(quote);
  return split ? [split.head, split.tail] : [quote];
}

export type AnchorPlan =
  | { status: "anchored" | "relocated"; start: number; end: number; parts: SearchPart[] }
  | { status: "stale" | "unsearchable" | "ambiguous"; reason: string };

/**
 * Plans the anchoring of a finding in a paragraph whose current text (as read from Word, before
 * normalisation) is `rawText`. Offsets and counts are computed on the normalised text the checker saw;
 * the words must also be literally present in Word's own text at that place, or Word could not find them.
 */
export function planAnchor(rawText: string, f: AnchorInput): AnchorPlan {
  const why = unsearchableReason(f.quote);
  if (why) return { status: "unsearchable", reason: why };
  const text = normaliseParagraphText(rawText);
  const loc = locateQuote(text, f);
  if (loc.status === "stale") return loc;
  if (rawText.slice(loc.start, loc.end) !== f.quote) {
    return { status: "unsearchable", reason: "the words span a line break, footnote mark or field in Word" };
  }
  const needles = searchNeedles(f.quote);
  const parts: SearchPart[] = [];
  for (const [i, needle] of needles.entries()) {
    const at = i === 0 ? loc.start : loc.end - needle.length;
    const occ = occurrenceIndex(text, needle, at);
    if (!occ) {
      return { status: "ambiguous", reason: "the words overlap an earlier occurrence of themselves; Word cannot tell them apart" };
    }
    parts.push({ needle, search: escapeForWordSearch(needle), k: occ.k, count: occ.count });
  }
  return { status: loc.status, start: loc.start, end: loc.end, parts };
}

/**
 * Accepts Word's hits for one search only when Word found exactly as many as we count and hit k reads exactly
 * our words. Returns null when hit k can be used, else the reason for refusing.
 */
export function checkHits(part: SearchPart, hitTexts: readonly string[]): string | null {
  if (hitTexts.length !== part.count) {
    return `Word found ${hitTexts.length} match(es) where the text has ${part.count}`;
  }
  if (hitTexts[part.k] !== part.needle) return "Word's match does not read the same words";
  return null;
}
