/**
 * Reading a draft's tracked changes for review (WordApi 1.6; DESIGN §5): every change with its type, words, author
 * and date, the paragraph it is in, and for each changed paragraph its text before the changes (deletions in,
 * insertions out) and after them (the text the checker reads). Accepting and rejecting stay Word's job.
 *
 *   sync 1  body.getTrackedChanges() with type/text/author/date; paragraphs' uniqueLocalId
 *   sync 2  for each change: the first paragraph of its range (uniqueLocalId)
 *   sync 3  for each changed paragraph: its text with deleted words (getText, WordApi 1.7; else paragraph.text,
 *           which carries them on Word on the web) and without them
 *
 * The before-text is rebuilt by finding each change's words, in order, in the paragraph's text with deletions.
 * When that does not add up (a Deleted change with no text, as Word for Mac reports — office-js#5188 — or words
 * that cannot be found), the paragraph is marked `reliable: false` and its before-text is not guessed.
 */
import { getCapabilities } from "./capabilities";
import { CURRENT_TEXT_OPTIONS } from "./read";

export interface TrackedChangeInfo {
  /** Position in document order. */
  n: number;
  type: "Added" | "Deleted" | "Formatted" | "None";
  text: string;
  author: string;
  /** ISO date, or "" when Word gives none. */
  date: string;
  /** The paragraph it is in (index in body.paragraphs), or null when Word cannot say. */
  paragraphIndex: number | null;
}

export interface ChangedParagraph {
  paragraphIndex: number;
  /** The text before the changes; "" for a paragraph the changes insert. */
  before: string;
  /** The text after them. */
  after: string;
  /** False when the before-text could not be rebuilt (see above); then `before` is the after-text. */
  reliable: boolean;
}

export interface TrackedReview {
  changes: TrackedChangeInfo[];
  paragraphs: ChangedParagraph[];
}

export class TrackedChangesUnsupported extends Error {
  constructor() {
    super("reading tracked changes needs WordApi 1.6 (Word 2021 or Microsoft 365)");
    this.name = "TrackedChangesUnsupported";
  }
}

const WITH_DELETED: Word.GetTextOptions = { includeTextMarkedAsDeleted: true, includeHiddenText: false };

/** Rebuilds a paragraph's text before and after its changes from its text with deletions and the changes in order. */
export function rebuildParagraph(
  withDeleted: string,
  current: string | null,
  changes: readonly Pick<TrackedChangeInfo, "type" | "text">[],
): { before: string; after: string; reliable: boolean } {
  const marks: { type: "Added" | "Deleted"; start: number; end: number }[] = [];
  let cursor = 0;
  let reliable = true;
  for (const c of changes) {
    if (c.type !== "Added" && c.type !== "Deleted") continue;
    if (!c.text) {
      reliable = false;
      break;
    }
    const at = withDeleted.indexOf(c.text, cursor);
    if (at < 0) {
      reliable = false;
      break;
    }
    marks.push({ type: c.type, start: at, end: at + c.text.length });
    cursor = at + c.text.length;
  }
  const without = (type: "Added" | "Deleted") => {
    let out = "";
    let at = 0;
    for (const m of marks) {
      if (m.type !== type) continue;
      out += withDeleted.slice(at, m.start);
      at = m.end;
    }
    return out + withDeleted.slice(at);
  };
  const after = reliable ? without("Deleted") : current ?? withDeleted;
  // The rebuilt after-text must be what Word says the paragraph reads now.
  if (reliable && current !== null && after !== current) return { before: current, after: current, reliable: false };
  return reliable ? { before: without("Added"), after, reliable } : { before: after, after, reliable };
}

export async function readTrackedChanges(): Promise<TrackedReview> {
  const caps = getCapabilities();
  if (!caps.wordApi16) throw new TrackedChangesUnsupported();
  return Word.run(async (context) => {
    const tracked = context.document.body.getTrackedChanges();
    tracked.load("items/type,items/text,items/author,items/date");
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/uniqueLocalId");
    await context.sync();
    const indexOf = new Map(paragraphs.items.map((p, i) => [p.uniqueLocalId, i]));

    const firsts = tracked.items.map((c) => {
      const first = c.getRange().paragraphs.getFirst();
      first.load("uniqueLocalId");
      return first;
    });
    if (firsts.length) await context.sync();
    const changes: TrackedChangeInfo[] = tracked.items.map((c, n) => {
      const date = c.date as unknown;
      return {
        n,
        type: c.type as TrackedChangeInfo["type"],
        text: c.text ?? "",
        author: c.author ?? "",
        date: date instanceof Date ? date.toISOString() : typeof date === "string" ? date : "",
        paragraphIndex: indexOf.get(firsts[n]!.uniqueLocalId) ?? null,
      };
    });

    const involved = [...new Set(changes.map((c) => c.paragraphIndex).filter((i): i is number => i !== null))].sort((a, b) => a - b);
    const reads = involved.map((pi) => {
      const p = paragraphs.items[pi]!;
      if (caps.wordApi17) return { pi, raw: p.getText(WITH_DELETED), current: p.getText(CURRENT_TEXT_OPTIONS) };
      p.load("text");
      return { pi, raw: undefined, current: undefined };
    });
    if (reads.length) await context.sync();
    const out: ChangedParagraph[] = reads.map((r) => {
      const raw = r.raw ? r.raw.value : paragraphs.items[r.pi]!.text;
      const current = r.current ? r.current.value : null;
      const rebuilt = rebuildParagraph(raw, current, changes.filter((c) => c.paragraphIndex === r.pi));
      return { paragraphIndex: r.pi, ...rebuilt };
    });
    return { changes, paragraphs: out };
  });
}

/** Selects the n-th tracked change (document order) in Word: its inserted words, or where deleted words stood. */
export async function selectTrackedChange(n: number): Promise<boolean> {
  if (!getCapabilities().wordApi16) throw new TrackedChangesUnsupported();
  return Word.run(async (context) => {
    const tracked = context.document.body.getTrackedChanges();
    tracked.load("items/type");
    await context.sync();
    const change = tracked.items[n];
    if (!change) return false;
    change.getRange().select();
    await context.sync();
    return true;
  });
}
