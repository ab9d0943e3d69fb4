/**
 * Validates the labelled retrieval set (test/eval/retrieval: draft paragraphs with the articles of the official
 * texts they must be checked against), written for the semantic checker's recall@5 measurement (issue 4). Checks
 * the shape and that every expected article exists in the article lists of its edition — never a recall figure.
 */
import * as fs from "fs";
import * as path from "path";
import { ACTS, type ActId } from "../../src/engine/data/acts";

interface Item {
  id: string;
  text: string;
  expect: { act: string; article: string }[];
}

const DIR = path.resolve(__dirname, "../eval/retrieval");

describe.each(["ru", "kk"] as const)("retrieval set %s", (lang) => {
  const items = JSON.parse(fs.readFileSync(path.join(DIR, `${lang}.json`), "utf8")) as Item[];

  it("has at least 50 draft paragraphs with unique ids", () => {
    expect(items.length).toBeGreaterThanOrEqual(50);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const i of items) {
      expect(Object.keys(i).sort()).toEqual(["expect", "id", "text"]);
      expect(i.id.startsWith(`${lang}-`)).toBe(true);
      expect(i.text.trim().length).toBeGreaterThan(20);
    }
  });

  it("expects 1–3 articles that exist in the registered editions", () => {
    for (const i of items) {
      expect(i.expect.length).toBeGreaterThanOrEqual(1);
      expect(i.expect.length).toBeLessThanOrEqual(3);
      for (const e of i.expect) {
        expect(Object.keys(ACTS)).toContain(e.act);
        // Kazakh drafts are matched against the one Kazakh official text, the 2026 Constitution.
        if (lang === "kk") expect(e.act).toBe("constitution-2026");
        expect(Object.keys(ACTS[e.act as ActId].articles)).toContain(e.article);
      }
    }
  });
});
