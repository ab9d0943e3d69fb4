/**
 * Embedded storage: one SQLite file (WAL) under ./data by default. Migrations are applied in order at
 * open; each is recorded in schema_migrations. No draft text is ever stored here (the corpus tables hold official
 * texts of adopted acts).
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";

export type Db = Database.Database;

const MIGRATIONS: { id: number; sql: string }[] = [
  {
    id: 1,
    sql: `
      CREATE TABLE checks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        document_hash TEXT NOT NULL,
        act_type TEXT NOT NULL,
        language TEXT NOT NULL,
        paragraphs INTEGER NOT NULL,
        rules_version TEXT NOT NULL,
        errors INTEGER NOT NULL,
        warnings INTEGER NOT NULL,
        infos INTEGER NOT NULL,
        rules_ms REAL NOT NULL
      );
      CREATE INDEX checks_at ON checks(at);
    `,
  },
  {
    // Official texts for retrieval (issue 4): one row per imported edition, its articles and its editorial notes.
    id: 2,
    sql: `
      CREATE TABLE corpus_editions (
        id TEXT PRIMARY KEY,
        act TEXT NOT NULL,
        edition TEXT NOT NULL,
        lang TEXT NOT NULL,
        title TEXT,
        source_sha256 TEXT NOT NULL,
        articles INTEGER NOT NULL,
        notes INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        UNIQUE (act, edition, lang)
      );
      CREATE TABLE corpus_articles (
        edition_id TEXT NOT NULL REFERENCES corpus_editions(id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        ord INTEGER NOT NULL,
        title TEXT,
        section TEXT,
        chapter TEXT,
        text TEXT NOT NULL,
        PRIMARY KEY (edition_id, number)
      );
      CREATE TABLE corpus_notes (
        edition_id TEXT NOT NULL REFERENCES corpus_editions(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        article TEXT,
        text TEXT NOT NULL,
        PRIMARY KEY (edition_id, ord)
      );
    `,
  },
  {
    // Verified model answers per paragraph (issue 4): offsets and the model's messages, keyed by a hash; no paragraph.
    id: 3,
    sql: `
      CREATE TABLE llm_cache (
        key TEXT PRIMARY KEY,
        model TEXT NOT NULL,
        prompt_version TEXT NOT NULL,
        answer TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    // Trust (issue 7): access tokens (hashes only) and a fuller audit record per check — still no draft text.
    id: 4,
    sql: `
      CREATE TABLE tokens (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      ALTER TABLE checks ADD COLUMN token_name TEXT;
      ALTER TABLE checks ADD COLUMN corpus_editions TEXT;
      ALTER TABLE checks ADD COLUMN llm_model TEXT;
      ALTER TABLE checks ADD COLUMN llm_prompt_version TEXT;
      ALTER TABLE checks ADD COLUMN llm_status TEXT;
      ALTER TABLE checks ADD COLUMN by_pack TEXT;
      ALTER TABLE checks ADD COLUMN llm_ms REAL;
      ALTER TABLE checks ADD COLUMN total_ms REAL;
    `,
  },
  {
    // Feedback on findings and organisation-wide dismissals (issue 7): rule ids and fingerprints, no draft text.
    id: 5,
    sql: `
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        token_name TEXT,
        rule_id TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('useful', 'false-alarm')),
        reason TEXT,
        act_type TEXT,
        source TEXT
      );
      CREATE INDEX feedback_rule ON feedback(rule_id);
      CREATE TABLE org_dismissals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        rule_id TEXT NOT NULL,
        fingerprint TEXT,
        act_type TEXT,
        note TEXT,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    // The draft's paragraphs, only when an administrator turns it on (ZANGER_AUDIT_DRAFTS=on); NULL otherwise.
    id: 6,
    sql: `ALTER TABLE checks ADD COLUMN draft_text TEXT;`,
  },
];

export function openDb(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
  const applied = new Set(db.prepare("SELECT id FROM schema_migrations").all().map((r) => (r as { id: number }).id));
  for (const m of MIGRATIONS) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)").run(m.id, new Date().toISOString());
    })();
  }
  return db;
}
