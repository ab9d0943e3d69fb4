/**
 * Builds a CheckResponse from a validated CheckRequest: the rule engine at once, then — when a model is configured
 * and the request does not say `llm: "off"` — the semantic checker, whose findings are merged in. A failure of the
 * model never costs the rule findings: the response says what happened to the model part (engine.llm).
 */
import type { ActType, CheckRequest, CheckResponse, Finding, LlmReport } from "../contract";
import type { ArticleIndex } from "../corpus/article-index";
import { duplicationFindings } from "../corpus/duplication";
import type { NearDuplicateIndex } from "../corpus/near-duplicates";
import { corpusEditions } from "../engine/data/acts";
import type { ParsedDocument } from "../engine/document/model";
import { hash53 } from "../engine/document/normalize";
import { checkParagraphs, checkParagraphsAsync, ENGINE_VERSION, orderFindings, RULES_VERSION, summarise, type EngineResult } from "../engine/run";
import type { LlmCache } from "../llm/cache";
import { rulesResultOf, type EnginePool, type RulesResult } from "./engine-pool";
import type { ChatProvider } from "../llm/provider";
import { semanticCheck } from "../llm/semantic-check";

export const LLM_OFF: LlmReport = { enabled: false, status: "not-configured" };

/** What the service holds for the model part: the provider, the article index of the imported texts, the cache. */
export interface LlmRuntime {
  provider: ChatProvider;
  /** The index of the imported official texts (rebuilt by the caller when the store changes). */
  index: () => ArticleIndex;
  cache?: LlmCache;
  maxParagraphs: number;
}

/** Organisation-wide dismissals (an administrator's): findings they match are not shown. */
export type Suppress = (f: Finding, actType: ActType) => boolean;

function engineOptions(req: CheckRequest) {
  return {
    actType: req.document.actType,
    language: req.document.language,
    title: req.document.title,
    packs: req.options.packs,
    uiLanguage: req.options.uiLanguage,
  };
}

// A faulty rule is skipped and named in the response; the caller logs its id (never the draft text).
const skipFaultyRule = () => {};

function rulesCheck(req: CheckRequest, llm: LlmReport, suppress?: Suppress): { response: CheckResponse; doc: ParsedDocument } {
  const t0 = performance.now();
  const result = checkParagraphs(req.paragraphs, { ...engineOptions(req), onRuleError: skipFaultyRule });
  return { response: rulesResponse(req, llm, withRia(req, result), t0, suppress), doc: result.doc };
}

/**
 * The same without blocking the service: in the engine pool's worker threads when there is a pool, otherwise on
 * this thread in ~20 ms slices that give the event loop back; partial findings go out as they are found.
 */
async function rulesCheckInSlices(
  req: CheckRequest,
  llm: LlmReport,
  ev: { suppress?: Suppress; pool?: EnginePool; wantDoc?: boolean; onPartial?: (findings: Finding[], done: number, total: number) => void },
): Promise<{ response: CheckResponse; doc?: ParsedDocument }> {
  const t0 = performance.now();
  const onPartial = ev.onPartial
    ? (findings: Finding[], done: number, total: number, actType: ActType) => ev.onPartial!(ev.suppress ? findings.filter((f) => !ev.suppress!(f, actType)) : findings, done, total)
    : undefined;
  if (ev.pool) {
    const result = await ev.pool.check(req.paragraphs, engineOptions(req), { onPartial, ria: wantsRia(req), doc: ev.wantDoc === true });
    return { response: rulesResponse(req, llm, result, t0, ev.suppress), doc: result.doc };
  }
  const result = await checkParagraphsAsync(req.paragraphs, { ...engineOptions(req), onRuleError: skipFaultyRule, onPartial: onPartial ? (f, d, t, doc) => onPartial(f, d, t, doc.actType) : undefined });
  return { response: rulesResponse(req, llm, withRia(req, result), t0, ev.suppress), doc: result.doc };
}

/** The RIA checklist whenever the "ria" pack runs (always by default), with its `required` flag. */
const wantsRia = (req: CheckRequest) => !req.options.packs || req.options.packs.includes("ria");

const withRia = (req: CheckRequest, result: EngineResult): RulesResult => rulesResultOf(result, { ria: wantsRia(req), ui: req.options.uiLanguage, doc: true });

