/** Every placeholder of every rule's messages is filled on its own bad examples, in every UI language. */
import { UI_LANGUAGES } from "../../src/contract";
import { paragraphsFromText } from "../../src/engine/document/model";
import { checkParagraphs } from "../../src/engine/run";
import { ALL_RULES } from "../../src/engine/rules";

describe.each(ALL_RULES.map((r) => [r.id, r] as const))("rule %s", (_id, rule) => {
  it.each(UI_LANGUAGES.map((ui) => [ui] as const))("fills its message placeholders in %s", (ui) => {
    for (const ex of rule.examples.bad) {
      const { findings } = checkParagraphs(paragraphsFromText(ex.text), {
        actType: ex.actType,
        language: ex.lang,
        ruleIds: [rule.id],
        uiLanguage: ui,
      });
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        for (const text of [f.title, f.message, f.explanation]) expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
