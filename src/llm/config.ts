/**
 * Configuration of the model endpoint (DESIGN §7). It comes only from the service's configuration (environment or
 * flags), never from a request: a draft cannot send itself anywhere else. Off when no base URL and model are set.
 */
export interface LlmConfig {
  /** OpenAI convention: the base ends before `/chat/completions`, e.g. http://localhost:11434/v1. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** One HTTP request to the model, ms. */
  timeoutMs: number;
  /** Requests to the model in flight at once (a local GPU serves a few well, many badly). */
  concurrency: number;
  /** Further attempts after a failed request (timeouts, network errors, 408/429/5xx), with exponential backoff. */
  retries: number;
  /** First backoff delay, ms; doubled each attempt, with jitter. */
  backoffMs: number;
  /** Consecutive failed requests that open the circuit breaker, and how long it stays open (ms). */
  breakerThreshold: number;
  breakerCooldownMs: number;
  /** How the answer is constrained: JSON schema, JSON object, or nothing (parsed tolerantly); "auto" probes. */
  jsonMode: "auto" | "schema" | "object" | "none";
  /** At most this many paragraphs are put to the model per check; the rest are reported as skipped. */
  maxParagraphs: number;
  /** Keep answers in the local store so that an unchanged paragraph is never asked twice. */
  cache: boolean;
}

export class LlmConfigError extends Error {}

function num(env: NodeJS.ProcessEnv, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return def;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new LlmConfigError(`${name} must be a number from ${min} to ${max}, not «${raw}»`);
  return n;
}

/** The model configuration from the environment, or undefined when no model is configured. */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig | undefined {
  const baseUrl = env.ZANGER_LLM_BASE_URL?.trim();
  const model = env.ZANGER_LLM_MODEL?.trim();
  if (!baseUrl && !model) return undefined;
  if (!baseUrl || !model) throw new LlmConfigError("set both ZANGER_LLM_BASE_URL and ZANGER_LLM_MODEL, or neither");
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new LlmConfigError(`ZANGER_LLM_BASE_URL is not a URL: «${baseUrl}»`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new LlmConfigError("ZANGER_LLM_BASE_URL must be http:// or https://");
  const jsonMode = (env.ZANGER_LLM_JSON_MODE || "auto") as LlmConfig["jsonMode"];
  if (!["auto", "schema", "object", "none"].includes(jsonMode)) throw new LlmConfigError("ZANGER_LLM_JSON_MODE is auto, schema, object or none");
  const cache = (env.ZANGER_LLM_CACHE || "on").toLowerCase();
  if (cache !== "on" && cache !== "off") throw new LlmConfigError("ZANGER_LLM_CACHE is on or off");
  return {
    baseUrl: baseUrl.replace(/\/+$/, ""),
    model,
    apiKey: env.ZANGER_LLM_API_KEY || undefined,
    timeoutMs: num(env, "ZANGER_LLM_TIMEOUT_MS", 120_000, 100, 3_600_000),
    concurrency: num(env, "ZANGER_LLM_CONCURRENCY", 2, 1, 64),
    retries: num(env, "ZANGER_LLM_RETRIES", 2, 0, 10),
    backoffMs: num(env, "ZANGER_LLM_BACKOFF_MS", 500, 0, 60_000),
    breakerThreshold: num(env, "ZANGER_LLM_BREAKER_THRESHOLD", 5, 1, 1000),
    breakerCooldownMs: num(env, "ZANGER_LLM_BREAKER_COOLDOWN_MS", 30_000, 0, 3_600_000),
    jsonMode,
    maxParagraphs: num(env, "ZANGER_LLM_MAX_PARAGRAPHS", 2000, 1, 100_000),
    cache: cache === "on",
  };
}
