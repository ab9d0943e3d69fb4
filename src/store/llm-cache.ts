/**
 * The model cache in the embedded store (migration 3). A row is one verified answer for one paragraph: offsets into
 * the paragraph, the cited articles and the model's messages, keyed by a SHA-256 of what was asked
 * (src/llm/cache.ts). The paragraph itself is not stored. `zanger llm-cache clear` empties it.
 */
import type { CachedAnswer, LlmCache } from "../llm/cache";
import type { Db } from "./db";

export class SqliteLlmCache implements LlmCache {
  private readonly getStmt;
  private readonly setStmt;
  constructor(private readonly db: Db) {
    this.getStmt = db.prepare("SELECT answer FROM llm_cache WHERE key = ?");
    this.setStmt = db.prepare(
      "INSERT OR REPLACE INTO llm_cache (key, model, prompt_version, answer, created_at) VALUES (?, ?, ?, ?, ?)",
    );
  }

  get(key: string): CachedAnswer | undefined {
    const row = this.getStmt.get(key) as { answer: string } | undefined;
    if (!row) return undefined;
    try {
      return JSON.parse(row.answer) as CachedAnswer;
    } catch {
      return undefined;
    }
  }

  set(key: string, answer: CachedAnswer, meta: { model: string; promptVersion: string }): void {
    this.setStmt.run(key, meta.model, meta.promptVersion, JSON.stringify(answer), new Date().toISOString());
  }

  count(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM llm_cache").get() as { n: number }).n;
  }

  clear(): number {
    return this.db.prepare("DELETE FROM llm_cache").run().changes;
  }
}
