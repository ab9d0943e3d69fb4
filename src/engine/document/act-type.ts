/** Act type from the heading of the draft (the first non-empty paragraphs). Always overridable by the user. */
import type { ActType } from "../../contract";
import { fold } from "./normalize";

interface Pattern {
  type: ActType;
  re: RegExp;
}

// Order matters: the more specific heading wins.
const PATTERNS: Pattern[] = [
  { type: "constitutional-law", re: /конституционн\p{L}* закон|конституциялық заң/u },
  // Kazakh: the amended act comes first («… кодексіне / Заңына / заңнамалық актілеріне өзгерістер енгізу туралы»);
  // «… бұйрығына / қаулысына / шешіміне өзгерістер енгізу туралы» amends a subordinate act and is typed by its heading.
  {
    type: "amendment-law",
    re: /о внесении изменени\p{L}*( и дополнени\p{L}*)? в (некоторые )?законодательн|(?:заңнамалық актілеріне|кодексіне|заңына|заңдарына)(?: (?!бұйрығ|қаулы|шешім)[\p{L}-]+){0,6}? (?:өзгеріс\p{L}*(?: (?:мен|және) толықтыру\p{L}*)?|толықтыру\p{L}*) енгізу туралы|о внесении изменени\p{L}*( и дополнени\p{L}*)? в (закон|кодекс)/u,
  },
  { type: "code", re: /(^|\s)кодекс(\s|$)|кодексі/u },
  { type: "presidential-decree", re: /указ президента|(^|\s)указ(\s|$)|президентінің жарлығы|(^|\s)жарлығы|(^|\s)жарлық(\s|$)/u },
  { type: "government-resolution", re: /постановление правительства|үкіметінің қаулысы|правительство республики казахстан постановляет|үкіметі қаулы етеді/u },
  { type: "maslikhat-decision", re: /маслихат|мәслихат/u },
  { type: "akimat-resolution", re: /постановление акимата|акимат\p{L}* постановляет|әкімдігінің қаулысы|әкімдігі қаулы етеді/u },
  { type: "akim-decision", re: /решение акима|әкімінің шешімі/u },
  { type: "agency-order", re: /приказ председателя комитета|комитеті төрағасының бұйрығы|приказ руководителя ведомства/u },
  { type: "ministerial-order", re: /(^|\s)приказ(\s|$)|приказываю|(^|\s)бұйрық(\s|$)|бұйрығы|бұйырамын/u },
  { type: "law", re: /закон республики казахстан|республикасының заңы|(^|\s)закон(\s|$)|(^|\s)заңы(\s|$)/u },
];

/** Looks at up to the first `window` non-empty paragraphs (the heading block). */
export function detectActType(texts: readonly string[], window = 8): ActType {
  const head: string[] = [];
  for (const t of texts) {
    if (t.trim() === "") continue;
    head.push(fold(t));
    if (head.length >= window) break;
  }
  const block = head.join("\n");
  for (const p of PATTERNS) {
    if (p.re.test(block)) {
      if (p.type === "law" && /о внесении изменени|өзгерістер (мен толықтырулар )?енгізу/u.test(block)) return "amendment-law";
      return p.type;
    }
  }
  return "unknown";
}

/** Acts adopted by the legislature or with the force of law. */
export const LEGISLATIVE_ACT_TYPES: readonly ActType[] = ["constitutional-law", "code", "law", "amendment-law"];

/** Subordinate (by-law) acts, where the Law "On Legal Acts" forbids words such as «Статья». */
export const SUBORDINATE_ACT_TYPES: readonly ActType[] = [
  "presidential-decree",
  "government-resolution",
  "ministerial-order",
  "agency-order",
  "maslikhat-decision",
  "akimat-resolution",
  "akim-decision",
];

export function isLegislative(t: ActType): boolean {
  return LEGISLATIVE_ACT_TYPES.includes(t);
}
