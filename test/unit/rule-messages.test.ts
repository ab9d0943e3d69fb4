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

/** Only the Constitutional Court decides constitutionality: our texts suggest, they never give that verdict. */
const VERDICT =
  /неконституционн\p{L}*|(?<!может\s)противоречит\s+Конституции|unconstitutional|(?<!may\s)contradicts\s+the\s+Constitution|конституциялық\s+емес|Конституцияға\s+қайшы\s+(?:келеді|болып\s+табылады)/iu;

describe.each(ALL_RULES.map((r) => [r.id, r] as const))("rule %s never gives a constitutionality verdict", (_id, rule) => {
  it.each(UI_LANGUAGES.map((ui) => [ui] as const))("in %s, in its messages and in its findings", (ui) => {
    const m = rule.messages[ui];
    for (const text of Object.values(m)) if (typeof text === "string") expect(text).not.toMatch(VERDICT);
    for (const ex of rule.examples.bad) {
      const { findings } = checkParagraphs(paragraphsFromText(ex.text), { actType: ex.actType, language: ex.lang, ruleIds: [rule.id], uiLanguage: ui });
      for (const f of findings) for (const t of [f.title, f.message, f.explanation, f.suggestion?.note ?? ""]) expect(t).not.toMatch(VERDICT);
    }
  });
});
