/**
 * Lawyers' feedback on findings ("useful" / "false alarm", with an optional reason) and an administrator's
 * organisation-wide dismissals (a rule with a fingerprint, or a whole rule for an act type). Rule ids and
 * fingerprints only: no draft text.
 */
import type { ActType, FeedbackRequest, Finding } from "../contract";
import type { Db } from "./db";

export interface OrgDismissal {
  id: number;
  ruleId: string;
  fingerprint: string | null;
  actType: string | null;
  note: string | null;
  createdAt: string;
}

export interface RuleStats {
  ruleId: string;
  useful: number;
  falseAlarm: number;
  /** useful / (useful + false alarm), or null without feedback. */
  precision: number | null;
}

export class FeedbackStore {
  constructor(private readonly db: Db) {}

  add(f: FeedbackRequest, tokenName: string | null): void {
    this.db
      .prepare("INSERT INTO feedback (at, token_name, rule_id, fingerprint, verdict, reason, act_type, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(new Date().toISOString(), tokenName, f.ruleId, f.fingerprint, f.verdict, f.reason?.trim() || null, f.actType ?? null, f.source ?? null);
  }

  stats(): RuleStats[] {
    const rows = this.db
      .prepare(
        `SELECT rule_id AS ruleId, SUM(verdict = 'useful') AS useful, SUM(verdict = 'false-alarm') AS falseAlarm
         FROM feedback GROUP BY rule_id ORDER BY rule_id`,
      )
      .all() as { ruleId: string; useful: number; falseAlarm: number }[];
    return rows.map((r) => ({ ...r, precision: r.useful + r.falseAlarm ? r.useful / (r.useful + r.falseAlarm) : null }));
  }

  /** Reasons given for false alarms of a rule, newest first. */
  reasons(ruleId: string, limit = 20): string[] {
    return (
      this.db
        .prepare("SELECT reason FROM feedback WHERE rule_id = ? AND verdict = 'false-alarm' AND reason IS NOT NULL ORDER BY id DESC LIMIT ?")
        .all(ruleId, limit) as { reason: string }[]
    ).map((r) => r.reason);
  }

  dismiss(d: { ruleId: string; fingerprint?: string; actType?: string; note?: string }): number {
    return Number(
      this.db
        .prepare("INSERT INTO org_dismissals (rule_id, fingerprint, act_type, note, created_at) VALUES (?, ?, ?, ?, ?)")
        .run(d.ruleId, d.fingerprint ?? null, d.actType ?? null, d.note ?? null, new Date().toISOString()).lastInsertRowid,
    );
  }

  undismiss(id: number): boolean {
    return this.db.prepare("DELETE FROM org_dismissals WHERE id = ?").run(id).changes > 0;
  }

  dismissals(): OrgDismissal[] {
    return this.db
      .prepare("SELECT id, rule_id AS ruleId, fingerprint, act_type AS actType, note, created_at AS createdAt FROM org_dismissals ORDER BY id")
      .all() as OrgDismissal[];
  }

  /** A predicate over findings from the dismissals now in force (read once per check). */
  suppressor(): ((f: Finding, actType: ActType) => boolean) | undefined {
    const list = this.dismissals();
    if (list.length === 0) return undefined;
    return (f, actType) =>
      list.some((d) => d.ruleId === f.ruleId && (d.fingerprint ? d.fingerprint === f.fingerprint : !d.actType || d.actType === actType));
  }
}
