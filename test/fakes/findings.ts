/** Test fixtures: Findings shaped like the engine's (src/engine/findings.ts), for the Word side tests. */
import type { Finding } from "../../src/contract";
import { hash53 } from "../../src/engine/document/normalize";

let seq = 0;

/**
 * A finding on the `occurrence`-th (0-based) occurrence of `quote` in `text` (paragraph `paragraphIndex`),
 * with 40 characters of context on each side like the engine.
 */
export function findingOn(
  text: string,
  paragraphIndex: number,
  quote: string,
  occurrence = 0,
  ruleId = "TEST-RULE",
): Finding {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`fixture: occurrence ${occurrence} of ${JSON.stringify(quote)} not found`);
  }
  const end = start + quote.length;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const fingerprint = `${ruleId}:${hash53(quote + "|" + before.slice(-15) + "|" + after.slice(0, 15))}`;
  return {
    id: `${fingerprint}@${paragraphIndex}:${start}#${++seq}`,
    ruleId,
    pack: "drafting",
    severity: "warning",
    paragraphIndex,
    start,
    end,
    quote,
    before,
    after,
    title: "Test finding",
    message: `Possible problem: ${quote}`,
    explanation: "For tests.",
    citation: { act: "law-on-legal-acts", edition: "2026-07-01", article: "1" },
    source: "rule",
    confidence: 0.9,
    fingerprint,
  };
}

/** A finding about the whole document. */
export function documentFinding(ruleId = "TEST-DOC"): Finding {
  return { ...findingOn("x", 0, "x", 0, ruleId), paragraphIndex: null, start: 0, end: 0, quote: "", before: "", after: "" };
}
