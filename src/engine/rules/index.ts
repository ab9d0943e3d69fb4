/** Every rule pack, in catalogue order. */
import { anticorruptionRules } from "./anticorruption";
import { constitutionRules } from "./constitution";
import { draftingRules } from "./drafting";
import { legalActsRules } from "./legal-acts";
import { riaRules } from "./ria";
import type { Rule } from "./types";

export const ALL_RULES: readonly Rule[] = [...constitutionRules, ...legalActsRules, ...anticorruptionRules, ...riaRules, ...draftingRules];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
