import blanketNorm from "./blanket-norm";
import discretionNoCriteria from "./discretion-no-criteria";
import evaluativeTerms from "./evaluative-terms";
import openListDocuments from "./open-list-documents";
import vagueDeadline from "./vague-deadline";
import refusalGroundsOpen from "./refusal-grounds-open";
import applicantBurden from "./applicant-burden";
import noAppeal from "./no-appeal";
import nonCompetitiveAllocation from "./non-competitive-allocation";
import functionsConcentrated from "./functions-concentrated";
import type { Rule } from "../types";

export const anticorruptionRules: Rule[] = [openListDocuments, discretionNoCriteria, vagueDeadline, blanketNorm, evaluativeTerms, refusalGroundsOpen, applicantBurden, noAppeal, nonCompetitiveAllocation, functionsConcentrated];
