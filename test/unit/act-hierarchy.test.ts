import { ACT_TYPES } from "../../src/contract";
import {
  ACT_HIERARCHY,
  CONSTITUTION_LEVEL,
  LEGISLATIVE_TYPES,
  LOCAL_TYPES,
  SUBORDINATE_TYPES,
  actTypesAtLevels,
  isHigher,
  levelOf,
} from "../../src/engine/data/act-hierarchy";
import { articleExists } from "../../src/engine/data/acts";

describe("act hierarchy (Law «On Legal Acts», art. 10)", () => {
  it("gives every ACT_TYPES id except unknown exactly one level", () => {
    for (const t of ACT_TYPES) {
      const levels = ACT_HIERARCHY.filter((h) => h.actTypes.includes(t));
      expect([t, levels.length]).toEqual([t, t === "unknown" ? 0 : 1]);
    }
    expect(levelOf("unknown")).toBeNull();
  });

  it("has the Constitution highest and levels 0…10 in order, as in art. 10(1)–(2)", () => {
    expect(ACT_HIERARCHY.map((h) => h.level)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ACT_HIERARCHY[0]!.source).toBe("10(1)");
    for (const t of ACT_TYPES) {
      if (t !== "unknown") expect(levelOf(t)!).toBeGreaterThan(CONSTITUTION_LEVEL);
    }
    ACT_HIERARCHY.slice(1).forEach((h, i) => expect(h.source).toBe(`10(2)(${i + 1})`));
    expect(articleExists({ act: "law-on-legal-acts", article: "10", paragraph: "2" })).toBe(true);
  });

  it("orders the acts as the law does", () => {
    expect(isHigher("constitutional-law", "code")).toBe(true);
    expect(isHigher("code", "law")).toBe(true);
    expect(isHigher("law", "presidential-decree")).toBe(true);
    expect(isHigher("presidential-decree", "government-resolution")).toBe(true);
    expect(isHigher("government-resolution", "ministerial-order")).toBe(true);
    expect(isHigher("ministerial-order", "government-resolution")).toBe(false);
    expect(isHigher("ministerial-order", "agency-order")).toBe(true);
    expect(isHigher("agency-order", "maslikhat-decision")).toBe(true);
    expect(levelOf("law")).toBe(levelOf("amendment-law"));
    expect(levelOf("maslikhat-decision")).toBe(levelOf("akimat-resolution"));
    expect(levelOf("akimat-resolution")).toBe(levelOf("akim-decision"));
    expect(isHigher("law", "unknown")).toBe(false);
  });

  it("derives the groups the rules use", () => {
    expect([...LEGISLATIVE_TYPES].sort()).toEqual(["amendment-law", "code", "constitutional-law", "law"]);
    expect(SUBORDINATE_TYPES).toContain("presidential-decree");
    expect(SUBORDINATE_TYPES).not.toContain("law");
    expect([...LOCAL_TYPES].sort()).toEqual(["akim-decision", "akimat-resolution", "maslikhat-decision"]);
    expect(actTypesAtLevels(7, 7)).toEqual(["government-resolution"]);
  });

  it("names every level in kk, ru and en", () => {
    for (const h of ACT_HIERARCHY) {
      for (const l of ["ru", "kk", "en"] as const) {
        expect(h.name[l].length).toBeGreaterThan(3);
        expect(h.issuers[l].length).toBeGreaterThan(3);
      }
    }
  });
});
