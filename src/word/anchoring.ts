/**
 * Word side of anchoring (DESIGN §5): find the Word.Range of many findings with exactly two syncs, whatever
 * the size of the document and the number of findings.
 *
 *   sync 1  paragraphs.load("items/tableNestingLevel") – materialises the paragraph proxies with one cheap scalar
 *           (no text: the text of uninvolved paragraphs is not transferred; "items/style" below WordApi 1.3)
 *   sync 2  for every involved paragraph: its current text (getText with WordApi 1.7, else load("text"));
 *           for every distinct (paragraph, needle): paragraph.search(needle, {matchCase:true}) + load("items/text")
 *
 * The searches are queued before we know the paragraph's current text: the needle depends only on the quote
 * (relocation moves the quote, it never changes it). After sync 2 the pure planner (anchor.ts) decides which hit
 * is ours and whether Word's hits can be trusted.
 */
import type { Finding } from "../contract";
import { checkHits, escapeForWordSearch, planAnchor, searchNeedles, unsearchableReason } from "./anchor";
import type { AnchorStatus } from "./types";
import { supportsWordApi13 } from "./capabilities";
import { CURRENT_TEXT_OPTIONS } from "./read";

export type Resolution =
  | { status: "anchored" | "relocated"; range: Word.Range; start: number; end: number }
  | { status: Exclude<AnchorStatus, "anchored" | "relocated">; reason: string };

export const SEARCH_OPTIONS = { matchCase: true } as const;

interface ParagraphRead {
  paragraph: Word.Paragraph;
  current?: OfficeExtension.ClientResult<string>;
}

/**
 * Syncs resolveAnchors makes when at least one finding has a paragraph that still exists and a searchable
 * quote. Fewer otherwise: 0 when no finding needs Word, 1 when every involved paragraph is gone.
 */
export const RESOLVE_SYNCS = 2;

/**
 * Resolves findings to ranges inside an open Word.run. Returns one Resolution per finding, in order.
 * `useGetText`: WordApi 1.7, read the text without tracked deletions (must be the same source readDocument used).
 */
export async function resolveAnchors(
  context: Word.RequestContext,
  findings: readonly Finding[],
  useGetText: boolean,
  /** Queues extra loads into sync 2 (e.g. the comment count addComments needs); not called if sync 2 is skipped. */
  alsoQueue?: () => void,
): Promise<Resolution[]> {
  const out: (Resolution | undefined)[] = new Array(findings.length);
  const pending: number[] = [];
  findings.forEach((f, i) => {
    if (f.paragraphIndex === null) {
      out[i] = { status: "document-level", reason: "the finding is about the whole document" };
      return;
    }
    const why = unsearchableReason(f.quote);
    if (why) out[i] = { status: "unsearchable", reason: why };
    else pending.push(i);
  });
  if (pending.length === 0) return out as Resolution[];

  // sync 1: paragraph proxies.
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(supportsWordApi13() ? "items/tableNestingLevel" : "items/style");
  await context.sync();
  const items = paragraphs.items;

  // sync 2: texts and searches.
  const reads = new Map<number, ParagraphRead>();
  const searches = new Map<string, Word.RangeCollection>();
  const live: number[] = [];
  for (const i of pending) {
    const f = findings[i]!;
    const pi = f.paragraphIndex!;
    const paragraph = items[pi];
    if (!paragraph) {
      out[i] = { status: "stale", reason: `paragraph ${pi + 1} no longer exists` };
      continue;
    }
    if (!reads.has(pi)) {
      const read: ParagraphRead = { paragraph };
      if (useGetText) read.current = paragraph.getText(CURRENT_TEXT_OPTIONS);
      else paragraph.load("text");
      reads.set(pi, read);
    }
    for (const needle of searchNeedles(f.quote)) {
      const key = `${pi}\u0000${needle}`;
      if (searches.has(key)) continue;
      const hits = paragraph.search(escapeForWordSearch(needle), SEARCH_OPTIONS);
      hits.load("items/text");
      searches.set(key, hits);
    }
    live.push(i);
  }
  if (live.length === 0) return out as Resolution[];
  alsoQueue?.();
  await context.sync();

  for (const i of live) {
    const f = findings[i]!;
    const pi = f.paragraphIndex!;
    const read = reads.get(pi)!;
    const rawText = read.current ? read.current.value : read.paragraph.text;
    const plan = planAnchor(rawText, f);
    if ("reason" in plan) {
      out[i] = { status: plan.status, reason: plan.reason };
      continue;
    }
    const ranges: Word.Range[] = [];
    let refusal: string | null = null;
    for (const part of plan.parts) {
      const hits = searches.get(`${pi}\u0000${part.needle}`)!.items;
      refusal = checkHits(part, hits.map((h) => h.text));
      if (refusal) break;
      ranges.push(hits[part.k]!);
    }
    if (refusal) {
      out[i] = { status: "ambiguous", reason: refusal };
      continue;
    }
    const range = ranges.length === 1 ? ranges[0]! : ranges[0]!.expandTo(ranges[1]!);
    out[i] = { status: plan.status, range, start: plan.start, end: plan.end };
  }
  return out as Resolution[];
}

