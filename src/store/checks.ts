/** Record of checks: counts and timings only — never draft text (the document is identified by a hash). */
import type { CheckResponse } from "../contract";
import type { Db } from "./db";

export interface CheckRecord {
  at: string;
  /** Name of the access token the check came with (null without authentication). */
  tokenName: string | null;
  documentHash: string;
  actType: string;
  language: string;
  paragraphs: number;
  rulesVersion: string;
  errors: number;
  warnings: number;
  infos: number;
  rulesMs: number;
  corpusEditions: string;
  llmModel: string | null;
  llmPromptVersion: string | null;
  llmStatus: string;
  /** JSON: pack → {error, warning, info}. */
  byPack: string;
  llmMs: number | null;
  totalMs: number;
  /** The draft's paragraphs (JSON array of strings), only when an administrator turned it on. */
  draftText: string | null;
}

const SELECT = `SELECT at, token_name AS tokenName, document_hash AS documentHash, act_type AS actType, language, paragraphs,
  rules_version AS rulesVersion, errors, warnings, infos, rules_ms AS rulesMs, corpus_editions AS corpusEditions,
  llm_model AS llmModel, llm_prompt_version AS llmPromptVersion, llm_status AS llmStatus, by_pack AS byPack,
  llm_ms AS llmMs, total_ms AS totalMs, draft_text AS draftText FROM checks`;

/** Columns of the audit export, in order. */
export const AUDIT_COLUMNS: (keyof CheckRecord)[] = [
  "at",
  "tokenName",
  "documentHash",
  "actType",
  "language",
  "paragraphs",
  "rulesVersion",
  "corpusEditions",
  "llmModel",
  "llmPromptVersion",
  "llmStatus",
  "errors",
  "warnings",
  "infos",
  "byPack",
  "rulesMs",
  "llmMs",
  "totalMs",
  "draftText",
];

export function auditCsv(rows: readonly CheckRecord[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [AUDIT_COLUMNS.join(","), ...rows.map((r) => AUDIT_COLUMNS.map((c) => cell(r[c])).join(","))].join("\n") + "\n";
}

export class CheckLog {
  private readonly insert;
  private readonly countStmt;
  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      `INSERT INTO checks (at, token_name, document_hash, act_type, language, paragraphs, rules_version, errors, warnings, infos, rules_ms,
                           corpus_editions, llm_model, llm_prompt_version, llm_status, by_pack, llm_ms, total_ms, draft_text)
       VALUES (@at, @tokenName, @documentHash, @actType, @language, @paragraphs, @rulesVersion, @errors, @warnings, @infos, @rulesMs,
               @corpusEditions, @llmModel, @llmPromptVersion, @llmStatus, @byPack, @llmMs, @totalMs, @draftText)`,
    );
    this.countStmt = db.prepare("SELECT COUNT(*) AS n FROM checks");
  }

  record(documentHash: string, res: CheckResponse, tokenName: string | null = null, draft?: readonly string[]): void {
    const rec: CheckRecord = {
      at: new Date().toISOString(),
      tokenName,
      documentHash,
      actType: res.document.actType,
      language: res.document.language,
      paragraphs: res.document.paragraphCount,
      rulesVersion: res.engine.rulesVersion,
      errors: res.summary.bySeverity.error,
      warnings: res.summary.bySeverity.warning,
      infos: res.summary.bySeverity.info,
      rulesMs: res.timings.rulesMs,
      corpusEditions: res.engine.corpusEditions.join(" "),
      llmModel: res.engine.llm.model ?? null,
      llmPromptVersion: res.engine.llm.promptVersion ?? null,
      llmStatus: res.engine.llm.status,
      byPack: JSON.stringify(res.summary.byPack),
      llmMs: res.timings.llmMs ?? null,
      totalMs: res.timings.totalMs,
      draftText: draft ? JSON.stringify(draft) : null,
    };
    this.insert.run(rec);
  }

  count(): number {
    return (this.countStmt.get() as { n: number }).n;
  }

  recent(limit = 20): CheckRecord[] {
    return this.db.prepare(`${SELECT} ORDER BY id DESC LIMIT ?`).all(limit) as CheckRecord[];
  }

  /** The audit records from `from` (inclusive) to `to` (exclusive), ISO times; oldest first. */
  between(from = "0000", to = "9999"): CheckRecord[] {
    return this.db.prepare(`${SELECT} WHERE at >= ? AND at < ? ORDER BY id`).all(from, to) as CheckRecord[];
  }
}
