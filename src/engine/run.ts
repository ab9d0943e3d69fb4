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
import { resetMatchCache } from "./document/match";
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

/** The rules that run on a document under these options, those that supersede others first (see ruleSteps). */
function applicableRules(doc: ParsedDocument, opts: EngineOptions): Rule[] {
  const rules = (opts.rules ?? ALL_RULES).filter(
    (r) =>
      (!opts.packs || opts.packs.includes(r.pack)) &&
      (!opts.ruleIds || opts.ruleIds.includes(r.id)) &&
      ruleApplies(r, doc.actType, doc.language),
  );
  return [...rules.filter((r) => r.supersedes?.length), ...rules.filter((r) => !r.supersedes?.length)];
}

/**
 * The rules one at a time; each step gives that rule's findings, de-duplicated and without those a more specific
 * rule superseded (Rule.supersedes). Superseding rules run first, so every step's findings are final: the union of
 * the steps, ordered, is exactly what filtering all findings at once would give.
 */
export function* ruleSteps(doc: ParsedDocument, opts: EngineOptions = {}): Generator<{ ruleId: string; findings: Finding[]; done: number; total: number }> {
  const ui = opts.uiLanguage ?? "ru";
  resetMatchCache();
  const ctx = ruleContext(doc);
  const rules = applicableRules(doc, opts);
  const supersedes = new Map(rules.filter((r) => r.supersedes?.length).map((r) => [r.id, new Set(r.supersedes)]));
  // Every finding of a superseding rule, kept even when itself superseded (as the batch filter sees them).
  const superseding: Finding[] = [];
  const seen = new Set<string>();
  let done = 0;
  for (const rule of rules) {
    let spans: ReturnType<Rule["detect"]>;
    try {
      spans = rule.detect(ctx);
    } catch (error) {
      if (!opts.onRuleError) throw error;
      opts.onRuleError(rule.id, error);
      yield { ruleId: rule.id, findings: [], done: ++done, total: rules.length };
      continue;
    }
    const findings: Finding[] = [];
    for (const span of spans) {
      const key = `${rule.id}|${span.para}|${span.start}|${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(buildFinding(rule, span, doc, ui));
    }
    if (supersedes.has(rule.id)) superseding.push(...findings);
    const kept = superseding.length === 0 ? findings : findings.filter((g) => !superseding.some((f) => f !== g && supersedes.get(f.ruleId)?.has(g.ruleId) === true && overlaps(f, g)));
    yield { ruleId: rule.id, findings: kept, done: ++done, total: rules.length };
  }
}

const overlaps = (f: Finding, g: Finding) => f.paragraphIndex === g.paragraphIndex && (f.paragraphIndex === null || (f.start < g.end && g.start < f.end));

export function runRules(doc: ParsedDocument, opts: EngineOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const step of ruleSteps(doc, opts)) findings.push(...step.findings);
  return orderFindings(findings);
}

export interface AsyncEngineOptions extends EngineOptions {
  /**
   * Findings as they are found, ordered within each call, every `sliceMs` of work: the engine gives the event loop
   * back between slices, so a huge document neither blocks the service nor keeps the user waiting for the end.
   */
  onPartial?: (findings: Finding[], done: number, total: number, doc: ParsedDocument) => void;
  sliceMs?: number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A slice of the engine's work: the findings found in it, the rules run so far. */
export interface EngineSlice {
  findings: Finding[];
  done: number;
  total: number;
  doc: ParsedDocument;
}

/**
 * The whole engine in slices of about `sliceMs`: yields each slice's findings (ordered) while rules remain, and
 * returns the same result as checkParagraphs. The caller decides what happens between slices (the service gives
 * the event loop back; a worker thread posts the findings).
 */
export function* checkInSlices(paragraphs: readonly Paragraph[], opts: EngineOptions, sliceMs: number): Generator<EngineSlice, EngineResult> {
  const doc = parseForCheck(paragraphs, opts);
  const { failedRules, onRuleError } = ruleErrorCollector(opts);
  const all: Finding[] = [];
  let pending: Finding[] = [];
  let sliceStart = performance.now();
  for (const step of ruleSteps(doc, { ...opts, onRuleError })) {
    all.push(...step.findings);
    pending.push(...step.findings);
    if (performance.now() - sliceStart >= sliceMs && step.done < step.total) {
      yield { findings: orderFindings(pending), done: step.done, total: step.total, doc };
      pending = [];
      sliceStart = performance.now();
    }
  }
  const findings = orderFindings(all);
  return { doc, findings, summary: summarise(findings), failedRules };
}

/** checkParagraphs in slices: the same result, with the event loop free between slices and partial findings. */
export async function checkParagraphsAsync(paragraphs: readonly Paragraph[], opts: AsyncEngineOptions = {}): Promise<EngineResult> {
  const slices = checkInSlices(paragraphs, opts, opts.sliceMs ?? 20);
  for (let r = slices.next(); ; r = slices.next()) {
    if (r.done) return r.value;
    opts.onPartial?.(r.value.findings, r.value.done, r.value.total, r.value.doc);
    await nextTurn();
  }
}

/** The parsed document a check runs on. A comparative table appended to the draft quotes the old wording: it is
 * not checked (./document/comparative-tables). */
function parseForCheck(paragraphs: readonly Paragraph[], opts: EngineOptions): ParsedDocument {
  return parseDocument(maskComparativeTables(paragraphs), { actType: opts.actType, language: opts.language, title: opts.title, noHeading: opts.noHeading });
}

function ruleErrorCollector(opts: EngineOptions): { failedRules: string[]; onRuleError?: (id: string, e: unknown) => void } {
  const failedRules: string[] = [];
  const onRuleError = opts.onRuleError
    ? (id: string, e: unknown) => {
        failedRules.push(id);
        opts.onRuleError!(id, e);
      }
    : undefined;
  return { failedRules, onRuleError };
}

/** The whole engine in one call: parse, run, summarise. Pure; no I/O. */
export function checkParagraphs(paragraphs: readonly Paragraph[], opts: EngineOptions = {}): EngineResult {
  const doc = parseForCheck(paragraphs, opts);
  const { failedRules, onRuleError } = ruleErrorCollector(opts);
  const findings = runRules(doc, { ...opts, onRuleError });
  return { doc, findings, summary: summarise(findings), failedRules };
}
