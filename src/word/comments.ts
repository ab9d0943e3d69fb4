/**
 * Word comments for findings: anchor many findings with a constant number of syncs, then insert the comments
 * in small batches (Word's Undo hangs after ≥4 comments in one sync, office-js#4566).
 */
import type { Finding } from "../contract";
import { RESOLVE_SYNCS, resolveAnchors } from "./anchoring";
import { errorCode, errorReason, getCapabilities } from "./capabilities";
import { COMMENT_PREFIX, type AnchorOutcome } from "./types";

/**
 * Comments inserted per context.sync(). The trade-off: office-js#4566 (open) reports that inserting 4 or more
 * comments in one sync makes Undo hang Word on Windows and Mac, so we stay at 3; the price is one round trip per
 * 3 comments (200 findings → 67 syncs for the inserts; on Word on the web ~0.1–0.3 s each, so 7–20 s with
 * progress shown). Callers may pass a larger `commentsPerSync` where the bug does not apply.
 */
export const COMMENTS_PER_SYNC = 3;

/** After this many failed inserts in a row (and none succeeding in between) the rest are not tried. */
export const MAX_CONSECUTIVE_FAILURES = 3;

export interface AddCommentsOptions {
  /** Comments per sync, ≥1 (default COMMENTS_PER_SYNC). */
  commentsPerSync?: number;
  /** Called after every batch: comments settled so far, comments to insert. */
  onProgress?: (done: number, total: number) => void;
}

/** The text of a Zanger comment: `[Zanger · RULE-ID] body`. */
export function commentText(f: Pick<Finding, "ruleId">, body: string): string {
  return `${COMMENT_PREFIX} · ${f.ruleId}] ${body}`;
}

/** Whether a comment's content marks it as one of ours. */
export function isZangerComment(content: string): boolean {
  return content.startsWith(COMMENT_PREFIX);
}

/**
 * Syncs addComments makes when nothing fails, for `anchored` comments to insert (at least one finding with a
 * paragraph and a searchable quote): 2 to anchor (RESOLVE_SYNCS) + ceil(anchored / commentsPerSync) to insert.
 * Independent of the number of paragraphs in the document. (Word.run's own trailing sync is empty and costs no
 * round trip.) Each failed batch of more than one comment adds one sync to find out which of its comments went in.
 */
export function addCommentsSyncs(anchored: number, commentsPerSync = COMMENTS_PER_SYNC): number {
  return RESOLVE_SYNCS + Math.ceil(anchored / Math.max(1, Math.floor(commentsPerSync)));
}

/**
 * Anchors the findings and inserts one comment per anchored finding. Returns one outcome per finding, in order:
 * anchored/relocated (comment inserted), document-level (not anchored), stale/ambiguous/unsearchable (not
 * anchored, stays in the pane), failed (Word refused the insert, e.g. NotAllowed on some Word on the web
 * builds, office-js#6746; the other comments still go in).
 */
