import approvalPublication from "./approval-publication";
import businessLiability from "./business-liability";
import oneInTwoOut from "./one-in-two-out";
import required from "./required";
import requirementQuality from "./requirement-quality";
import type { Rule } from "../types";

export const riaRules: Rule[] = [required, oneInTwoOut, requirementQuality, businessLiability, approvalPublication];
