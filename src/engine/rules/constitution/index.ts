import abolishedBody from "./abolished-body";
import articleRef1995 from "./article-ref-1995";
import type { Rule } from "../types";

export const constitutionRules: Rule[] = [abolishedBody, articleRef1995];
