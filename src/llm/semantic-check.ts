/**
 * The semantic checker (issue 4, DESIGN §7): for each operative norm of the draft (not headings, notes or blank
 * lines) it retrieves the official articles the paragraph must agree with, asks the model with those articles and
 * the data facts, verifies every answer (./verify) and turns what survives into Findings with `source: "llm"`.
 * Answers are cached per paragraph; a model finding on words a rule already flagged for the same pack or article is
 * merged into the rule finding. A failure of the model costs only the model part: it is counted and described.
 */
import type { Finding, LlmReport, Pack, UiLanguage } from "../contract";
import type { ArticleIndex } from "../corpus/article-index";
import { retrieveArticles } from "../corpus/retrieve";
import { ACTS, formatCitation, officialUrl, type ActId } from "../engine/data/acts";
import type { ParsedDocument, ParsedParagraph } from "../engine/document/model";
import { CONTEXT_CHARS, fingerprintOf } from "../engine/findings";
import { gradedMessage, llmFindingExplanation, llmFindingTitle, llmProblemMessage, VERDICT, type LlmProblem } from "../i18n/llm";
import { cacheKey, type CachedAnswer, type LlmCache } from "./cache";
import { factsFor } from "./facts";
import { looksLikeInjection } from "./injection";
import { ANSWER_JSON_SCHEMA, AnswerParseError, MODEL_PACKS, parseAnswer } from "./parse-answer";
import { buildMessages, PROMPT_VERSION, type PromptArticle } from "./prompt";
import { LlmError, type ChatProvider } from "./provider";
import { addDrop, verifyFindings, type DropCounts, type VerifiedFinding } from "./verify";

/** Articles given to the model with each paragraph. */
export const ARTICLES_PER_PARAGRAPH = 5;
/** Shorter paragraphs carry no norm worth a model call («1.», «Глава 2», a signature line). */
const MIN_LETTERS = 25;

export interface SemanticDeps {
  provider: ChatProvider;
  index: ArticleIndex;
  cache?: LlmCache;
  maxParagraphs: number;
}

export interface SemanticOptions {
  ui: UiLanguage;
  packs?: readonly Pack[];
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Model findings of one paragraph as soon as they are verified and merged (never called with none). */
  onFindings?: (paragraphIndex: number, findings: Finding[]) => void;
}

export interface SemanticResult {
  findings: Finding[];
  report: LlmReport;
}

/** Operative norms: the paragraphs that state a rule (points, subpoints, body text), not structure or notes. */
export function isOperative(p: ParsedParagraph): boolean {
  if (p.isHeading || p.isNote) return false;
  if (p.kind !== "point" && p.kind !== "subpoint" && p.kind !== "text") return false;
  return (p.text.match(/\p{L}/gu) ?? []).length >= MIN_LETTERS;
}

function ruleIdOf(pack: VerifiedFinding["pack"]): string {
  return pack === "constitution" ? "LLM-CONSTITUTION" : "LLM-LEGAL-ACTS";
}

function toFinding(v: VerifiedFinding, p: ParsedParagraph, edition: string, model: string, ui: UiLanguage): Finding {
  const quote = p.text.slice(v.start, v.end);
  const before = p.text.slice(Math.max(0, v.start - CONTEXT_CHARS), v.start);
  const after = p.text.slice(v.end, v.end + CONTEXT_CHARS);
  const ruleId = ruleIdOf(v.pack);
  const known = (ACTS as Record<string, (typeof ACTS)[ActId] | undefined>)[v.act];
  const citation = {
    act: v.act,
    actTitle: known?.short[ui] ?? v.act,
    edition,
    article: v.article,
    ...(known ? { url: officialUrl(v.act as ActId, ui) } : {}),
  };
  const cite = formatCitation(citation, ui);
  const fingerprint = fingerprintOf(ruleId, quote, before, after);
  return {
    id: `${fingerprint}@${p.index}:${v.start}`,
    ruleId,
    pack: v.pack,
    severity: v.severity,
    paragraphIndex: p.index,
    start: v.start,
    end: v.end,
    quote,
    before,
    after,
    title: llmFindingTitle(v.pack, cite, ui),
    message: VERDICT.test(v.message) ? gradedMessage(cite, ui) : v.message,
    explanation: llmFindingExplanation(model, cite, ui),
    citation,
    source: "llm",
    confidence: v.confidence,
    fingerprint,
  };
}

/** A model finding on words a rule already flagged, for the same pack or the same article, adds nothing. */
export function duplicatesRule(f: Finding, rules: readonly Finding[]): boolean {
  return rules.some(
    (r) =>
      r.paragraphIndex === f.paragraphIndex &&
      r.start < f.end &&
      f.start < r.end &&
      (r.pack === f.pack || (r.citation.act === f.citation.act && r.citation.article === f.citation.article)),
  );
}

