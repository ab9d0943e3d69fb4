/**
 * `npm run eval:parity`: precision and recall of the Kazakh–Russian parity checks on the 2026 Constitution's two
 * texts (../shared/corpus), article by article, clean and with seeded mismatches (./parity-seeds). `--markdown`
 * prints the table for docs/quality.md; `--verbose` lists every miss and false alarm.
 */
import fs from "node:fs";
import path from "node:path";
import { constitutionPairs, scoreParity, seededPairs } from "./parity-seeds";

const CORPUS = process.env.ZANGER_CORPUS_DIR ?? path.resolve(__dirname, "..", "..", "..", "..", "shared", "corpus");
if (!fs.existsSync(path.join(CORPUS, "constitution-2026.kk.txt"))) {
  console.log(`eval:parity needs ${CORPUS} (the Constitution in Kazakh and Russian); not found.`);
  process.exit(0);
}
const pairs = constitutionPairs(CORPUS);
const seeded = seededPairs(pairs);
const res = scoreParity(seeded);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`Constitution 2026, kk ↔ ru: ${pairs.length} article pairs; ${res.pairs} checked pairs (clean and seeded), each from both sides.`);
console.log(`Findings on the clean (adopted) pairs (false alarms): ${res.cleanFindings}; other checks' findings on seeded pairs (about the seed): ${res.collateral}\n`);
console.log("| check | seeded | found | missed | false alarms | precision | recall |\n| --- | --- | --- | --- | --- | --- | --- |");
for (const s of res.scores) console.log(`| ${s.kind} | ${s.tp + s.fn} | ${s.tp} | ${s.fn} | ${s.fp} | ${pct(s.precision)} | ${pct(s.recall)} |`);
if (process.argv.includes("--verbose")) {
  console.log("\nMissed:\n" + res.misses.map((m) => `- ${m}`).join("\n"));
  console.log("\nFalse alarms:\n" + res.alarms.map((m) => `- ${m}`).join("\n"));
}
