/** Selecting a finding's words in the document (click on a finding in the pane). */
import type { Finding } from "../contract";
import { resolveAnchors } from "./anchoring";
import { getCapabilities } from "./capabilities";
import type { AnchorOutcome } from "./types";

/**
 * Anchors the finding (DESIGN §5: re-read the paragraph, verify or relocate, search, accept hit k only when
 * Word's hit count equals ours, verify the hit's text) and selects it. 3 syncs: 2 to anchor, 1 to select.
 * A finding that cannot be anchored is not selected: never select a guess.
 */
export async function selectFinding(f: Finding): Promise<AnchorOutcome> {
  if (f.paragraphIndex === null) {
    return { findingId: f.id, status: "document-level", reason: "the finding is about the whole document" };
  }
  const caps = getCapabilities();
  return Word.run(async (context) => {
    const [r] = await resolveAnchors(context, [f], caps.wordApi17);
    if (!r) return { findingId: f.id, status: "failed", reason: "no result" };
    if (!("range" in r)) return { findingId: f.id, status: r.status, reason: r.reason };
    r.range.select();
    await context.sync();
    return { findingId: f.id, status: r.status };
  });
}
