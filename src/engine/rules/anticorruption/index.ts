import blanketNorm from "./blanket-norm";
import discretionNoCriteria from "./discretion-no-criteria";
import evaluativeTerms from "./evaluative-terms";
import openListDocuments from "./open-list-documents";
import vagueDeadline from "./vague-deadline";
import type { Rule } from "../types";

export const anticorruptionRules: Rule[] = [openListDocuments, discretionNoCriteria, vagueDeadline, blanketNorm, evaluativeTerms];
