/** What a rule module is: data-like, with its citation, messages in kk/ru/en and its own examples. */
import type { ActType, Language, Pack, Severity, UiLanguage } from "../../contract";
import type { RuleCitation } from "../data/acts";
import type { ParsedDocument, ParsedParagraph } from "../document/model";

export interface RuleMessages {
  /** Short title shown in the list. */
  title: string;
  /**
   * One sentence about this occurrence. Placeholders: {quote}, and any key the rule puts into
   * `RuleSpan.data` (e.g. {replacement}, {article}).
   */
  message: string;
  /** Why this matters and what the law says, in graded wording (never "unconstitutional"). */
  explanation: string;
}

export interface RuleExample {
  lang: Language;
  actType?: ActType;
  /** One paragraph per line. */
  text: string;
  /** For bad examples: the exact words the finding must quote. */
  quote?: string;
}

/** What detect() returns: where, and optionally what to suggest. The engine builds the Finding. */
export interface RuleSpan {
  /** Position in ParsedDocument.paragraphs, or null for a finding about the whole document. */
  para: number | null;
  start: number;
  end: number;
  /** Overrides the rule's severity for this occurrence (e.g. a footnote is only "info"). */
  severity?: Severity;
  data?: Record<string, string>;
  suggestion?: { replacement: string; note?: Partial<Record<UiLanguage, string>> };
  /** Overrides the rule's citation for this occurrence. */
  citation?: RuleCitation;
  confidence?: number;
}

export interface RuleContext {
  doc: ParsedDocument;
  /** Operative paragraphs: not blank, not notes, not quoted text of another act, not the heading block. */
  operative(): ParsedParagraph[];
  /**
   * What will be law: the operative paragraphs plus the new wording quoted inside an amending act (restated or
   * added units), in document order. Rules on the CONTENT of norms (rights, discretion, payments …) read this;
   * rules on the act's own structure (numbering, references, entry into force) read operative().
   */
  content(): ParsedParagraph[];
}

export interface Rule {
  id: string;
  pack: Pack;
  /** Codes of the checkable rules this module implements in ../shared/domain/legal-brief.md §9 (e.g. "C-11"); our own checks use "X-…" codes (X-DATE, X-REF, …). */
  brief: readonly string[];
  severity: Severity;
  /** Act types the rule applies to; "all" for every type including "unknown". */
  actTypes: readonly ActType[] | "all";
  languages: readonly Language[];
  citation: RuleCitation;
  messages: Record<UiLanguage, RuleMessages>;
  detect(ctx: RuleContext): RuleSpan[];
  examples: { bad: RuleExample[]; good: RuleExample[] };
  /**
   * Ids of general rules this more specific one answers: where both find overlapping words in the same paragraph,
   * only this rule's finding is kept (one comment per problem). Applies only when both rules ran.
   */
  supersedes?: readonly string[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
