/**
 * TOPIC_1995 (subjects of the renumbered 1995 articles, data for CONST-1995-ARTICLE-REF) against the texts of both
 * Constitutions: each pattern names the subject of 1995 article N and not that of 2026 article N, which now carries
 * the number. The texts are read from ../shared/corpus (never copied into the repository); without them the
 * text checks are skipped.
 */
import * as fs from "fs";
import * as path from "path";
import { ACTS } from "../../src/engine/data/acts";
import { CONSTITUTION_1995_TO_2026, articleMoved } from "../../src/engine/data/constitution-article-map";
import { TOPIC_1995 } from "../../src/engine/data/constitution-1995-topics";
import { fold } from "../../src/engine/document/normalize";

const dir = process.env.ZANGER_CORPUS_DIR ?? path.resolve(__dirname, "../../../shared/corpus");
const present = fs.existsSync(dir);
if (!present) console.log(`constitution-1995-topics: corpus folder ${dir} not found — text checks skipped (set ZANGER_CORPUS_DIR)`);

const NEW = ACTS["constitution-2026"].articles;
const ENTRIES = Object.entries(TOPIC_1995);
/**
 * Moved 1995 articles whose number exists in 2026 but which have no entry: 84 was repealed in 2007 (no text); 73's
 * subject (suspension while the Constitutional Court decides) is worded the same in 2026 art. 74, which cites art. 73.
 */
const NOT_LISTED = ["73", "84"];
/**
 * The 2026 successor treats the subject in other words: art. 50, 58 (two Chambers → the one-chamber Kurultai),
 * art. 92 (transitional rules of 1995 → those of 2026).
 */
const SUBJECT_REWORDED = ["50", "58", "92"];

/** Article number → its text (notes «Сноска.» / «Примечание.» left out), split at the heading lines. */
function articles(file: string, heading: RegExp, sectionStart: RegExp): Map<string, string> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of fs.readFileSync(path.join(dir, file), "utf8").split("\n")) {
    const m = heading.exec(line);
    if (m) {
      current = [];
      out.set(m[1]!, current);
    } else if (sectionStart.test(line)) {
      current = null; // section heading (and, in the kk text, its title on the next line) is not article text
    } else if (current && line.trim() !== "" && !/^(?:Сноска|Примечание)\./u.test(line)) {
      current.push(line);
    }
  }
  return new Map([...out].map(([n, lines]) => [n, fold(lines.join("\n"))]));
}

describe("TOPIC_1995 keys", () => {
  it("are 1995 articles that moved while 2026 has an article with the same number", () => {
    for (const n of Object.keys(TOPIC_1995)) {
      expect([n, articleMoved(n), NEW[n] !== undefined]).toEqual([n, true, true]);
    }
  });

  it("cover every such article except those listed as not applicable", () => {
    const expected = Object.keys(CONSTITUTION_1995_TO_2026).filter((n) => articleMoved(n) && NEW[n] !== undefined && !NOT_LISTED.includes(n));
    expect(Object.keys(TOPIC_1995).sort()).toEqual(expected.sort());
  });

  it("are unicode patterns without the global flag (the rule calls test())", () => {
    for (const [n, { ru, kk }] of ENTRIES) {
      for (const re of [ru, kk]) expect([n, re.flags.includes("u"), re.global, re.sticky]).toEqual([n, true, false, false]);
    }
  });
});

(present ? describe : describe.skip)("TOPIC_1995 against the texts of the Constitutions", () => {
  const old = present ? articles("constitution-1995.ru.txt", /^Статья (\d+(?:-\d+)?)$/u, /^(?:РАЗДЕЛ|Раздел|Глава)(?:\s|$)/u) : new Map<string, string>();
  const ru = present ? articles("constitution-2026.ru.txt", /^Статья (\d+)\.$/u, /^(?:РАЗДЕЛ|Раздел|Глава)(?:\s|$)/u) : new Map<string, string>();
  const kk = present ? articles("constitution-2026.kk.txt", /^(\d+)-бап$/u, /^\S+ бөлім$/u) : new Map<string, string>();

  it("reads all articles of both editions", () => {
    expect(ru.size).toBe(96);
    expect(kk.size).toBe(96);
    expect(old.size).toBeGreaterThanOrEqual(99);
  });

  it.each(ENTRIES)("article %s: ru names the 1995 subject and not that of 2026 article with this number", (n, topic) => {
    expect([n, topic.ru.test(old.get(n) ?? "")]).toEqual([n, true]);
    expect([n, topic.ru.exec(ru.get(n)!)?.[0] ?? null]).toEqual([n, null]);
  });

  it.each(ENTRIES)("article %s: kk does not name the subject of 2026 article with this number", (n, topic) => {
    expect([n, topic.kk.exec(kk.get(n)!)?.[0] ?? null]).toEqual([n, null]);
  });

  // No Kazakh 1995 text exists: the 2026 article that took the subject over checks the Kazakh vocabulary.
  it.each(ENTRIES.filter(([n]) => CONSTITUTION_1995_TO_2026[n]!.to.length > 0 && !SUBJECT_REWORDED.includes(n)))(
    "article %s: ru and kk name the subject as the successor 2026 article words it",
    (n, topic) => {
      const to = CONSTITUTION_1995_TO_2026[n]!.to;
      expect([n, to.some((a) => topic.ru.test(ru.get(a)!))]).toEqual([n, true]);
      expect([n, to.some((a) => topic.kk.test(kk.get(a)!))]).toEqual([n, true]);
    },
  );
});
