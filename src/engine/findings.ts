/** Turns rule spans into contract Findings: quote, context, messages, citation, fingerprint. */
import type { Finding, Severity, UiLanguage } from "../contract";
import { completeCitation } from "./data/acts";
import type { ParsedDocument } from "./document/model";
import { canonical, hash53 } from "./document/normalize";
import type { Rule, RuleSpan } from "./rules/types";

export const CONTEXT_CHARS = 40;

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in vars ? vars[key]! : m));
}

/** Stable across edits elsewhere in the document: rule + normalised quote + a little context. */
export function fingerprintOf(ruleId: string, quote: string, before: string, after: string): string {
  const ctx = canonical(before.slice(-15)) + "|" + canonical(after.slice(0, 15));
  return `${ruleId}:${hash53(canonical(quote) + "\u0000" + ctx)}`;
}

export function buildFinding(rule: Pick<Rule, "id" | "pack" | "severity" | "messages" | "citation">, span: RuleSpan, doc: ParsedDocument, ui: UiLanguage): Finding {
  const para = span.para === null ? null : doc.paragraphs[span.para]!;
  const text = para?.text ?? "";
  const start = para ? span.start : 0;
  const end = para ? span.end : 0;
  const quote = text.slice(start, end);
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  const msgs = rule.messages[ui];
  const vars = { quote, ...(span.data ?? {}) };
  const severity: Severity = span.severity ?? rule.severity;
  const fingerprint = fingerprintOf(rule.id, quote, before, after);
  const suggestion = span.suggestion
    ? { replacement: span.suggestion.replacement, note: span.suggestion.note?.[ui] }
    : undefined;
  return {
    id: `${fingerprint}@${para?.index ?? "doc"}:${start}`,
    ruleId: rule.id,
    pack: rule.pack,
    severity,
    paragraphIndex: para ? para.index : null,
    start,
    end,
    quote,
    before,
    after,
    title: fill(msgs.title, vars),
    message: fill(msgs.message, vars),
    explanation: fill(msgs.explanation, vars),
    citation: completeCitation(span.citation ?? rule.citation, ui),
    ...(suggestion ? { suggestion } : {}),
    source: "rule",
    confidence: span.confidence ?? 0.9,
    fingerprint,
  };
}
