/**
 * One test runs every rule's own examples (the LanguageTool way): a bad example must produce that rule's
 * finding on exactly its quote; a good example must produce none. Every rule needs both languages.
 */
import { ALL_RULES } from "../../src/engine/rules";
import { articleExists } from "../../src/engine/data/acts";
import { paragraphsFromText } from "../../src/engine/document/model";
import { checkParagraphs } from "../../src/engine/run";
import type { Rule, RuleExample } from "../../src/engine/rules/types";

function run(rule: Rule, ex: RuleExample) {
  return checkParagraphs(paragraphsFromText(ex.text), {
    actType: ex.actType,
    language: ex.lang,
    ruleIds: [rule.id],
    uiLanguage: ex.lang,
  });
}

describe.each(ALL_RULES.map((r) => [r.id, r] as const))("rule %s", (_id, rule) => {
  it("has bad and good examples in Kazakh and Russian", () => {
    for (const lang of ["kk", "ru"] as const) {
      expect(rule.examples.bad.filter((e) => e.lang === lang).length).toBeGreaterThan(0);
      expect(rule.examples.good.filter((e) => e.lang === lang).length).toBeGreaterThan(0);
    }
  });

  it("has messages in kk, ru and en, with graded wording", () => {
    for (const ui of ["kk", "ru", "en"] as const) {
      const m = rule.messages[ui];
      expect(m.title.length).toBeGreaterThan(3);
      expect(m.message.length).toBeGreaterThan(10);
      expect(m.explanation.length).toBeGreaterThan(20);
      const all = `${m.title} ${m.message} ${m.explanation}`.toLowerCase();
      expect(all).not.toMatch(/неконституцион|конституцияға сәйкес келмейді деп|is unconstitutional/);
    }
  });

  it("cites an article that exists in the registered edition", () => {
    expect(articleExists(rule.citation)).toBe(true);
  });

  it.each(rule.examples.bad.map((e, i) => [i, e] as const))("bad example %i is found on its quote", (_i, ex) => {
    const { findings, doc } = run(rule, ex);
    const quotes = findings.map((f) => f.quote);
    expect(quotes).toContain(ex.quote);
    for (const f of findings) {
      expect(f.ruleId).toBe(rule.id);
      if (f.paragraphIndex !== null) {
        const p = doc.paragraphs.find((x) => x.index === f.paragraphIndex)!;
        expect(p.text.slice(f.start, f.end)).toBe(f.quote);
      }
      expect(articleExists({ act: f.citation.act as never, article: f.citation.article, paragraph: f.citation.paragraph })).toBe(true);
    }
  });

  it.each(rule.examples.good.map((e, i) => [i, e] as const))("good example %i gives no finding", (_i, ex) => {
    const { findings } = run(rule, ex);
    expect(findings.map((f) => f.quote)).toEqual([]);
  });
});

it("has unique rule ids in the documented form", () => {
  const ids = ALL_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^(CONST|LA|AC|RIA|DRAFT|BI)-[A-Z0-9-]+$/);
});
