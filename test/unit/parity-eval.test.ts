/**
 * The parity checks measured on real aligned pairs: the 2026 Constitution's Kazakh and Russian texts, article by
 * article (read from ../shared/corpus), clean and with seeded mismatches of each kind (src/cli/parity-seeds.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { constitutionPairs, scoreParity, seededPairs } from "../../src/cli/parity-seeds";
import { DRAFT_PAIRS } from "../fixtures/parity-pairs";
import { TEMPLATE_PAIRS } from "../fixtures/parity-templates";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus");
const present = fs.existsSync(path.join(CORPUS, "constitution-2026.kk.txt")) && fs.existsSync(path.join(CORPUS, "constitution-2026.ru.txt"));
const maybe = present ? it : it.skip;
const NEEDS = present ? "" : " (skipped: needs ../shared/corpus)";

describe("parity on the Constitution 2026, kk ↔ ru", () => {
  const pairs = present ? constitutionPairs(CORPUS) : [];
  const seeded = seededPairs(pairs);

  maybe(`pairs all 96 articles and seeds every kind of mismatch many times${NEEDS}`, () => {
    expect(pairs).toHaveLength(96);
    for (const kind of ["numbers", "references", "missing-unit", "terms", "length"] as const) expect(seeded.filter((s) => s.kind === kind).length).toBeGreaterThanOrEqual(10);
    // A seed really changes the text it went into, and only that version.
    for (const s of seeded.filter((x) => x.kind)) {
      const clean = pairs.find((p) => p.article === s.article)!;
      expect(s[s.side!].join("\n")).not.toBe(clean[s.side!].join("\n"));
      expect(s[s.side === "kk" ? "ru" : "kk"].join("\n")).toBe(clean[s.side === "kk" ? "ru" : "kk"].join("\n"));
    }
  });

  maybe(`raises nothing on the adopted texts and finds the seeded mismatches (precision ≥ 0.9, recall ≥ 0.9 per check)${NEEDS}`, () => {
    const res = scoreParity(seeded);
    expect(res.alarms).toEqual([]);
    expect(res.cleanFindings).toBe(0);
    for (const s of res.scores) {
      expect(s.precision).toBeGreaterThanOrEqual(0.9);
      expect(s.recall).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe("parity on drafts of other act types (test/fixtures/parity-pairs.ts)", () => {
  const pairs = [...DRAFT_PAIRS, ...TEMPLATE_PAIRS].map((p) => ({ article: p.id, kk: p.kk, ru: p.ru }));
  const seeded = seededPairs(pairs);

  it("has pairs of several act types and seeds numbers, references, missing points and terms in them", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(30);
    for (const kind of ["numbers", "references", "missing-unit", "terms"] as const) expect(seeded.filter((s) => s.kind === kind).length).toBeGreaterThanOrEqual(3);
  });

  it("raises nothing on the faithful pairs and finds every seeded mismatch", () => {
    const res = scoreParity(seeded);
    expect(res.alarms).toEqual([]);
    expect(res.misses).toEqual([]);
  });
});
