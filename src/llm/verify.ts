/**
 * A model finding survives only if (1) its quote is verbatim in the paragraph, (2) the article it cites exists in
 * the loaded edition and (3) was among the articles given with the paragraph, and (4) its pack is one the model was
 * asked about and fits the cited act (checked in the order quote, pack, existence, given). Everything else is dropped and counted by reason.
 */
import type { LlmDropReason, Pack } from "../contract";
import type { ModelFinding } from "./parse-answer";

export interface VerifiedFinding {
  start: number;
  end: number;
  pack: "constitution" | "legal-acts";
  act: string;
  article: string;
  severity: "warning" | "info";
  message: string;
  confidence: number;
}

export type DropCounts = Partial<Record<LlmDropReason, number>>;

/** Which acts a pack's findings may cite. */
export const PACK_ACTS: Record<VerifiedFinding["pack"], readonly string[]> = {
  constitution: ["constitution-2026"],
  "legal-acts": ["law-on-legal-acts", "entrepreneurial-code"],
};

export function addDrop(d: DropCounts, reason: LlmDropReason, n = 1): void {
  if (n > 0) d[reason] = (d[reason] ?? 0) + n;
}

export function verifyFindings(
  text: string,
  items: readonly ModelFinding[],
  opts: {
    allowedPacks: readonly Pack[];
    articleExists: (act: string, article: string) => boolean;
    given: readonly { act: string; article: string }[];
  },
): { findings: VerifiedFinding[]; dropped: DropCounts } {
  const dropped: DropCounts = {};
  const findings: VerifiedFinding[] = [];
  for (const f of items) {
    const article = f.article.trim().replace(/^(?:статья|статьи|ст\.|article|art\.)\s*/iu, "").replace(/-?ба[пб]\p{L}*$/u, "");
    const letters = (f.quote.match(/\p{L}/gu) ?? []).length;
    if (letters < 2) {
      addDrop(dropped, "malformed");
      continue;
    }
    const start = text.indexOf(f.quote);
    if (start < 0) {
      addDrop(dropped, "quoteNotVerbatim");
      continue;
    }
    const pack = f.pack as VerifiedFinding["pack"];
    if (!(pack in PACK_ACTS) || !opts.allowedPacks.includes(pack) || !PACK_ACTS[pack].includes(f.act)) {
      addDrop(dropped, "packNotAllowed");
      continue;
    }
    if (!opts.articleExists(f.act, article)) {
      addDrop(dropped, "articleMissing");
      continue;
    }
    if (!opts.given.some((g) => g.act === f.act && g.article === article)) {
      addDrop(dropped, "articleNotGiven");
      continue;
    }
    if (findings.some((x) => x.start === start && x.act === f.act && x.article === article)) continue;
    findings.push({
      start,
      end: start + f.quote.length,
      pack,
      act: f.act,
      article,
      severity: f.severity,
      message: f.message.trim(),
      confidence: Math.min(Math.max(f.confidence, 0), 1),
    });
  }
  return { findings, dropped };
}
