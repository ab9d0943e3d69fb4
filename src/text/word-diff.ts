/** Pure text utilities shared by the engine, the .docx writer and the Word side (no I/O, no Office). */
/**
 * Word-level difference of two texts, for the comparative table: the current wording with deleted words marked,
 * the proposed wording with inserted words marked. Tokens are words (letters and digits, with inner hyphens and
 * apostrophes: «3-1», «тармақ-тың»), runs of white space, and single other characters; the longest common
 * subsequence of tokens is kept. A space between two changes is folded into them, so that «в Парламент Республики»
 * → «в Курултай Республики» reads as one replaced word, not as a patchwork.
 */
import type { DiffSegment } from "../contract";

export type { DiffSegment };
export type DiffOp = DiffSegment["op"];

const TOKEN = /\s+|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Above this many token pairs the texts are shown as wholly replaced (a unit of several pages). */
export const MAX_DIFF_CELLS = 4_000_000;

function push(out: DiffSegment[], op: DiffOp, text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Segments whose equal/del parts give `a` and whose equal/ins parts give `b`, in reading order. */
export function diffWords(a: string, b: string): DiffSegment[] {
  if (a === b) return a ? [{ op: "equal", text: a }] : [];
  const x = tokenize(a);
  const y = tokenize(b);
  // Common head and tail first: most amendments change a few words of a long unit.
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const xs = x.slice(head, x.length - tail);
  const ys = y.slice(head, y.length - tail);
  const raw: DiffSegment[] = [];
  push(raw, "equal", x.slice(0, head).join(""));
  const n = xs.length;
  const m = ys.length;
  if (n * m > MAX_DIFF_CELLS) {
    push(raw, "del", xs.join(""));
    push(raw, "ins", ys.join(""));
  } else {
    // lcs[i][j] = LCS length of xs[i..] and ys[j..]
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = xs[i] === ys[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && xs[i] === ys[j]) {
        push(raw, "equal", xs[i]!);
        i++;
        j++;
      } else if (j < m && (i === n || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) {
        push(raw, "ins", ys[j]!);
        j++;
      } else {
        push(raw, "del", xs[i]!);
        i++;
      }
    }
  }
  push(raw, "equal", x.slice(x.length - tail).join(""));
  return tidy(raw);
}

/** Deletions before insertions within a change, and white space between two changes folded into them. */
function tidy(segs: DiffSegment[]): DiffSegment[] {
  // Group maximal runs of non-equal segments (with white-space-only equal segments inside) into one change.
  const out: DiffSegment[] = [];
  let k = 0;
  while (k < segs.length) {
    const s = segs[k]!;
    if (s.op === "equal") {
      push(out, "equal", s.text);
      k++;
      continue;
    }
    let del = "";
    let ins = "";
    let end = k;
    while (end < segs.length) {
      const t = segs[end]!;
      if (t.op === "del") del += t.text;
      else if (t.op === "ins") ins += t.text;
      else if (/^\s+$/u.test(t.text) && end + 1 < segs.length && segs[end + 1]!.op !== "equal" && (del || ins)) {
        // A space between two changes belongs to both sides of the change.
        del += t.text;
        ins += t.text;
      } else break;
      end++;
    }
    // A change that only adds or only removes keeps its surrounding spaces outside it.
    if (del && ins) {
      const lead = Math.min(/^\s*/u.exec(del)![0].length, /^\s*/u.exec(ins)![0].length);
      if (lead) push(out, "equal", del.slice(0, lead));
      const trailD = /\s*$/u.exec(del.slice(lead))![0].length;
      const trailI = /\s*$/u.exec(ins.slice(lead))![0].length;
      const trail = Math.min(trailD, trailI);
      push(out, "del", del.slice(lead, del.length - trail));
      push(out, "ins", ins.slice(lead, ins.length - trail));
      if (trail) push(out, "equal", del.slice(del.length - trail));
    } else {
      push(out, "del", del);
      push(out, "ins", ins);
    }
    k = end;
  }
  return out;
}

/** The two sides of a diff: what the current column shows (equal + deleted) and the proposed (equal + inserted). */
export function sides(segs: readonly DiffSegment[]): { current: DiffSegment[]; proposed: DiffSegment[] } {
  return {
    current: segs.filter((s) => s.op !== "ins").map((s) => ({ ...s })),
    proposed: segs.filter((s) => s.op !== "del").map((s) => ({ ...s })),
  };
}
