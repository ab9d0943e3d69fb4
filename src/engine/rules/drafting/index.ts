import type { Rule } from "../types";

export const draftingRules: Rule[] = [];
