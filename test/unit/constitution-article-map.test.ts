/** The 1995 → 2026 article map (data for CONST-1995-ARTICLE-REF) agrees with the article lists of both editions. */
import { ACTS } from "../../src/engine/data/acts";
import { CONSTITUTION_1995_TO_2026, articleMoved, singleSuccessor } from "../../src/engine/data/constitution-article-map";

const OLD = ACTS["constitution-1995"].articles;
const NEW = ACTS["constitution-2026"].articles;

describe("constitution article map", () => {
  it("covers every article of the 1995 Constitution", () => {
    for (const a of Object.keys(OLD)) expect(CONSTITUTION_1995_TO_2026[a]).toBeDefined();
  });

  it("maps only to articles of the 2026 Constitution", () => {
    for (const [from, move] of Object.entries(CONSTITUTION_1995_TO_2026)) {
      for (const to of [...move.to, ...(move.also ?? [])]) expect([from, to, NEW[to] !== undefined]).toEqual([from, to, true]);
    }
  });

  it("leaves out only the new 2026 articles (Vice-President, Халық Кеңесі, advocacy) and the new transitional ones", () => {
    const reached = new Set(Object.values(CONSTITUTION_1995_TO_2026).flatMap((m) => [...m.to, ...(m.also ?? [])]));
    const missing = Object.keys(NEW).filter((a) => !reached.has(a));
    expect(missing.sort((x, y) => Number(x) - Number(y))).toEqual(["49", "70", "71", "86", "95"]);
  });

  it("knows the examples of the legal brief", () => {
    expect(singleSuccessor("61")).toBe("60");
    expect(singleSuccessor("62")).toBe("61");
    expect(singleSuccessor("83-1")).toBe("85");
    expect(articleMoved("2")).toBe(false);
    expect(articleMoved("39")).toBe(true);
    expect(singleSuccessor("91")).toBeUndefined();
  });
});