export async function addComments(
  findings: readonly Finding[],
  bodyOf: (f: Finding) => string,
  options: AddCommentsOptions = {},
): Promise<AnchorOutcome[]> {
  const perSync = Math.max(1, Math.floor(options.commentsPerSync ?? COMMENTS_PER_SYNC));
  const outcomes: AnchorOutcome[] = findings.map((f) =>
    f.paragraphIndex === null
      ? { findingId: f.id, status: "document-level", reason: "the finding is about the whole document" }
      : { findingId: f.id, status: "failed", reason: "not tried" },
  );
  const caps = getCapabilities();
  if (!caps.wordApi14) {
    for (const o of outcomes) {
      if (o.status === "failed") o.reason = "comments need WordApi 1.4; this Word is read-only";
    }
    return outcomes;
  }
  if (!findings.some((f) => f.paragraphIndex !== null)) return outcomes;
  // Bodies first: a failing bodyOf must not leave half the comments in the document.
  const texts = findings.map((f) => (f.paragraphIndex === null ? "" : commentText(f, bodyOf(f))));

  await Word.run(async (context) => {
    let existing: Word.CommentCollection | undefined;
    const resolutions = await resolveAnchors(context, findings, caps.wordApi17, () => {
      existing = context.document.body.getComments();
      existing.load("items/id");
    });
    const queue: { i: number; range: Word.Range; status: "anchored" | "relocated" }[] = [];
    resolutions.forEach((r, i) => {
      if ("range" in r) queue.push({ i, range: r.range, status: r.status });
      else if (r.status !== "document-level") outcomes[i] = { findingId: findings[i]!.id, status: r.status, reason: r.reason };
    });
    if (queue.length === 0) return;

    // Comments in the document before we start; used only to find out how much of a failed batch went in.
    let expected = existing ? existing.items.length : 0;
    let done = 0;
    let failuresInRow = 0;
    const succeed = (q: (typeof queue)[number]) => {
      outcomes[q.i] = { findingId: findings[q.i]!.id, status: q.status };
    };
    while (done < queue.length) {
      const batch = queue.slice(done, done + perSync);
      for (const q of batch) q.range.insertComment(texts[q.i]!);
      try {
        await context.sync();
        batch.forEach(succeed);
        expected += batch.length;
        done += batch.length;
        failuresInRow = 0;
      } catch (e) {
        // Word executes a batch in order and stops at the failing action: the comments before it went in.
        let applied = 0;
        if (batch.length > 1) {
          try {
            const now = context.document.body.getComments();
            now.load("items/id");
            await context.sync();
            applied = Math.min(batch.length, Math.max(0, now.items.length - expected));
          } catch (e2) {
            for (const q of batch) {
              outcomes[q.i] = { findingId: findings[q.i]!.id, status: "failed", reason: errorReason(e2) };
            }
            done += batch.length;
            failuresInRow += batch.length;
            if (failuresInRow >= MAX_CONSECUTIVE_FAILURES) break;
            continue;
          }
        }
        batch.slice(0, applied).forEach(succeed);
        expected += applied;
        done += applied;
        if (applied < batch.length) {
          const q = batch[applied]!;
          outcomes[q.i] = { findingId: findings[q.i]!.id, status: "failed", reason: errorReason(e) };
          done += 1;
          failuresInRow = applied > 0 ? 1 : failuresInRow + 1;
        }
        if (failuresInRow >= MAX_CONSECUTIVE_FAILURES) {
          const code = errorCode(e);
          for (const q of queue.slice(done)) {
            outcomes[q.i] = {
              findingId: findings[q.i]!.id,
              status: "failed",
              reason: `not tried: Word refused the previous ${failuresInRow} comments (${code})`,
            };
          }
          done = queue.length;
        }
      }
      options.onProgress?.(done, queue.length);
    }
  });
  return outcomes;
}

/** Deletes every comment whose text starts with COMMENT_PREFIX; users' own comments stay. Returns how many went. */
export async function removeZangerComments(): Promise<number> {
  if (!getCapabilities().wordApi14) return 0;
  return Word.run(async (context) => {
    const comments = context.document.body.getComments();
    comments.load("items/content");
    await context.sync();
    const ours = comments.items.filter((c) => isZangerComment(c.content));
    if (ours.length === 0) return 0;
    for (const c of ours) c.delete();
    try {
      await context.sync();
      return ours.length;
    } catch {
      // A delete failed (e.g. office-js#6895): those before it are gone. Count what is left, then try the rest
      // one per sync so one bad comment does not keep the others (failure path only).
      const again = context.document.body.getComments();
      again.load("items/content");
      await context.sync();
      const left = again.items.filter((c) => isZangerComment(c.content));
      let removed = ours.length - left.length;
      for (const c of left) {
        c.delete();
        try {
          await context.sync();
          removed++;
        } catch {
          // leave it; the count reports only what went
        }
      }
      return removed;
    }
  });
}
