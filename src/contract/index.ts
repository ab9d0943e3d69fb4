/**
 * The single source of truth for every message between the task pane, the service and the CLI.
 * Types are inferred from the zod schemas; nothing else defines these shapes.
 */
import { z } from "zod";

export const LANGUAGES = ["kk", "ru"] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const UI_LANGUAGES = ["kk", "ru", "en"] as const;
export const UiLanguage = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const ACT_TYPES = [
  "constitutional-law",
  "code",
  "law",
  "amendment-law",
  "presidential-decree",
  "government-resolution",
  "ministerial-order",
  "agency-order",
  "maslikhat-decision",
  "akimat-resolution",
  "akim-decision",
  "unknown",
] as const;
export const ActType = z.enum(ACT_TYPES);
export type ActType = z.infer<typeof ActType>;

export const PACKS = ["constitution", "legal-acts", "anticorruption", "ria", "drafting", "bilingual"] as const;
export const Pack = z.enum(PACKS);
export type Pack = z.infer<typeof Pack>;

export const SEVERITIES = ["error", "warning", "info"] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** Service limits; the service, the pane and the CLI share them. Defaults suit a 300-page code. */
export const LIMITS = {
  maxParagraphs: 20000,
  maxParagraphLength: 20000,
  maxBodyBytes: 16 * 1024 * 1024,
  maxTitleLength: 1000,
} as const;

export const Paragraph = z.object({
  index: z.number().int().min(0),
  text: z.string().max(LIMITS.maxParagraphLength),
  style: z.string().max(200).optional(),
  outlineLevel: z.number().int().min(0).max(10).optional(),
  inTable: z.boolean().optional(),
  /** Where a table paragraph stands (the outermost table): table, row and column, from 0. */
  cell: z.object({ table: z.number().int().min(0), row: z.number().int().min(0), col: z.number().int().min(0) }).strict().optional(),
  listString: z.string().max(50).optional(),
});
export type Paragraph = z.infer<typeof Paragraph>;

/**
 * Unknown keys are rejected, not dropped: «actType» sent at the top level instead of in `document` would otherwise
 * be ignored without a word and the draft checked as another act type.
 */
export const CheckRequest = z
  .object({
    document: z
      .object({
        actType: ActType.optional(),
        language: Language.optional(),
        title: z.string().max(LIMITS.maxTitleLength).optional(),
      })
      .strict()
      .default({}),
    paragraphs: z.array(Paragraph).max(LIMITS.maxParagraphs),
    options: z
      .object({
        packs: z.array(Pack).optional(),
        llm: z.enum(["off", "auto"]).optional(),
        uiLanguage: UiLanguage.default("ru"),
      })
      .strict()
      .default({ uiLanguage: "ru" }),
  })
  .strict();
export type CheckRequest = z.infer<typeof CheckRequest>;
export type CheckRequestInput = z.input<typeof CheckRequest>;

export const Citation = z.object({
  /** Registry id of the act, e.g. "constitution-2026", "law-on-legal-acts". */
  act: z.string(),
  /** Human-readable title of the act in the finding's UI language. */
  actTitle: z.string().optional(),
  /** Edition id, e.g. "2026-07-01". */
  edition: z.string(),
  article: z.string(),
  paragraph: z.string().optional(),
  subparagraph: z.string().optional(),
  url: z.string().url().optional(),
});
export type Citation = z.infer<typeof Citation>;

export const Finding = z.object({
  id: z.string(),
  ruleId: z.string(),
  pack: Pack,
  severity: Severity,
  paragraphIndex: z.number().int().min(0).nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
  before: z.string(),
  after: z.string(),
  title: z.string(),
  message: z.string(),
  explanation: z.string(),
  citation: Citation,
  suggestion: z.object({ replacement: z.string(), note: z.string().optional() }).optional(),
  source: z.enum(["rule", "llm"]),
  confidence: z.number().min(0).max(1),
  fingerprint: z.string(),
});
export type Finding = z.infer<typeof Finding>;

export const SeverityCounts = z.object({ error: z.number(), warning: z.number(), info: z.number() });
export type SeverityCounts = z.infer<typeof SeverityCounts>;

