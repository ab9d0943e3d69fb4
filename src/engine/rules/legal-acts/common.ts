/**
 * Shared reading for several LA-* rules (not a rule itself): the operative formula («ПОСТАНОВЛЯЕТ:»,
 * «ПРИКАЗЫВАЮ:», «РЕШИЛ:», «ҚАУЛЫ ЕТЕДІ:», «БҰЙЫРАМЫН:», «ШЕШТІ:»), the preamble before it, whether the act
 * only amends or repeals other acts, and whether a position sits inside quotation marks.
 */
import type { ParsedParagraph } from "../../document/model";
import type { RuleContext, RuleSpan } from "../types";

const FORMULA =
  /(?<![\p{L}])(постановляет|постановляю|приказываю|приказываем|приказывает|решил|решила|решили|қаулы\s+етеді|қаулы\s+етемін|бұйырамын|бұйырамыз|бұйырады|шешті|шешім\s+қабылдады)(?![\p{L}])\s*:?/u;

export interface Formula {
  para: number;
  p: ParsedParagraph;
  start: number;
  end: number;
}

/** The operative formula of the act itself: the first one outside notes and quoted text, in the first 40 paragraphs. */
export function operativeFormula(ctx: RuleContext): Formula | null {
  const ps = ctx.doc.paragraphs;
  for (let i = 0; i < Math.min(ps.length, 40); i++) {
    const p = ps[i]!;
    if (p.kind === "blank" || p.isNote || p.quoted) continue;
    // The formula is in upper case in the act itself; «решил» in lower case is ordinary prose.
    const m = FORMULA.exec(p.folded);
    if (!m) continue;
    const word = p.text.slice(m.index, m.index + m[1]!.length);
    if (word !== word.toUpperCase() && !/^(постановляет|решил)/u.test(m[1]!)) continue;
    // Quoted formula inside the text («… РЕШИЛ:»;) belongs to an amended act.
    if (insideQuotes(p, m.index)) continue;
    return { para: i, p, start: m.index, end: m.index + m[1]!.length };
  }
  return null;
}

/** Folded text of the preamble: the heading-block paragraphs before the formula and the formula paragraph up to it. */
export function preambleText(ctx: RuleContext, f: Formula): string {
  const parts: string[] = [];
  for (let i = 0; i < f.para; i++) {
    const p = ctx.doc.paragraphs[i]!;
    if (p.kind === "blank" || p.isNote || p.quoted) continue;
    parts.push(p.folded);
  }
  parts.push(f.p.folded.slice(0, f.start));
  return parts.join("\n");
}

const AMENDS_RU = /(?<![\p{L}])(?:внести\s+(?:в\s+[^:]{0,500}?)?(?:следующ\p{L}*\s+)?(?:изменени|дополнени)\p{L}*|признать\s+утратившим\p{L}*\s+силу|отменить)/u;
const AMENDS_KK = /өзгеріс\p{L}*(?:\s+(?:мен|және)\s+толықтыру\p{L}*)?\s+енгізілсін|күші\s+жойылды\s+деп\s+танылсын|өзгерістер\s+(?:мен\s+толықтырулар\s+)?енгізу\s+туралы/u;
const TITLE_RU = /о\s+внесении\s+(?:изменени|дополнени)|о\s+признании\s+утратившим/u;

/** The act amends or repeals other acts (its first point does so, or its title says so). */
export function isAmendingAct(ctx: RuleContext): boolean {
  if (ctx.doc.actType === "amendment-law") return true;
  const ps = ctx.doc.paragraphs;
  const first = ctx.doc.structure.units.find((u) => u.address.part === 0);
  const end = first ? first.paragraphIndex : Math.min(ps.length, 15);
  for (let i = 0; i < Math.min(end, 20); i++) {
    const p = ps[i]!;
    if (p.isNote || p.quoted) continue;
    if (TITLE_RU.test(p.folded) || AMENDS_KK.test(p.folded)) return true;
  }
  // The first operative paragraph (point 1 or the first text after the formula).
  const f = operativeFormula(ctx);
  const from = first ? first.paragraphIndex : f ? f.para + 1 : 0;
  for (let i = from; i < Math.min(ps.length, from + 3); i++) {
    const p = ps[i]!;
    if (p.kind === "blank" || p.isNote || p.quoted) continue;
    if (AMENDS_RU.test(p.folded.slice(0, 600)) || AMENDS_KK.test(p.folded)) return true;
    break;
  }
  if (f) {
    for (let i = f.para + 1; i < Math.min(ps.length, f.para + 4); i++) {
      const p = ps[i]!;
      if (p.kind === "blank" || p.isNote || p.quoted) continue;
      if (AMENDS_RU.test(p.folded.slice(0, 600)) || AMENDS_KK.test(p.folded)) return true;
      break;
    }
    const rest = f.p.folded.slice(f.end, f.end + 600);
    if (AMENDS_RU.test(rest) || AMENDS_KK.test(rest)) return true;
  }
  return false;
}

/** Is position `pos` of the paragraph inside «…» or "…" (the name of a programme, an act or an organisation)? */
export function insideQuotes(p: ParsedParagraph, pos: number): boolean {
  const before = p.text.slice(0, pos);
  let depth = 0;
  for (const ch of before) {
    if (ch === "«" || ch === "“" || ch === "„") depth++;
    else if ((ch === "»" || ch === "”") && depth > 0) depth--;
  }
  if (depth > 0) return true;
  const straight = (before.match(/"/gu) ?? []).length;
  return straight % 2 === 1;
}

/** A document-level span (no paragraph). */
export function documentSpan(data?: Record<string, string>, extra: Partial<RuleSpan> = {}): RuleSpan {
  return { para: null, start: 0, end: 0, ...(data ? { data } : {}), ...extra };
}
