/**
 * Imported official texts (src/corpus): editions, their articles and editorial notes. An edition is identified by
 * act, edition date and language; importing the same file again changes nothing, importing a changed file
 * replaces the edition in one transaction.
 */
import { createHash } from "node:crypto";
import type { Language } from "../contract";
import type { CorpusArticle, ParsedAct } from "../corpus/adilet";
import type { Db } from "./db";

export interface EditionRow {
  id: string;
  act: string;
  edition: string;
  lang: Language;
  title: string | null;
  articles: number;
  notes: number;
  importedAt: string;
}

/** A stored article: the parsed article and the edition it belongs to. */
export interface ArticleRow extends CorpusArticle {
  editionId: string;
  act: string;
  edition: string;
  lang: Language;
}

export type ImportStatus = "imported" | "replaced" | "unchanged";

export function editionId(act: string, edition: string, lang: Language): string {
  return `${act}@${edition}:${lang}`;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Stores a parsed act as one edition; `source` is the file's text, whose hash decides whether anything changed. */
export function importEdition(
  db: Db,
  meta: { act: string; edition: string; lang: Language },
  parsed: ParsedAct,
  source: string,
): { status: ImportStatus; id: string } {
  const id = editionId(meta.act, meta.edition, meta.lang);
  const hash = sha256(source);
  const existing = db.prepare("SELECT source_sha256 AS hash FROM corpus_editions WHERE id = ?").get(id) as { hash: string } | undefined;
  if (existing?.hash === hash) return { status: "unchanged", id };
  const insertEdition = db.prepare(
    "INSERT INTO corpus_editions (id, act, edition, lang, title, source_sha256, articles, notes, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertArticle = db.prepare(
    "INSERT INTO corpus_articles (edition_id, number, ord, title, section, chapter, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const insertNote = db.prepare("INSERT INTO corpus_notes (edition_id, ord, article, text) VALUES (?, ?, ?, ?)");
  db.transaction(() => {
    db.prepare("DELETE FROM corpus_editions WHERE id = ?").run(id);
    insertEdition.run(id, meta.act, meta.edition, meta.lang, parsed.title, hash, parsed.articles.length, parsed.notes.length, new Date().toISOString());
    for (const a of parsed.articles) insertArticle.run(id, a.number, a.ord, a.title, a.section, a.chapter, a.text);
    parsed.notes.forEach((n, i) => insertNote.run(id, i, n.article, n.text));
  })();
  return { status: existing ? "replaced" : "imported", id };
}

export function listEditions(db: Db): EditionRow[] {
  return (
    db
      .prepare("SELECT id, act, edition, lang, title, articles, notes, imported_at AS importedAt FROM corpus_editions ORDER BY act, edition, lang")
      .all() as EditionRow[]
  );
}

/** Articles of every edition (or of the given editions), in act order. */
export function loadArticles(db: Db, editionIds?: readonly string[]): ArticleRow[] {
  const rows = db
    .prepare(
      `SELECT a.edition_id AS editionId, e.act, e.edition, e.lang, a.number, a.ord, a.title, a.section, a.chapter, a.text
       FROM corpus_articles a JOIN corpus_editions e ON e.id = a.edition_id ORDER BY e.act, e.edition, e.lang, a.ord`,
    )
    .all() as ArticleRow[];
  return editionIds ? rows.filter((r) => editionIds.includes(r.editionId)) : rows;
}

export function loadNotes(db: Db, id: string): { article: string | null; text: string }[] {
  return db.prepare("SELECT article, text FROM corpus_notes WHERE edition_id = ? ORDER BY ord").all(id) as { article: string | null; text: string }[];
}

/**
 * A value built from the imported texts (an index), built on first use and again whenever an import has changed
 * the editions in the store (their ids and source hashes), so the service picks up `zanger corpus import` without a
 * restart.
 */
export function builtFromCorpus<T>(db: Db, build: () => T): () => T {
  const signature = db.prepare("SELECT COALESCE(group_concat(id || ':' || source_sha256, ','), '') AS s FROM (SELECT id, source_sha256 FROM corpus_editions ORDER BY id)");
  let seen: string | null = null;
  let value: T;
  return () => {
    const now = (signature.get() as { s: string }).s;
    if (now !== seen) {
      value = build();
      seen = now;
    }
    return value;
  };
}