export const Summary = z.object({
  total: z.number(),
  bySeverity: SeverityCounts,
  byPack: z.record(Pack, SeverityCounts),
});
export type Summary = z.infer<typeof Summary>;

export const RIA_ANSWERS = ["yes", "no", "open"] as const;
export const RiaAnswer = z.enum(RIA_ANSWERS);
export type RiaAnswer = z.infer<typeof RiaAnswer>;

export const RIA_TRIGGER_KINDS = ["permit", "control", "reporting", "technical", "liability", "membership"] as const;

/** One item of the RIA checklist (legal brief §4.2) as the engine answered it for this draft. */
export const RiaItem = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** 1-based position in the checklist. */
  no: z.number().int().min(1),
  /** The item's question in every UI language (the pane shows the UI's, the Word table the document's). */
  label: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  citation: Citation,
  /** "yes"/"no" when the draft itself shows the answer (then `evidence`), "open" for the lawyer. */
  answer: RiaAnswer,
  evidence: z
    .object({ paragraphIndex: z.number().int().min(0).nullable(), quote: z.string() })
    .optional(),
});
export type RiaItem = z.infer<typeof RiaItem>;

/** The RIA checklist for the draft: whether an RIA appears required, what triggered it, the items. */
export const RiaReport = z.object({
  /** The draft introduces requirements for business and no exemption was found. */
  required: z.boolean(),
  triggers: z.array(
    z.object({ kind: z.enum(RIA_TRIGGER_KINDS), paragraphIndex: z.number().int().min(0), quote: z.string() }),
  ),
  items: z.array(RiaItem),
});
export type RiaReport = z.infer<typeof RiaReport>;

/**
 * What happened to the model part of a check (DESIGN §7). `status`:
 * - "not-configured": no model endpoint is configured; every finding comes from the rules;
 * - "off-by-request": the request said `llm: "off"`;
 * - "no-corpus": no official texts are imported, so there is nothing to ground a model finding on (not asked);
 * - "running": the rule findings of a streamed check, the model still at work;
 * - "ok": every eligible paragraph was answered (by the model or from the cache);
 * - "partial": some paragraphs got no usable answer (see `paragraphs.failed` and `error`);
 * - "unavailable": no paragraph got an answer (dead endpoint, circuit breaker open …);
 * - "cancelled": the user cancelled the streamed check.
 */
export const LLM_STATUSES = ["not-configured", "off-by-request", "no-corpus", "running", "ok", "partial", "unavailable", "cancelled"] as const;
export const LlmStatus = z.enum(LLM_STATUSES);
export type LlmStatus = z.infer<typeof LlmStatus>;

/** Why model findings were dropped before the user saw them; each counts findings. */
export const LLM_DROP_REASONS = [
  /** The quote is not verbatim in the paragraph. */
  "quoteNotVerbatim",
  /** The cited article does not exist in the loaded edition. */
  "articleMissing",
  /** The cited article exists but was not among the articles given to the model with this paragraph. */
  "articleNotGiven",
  /** The pack is not one the model was asked about, or does not fit the cited act. */
  "packNotAllowed",
  /** The finding did not have the required shape. */
  "malformed",
  /** The finding said what a rule already found on the same words (merged into the rule finding). */
  "duplicateOfRule",
] as const;
export const LlmDropReason = z.enum(LLM_DROP_REASONS);
export type LlmDropReason = z.infer<typeof LlmDropReason>;

export const LlmReport = z.object({
  enabled: z.boolean(),
  model: z.string().optional(),
  status: LlmStatus,
  promptVersion: z.string().optional(),
  /** Operative paragraphs the model was asked about, and what came of it. */
  paragraphs: z
    .object({
      eligible: z.number().int().min(0),
      asked: z.number().int().min(0),
      cached: z.number().int().min(0),
      failed: z.number().int().min(0),
      /** Not asked: over the per-check limit, or the check was cancelled. */
      skipped: z.number().int().min(0),
      /** Not asked because the paragraph reads like instructions to a model (src/llm/injection.ts). */
      suspicious: z.number().int().min(0).optional(),
    })
    .optional(),
  /** HTTP requests made to the model endpoint (retries included). */
  calls: z.number().int().min(0).optional(),
  dropped: z.record(LlmDropReason, z.number().int().min(0)).optional(),
  /** What went wrong with the model part, in the UI language (absent when nothing did). */
  error: z.string().optional(),
});
export type LlmReport = z.infer<typeof LlmReport>;

