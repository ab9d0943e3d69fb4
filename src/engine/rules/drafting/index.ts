import impossibleDate from "./impossible-date";
import numberingGap from "./numbering-gap";
import refMissingUnit from "./ref-missing-unit";
import type { Rule } from "../types";

export const draftingRules: Rule[] = [impossibleDate, refMissingUnit, numberingGap];
