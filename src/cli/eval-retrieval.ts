/**
 * `npm run eval:retrieval`: imports the official texts of ../shared/corpus into an in-memory store, builds the
 * article index and measures retrieval on the labelled draft paragraphs of test/eval/retrieval (ru, kk): for each
 * paragraph, the articles it must be checked against (1–3) and the 5 articles the checker would read with it
 * (cited articles first, then BM25 among the acts in force; src/corpus/retrieve.ts).
 *
 *   recall@5 — share of expected articles among the 5 retrieved, averaged over paragraphs;
 *   hit@5    — share of paragraphs with at least one expected article among the 5.
 * Prints a figure, asserts none. `--markdown` for docs, `--corpus DIR` for another corpus folder.
 */
import fs from "node:fs";
import path from "node:path";
import type { Language } from "../contract";
import { ArticleIndex } from "../corpus/article-index";
import { ACTS } from "../engine/data/acts";
import { importCorpusFile } from "../corpus/import";
import { retrieveArticles } from "../corpus/retrieve";
import { loadArticles } from "../store/corpus";
import { openDb } from "../store/db";
import { OFFICIAL_EDITIONS } from "../corpus/official-editions";
import { parseArgs } from "./args";


interface Item {
  id: string;
  text: string;
  expect: { act: string; article: string }[];
}

export interface RetrievalFigures {
  lang: Language;
  paragraphs: number;
  expected: number;
  recallAt5: number;
  hitAt5: number;
  /** Per act: expected articles found / expected. */
  byAct: Record<string, { found: number; expected: number }>;
  misses: { id: string; missing: string[]; got: string[] }[];
}

export function buildSharedIndex(corpusDir: string): ArticleIndex {
  const db = openDb(":memory:");
  try {
    for (const e of OFFICIAL_EDITIONS) importCorpusFile(db, { file: path.join(corpusDir, e.file), act: e.act, edition: ACTS[e.act].edition, lang: e.lang });
    return new ArticleIndex(loadArticles(db));
  } finally {
    db.close();
  }
}

export function measureRetrieval(index: ArticleIndex, items: readonly Item[], lang: Language, k = 5): RetrievalFigures {
  let recall = 0;
  let hits = 0;
  let expected = 0;
  const byAct: RetrievalFigures["byAct"] = {};
  const misses: RetrievalFigures["misses"] = [];
  for (const it of items) {
    const got = retrieveArticles(index, it.text, lang, k).map((r) => `${r.act}:${r.article}`);
    const want = it.expect.map((e) => `${e.act}:${e.article}`);
    const found = want.filter((w) => got.includes(w));
    recall += found.length / want.length;
    if (found.length > 0) hits++;
    expected += want.length;
    for (const e of it.expect) {
      const a = (byAct[e.act] ??= { found: 0, expected: 0 });
      a.expected++;
      if (got.includes(`${e.act}:${e.article}`)) a.found++;
    }
    if (found.length < want.length) misses.push({ id: it.id, missing: want.filter((w) => !got.includes(w)), got });
  }
  return { lang, paragraphs: items.length, expected, recallAt5: recall / items.length, hitAt5: hits / items.length, byAct, misses };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function main(argv: string[]): number {
  const { flags } = parseArgs(argv, ["markdown"]);
  const corpusDir = typeof flags.corpus === "string" ? flags.corpus : path.resolve(__dirname, "../../../../shared/corpus");
  if (!fs.existsSync(path.join(corpusDir, OFFICIAL_EDITIONS[0]!.file))) {
    process.stderr.write(`zanger eval:retrieval: the official texts are not at ${corpusDir} (../shared/corpus); nothing to measure\n`);
    return 2;
  }
  const t0 = Date.now();
  const index = buildSharedIndex(corpusDir);
  const built = Date.now() - t0;
  const setDir = path.resolve(__dirname, "../../../test/eval/retrieval");
  const results = (["ru", "kk"] as const).map((lang) =>
    measureRetrieval(index, JSON.parse(fs.readFileSync(path.join(setDir, `${lang}.json`), "utf8")) as Item[], lang),
  );
  const md = flags.markdown === true;
  const lines: string[] = [];
  lines.push(`${index.size} articles indexed from ${OFFICIAL_EDITIONS.length} editions in ${built} ms.`, "");
  lines.push(md ? "| lang | paragraphs | expected articles | recall@5 | hit@5 |" : "lang  paragraphs  expected  recall@5  hit@5");
  if (md) lines.push("| --- | --- | --- | --- | --- |");
  for (const r of results) {
    lines.push(md ? `| ${r.lang} | ${r.paragraphs} | ${r.expected} | ${pct(r.recallAt5)} | ${pct(r.hitAt5)} |` : `${r.lang}    ${r.paragraphs}          ${r.expected}       ${pct(r.recallAt5)}   ${pct(r.hitAt5)}`);
  }
  lines.push("", md ? "| lang | act | found / expected |" : "By act (expected articles found in the 5):");
  if (md) lines.push("| --- | --- | --- |");
  for (const r of results) {
    for (const [act, a] of Object.entries(r.byAct)) lines.push(md ? `| ${r.lang} | ${act} | ${a.found} / ${a.expected} |` : `  ${r.lang} ${act}: ${a.found} / ${a.expected}`);
  }
  if (!md) {
    lines.push("", "Misses:");
    for (const r of results) for (const m of r.misses) lines.push(`  ${m.id}: missing ${m.missing.join(", ")}; got ${m.got.join(", ")}`);
  }
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
