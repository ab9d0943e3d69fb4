/**
 * A scripted OpenAI-compatible chat server over real HTTP, for tests of the semantic checker (issue 4). It answers
 * `POST /v1/chat/completions` the way vLLM, Ollama and llama.cpp server do — a `chat.completion` object with
 * `choices[0].message.content` — and a script decides each answer: content, an HTTP error, a delay, no answer at all,
 * a reset connection. It records every request (what the service sent to the model), how many were in flight at
 * once, and which were abandoned by the client.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeCall {
  n: number;
  body: {
    model?: string;
    messages?: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: unknown };
    temperature?: number;
  };
  headers: http.IncomingHttpHeaders;
  /** The draft paragraph between the prompt's delimiters (undefined if the prompt has none). */
  draft?: string;
  nonce?: string;
  /** The articles given with the paragraph, as act + article. */
  articles: { act: string; article: string }[];
}

export type FakeReply =
  | { content: string; delayMs?: number }
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  | { raw: unknown; delayMs?: number }
  | { hang: true }
  | { destroy: true };

export type Script = (call: FakeCall) => FakeReply | Promise<FakeReply>;

export interface FakeOptions {
  /** Like older llama.cpp builds and some gateways: 400 on `response_format.type === "json_schema"`. */
  rejectJsonSchema?: boolean;
  /** Also reject `json_object` (a server that takes no response_format at all). */
  rejectJsonObject?: boolean;
  /** Require `Authorization: Bearer <key>`; 401 otherwise. */
  apiKey?: string;
}

export const NO_FINDINGS: Script = () => ({ content: JSON.stringify({ findings: [] }) });

export function completion(content: string, model = "fake-model"): unknown {
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  };
}

export function parseCall(n: number, body: FakeCall["body"], headers: http.IncomingHttpHeaders): FakeCall {
  const user = body.messages?.find((m) => m.role === "user")?.content ?? "";
  const m = /DRAFT-BEGIN ([0-9a-f]+)\n([\s\S]*)\nDRAFT-END \1/.exec(user);
  const articles = [...user.matchAll(/\[act: ([^;\]]+); article: ([^;\]]+);/g)].map((a) => ({ act: a[1]!, article: a[2]! }));
  return { n, body, headers, draft: m?.[2], nonce: m?.[1], articles };
}

export class FakeOpenAiServer {
  readonly calls: FakeCall[] = [];
  /** Requests whose client went away before the answer (cancelled or timed out by the service). */
  abandoned = 0;
  maxInFlight = 0;
  private inFlight = 0;
  private server?: http.Server;
  private readonly sockets = new Set<import("node:net").Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    public script: Script = NO_FINDINGS,
    private readonly options: FakeOptions = {},
  ) {}

  /** Base URL in the OpenAI convention (ends before /chat/completions). */
  get baseUrl(): string {
    const a = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${a.port}/v1`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    return this;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  /** Paragraphs the model was asked about, in order. */
  get drafts(): string[] {
    return this.calls.map((c) => c.draft ?? "");
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((r) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        r();
      }, ms);
      this.timers.add(t);
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      if (res.destroyed) return;
      res.writeHead(status, { "Content-Type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") return json(404, { error: { message: "not found" } });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: FakeCall["body"];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return json(400, { error: { message: "invalid JSON" } });
    }
    if (this.options.apiKey && req.headers.authorization !== `Bearer ${this.options.apiKey}`) {
      return json(401, { error: { message: "invalid api key" } });
    }
    const rf = body.response_format?.type;
    if ((rf === "json_schema" && this.options.rejectJsonSchema) || (rf === "json_object" && this.options.rejectJsonObject)) {
      return json(400, { error: { message: `response_format ${rf} is not supported` } });
    }
    const call = parseCall(this.calls.length + 1, body, req.headers);
    this.calls.push(call);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    let closed = false;
    res.on("close", () => {
      if (!res.writableFinished) {
        closed = true;
        this.abandoned++;
      }
    });
    try {
      const reply = await this.script(call);
      if ("hang" in reply) {
        await new Promise<void>((r) => res.on("close", () => r()));
        return;
      }
      if ("destroy" in reply) {
        req.socket.destroy();
        return;
      }
      if (reply.delayMs) await this.sleep(reply.delayMs);
      if (closed) return;
      if ("content" in reply) json(200, completion(reply.content, body.model));
      else if ("raw" in reply) json(200, reply.raw);
      else json(reply.status, reply.body ?? { error: { message: `HTTP ${reply.status}` } }, reply.headers);
    } finally {
      this.inFlight--;
    }
  }
}

/** A base URL where nothing listens: a dead endpoint. */
export async function deadEndpoint(): Promise<string> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}/v1`;
}
