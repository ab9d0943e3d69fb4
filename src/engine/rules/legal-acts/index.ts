import amendShape from "./amend-shape";
import articleInBylaw from "./article-in-bylaw";
import missingHeading from "./missing-heading";
import newEditionThreshold from "./new-edition-threshold";
import amendedActsList from "./amended-acts-list";
import repealFormula from "./repeal-formula";
import amendingTitle from "./amending-title";
import definitions from "./definitions";
import repeatedNorm from "./repeated-norm";
import forbiddenFormatting from "./forbidden-formatting";
import entryIntoForce60d from "./entry-into-force-60d";
import entryIntoForceMissing from "./entry-into-force-missing";
import entryIntoForceSigning from "./entry-into-force-signing";
import partialAmendment from "./partial-amendment";
import preambleInAmendment from "./preamble-in-amendment";
import renumbering from "./renumbering";
import vagueReference from "./vague-reference";
import beyondLaw from "./beyond-law";
import competenceBasis from "./competence-basis";
import agencyOrderRights from "./agency-order-rights";
import issuerNotAllowed from "./issuer-not-allowed";
import declarativeStyle from "./declarative-style";
import retroactivityClause from "./retroactivity-clause";
import pilotNoTerm from "./pilot-no-term";
import nonSubordinateInstruction from "./non-subordinate-instruction";
import bodyNames from "./body-names";
import budgetImpact from "./budget-impact";
import environmentalEffect from "./environmental-effect";
import registrationEffect from "./registration-effect";
import transitionalProvisions from "./transitional-provisions";
import pointLabel from "./point-label";
import registryNumber from "./registry-number";
import undefinedAbbreviations from "./undefined-abbreviations";
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
  amendShape,
  missingHeading,
  newEditionThreshold,
  amendedActsList,
  repealFormula,
  amendingTitle,
  definitions,
  undefinedAbbreviations,
  repeatedNorm,
  forbiddenFormatting,
  beyondLaw,
  competenceBasis,
  agencyOrderRights,
  issuerNotAllowed,
  declarativeStyle,
  retroactivityClause,
  pilotNoTerm,
  nonSubordinateInstruction,
  bodyNames,
  budgetImpact,
  environmentalEffect,
  registrationEffect,
  transitionalProvisions,
  pointLabel,
  registryNumber,
];
