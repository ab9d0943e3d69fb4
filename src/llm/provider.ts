/**
 * The model endpoint: OpenAI-compatible `POST {base}/chat/completions` (vLLM, Ollama, llama.cpp server, any gateway)
 * via axios. One call = one answer for one paragraph; around it: a timeout per request, a bound on requests in
 * flight, retries with exponential backoff for what may pass (timeouts, network errors, 408, 429, 5xx), and a
 * circuit breaker so that a dead endpoint fails fast instead of costing every paragraph its timeout.
 *
 * The answer is constrained by a JSON schema where the server supports it (`response_format.json_schema`); a
 * server that refuses it (400/422) is asked again with `json_object`, then with nothing — and the answer is parsed
 * tolerantly in any case (./parse-answer). The mode that worked is remembered.
 */
import axios, { type AxiosInstance } from "axios";
import { CircuitBreaker } from "./circuit-breaker";
import type { LlmConfig } from "./config";
import { Semaphore } from "./semaphore";

export type LlmErrorKind = "timeout" | "network" | "http" | "auth" | "circuit-open" | "bad-response" | "cancelled";

export class LlmError extends Error {
  /** HTTP requests made before the error (retries included). */
  calls = 0;
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "LlmError";
  }
}

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface Completion {
  content: string;
  /** HTTP requests this answer took (retries and JSON-mode fallbacks included). */
  calls: number;
}

/** What the semantic checker needs from a model; the HTTP provider below is the real one. */
export interface ChatProvider {
  readonly model: string;
  complete(messages: ChatMessage[], opts: { schema: Record<string, unknown>; signal?: AbortSignal }): Promise<Completion>;
}

type JsonMode = "schema" | "object" | "none";
const NEXT_MODE: Record<JsonMode, JsonMode | undefined> = { schema: "object", object: "none", none: undefined };

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new LlmError("cancelled", "cancelled"));
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new LlmError("cancelled", "cancelled"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export class OpenAiCompatibleProvider implements ChatProvider {
  readonly model: string;
  private readonly http: AxiosInstance;
  private readonly limiter: Semaphore;
  readonly breaker: CircuitBreaker;
  private mode: JsonMode;
  private readonly probing: boolean;

  constructor(private readonly cfg: LlmConfig) {
    this.model = cfg.model;
    this.http = axios.create({
      baseURL: cfg.baseUrl,
      headers: { "Content-Type": "application/json", ...(cfg.apiKey ? { Authorization: `Bearer ${cfg.apiKey}` } : {}) },
      // Drafts go to the configured endpoint and nowhere else: no proxy taken from the environment.
      proxy: false,
      maxRedirects: 0,
      validateStatus: () => true,
      maxContentLength: 8 * 1024 * 1024,
    });
    this.limiter = new Semaphore(cfg.concurrency);
    this.breaker = new CircuitBreaker(cfg.breakerThreshold, cfg.breakerCooldownMs);
    this.mode = cfg.jsonMode === "auto" ? "schema" : cfg.jsonMode;
    this.probing = cfg.jsonMode === "auto";
  }

  /** The JSON mode in use (after any fallback). */
  get jsonMode(): JsonMode {
    return this.mode;
  }

  async complete(messages: ChatMessage[], opts: { schema: Record<string, unknown>; signal?: AbortSignal }): Promise<Completion> {
    let calls = 0;
    let lastError: LlmError | undefined;
    for (let attempt = 0; attempt <= this.cfg.retries; attempt++) {
      if (attempt > 0) {
        const retryAfter = lastError?.status === 429 ? this.retryAfterMs : undefined;
        const backoff = this.cfg.backoffMs * 2 ** (attempt - 1);
        await sleep(retryAfter ?? backoff + Math.random() * backoff * 0.25, opts.signal);
      }
      try {
        const content = await this.limiter.run(async () => {
          for (;;) {
            if (!this.breaker.allow()) throw new LlmError("circuit-open", "the model endpoint failed repeatedly; not asking it for a while");
            calls++;
            try {
              const r = await this.post(messages, opts.schema, opts.signal);
              this.breaker.success();
              return r;
            } catch (e) {
              const err = e as LlmError;
              // A server that refuses the JSON constraint is asked again with a weaker one, at once.
              if (err.kind === "http" && (err.status === 400 || err.status === 422) && this.probing && NEXT_MODE[this.mode]) {
                this.breaker.success();
                this.mode = NEXT_MODE[this.mode]!;
                continue;
              }
              if (err.kind !== "cancelled") this.breaker.failure();
              throw err;
            }
          }
        }, opts.signal);
        return { content, calls };
      } catch (e) {
        const err = e instanceof LlmError ? e : new LlmError("cancelled", "cancelled");
        lastError = err;
        const retryable =
          err.kind === "timeout" || err.kind === "network" || (err.kind === "http" && RETRYABLE_STATUS.has(err.status ?? 0));
        if (!retryable || attempt === this.cfg.retries) {
          err.calls = calls;
          throw err;
        }
      }
    }
    throw lastError!;
  }

  private retryAfterMs: number | undefined;

  private async post(messages: ChatMessage[], schema: Record<string, unknown>, signal?: AbortSignal): Promise<string> {
    const body: Record<string, unknown> = { model: this.model, messages, temperature: 0, stream: false };
    if (this.mode === "schema") body.response_format = { type: "json_schema", json_schema: { name: "zanger_findings", strict: true, schema } };
    else if (this.mode === "object") body.response_format = { type: "json_object" };
    const timeout = AbortSignal.timeout(this.cfg.timeoutMs);
    const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let res;
    try {
      res = await this.http.post("/chat/completions", body, { signal: both });
    } catch (e) {
      if (signal?.aborted) throw new LlmError("cancelled", "cancelled");
      if (timeout.aborted) throw new LlmError("timeout", `no answer within ${this.cfg.timeoutMs} ms`);
      const code = (e as { code?: string }).code ?? "";
      throw new LlmError("network", `cannot reach the model endpoint (${code || (e as Error).message})`);
    }
    if (res.status === 401 || res.status === 403) throw new LlmError("auth", `the model endpoint refused the key (HTTP ${res.status})`, res.status);
    if (res.status < 200 || res.status >= 300) {
      const ra = Number(res.headers["retry-after"]);
      this.retryAfterMs = Number.isFinite(ra) && ra >= 0 ? Math.min(ra * 1000, 10_000) : undefined;
      throw new LlmError("http", `the model endpoint answered HTTP ${res.status}`, res.status);
    }
    const content = (res.data as { choices?: { message?: { content?: unknown } }[] } | undefined)?.choices?.[0]?.message?.content;
    if (typeof content !== "string") throw new LlmError("bad-response", "the model endpoint's answer has no choices[0].message.content");
    return content;
  }
}
