import abolishedBody from "./abolished-body";
import type { Rule } from "../types";

export const constitutionRules: Rule[] = [abolishedBody];
