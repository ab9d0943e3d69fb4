/**
 * Fixes as tracked changes (DESIGN §5): for findings that carry a suggestion, replace only the words that change
 * («в Мажилис Парламента Республики» → «в Курултай Республики» touches «Мажилис Парламента» alone), with change
 * tracking on, then put the user's tracking mode back — also when Word refuses something. Inserts go in small
 * batches, like comments, so that Undo stays usable. Never called without the user's click.
 */
import type { Finding } from "../contract";
import { diffWords } from "../text/word-diff";
import { escapeForWordSearch } from "./anchor";
import { resolveAnchors, SEARCH_OPTIONS } from "./anchoring";
import { errorReason, getCapabilities } from "./capabilities";
import type { AnchorOutcome } from "./types";

/** Replacements per context.sync() (see COMMENTS_PER_SYNC: Undo after many edits in one sync is fragile). */
export const FIXES_PER_SYNC = 3;

/** The part of `quote` that the suggestion changes, when the change is one run of words. */
export function changedPart(quote: string, replacement: string): { start: number; oldText: string; newText: string } {
  const segs = diffWords(quote, replacement);
  const first = segs.findIndex((s) => s.op !== "equal");
  if (first < 0) return { start: 0, oldText: quote, newText: replacement };
  let last = segs.length - 1;
  while (segs[last]!.op === "equal") last--;
  const changes = segs.slice(first, last + 1);
  // Several separate changes, or a pure insertion (nothing to select): replace the whole quote.
  if (changes.some((s) => s.op === "equal") || !changes.some((s) => s.op === "del")) return { start: 0, oldText: quote, newText: replacement };
  const head = segs.slice(0, first).map((s) => s.text).join("");
  return {
    start: head.length,
    oldText: changes.filter((s) => s.op === "del").map((s) => s.text).join(""),
    newText: changes.filter((s) => s.op === "ins").map((s) => s.text).join(""),
  };
}

function occurrencesBefore(text: string, needle: string, end: number): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0 && at < end; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

function occurrences(text: string, needle: string): number {
  return occurrencesBefore(text, needle, text.length);
}

export interface ApplyFixesOptions {
  onProgress?: (done: number, total: number) => void;
  perSync?: number;
}

/**
 * Applies the suggestions of `findings` as tracked changes. One outcome per finding, in order: anchored/relocated
 * (applied), stale/ambiguous/unsearchable/document-level (not applied, the reason says why), failed (Word refused).
 */
export async function applyFixes(findings: readonly Finding[], options: ApplyFixesOptions = {}): Promise<AnchorOutcome[]> {
  const perSync = Math.max(1, Math.floor(options.perSync ?? FIXES_PER_SYNC));
  const outcomes: AnchorOutcome[] = findings.map((f) => ({ findingId: f.id, status: "failed", reason: f.suggestion ? "not tried" : "the finding has no suggestion" }));
  const caps = getCapabilities();
  if (!caps.wordApi14) {
    for (const o of outcomes) o.reason = "tracked changes need WordApi 1.4; this Word is read-only";
    return outcomes;
  }
  const todo = findings.map((f, i) => ({ f, i })).filter((x) => x.f.suggestion);
  if (todo.length === 0) return outcomes;

  await Word.run(async (context) => {
    const doc = context.document;
    doc.load("changeTrackingMode");
    const resolutions = await resolveAnchors(context, todo.map((x) => x.f), caps.wordApi17);
    await context.sync(); // the tracking mode, when resolveAnchors needed no sync
    const userMode = doc.changeTrackingMode;

    // Narrow each anchored range to the words that change.
    const targets: { i: number; range: Word.Range; text: string; status: "anchored" | "relocated"; narrow?: { hits: Word.RangeCollection; k: number; count: number } }[] = [];
    resolutions.forEach((r, j) => {
      const { f, i } = todo[j]!;
      if (!("range" in r)) {
        outcomes[i] = { findingId: f.id, status: r.status, reason: r.reason };
        return;
      }
      const part = changedPart(f.quote, f.suggestion!.replacement);
      const target: (typeof targets)[number] = { i, range: r.range, text: f.suggestion!.replacement, status: r.status };
      if (part.oldText !== f.quote && part.oldText.trim()) {
        const hits = r.range.search(escapeForWordSearch(part.oldText), SEARCH_OPTIONS);
        hits.load("items/text");
        target.narrow = { hits, k: occurrencesBefore(f.quote, part.oldText, part.start), count: occurrences(f.quote, part.oldText) };
        target.text = part.newText;
      }
      targets.push(target);
    });
    if (targets.length === 0) return;
    if (targets.some((t) => t.narrow)) await context.sync();
    for (const t of targets) {
      if (!t.narrow) continue;
      // Word must see the words exactly as often as we do, or we replace the whole quote rather than guess.
      if (t.narrow.hits.items.length === t.narrow.count) t.range = t.narrow.hits.items[t.narrow.k]!;
      else t.text = findings[t.i]!.suggestion!.replacement;
    }

    const switched = userMode !== "TrackAll";
    if (switched) doc.changeTrackingMode = "TrackAll";
    try {
      let done = 0;
      for (let b = 0; b < targets.length; b += perSync) {
        const batch = targets.slice(b, b + perSync);
        for (const t of batch) t.range.insertText(t.text, "Replace");
        try {
          await context.sync();
          for (const t of batch) outcomes[t.i] = { findingId: findings[t.i]!.id, status: t.status };
        } catch (e) {
          // Word stops at the failing edit: the ones before it went in. Read the ranges back to know which.
          for (const t of batch) t.range.load("text");
          try {
            await context.sync();
          } catch {
            // the ranges cannot be read either: report the whole batch as failed
          }
          for (const t of batch) {
            let went = false;
            try {
              went = t.range.text === t.text;
            } catch {
              went = false;
            }
            outcomes[t.i] = went ? { findingId: findings[t.i]!.id, status: t.status } : { findingId: findings[t.i]!.id, status: "failed", reason: errorReason(e) };
          }
        }
        done += batch.length;
        options.onProgress?.(done, targets.length);
      }
    } finally {
      if (switched) {
        doc.changeTrackingMode = userMode;
        await context.sync();
      }
    }
  });
  return outcomes;
}
