import type { Rule } from "../types";

export const legalActsRules: Rule[] = [];
