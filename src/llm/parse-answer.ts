/**
 * The model's answer: the shape we ask for (a JSON schema sent with the request where the server supports it) and a
 * tolerant reader for servers that do not constrain output — code fences, a preamble, a <think> block, trailing
 * commas, a bare array. Items that do not have the shape are counted and dropped; an answer with no JSON at all is
 * a failure of that paragraph, not of the check.
 */
import { z } from "zod";

export const MODEL_PACKS = ["constitution", "legal-acts"] as const;

/** One finding as the model gives it. Everything is checked again afterwards (./verify). */
export const ModelFinding = z.object({
  quote: z.string().min(1).max(2000),
  pack: z.string(),
  act: z.string(),
  article: z.string().or(z.number().transform(String)),
  severity: z.enum(["warning", "info"]).catch("warning"),
  message: z.string().min(1).max(2000),
  confidence: z.number().min(0).max(1).catch(0.5),
});
export type ModelFinding = z.infer<typeof ModelFinding>;

/** The JSON schema sent as `response_format.json_schema.schema` (strict: every property required). */
export const ANSWER_JSON_SCHEMA: Record<string, unknown> = {
  type: "object",
  additionalProperties: false,
  required: ["findings"],
  properties: {
    findings: {
      type: "array",
      maxItems: 10,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["quote", "pack", "act", "article", "severity", "message", "confidence"],
        properties: {
          quote: { type: "string" },
          pack: { type: "string", enum: [...MODEL_PACKS] },
          act: { type: "string", enum: ["constitution-2026", "law-on-legal-acts", "entrepreneurial-code"] },
          article: { type: "string" },
          severity: { type: "string", enum: ["warning", "info"] },
          message: { type: "string" },
          confidence: { type: "number" },
        },
      },
    },
  },
};

export interface ParsedAnswer {
  findings: ModelFinding[];
  /** Items that were not findings of the required shape. */
  malformed: number;
}

export class AnswerParseError extends Error {}

/** The first balanced JSON object or array in a text, outside strings. */
function firstJsonValue(text: string): string | undefined {
  const start = text.search(/[{[]/);
  if (start < 0) return undefined;
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") stack.push(c === "{" ? "}" : "]");
    else if (c === "}" || c === "]") {
      if (stack.pop() !== c) return undefined;
      if (stack.length === 0) return text.slice(start, i + 1);
    }
  }
  return undefined;
}

function tryParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    try {
      // Trailing commas, the commonest slip of small models.
      return JSON.parse(s.replace(/,\s*([}\]])/g, "$1"));
    } catch {
      return undefined;
    }
  }
}

export function parseAnswer(content: string): ParsedAnswer {
  const cleaned = content
    .replace(/<think>[\s\S]*?<\/think>/g, "")
    .replace(/```(?:json)?/gi, "")
    .trim();
  let value = tryParse(cleaned);
  if (value === undefined) {
    const candidate = firstJsonValue(cleaned);
    value = candidate === undefined ? undefined : tryParse(candidate);
  }
  if (value === undefined || value === null || typeof value !== "object") throw new AnswerParseError("the model's answer is not JSON");
  const items: unknown = Array.isArray(value) ? value : (value as { findings?: unknown }).findings;
  if (items === undefined) throw new AnswerParseError("the model's answer has no findings array");
  if (!Array.isArray(items)) throw new AnswerParseError("the model's findings are not an array");
  const findings: ModelFinding[] = [];
  let malformed = 0;
  for (const item of items) {
    const r = ModelFinding.safeParse(item);
    if (r.success) findings.push(r.data);
    else malformed++;
  }
  return { findings, malformed };
}
