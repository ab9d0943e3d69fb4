/**
 * The near-duplicate index of the acts in force imported into the store (every edition but the superseded 1995
 * Constitution), with the acts' titles for messages — Zanger's short names for the acts it knows.
 */
import { ACTS, type ActId } from "../engine/data/acts";
import { listEditions, loadArticles } from "../store/corpus";
import type { Db } from "../store/db";
import { NearDuplicateIndex } from "./near-duplicates";
import { SUPERSEDED_ACTS } from "./retrieve";

/** The index of every imported edition in force. */
export function indexFromDb(db: Db): { index: NearDuplicateIndex; editions: string[]; titles: Record<string, string> } {
  const index = new NearDuplicateIndex();
  const editions = listEditions(db).filter((e) => !SUPERSEDED_ACTS.includes(e.act));
  const titles: Record<string, string> = {};
  for (const e of editions) if (e.title) titles[e.act] ??= e.title;
  // The acts Zanger knows by their short names.
  for (const act of Object.keys(titles)) if (act in ACTS) titles[act] = ACTS[act as ActId].short.ru;
  for (const a of loadArticles(db, editions.map((e) => e.id))) {
    a.text.split("\n").forEach((text, para) => index.add({ act: a.act, edition: a.edition, lang: a.lang, article: a.number, para, text }));
  }
  return { index, editions: editions.map((e) => e.id), titles };
}

