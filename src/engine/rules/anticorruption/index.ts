import openListDocuments from "./open-list-documents";
import type { Rule } from "../types";

export const anticorruptionRules: Rule[] = [openListDocuments];
