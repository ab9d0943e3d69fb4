/** The RuleContext every rule sees for one parsed document (views computed once, on first use). */
import type { ParsedDocument, ParsedParagraph } from "../document/model";
import type { RuleContext } from "./types";

export function ruleContext(doc: ParsedDocument): RuleContext {
  let operative: ParsedParagraph[] | null = null;
  let content: ParsedParagraph[] | null = null;
  return {
    doc,
    operative() {
      operative ??= doc.paragraphs.filter((p) => p.kind !== "blank" && !p.isNote && !p.quoted && !p.isHeading);
      return operative;
    },
    content() {
      content ??= doc.paragraphs.filter((p) => p.kind !== "blank" && !p.isNote && !p.isHeading);
      return content;
    },
  };
}