export async function semanticCheck(
  doc: ParsedDocument,
  ruleFindings: readonly Finding[],
  opts: SemanticOptions,
  deps: SemanticDeps,
): Promise<SemanticResult> {
  const allowedPacks = MODEL_PACKS.filter((p) => !opts.packs || opts.packs.includes(p));
  const eligible = allowedPacks.length ? doc.paragraphs.filter(isOperative) : [];
  const todo = eligible.slice(0, deps.maxParagraphs);
  const editions = deps.index.editions();
  const dropped: DropCounts = {};
  const problems = new Map<LlmProblem, number>();
  const findings: Finding[] = [];
  let asked = 0;
  let cached = 0;
  let failed = 0;
  let done = 0;
  let calls = 0;
  let suspicious = 0;
  const base = { enabled: true, model: deps.provider.model, promptVersion: PROMPT_VERSION };

  if (todo.length > 0 && deps.index.size === 0) {
    return {
      findings: [],
      report: {
        ...base,
        status: "no-corpus",
        paragraphs: { eligible: eligible.length, asked: 0, cached: 0, failed: 0, skipped: eligible.length },
        error: llmProblemMessage("no-corpus", opts.ui),
      },
    };
  }

  const editionOf = (act: string): string =>
    editions.find((e) => e.startsWith(act + "@"))?.split("@")[1]?.split(":")[0] ??
    (ACTS as Record<string, { edition: string } | undefined>)[act]?.edition ??
    "";

  async function one(p: ParsedParagraph): Promise<void> {
    if (opts.signal?.aborted) return;
    if (looksLikeInjection(p.text)) {
      suspicious++;
      opts.onProgress?.(++done, todo.length);
      return;
    }
    const key = cacheKey({
      text: p.text,
      actType: doc.actType,
      editions,
      model: deps.provider.model,
      promptVersion: PROMPT_VERSION,
      ui: opts.ui,
      packs: allowedPacks,
    });
    let answer: CachedAnswer | undefined = deps.cache?.get(key);
    if (answer) {
      cached++;
      opts.onProgress?.(++done, todo.length);
    } else {
      const retrieved = retrieveArticles(deps.index, p.text, p.language, ARTICLES_PER_PARAGRAPH, doc.actType).filter(
        (a) => a.act !== "constitution-1995",
      );
      const articles: PromptArticle[] = retrieved.flatMap((a) => {
        const row = deps.index.get(a.act, a.article, p.language);
        return row ? [{ act: a.act, edition: row.edition, article: a.article, title: row.title, text: row.text }] : [];
      });
      const messages = buildMessages({ text: p.text, lang: p.language, actType: doc.actType, articles, facts: factsFor(p.text, p.language, doc.actType), ui: opts.ui });
      try {
        const completion = await deps.provider.complete(messages, { schema: ANSWER_JSON_SCHEMA, signal: opts.signal });
        calls += completion.calls;
        asked++;
        const parsed = parseAnswer(completion.content);
        const verified = verifyFindings(p.text, parsed.findings, {
          allowedPacks,
          articleExists: (act, article) => deps.index.has(act, article),
          given: articles,
        });
        addDrop(verified.dropped, "malformed", parsed.malformed);
        answer = verified;
        deps.cache?.set(key, answer, { model: deps.provider.model, promptVersion: PROMPT_VERSION });
      } catch (e) {
        if (e instanceof LlmError) calls += e.calls;
        if (opts.signal?.aborted) return;
        const problem: LlmProblem = e instanceof AnswerParseError ? "malformed" : e instanceof LlmError ? e.kind : "bad-response";
        problems.set(problem, (problems.get(problem) ?? 0) + 1);
        failed++;
        return;
      } finally {
        if (!opts.signal?.aborted) opts.onProgress?.(++done, todo.length);
      }
    }
    for (const [reason, n] of Object.entries(answer.dropped)) addDrop(dropped, reason as keyof DropCounts, n);
    const mine: Finding[] = [];
    for (const v of answer.findings) {
      if (v.end > p.text.length) continue;
      const f = toFinding(v, p, editionOf(v.act), deps.provider.model, opts.ui);
      if (duplicatesRule(f, ruleFindings)) addDrop(dropped, "duplicateOfRule");
      else mine.push(f);
    }
    findings.push(...mine);
    if (mine.length) opts.onFindings?.(p.index, mine);
  }

  await Promise.all(todo.map((p) => one(p)));

  const cancelled = opts.signal?.aborted === true;
  const skipped = eligible.length - todo.length + (cancelled ? todo.length - done : 0);
  const status: LlmReport["status"] = cancelled
    ? "cancelled"
    : failed > 0 && failed >= todo.length
      ? "unavailable"
      : failed > 0 || todo.length < eligible.length
        ? "partial"
        : "ok";
  let error: string | undefined;
  if (cancelled) error = llmProblemMessage("cancelled", opts.ui, { done, total: todo.length });
  else if (todo.length < eligible.length && failed === 0) {
    error = llmProblemMessage("limit", opts.ui, { total: eligible.length, limit: todo.length });
  } else if (failed > 0) {
    const worst = [...problems.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    error = llmProblemMessage(worst, opts.ui, { failed, total: todo.length });
  }
  return {
    findings,
    report: {
      ...base,
      status,
      paragraphs: { eligible: eligible.length, asked, cached, failed, skipped, suspicious },
      calls,
      dropped,
      ...(error ? { error } : {}),
    },
  };
}
