/** Builds a CheckResponse from a validated CheckRequest: the rule engine now, the LLM checker later. */
import type { CheckRequest, CheckResponse } from "../contract";
import { corpusEditions } from "../engine/data/acts";
import { hash53 } from "../engine/document/normalize";
import { evaluateRia } from "../engine/ria";
import { checkParagraphs, ENGINE_VERSION, RULES_VERSION } from "../engine/run";

export interface LlmStatus {
  enabled: boolean;
  model?: string;
  status: string;
}

export const LLM_OFF: LlmStatus = { enabled: false, status: "not-configured" };

export function runCheck(req: CheckRequest, llm: LlmStatus = LLM_OFF): CheckResponse {
  const t0 = performance.now();
  const result = checkParagraphs(req.paragraphs, {
    actType: req.document.actType,
    language: req.document.language,
    title: req.document.title,
    packs: req.options.packs,
    uiLanguage: req.options.uiLanguage,
    // A faulty rule is skipped and named in the response; the caller logs its id (never the draft text).
    onRuleError: () => {},
  });
  const rulesMs = performance.now() - t0;
  return {
    findings: result.findings,
    summary: result.summary,
    document: {
      actType: result.doc.actType,
      language: result.doc.language,
      detected: result.doc.detected,
      paragraphCount: req.paragraphs.length,
    },
    engine: {
      version: ENGINE_VERSION,
      rulesVersion: RULES_VERSION,
      corpusEditions: corpusEditions(),
      llm: req.options.llm === "off" ? { ...llm, status: llm.enabled ? "off-by-request" : llm.status } : llm,
      ...(result.failedRules.length > 0 ? { failedRules: result.failedRules } : {}),
    },
    timings: { totalMs: performance.now() - t0, rulesMs },
    // The RIA checklist whenever the "ria" pack runs (always by default), with its `required` flag.
    ...(!req.options.packs || req.options.packs.includes("ria") ? { ria: evaluateRia(result.doc, req.options.uiLanguage) } : {}),
  };
}

/** Identifies a document without storing its text. */
export function documentHash(req: CheckRequest): string {
  let acc = "";
  for (const p of req.paragraphs) acc = hash53(acc + "\u0001" + p.text);
  return acc;
}
