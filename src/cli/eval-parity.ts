/**
 * `npm run eval:parity`: precision and recall of the Kazakh–Russian parity checks on the 2026 Constitution's two
 * texts (../shared/corpus), article by article, clean and with seeded mismatches (./parity-seeds); the same seeds in
 * our 30 draft pairs (test/fixtures/parity-pairs.ts, parity-templates.ts); translators' slips
 * (test/fixtures/parity-slips.ts). `--verbose` lists every miss and false alarm.
 */
import fs from "node:fs";
import path from "node:path";
import { DRAFT_PAIRS } from "../../test/fixtures/parity-pairs";
import { SLIP_PAIRS } from "../../test/fixtures/parity-slips";
import { TEMPLATE_PAIRS } from "../../test/fixtures/parity-templates";
import { constitutionPairs, scoreParity, scoreSlips, seededPairs } from "./parity-seeds";

const CORPUS = process.env.ZANGER_CORPUS_DIR ?? path.resolve(__dirname, "..", "..", "..", "..", "shared", "corpus");
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const verbose = process.argv.includes("--verbose");

function table(title: string, res: ReturnType<typeof scoreParity>): void {
  console.log(title);
  console.log("| check | seeded | found | missed | false alarms | precision | recall |\n| --- | --- | --- | --- | --- | --- | --- |");
  for (const s of res.scores) console.log(`| ${s.kind} | ${s.tp + s.fn} | ${s.tp} | ${s.fn} | ${s.fp} | ${pct(s.precision)} | ${pct(s.recall)} |`);
  if (verbose) {
    console.log("\nMissed:\n" + res.misses.map((m) => `- ${m}`).join("\n"));
    console.log("\nFalse alarms:\n" + res.alarms.map((m) => `- ${m}`).join("\n"));
  }
}

const drafts = [...DRAFT_PAIRS, ...TEMPLATE_PAIRS].map((p) => ({ article: p.id, kk: p.kk, ru: p.ru }));
const draftRes = scoreParity(seededPairs(drafts));
table(`Drafts (test/fixtures): ${drafts.length} acts, ${draftRes.pairs} checked pairs; findings on the faithful pairs: ${draftRes.cleanFindings}`, draftRes);

const slips = scoreSlips(SLIP_PAIRS);
console.log(`\nTranslators' slips (test/fixtures/parity-slips.ts): ${slips.slips} pairs; ${slips.caught} of ${slips.checkable} slips of numbers, bounds, references, units, terms and length caught; ${slips.meaning} slips of meaning (outside the checks); false alarms ${slips.alarms.length}`);
for (const m of slips.missed) console.log(`- missed: ${m}`);
for (const a of slips.alarms) console.log(`- false alarm: ${a}`);
console.log("");

if (!fs.existsSync(path.join(CORPUS, "constitution-2026.kk.txt"))) {
  console.log(`The Constitution part of eval:parity needs ${CORPUS} (the Constitution in Kazakh and Russian); not found.`);
  process.exit(0);
}
const pairs = constitutionPairs(CORPUS);
const seeded = seededPairs(pairs);
const res = scoreParity(seeded);
console.log(`Constitution 2026, kk ↔ ru: ${pairs.length} article pairs; ${res.pairs} checked pairs (clean and seeded), each from both sides.`);
console.log(`Findings on the clean (adopted) pairs (false alarms): ${res.cleanFindings}; other checks' findings on seeded pairs (about the seed): ${res.collateral}\n`);
table("", res);
