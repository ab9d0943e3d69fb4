/** Small helpers rules share. Everything here is pure and works on the parsed document. */
import type { Language } from "../../contract";
import type { ParsedParagraph } from "../document/model";
import { findAll, phraseRegex, type Match } from "../document/match";
import type { RuleContext, RuleSpan } from "./types";

/** Phrase lists per language, compiled once per rule module. */
export type PhraseSet = Record<Language, RegExp>;

export function phrases(ru: readonly string[], kk: readonly string[]): PhraseSet {
  return { ru: phraseRegex(ru), kk: phraseRegex(kk) };
}

/** Matches of a per-language phrase set in one paragraph (the paragraph's own language decides). */
export function matchIn(set: PhraseSet, p: ParsedParagraph): Match[] {
  return findAll(set[p.language], p.text, p.folded);
}

/** Runs a phrase set over the operative paragraphs and returns one span per match. */
export function scanOperative(
  ctx: RuleContext,
  set: PhraseSet,
  accept: (p: ParsedParagraph, m: Match) => boolean | Partial<RuleSpan> = () => true,
): RuleSpan[] {
  const spans: RuleSpan[] = [];
  const positions = new Map(ctx.doc.paragraphs.map((p, i) => [p, i]));
  for (const p of ctx.operative()) {
    for (const m of matchIn(set, p)) {
      const ok = accept(p, m);
      if (ok === false) continue;
      spans.push({ para: positions.get(p)!, start: m.start, end: m.end, ...(typeof ok === "object" ? ok : {}) });
    }
  }
  return spans;
}

/** Like scanOperative, over ctx.content(): the operative text and the new wording quoted in amending acts. */
export function scanContent(
  ctx: RuleContext,
  set: PhraseSet,
  accept: (p: ParsedParagraph, m: Match) => boolean | Partial<RuleSpan> = () => true,
): RuleSpan[] {
  return scanOperative({ ...ctx, operative: () => ctx.content() }, set, accept);
}

/** Position of a paragraph in ctx.doc.paragraphs. */
export function positionOf(ctx: RuleContext, p: ParsedParagraph): number {
  return ctx.doc.paragraphs.indexOf(p);
}

/**
 * The lead-in paragraph of the list a subpoint belongs to («3. Заявитель представляет следующие документы:»), or
 * null when the paragraph is not a subpoint of such a list.
 */
export function listLeadInParagraph(ctx: RuleContext, p: ParsedParagraph): ParsedParagraph | null {
  if (p.kind !== "subpoint") return null;
  const ps = ctx.doc.paragraphs;
  const at = positionOf(ctx, p);
  for (let i = at - 1; i >= 0 && i >= at - 40; i--) {
    const q = ps[i]!;
    if (q.kind === "blank" || q.isNote || q.kind === "subpoint") continue;
    return q.quoted === p.quoted && /:\s*$/u.test(q.folded) ? q : null;
  }
  return null;
}

/** The folded lead-in of the list a subpoint belongs to, or "". */
export function listLeadIn(ctx: RuleContext, p: ParsedParagraph): string {
  return listLeadInParagraph(ctx, p)?.folded ?? "";
}

/** Text around a match, folded, for context checks. */
export function around(p: ParsedParagraph, m: { start: number; end: number }, width = 60): { before: string; after: string } {
  return {
    before: p.folded.slice(Math.max(0, m.start - width), m.start),
    after: p.folded.slice(m.end, m.end + width),
  };
}

/** Keeps the first letter's case of `original` on `replacement`. */
export function matchCase(original: string, replacement: string): string {
  const first = original[0];
  if (first && first === first.toLowerCase() && first !== first.toUpperCase()) {
    return replacement[0]!.toLowerCase() + replacement.slice(1);
  }
  return replacement;
}

/** Drops spans contained in a longer span of the same paragraph. */
export function dropContained(spans: RuleSpan[]): RuleSpan[] {
  return spans.filter(
    (s) =>
      !spans.some(
        (o) => o !== s && o.para === s.para && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start,
      ),
  );
}

// A sentence ends at «.», «!» or «?» followed by a space and a capital letter or a quote (so that «ст. 5»
// and «т.д. и» do not split sentences), or at «;» followed by a space (items of a list).
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}«"„“(])|;\s+/gu;

/** Offsets [start, end) of the sentence of `p` that contains position `pos`. */
export function sentenceBounds(p: ParsedParagraph, pos: number): { start: number; end: number } {
  let start = 0;
  let end = p.text.length;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(p.text)) !== null) {
    const boundary = m.index + m[0].length;
    if (boundary <= pos) start = boundary;
    else {
      end = m.index + 1;
      break;
    }
  }
  return { start, end };
}

/** The folded sentence of `p` around a match. */
export function sentenceOf(p: ParsedParagraph, m: { start: number; end: number }): string {
  const b = sentenceBounds(p, m.start);
  return p.folded.slice(b.start, Math.max(b.end, m.end));
}