export const CheckResponse = z.object({
  findings: z.array(Finding),
  summary: Summary,
  document: z.object({
    actType: ActType,
    language: Language,
    detected: z.object({ actType: ActType, language: Language }),
    paragraphCount: z.number(),
  }),
  engine: z.object({
    version: z.string(),
    rulesVersion: z.string(),
    corpusEditions: z.array(z.string()),
    llm: LlmReport,
    /** Rules that failed on this document and were skipped; the other findings are complete. */
    failedRules: z.array(z.string()).optional(),
    /** Findings not shown because an administrator dismissed them for the whole organisation. */
    orgDismissed: z.number().int().positive().optional(),
  }),
  timings: z.object({ totalMs: z.number(), rulesMs: z.number(), llmMs: z.number().optional() }),
  /** The RIA checklist (optional: older services do not send it; absent when the "ria" pack is not run). */
  ria: RiaReport.optional(),
});
export type CheckResponse = z.infer<typeof CheckResponse>;

/**
 * POST /api/v1/check/stream answers with NDJSON, one event per line: "rules" at once (the whole rule-only
 * response, `engine.llm.status` "running" when the model is asked), then "progress" and "findings" (model findings
 * of one paragraph, already verified) as paragraphs are answered, then "done" with the final response (rule and
 * model findings merged and ordered). A failure after the first line is an "error" event.
 */
