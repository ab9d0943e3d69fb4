/**
 * The matching prefilter (src/engine/document/regex-prefixes.ts, match.ts): a regex is skipped on a paragraph when
 * none of its possible first three characters starts a word there. It must never skip a paragraph the regex
 * matches: every phrase and word regex of the rule modules is run over the official texts and the local acts.
 */
import fs from "node:fs";
import path from "node:path";
import { ALL_RULES } from "../../src/engine/rules";
import { findAll, mayMatch, moduleRegexes, prefilterOf, prefiltered, wordRegex } from "../../src/engine/document/match";
import { fold } from "../../src/engine/document/normalize";
import { regexPrefixes } from "../../src/engine/document/regex-prefixes";

describe("regexPrefixes reads the possible starts of a match", () => {
  it.each([
    ["проверк[\\p{L}]*", ["про"]],
    ["(?:изымается|изымают|конфискац\\p{L}*)", ["изы", "кон"]],
    ["бас\\s+тарт", ["бас"]],
    ["(?:безвозмездно\\s+)?(?:изымается|изъятие)", ["без", "изы", "изъ"]],
    ["мәслихат(?:ы)?", ["мәс"]],
    ["[аә]кім", ["акі", "әкі"]],
    ["(?<![\\p{L}])(?:порядок|размер)", ["пор", "раз"]],
    ["у(?:ә|а)кілетті", ["уәк", "уак"]],
  ])("%s → %j", (source, expected) => {
    expect(regexPrefixes(source)?.sort()).toEqual([...expected].sort());
  });

  it.each([["в\\s+порядке"], ["\\d+-бап"], ["\\p{L}+ның"], ["[а-я]+ость"], ["(?:по|о)\\s"], ["да?"], ["a+b"], [".{2}x"]])("gives up on %s", (source) => {
    expect(regexPrefixes(source)).toBeNull();
  });
});

describe("the prefilter never hides a match", () => {
  const corpus = path.resolve(__dirname, "../../../shared/corpus");
  const files = fs.existsSync(corpus)
    ? [
        ...["constitution-2026.ru.txt", "constitution-2026.kk.txt", "constitution-1995.ru.txt", "law-on-legal-acts.ru.txt", "entrepreneurial-code.ru.txt"].map((f) => path.join(corpus, f)),
        ...fs.readdirSync(path.join(corpus, "local-acts")).filter((f) => f.endsWith(".txt")).map((f) => path.join(corpus, "local-acts", f)),
      ].filter((f) => fs.existsSync(f))
    : [];

  it("covers the rule modules' regexes (most have a prefilter)", () => {
    expect(ALL_RULES.length).toBeGreaterThan(60);
    const regexes = moduleRegexes();
    expect(regexes.length).toBeGreaterThan(50);
    expect(regexes.filter((r) => prefilterOf(r)).length / regexes.length).toBeGreaterThan(0.6);
  });

  (files.length ? it : it.skip)(`finds with the prefilter exactly what the bare regex finds, on every paragraph of the official texts and local acts${files.length ? "" : " (skipped: needs ../shared/corpus)"}`, () => {
    const paragraphs = files.flatMap((f) => fs.readFileSync(f, "utf8").split("\n"));
    expect(paragraphs.length).toBeGreaterThan(10_000);
    let matched = 0;
    for (const re of moduleRegexes()) {
      if (!prefilterOf(re)) continue;
      const bare = new RegExp(re.source, re.flags);
      for (const text of paragraphs) {
        const folded = fold(text);
        bare.lastIndex = 0;
        const expected = bare.test(folded);
        const got = mayMatch(re, folded) && (bare.lastIndex = 0, bare.test(folded));
        if (got !== expected) throw new Error(`prefilter of /${re.source.slice(0, 80)}…/ hid a match in «${text.slice(0, 120)}»`);
        if (expected) matched++;
      }
    }
    expect(matched).toBeGreaterThan(100); // the comparison saw real matches, not only misses
  });

  it("skips a regex on a paragraph without its word starts, and runs it where they are", () => {
    const re = wordRegex("(?:изымается|конфискуется)");
    expect(prefilterOf(re)).toEqual(["изы", "кон"]);
    expect(findAll(re, "Имущество конфискуется по решению суда.").map((m) => m.text)).toEqual(["конфискуется"]);
    expect(findAll(re, "Имущество не изымается.").map((m) => m.text)).toEqual(["изымается"]);
    expect(findAll(re, "Переизымается (не с начала слова).")).toEqual([]);
  });

  it("a rule's own regex: a letter boundary lets a digit stand before the match («5мужчин»), a word boundary does not", () => {
    const letter = prefiltered(/(?<![\p{L}])мужчин\p{L}*/gu);
    const word = prefiltered(/(?<![\p{L}\p{N}])мужчин\p{L}*/gu);
    expect(mayMatch(letter, "до 5мужчин")).toBe(true);
    expect(mayMatch(word, "до 5мужчин")).toBe(false);
    expect(mayMatch(word, "только мужчины")).toBe(true);
    // A top-level alternation escapes the leading boundary: no prefilter, always run.
    expect(prefilterOf(prefiltered(/(?<![\p{L}])мужчин|женщин/gu))).toBeUndefined();
    expect(prefilterOf(prefiltered(/(?<![\p{L}])мужчин/giu))).toBeUndefined();
  });
});
