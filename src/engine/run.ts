/** Runs rule packs on a document, merges, de-duplicates and orders findings, and builds the summary. */
import {
  PACKS,
  SEVERITIES,
  type ActType,
  type Finding,
  type Language,
  type Pack,
  type Paragraph,
  type Summary,
  type UiLanguage,
} from "../contract";
import { hash53 } from "./document/normalize";
import { maskComparativeTables } from "./document/comparative-tables";
import { parseDocument, type ParsedDocument } from "./document/model";
import { buildFinding } from "./findings";
import { ALL_RULES } from "./rules";
import { ruleContext } from "./rules/context";
import type { Rule } from "./rules/types";

export const ENGINE_VERSION = "0.1.0";

export const RULES_VERSION = `${ALL_RULES.length}.${hash53(
  JSON.stringify(ALL_RULES.map((r) => [r.id, r.severity, r.actTypes, r.citation, r.messages])),
).slice(0, 8)}`;

export interface EngineOptions {
  actType?: ActType;
  language?: Language;
  title?: string;
  /** See ParseOptions.noHeading. */
  noHeading?: boolean;
  packs?: readonly Pack[];
  uiLanguage?: UiLanguage;
  /** Restrict to these rule ids (used by the examples test and the CLI). */
  ruleIds?: readonly string[];
  rules?: readonly Rule[];
  /**
   * Called when a rule throws. The check goes on without that rule (one faulty rule must not cost the user the
   * whole check). Without a handler the error is rethrown, so tests see it.
   */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export interface EngineResult {
  doc: ParsedDocument;
  findings: Finding[];
  summary: Summary;
  /** Rules that threw and were skipped (only when EngineOptions.onRuleError was given). */
  failedRules: string[];
}

export function ruleApplies(rule: Rule, actType: ActType, language: Language): boolean {
  const typeOk = rule.actTypes === "all" || rule.actTypes.includes(actType) || actType === "unknown";
  return typeOk && rule.languages.includes(language);
}


export function summarise(findings: readonly Finding[]): Summary {
  const zero = () => ({ error: 0, warning: 0, info: 0 });
  const byPack = Object.fromEntries(PACKS.map((p) => [p, zero()])) as Summary["byPack"];
  const bySeverity = zero();
  for (const f of findings) {
    bySeverity[f.severity]++;
    byPack[f.pack]![f.severity]++;
  }
  return { total: findings.length, bySeverity, byPack };
}

const SEVERITY_RANK: Record<string, number> = Object.fromEntries(SEVERITIES.map((s, i) => [s, i]));

export function orderFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.paragraphIndex ?? -1) - (b.paragraphIndex ?? -1) ||
      a.start - b.start ||
      SEVERITY_RANK[a.severity]! - SEVERITY_RANK[b.severity]! ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export function runRules(doc: ParsedDocument, opts: EngineOptions = {}): Finding[] {
  const ui = opts.uiLanguage ?? "ru";
  const ctx = ruleContext(doc);
  const rules = (opts.rules ?? ALL_RULES).filter(
    (r) =>
      (!opts.packs || opts.packs.includes(r.pack)) &&
      (!opts.ruleIds || opts.ruleIds.includes(r.id)) &&
      ruleApplies(r, doc.actType, doc.language),
  );
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const rule of rules) {
    let spans: ReturnType<Rule["detect"]>;
    try {
      spans = rule.detect(ctx);
    } catch (error) {
      if (!opts.onRuleError) throw error;
      opts.onRuleError(rule.id, error);
      continue;
    }
    for (const span of spans) {
      const key = `${rule.id}|${span.para}|${span.start}|${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(buildFinding(rule, span, doc, ui));
    }
  }
  return orderFindings(dropSuperseded(findings, rules));
}

/** Removes findings of general rules where a more specific rule found overlapping words (Rule.supersedes). */
export function dropSuperseded(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const supersedes = new Map(rules.filter((r) => r.supersedes?.length).map((r) => [r.id, new Set(r.supersedes)]));
  if (supersedes.size === 0) return findings;
  return findings.filter(
    (g) =>
      !findings.some(
        (f) =>
          f !== g &&
          supersedes.get(f.ruleId)?.has(g.ruleId) === true &&
          f.paragraphIndex === g.paragraphIndex &&
          (f.paragraphIndex === null || (f.start < g.end && g.start < f.end)),
      ),
  );
}

/** The whole engine in one call: parse, run, summarise. Pure; no I/O. */
export function checkParagraphs(paragraphs: readonly Paragraph[], opts: EngineOptions = {}): EngineResult {
  // A comparative table appended to the draft quotes the old wording: it is not checked (./document/comparative-tables).
  const doc = parseDocument(maskComparativeTables(paragraphs), { actType: opts.actType, language: opts.language, title: opts.title, noHeading: opts.noHeading });
  const failedRules: string[] = [];
  const onRuleError = opts.onRuleError
    ? (id: string, e: unknown) => {
        failedRules.push(id);
        opts.onRuleError!(id, e);
      }
    : undefined;
  const findings = runRules(doc, { ...opts, onRuleError });
  return { doc, findings, summary: summarise(findings), failedRules };
}
