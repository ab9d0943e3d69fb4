/**
 * The parity checks measured on real aligned pairs: the 2026 Constitution's Kazakh and Russian texts, article by
 * article (read from ../shared/corpus), clean and with seeded mismatches of each kind (src/cli/parity-seeds.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { constitutionPairs, scoreParity, scoreSlips, seededPairs } from "../../src/cli/parity-seeds";
import { DRAFT_PAIRS } from "../fixtures/parity-pairs";
import { SLIP_PAIRS } from "../fixtures/parity-slips";
import { checkParity } from "../../src/engine/bilingual/parity";
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
    // «не менее» / «не позднее» turned round: the Constitution has nine such bounds next to a number.
    expect(seeded.filter((s) => s.kind === "bounds").length).toBeGreaterThanOrEqual(8);
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

describe("parity on translators' slips (test/fixtures/parity-slips.ts)", () => {
  it("has slips of every check and some of meaning, each really in the version it names", () => {
    for (const rule of ["BI-NUMBERS", "BI-BOUNDS", "BI-REFERENCES", "BI-MISSING-UNIT", "BI-TERMS", "BI-LENGTH"]) expect(SLIP_PAIRS.some((s) => s.caughtBy === rule)).toBe(true);
    expect(SLIP_PAIRS.length).toBeGreaterThanOrEqual(15);
  });

  it("catches every slip of a kind the checks read, with no finding that is not about the slip", () => {
    const res = scoreSlips(SLIP_PAIRS);
    expect(res.alarms).toEqual([]);
    expect(res.missed.filter((m) => !m.endsWith("(meaning)"))).toEqual([]);
    expect(res.caught).toBe(res.checkable);
  });

  it("puts each caught slip on the words that differ, in the version it is in", () => {
    for (const s of SLIP_PAIRS.filter((x) => x.caughtBy && x.caughtBy !== "BI-LENGTH" && x.caughtBy !== "BI-MISSING-UNIT" && x.caughtBy !== "BI-TERMS")) {
      const mine = s[s.wrongIn].map((text, index) => ({ index, text }));
      const other = s[s.wrongIn === "kk" ? "ru" : "kk"].map((text, index) => ({ index, text }));
      const found = checkParity(mine, other, { anchor: s.wrongIn, ui: "ru" }).findings.filter((f) => f.ruleId === s.caughtBy);
      expect(found.length).toBeGreaterThan(0);
      // A number, a bound or a reference is quoted as such, never the whole paragraph.
      for (const f of found) expect(f.quote.length).toBeLessThan(mine[f.paragraphIndex!]!.text.length / 2);
    }
  });
});