function rulesResponse(req: CheckRequest, llm: LlmReport, result: RulesResult, t0: number, suppress?: Suppress): CheckResponse {
  const rulesMs = performance.now() - t0;
  const shown = suppress ? result.findings.filter((f) => !suppress(f, result.document.actType)) : result.findings;
  const dismissed = result.findings.length - shown.length;
  return {
    findings: shown,
    summary: dismissed ? summarise(shown) : result.summary,
    document: { ...result.document, paragraphCount: req.paragraphs.length },
    engine: {
      version: ENGINE_VERSION,
      rulesVersion: RULES_VERSION,
      corpusEditions: corpusEditions(),
      llm,
      ...(result.failedRules.length > 0 ? { failedRules: result.failedRules } : {}),
      ...(dismissed ? { orgDismissed: dismissed } : {}),
    },
    timings: { totalMs: performance.now() - t0, rulesMs },
    ...(result.ria ? { ria: result.ria } : {}),
  };
}

/** The rule findings only (the CLI, and the service when no model is configured). */
export function runCheck(req: CheckRequest, llm: LlmReport = LLM_OFF): CheckResponse {
  const off = req.options.llm === "off" && llm.enabled ? { enabled: true, model: llm.model, status: "off-by-request" as const } : llm;
  return rulesCheck(req, off).response;
}

export interface FullCheckEvents {
  signal?: AbortSignal;
  /** The rule findings, as soon as they exist (engine.llm.status is "running" when the model is asked next). */
  onRules?: (response: CheckResponse) => void;
  /** Rule findings found so far, while the rules of a large document run (done/total = rules run). */
  onPartial?: (findings: Finding[], done: number, total: number) => void;
  onProgress?: (done: number, total: number) => void;
  onFindings?: (paragraphIndex: number, findings: Finding[]) => void;
  /** Organisation-wide dismissals. */
  suppress?: Suppress;
  /** Worker threads for the rules (the built service); without it the rules run here in slices. */
  pool?: EnginePool;
  /** The near-duplicate index of the imported acts in force: repeated norms and other figures (pack legal-acts). */
  inForce?: () => { index: NearDuplicateIndex; titles: Record<string, string> };
}

/** Rules, then the model when it is configured and wanted; the final response has both, merged and ordered. */
export async function runFullCheck(req: CheckRequest, llm: LlmRuntime | undefined, ev: FullCheckEvents = {}): Promise<CheckResponse> {
  const t0 = performance.now();
  const wanted = llm !== undefined && req.options.llm !== "off";
  const initial: LlmReport = !llm
    ? LLM_OFF
    : wanted
      ? { enabled: true, model: llm.provider.model, status: "running" }
      : { enabled: true, model: llm.provider.model, status: "off-by-request" };
  // The parsed document comes back from a worker only when the model part needs it.
  const { response: rulesOnly, doc } = await rulesCheckInSlices(req, initial, { ...ev, wantDoc: wanted });
  const response = withNormsInForce(req, rulesOnly, ev);
  ev.onRules?.(response);
  if (!wanted) return response;
  const t1 = performance.now();
  if (!doc) throw new Error("the parsed document is missing");
  const semantic = await semanticCheck(
    doc,
    response.findings,
    { ui: req.options.uiLanguage, packs: req.options.packs, signal: ev.signal, onProgress: ev.onProgress, onFindings: ev.onFindings },
    { provider: llm.provider, index: llm.index(), cache: llm.cache, maxParagraphs: llm.maxParagraphs },
  );
  const modelFindings = ev.suppress ? semantic.findings.filter((f) => !ev.suppress!(f, doc.actType)) : semantic.findings;
  const findings = orderFindings([...response.findings, ...modelFindings]);
  return {
    ...response,
    findings,
    summary: summarise(findings),
    engine: { ...response.engine, llm: semantic.report },
    timings: { ...response.timings, llmMs: performance.now() - t1, totalMs: performance.now() - t0 },
  };
}

/** The rules' response with the findings against the acts in force added (when any are imported and legal-acts runs). */
function withNormsInForce(req: CheckRequest, response: CheckResponse, ev: FullCheckEvents): CheckResponse {
  if (!ev.inForce || (req.options.packs && !req.options.packs.includes("legal-acts"))) return response;
  const { index, titles } = ev.inForce();
  if (index.size === 0) return response;
  const t0 = performance.now();
  const found = duplicationFindings(req.paragraphs, { index, language: response.document.language, actType: response.document.actType, ui: req.options.uiLanguage, titles });
  const extra = ev.suppress ? found.filter((f) => !ev.suppress!(f, response.document.actType)) : found;
  if (extra.length === 0) return response;
  const findings = orderFindings([...response.findings, ...extra]);
  return { ...response, findings, summary: summarise(findings), timings: { ...response.timings, rulesMs: response.timings.rulesMs + performance.now() - t0 } };
}

/** Identifies a document without storing its text. */
export function documentHash(req: CheckRequest): string {
  let acc = "";
  for (const p of req.paragraphs) acc = hash53(acc + "\u0001" + p.text);
  return acc;
}