export const StreamEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("rules"), response: CheckResponse }),
  /** Rule findings found so far on a large document (before "rules", which carries them all); done/total = rules run. */
  z.object({
    type: z.literal("partial"),
    findings: z.array(Finding),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
  z.object({
    type: z.literal("progress"),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
  z.object({ type: z.literal("findings"), paragraphIndex: z.number().int().min(0), findings: z.array(Finding) }),
  z.object({ type: z.literal("done"), response: CheckResponse }),
  z.object({ type: z.literal("error"), error: z.object({ code: z.string(), message: z.string() }) }),
]);
export type StreamEvent = z.infer<typeof StreamEvent>;

export const RuleInfo = z.object({
  id: z.string(),
  pack: Pack,
  /** Codes of the legal brief's checkable rules (§9) this rule implements. */
  brief: z.array(z.string()),
  severity: Severity,
  actTypes: z.array(ActType),
  languages: z.array(Language),
  citation: Citation,
  title: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  description: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
});
export type RuleInfo = z.infer<typeof RuleInfo>;

export const RulesResponse = z.object({ rulesVersion: z.string(), rules: z.array(RuleInfo) });
export type RulesResponse = z.infer<typeof RulesResponse>;

export const HealthResponse = z.object({
  status: z.literal("ok"),
  version: z.string(),
  rulesVersion: z.string(),
  rules: z.number(),
  llm: z.object({ enabled: z.boolean(), model: z.string().optional() }),
  storage: z.string(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

export const ERROR_CODES = [
  "bad_request",
  "payload_too_large",
  "too_many_paragraphs",
  "paragraph_too_long",
  "unsupported_media_type",
  "not_found",
  "unauthorized",
  "rate_limited",
  "unreadable_docx",
  "same_language",
  "no_bilingual_table",
  "internal",
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorResponse = z.object({
  error: z.object({ code: ErrorCode, message: z.string(), details: z.array(z.string()).optional() }),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

// ------------------------------------------------------------------------------------------------------------
// Comparative table (POST /api/v1/compare; `zanger compare`)
// ------------------------------------------------------------------------------------------------------------

/** A run of words of a diff: kept, deleted (current wording) or inserted (proposed wording). */
export const DiffSegment = z.object({ op: z.enum(["equal", "del", "ins"]), text: z.string() });
export type DiffSegment = z.infer<typeof DiffSegment>;

export const ComparativeRow = z.object({
  no: z.number().int().positive(),
  kind: z.enum(["changed", "added", "removed"]),
  /** The structural unit in the document's language: «Статья 5, пункт 2» / «5-бап, 2-тармақ». */
  unit: z.string(),
  /** Current wording: kept and deleted words («Отсутствует.» / «Жоқ.» for a new unit). */
  current: z.array(DiffSegment),
  /** Proposed wording: kept and inserted words («Исключить.» / «Алып тасталсын.» for a removed unit). */
  proposed: z.array(DiffSegment),
  /** Left for the author. */
  justification: z.string(),
  oldParagraphs: z.array(z.number().int().nonnegative()),
  newParagraphs: z.array(z.number().int().nonnegative()),
});
export type ComparativeRow = z.infer<typeof ComparativeRow>;

export const ComparativeTable = z.object({
  lang: Language,
  title: z.string(),
  headers: z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]),
  rows: z.array(ComparativeRow),
});
export type ComparativeTable = z.infer<typeof ComparativeTable>;

const CompareText = z.array(z.string().max(LIMITS.maxParagraphLength)).max(LIMITS.maxParagraphs);

/** Two versions of a text, paragraph by paragraph (e.g. a draft before and after its tracked changes). */
export const CompareRequest = z
  .object({
    before: CompareText,
    after: CompareText,
    /** Language of the table's headings; detected from `after` when absent. */
    language: Language.optional(),
    /** A line under the title, e.g. the act's name. */
    subtitle: z.string().max(1000).optional(),
    options: z.object({ uiLanguage: UiLanguage.optional() }).strict().optional(),
  })
  .strict();
export type CompareRequest = z.infer<typeof CompareRequest>;

/**
 * The open document compared with its version in the other language (POST /api/v1/parity): findings of pack
 * `bilingual`, anchored in the open document, answered as a CheckResponse.
 */
export const ParityRequest = z
  .object({
    paragraphs: z.array(Paragraph).max(LIMITS.maxParagraphs),
    /** Language of the open document; detected when absent. */
    language: Language.optional(),
    /** The other version: a .docx file (base64) or its paragraphs; absent: both are in a two-column table of this document. */
    other: z.union([z.object({ docx: z.string().min(1), name: z.string().max(300).optional() }).strict(), z.object({ paragraphs: z.array(Paragraph).max(LIMITS.maxParagraphs) }).strict()]).optional(),
    options: z.object({ uiLanguage: UiLanguage.optional() }).strict().optional(),
  })
  .strict();
export type ParityRequest = z.infer<typeof ParityRequest>;

/** What review of tracked changes finds in the amendments themselves (Law "On Legal Acts" arts. 26–27). */
export const ReviewNote = z.object({
  /** Legal brief §9 code: L-16 renumbering or an excluded unit's number dropped, L-17 new-edition threshold. */
  code: z.string(),
  severity: Severity,
  /** Rows of the comparative table it is about. */
  rows: z.array(z.number().int().positive()),
  message: z.string(),
  citation: Citation,
});
export type ReviewNote = z.infer<typeof ReviewNote>;

export const CompareResponse = z.object({
  table: ComparativeTable,
  /** Problems of the amendments themselves (renumbering, excluded numbers dropped, more than half changed). */
  notes: z.array(ReviewNote),
  /** The table as a .docx (landscape, deletions struck through, insertions bold), base64. */
  docx: z.string(),
  /** The same table as a flat OPC package for insertOoxml: appended to the draft itself, on its own page layout. */
  ooxml: z.string(),
});
export type CompareResponse = z.infer<typeof CompareResponse>;


// ------------------------------------------------------------------------------------------------------------
// Feedback (POST /api/v1/feedback)
// ------------------------------------------------------------------------------------------------------------

/** A lawyer's verdict on one finding. Identifies the finding by rule and fingerprint; carries no draft text. */
export const FeedbackRequest = z
  .object({
    ruleId: z.string().min(1).max(100),
    fingerprint: z.string().min(1).max(200),
    verdict: z.enum(["useful", "false-alarm"]),
    /** Why, in the lawyer's words (optional, at most 500 characters). */
    reason: z.string().max(500).optional(),
    actType: ActType.optional(),
    source: z.enum(["rule", "llm"]).optional(),
    options: z.object({ uiLanguage: UiLanguage.optional() }).strict().optional(),
  })
  .strict();
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;
