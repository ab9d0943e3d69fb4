import articleInBylaw from "./article-in-bylaw";
import entryIntoForce60d from "./entry-into-force-60d";
import entryIntoForceMissing from "./entry-into-force-missing";
import entryIntoForceSigning from "./entry-into-force-signing";
import partialAmendment from "./partial-amendment";
import preambleInAmendment from "./preamble-in-amendment";
import renumbering from "./renumbering";
import vagueReference from "./vague-reference";
import type { Rule } from "../types";

export const legalActsRules: Rule[] = [
  entryIntoForceMissing,
  entryIntoForceSigning,
  entryIntoForce60d,
  renumbering,
  partialAmendment,
  preambleInAmendment,
  vagueReference,
  articleInBylaw,
];
