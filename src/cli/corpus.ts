/**
 * `zanger corpus …`: import official texts into the local store, list them, search the article index.
 *   zanger corpus import <file> --act ID --edition YYYY-MM-DD --lang kk|ru [--db FILE]
 *   zanger corpus import-official <dir> [--db FILE]
 *   zanger corpus list [--db FILE]
 *   zanger corpus search <text> --lang kk|ru [--act ID[,ID]] [--k 5] [--db FILE]
 */
import fs from "node:fs";
import path from "node:path";
import { LANGUAGES, type Language } from "../contract";
import { ACTS } from "../engine/data/acts";
import { OFFICIAL_EDITIONS } from "../corpus/official-editions";
import { ArticleIndex } from "../corpus/article-index";
import { CorpusImportError, importCorpusFile } from "../corpus/import";
import { defaultConfig } from "../server/config";
import { listEditions, loadArticles } from "../store/corpus";
import { openDb } from "../store/db";
import { parseArgs } from "./args";

export class CorpusUsageError extends Error {}

function value(flags: Record<string, string | true>, name: string): string | undefined {
  const v = flags[name];
  if (v === true) throw new CorpusUsageError(`--${name} needs a value`);
  return v;
}

export function corpusCommand(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): number {
  const [sub, ...rest] = argv;
  const { positional, flags } = parseArgs(rest);
  const db = openDb(value(flags, "db") ?? defaultConfig().dbPath);
  try {
    switch (sub) {
      case "import": {
        const file = positional[0];
        const act = value(flags, "act");
        const edition = value(flags, "edition");
        const lang = value(flags, "lang");
        if (!file || !act || !edition || !lang) throw new CorpusUsageError("corpus import needs <file> --act ID --edition YYYY-MM-DD --lang kk|ru");
        try {
          const r = importCorpusFile(db, { file, act, edition, lang });
          const what = { imported: "imported", replaced: "replaced (the text changed)", unchanged: "unchanged (already imported)" }[r.status];
          out(`${r.id}: ${what}; ${r.articles} articles, ${r.notes} editorial notes kept apart\n`);
          if (r.missing.length) out(`  warning: registered articles not found in the file: ${r.missing.join(", ")}\n`);
          if (r.extra.length) out(`  warning: articles not in the registered list of this edition: ${r.extra.join(", ")}\n`);
          return 0;
        } catch (e) {
          if (e instanceof CorpusImportError) throw new CorpusUsageError(e.message);
          throw e;
        }
      }
      case "import-official": {
        const dir = positional[0];
        if (!dir) throw new CorpusUsageError("corpus import-official needs the folder of the official texts (e.g. ../shared/corpus)");
        const missing = OFFICIAL_EDITIONS.filter((e) => !fs.existsSync(path.join(dir, e.file)));
        if (missing.length === OFFICIAL_EDITIONS.length) throw new CorpusUsageError(`none of the official texts is in ${dir} (${OFFICIAL_EDITIONS.map((e) => e.file).join(", ")})`);
        for (const e of OFFICIAL_EDITIONS) {
          if (missing.includes(e)) {
            out(`${e.file}: not in ${dir}, skipped\n`);
            continue;
          }
          try {
            const r = importCorpusFile(db, { file: path.join(dir, e.file), act: e.act, edition: ACTS[e.act].edition, lang: e.lang });
            out(`${r.id}: ${r.status}; ${r.articles} articles, ${r.notes} editorial notes kept apart\n`);
          } catch (err) {
            if (err instanceof CorpusImportError) throw new CorpusUsageError(`${e.file}: ${err.message}`);
            throw err;
          }
        }
        return 0;
      }
      case "list": {
        const eds = listEditions(db);
        if (eds.length === 0) out("No official texts imported yet. Import one with: zanger corpus import <file> --act ID --edition YYYY-MM-DD --lang kk|ru\n");
        for (const e of eds) out(`${e.id}\t${e.articles} articles\t${e.notes} notes\t${e.title ?? ""}\n`);
        return 0;
      }
      case "search": {
        const text = positional.join(" ").trim();
        const lang = value(flags, "lang");
        if (!text || !lang) throw new CorpusUsageError("corpus search needs <text> --lang kk|ru");
        if (!(LANGUAGES as readonly string[]).includes(lang)) throw new CorpusUsageError(`--lang must be kk or ru, not «${lang}»`);
        const k = Number(value(flags, "k") ?? 5);
        if (!Number.isInteger(k) || k < 1 || k > 50) throw new CorpusUsageError("--k must be a whole number from 1 to 50");
        const acts = value(flags, "act")?.split(",");
        const index = new ArticleIndex(loadArticles(db));
        if (index.size === 0) throw new CorpusUsageError("no official texts imported yet; run zanger corpus import first");
        for (const h of index.search(text, lang as Language, k, acts)) out(`${h.score.toFixed(2)}\t${h.act}@${h.edition}:${h.lang}\tart. ${h.article}${h.title ? `\t${h.title}` : ""}\n`);
        return 0;
      }
      default:
        throw new CorpusUsageError(sub ? `unknown corpus command ${sub}` : "corpus needs a command: import, import-official, list or search");
    }
  } finally {
    db.close();
  }
}
