#!/usr/bin/env node
/*
 * Derives the article lists of each registered act edition from the official texts in ../shared/corpus
 * and writes src/engine/data/article-lists.json: only article numbers and, per article, its point numbers.
 * No text of the acts is copied. Run again when an edition changes:  node scripts/build-article-lists.js [corpusDir]
 * test/unit/article-lists.test.ts checks that the committed file still matches the corpus.
 */
const fs = require("fs");
const path = require("path");

const SOURCES = {
  "constitution-2026": { file: "constitution-2026.ru.txt", heading: /^Статья (\d+(?:-\d+)?)\.$/ },
  "constitution-1995": { file: "constitution-1995.ru.txt", heading: /^Статья (\d+(?:-\d+)?)$/ },
  "law-on-legal-acts": { file: "law-on-legal-acts.ru.txt", heading: /^Статья (\d+(?:-\d+)?)\. / },
  "entrepreneurial-code": { file: "entrepreneurial-code.ru.txt", heading: /^Статья (\d+(?:-\d+)?)\. / },
};

function buildLists(corpusDir) {
  const out = {};
  for (const [act, src] of Object.entries(SOURCES)) {
    const lines = fs.readFileSync(path.join(corpusDir, src.file), "utf8").split("\n");
    const articles = {};
    let current = null;
    for (const line of lines) {
      const m = src.heading.exec(line);
      if (m) {
        current = m[1];
        articles[current] = [];
        continue;
      }
      if (/^(РАЗДЕЛ|Раздел|Глава|ГЛАВА|Параграф)\s/.test(line)) continue;
      const p = /^(\d+(?:-\d+)?)\. /.exec(line);
      if (current && p) articles[current].push(p[1]);
    }
    // An article whose only content is a «Сноска.» (excluded unit) still exists as a number but has no text.
    out[act] = articles;
  }
  return out;
}

module.exports = { buildLists, SOURCES };

if (require.main === module) {
  const corpusDir = process.argv[2] || path.join(__dirname, "..", "..", "shared", "corpus");
  const lists = buildLists(corpusDir);
  const target = path.join(__dirname, "..", "src", "engine", "data", "article-lists.json");
  fs.writeFileSync(target, JSON.stringify(lists) + "\n");
  for (const [act, arts] of Object.entries(lists)) console.log(`${act}: ${Object.keys(arts).length} articles`);
}
