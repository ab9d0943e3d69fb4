/** Record of checks: counts and timings only — never draft text (the document is identified by a hash). */
import type { CheckResponse } from "../contract";
import type { Db } from "./db";

export interface CheckRecord {
  at: string;
  documentHash: string;
  actType: string;
  language: string;
  paragraphs: number;
  rulesVersion: string;
  errors: number;
  warnings: number;
  infos: number;
  rulesMs: number;
}

export class CheckLog {
  private readonly insert;
  private readonly countStmt;
  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      `INSERT INTO checks (at, document_hash, act_type, language, paragraphs, rules_version, errors, warnings, infos, rules_ms)
       VALUES (@at, @documentHash, @actType, @language, @paragraphs, @rulesVersion, @errors, @warnings, @infos, @rulesMs)`,
    );
    this.countStmt = db.prepare("SELECT COUNT(*) AS n FROM checks");
  }

  record(documentHash: string, res: CheckResponse): void {
    const rec: CheckRecord = {
      at: new Date().toISOString(),
      documentHash,
      actType: res.document.actType,
      language: res.document.language,
      paragraphs: res.document.paragraphCount,
      rulesVersion: res.engine.rulesVersion,
      errors: res.summary.bySeverity.error,
      warnings: res.summary.bySeverity.warning,
      infos: res.summary.bySeverity.info,
      rulesMs: res.timings.rulesMs,
    };
    this.insert.run(rec);
  }

  count(): number {
    return (this.countStmt.get() as { n: number }).n;
  }

  recent(limit = 20): CheckRecord[] {
    return this.db
      .prepare(
        `SELECT at, document_hash AS documentHash, act_type AS actType, language, paragraphs, rules_version AS rulesVersion,
                errors, warnings, infos, rules_ms AS rulesMs FROM checks ORDER BY id DESC LIMIT ?`,
      )
      .all(limit) as CheckRecord[];
  }
}
