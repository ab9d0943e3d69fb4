/**
 * The Fastify application: the API (DESIGN §6), the built task pane and the manifest.
 * Stateless per request; the only state is the embedded SQLite check log (counts, never text).
 */
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { setMaxListeners } from "node:events";
import fs from "node:fs";
import path from "node:path";
import {
  CheckRequest,
  CompareRequest,
  FeedbackRequest,
  LIMITS,
  ParityRequest,
  type CompareResponse,
  type Language,
  type Paragraph,
  type CheckRequest as CheckRequestT,
  type CheckResponse,
  type StreamEvent,
  type ErrorCode,
  type ErrorResponse,
  type HealthResponse,
  type RulesResponse,
  type UiLanguage,
} from "../contract";
import { amendmentNotes } from "../engine/compare/amendment-checks";
import { buildComparativeTable } from "../engine/compare/comparative-table";
import { detectDocumentLanguage } from "../engine/document/language";
import { comparativeTableFlatOpc, writeComparativeTableDocx } from "../docx/write-comparative-table";
import { ACTS, completeCitation, corpusEditions } from "../engine/data/acts";
import { ALL_RULES } from "../engine/rules";
import { ENGINE_VERSION, RULES_VERSION, summarise } from "../engine/run";
import { checkParity } from "../engine/bilingual/parity";
import { versionsFromTable } from "../engine/bilingual/columns";
import { PARITY_CHECKS } from "../engine/bilingual/checks";
import { IN_FORCE_CHECKS } from "../corpus/duplication";
import { DocxError, readDocxParagraphs } from "../docx/read-paragraphs";
import { errorMessage, pickUiLanguage } from "../i18n/errors";
import { CheckLog } from "../store/checks";
import { TokenStore } from "../store/tokens";
import { FeedbackStore } from "../store/feedback";
import { RateLimiter } from "./rate-limit";
import { openDb } from "../store/db";
import { ArticleIndex } from "../corpus/article-index";
import { indexFromDb } from "../corpus/in-force";
import { OpenAiCompatibleProvider } from "../llm/provider";
import { builtFromCorpus, loadArticles } from "../store/corpus";
import { SqliteLlmCache } from "../store/llm-cache";
import { documentHash, LLM_OFF, runFullCheck, type LlmRuntime } from "./check-service";
import { EnginePool } from "./engine-pool";
import type { ServiceConfig } from "./config";

export type BuildOptions = Partial<ServiceConfig> &
  Pick<ServiceConfig, "distDir"> & {
    /** Where request logs go when logRequests is on (standard output by default). */
    logStream?: NodeJS.WritableStream;
  };

function uiOf(req: FastifyRequest): UiLanguage {
  const body = req.body as { options?: { uiLanguage?: string } } | undefined;
  const q = req.query as { lang?: string } | undefined;
  return pickUiLanguage(
    typeof body === "object" && body ? body.options?.uiLanguage : undefined,
    req.headers["x-zanger-ui-language"] as string | undefined,
    q?.lang,
    req.headers["accept-language"],
  );
}

function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string, details?: string[]) {
  const body: ErrorResponse = { error: { code, message, ...(details ? { details } : {}) } };
  return reply.status(status).type("application/json; charset=utf-8").send(body);
}

/** The body parsed by a contract schema, or a 400 in the user's language naming the first wrong field (undefined). */
function parseBody<T>(schema: { safeParse: (d: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, req: FastifyRequest, reply: FastifyReply): T | undefined {
  const parsed = schema.safeParse(req.body);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.slice(0, 10).map((i) => `${i.path.map(String).join(".") || "body"}: ${i.message}`);
  void sendError(reply, 400, "bad_request", errorMessage("bad_request", uiOf(req), { details: details[0] ?? "" }), details);
  return undefined;
}

function humanBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.round(n / 1024)} KB`;
}

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const tls = opts.tls
    ? { https: { cert: fs.readFileSync(opts.tls.certFile), key: fs.readFileSync(opts.tls.keyFile) } }
    : {};
  const app = Fastify({
    bodyLimit: LIMITS.maxBodyBytes,
    // On shutdown every connection is closed, not only idle ones: a browser's pre-opened socket that never sends a
    // request would otherwise hold the close for the 60 s headers timeout. A check cut short shows an error in the pane.
    forceCloseConnections: true,
    // Request logs carry method, URL, status and time only; bodies (draft text) are never logged.
    logger: opts.logRequests
      ? { level: "info", redact: ["req.headers.authorization"], ...(opts.logStream ? { stream: opts.logStream } : {}) }
      : false,
    ...tls,
  }) as unknown as FastifyInstance;

  const db = openDb(opts.dbPath ?? ":memory:");
  const checks = new CheckLog(db);
  const tokens = new TokenStore(db);
  const feedback = new FeedbackStore(db);
  const auth = opts.auth ?? "off";
  // The service sets a limit from its configuration (120 a minute by default); an app built without one has none.
  const limiter = new RateLimiter(opts.rateLimitPerMinute ?? 0);
  /** The token a request came with (its name, for the audit log). */
  const tokenOf = new WeakMap<FastifyRequest, string>();

  // Authentication (ZANGER_AUTH=tokens, forced beyond localhost): a bearer token on every /api request but health.
  app.addHook("onRequest", async (req, reply) => {
    const url = req.url.split("?")[0]!;
    if (!url.startsWith("/api/") || url === "/api/v1/health") return;
    if (auth === "tokens") {
      const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
      const name = m ? tokens.verify(m[1]!) : undefined;
      if (!name) {
        void reply.header("WWW-Authenticate", 'Bearer realm="zanger"');
        return sendError(reply, 401, "unauthorized", errorMessage("unauthorized", uiOf(req)));
      }
      tokenOf.set(req, name);
    }
    if (req.method === "POST" && /^\/api\/v1\/(?:check|compare|parity)/.test(url)) {
      const wait = limiter.take(tokenOf.get(req) ?? req.ip);
      if (wait > 0) {
        void reply.header("Retry-After", String(wait));
        return sendError(reply, 429, "rate_limited", errorMessage("rate_limited", uiOf(req)));
      }
    }
  });
  app.addHook("onClose", async () => db.close());
  // The rules on worker threads in the built service (ZANGER_WORKERS); from source (tests) on this thread in slices.
  const pool = opts.engineWorkers ? new EnginePool(opts.engineWorkers) : undefined;
  // The near-duplicate index of the imported acts in force (checks LA-REPRODUCES-NORM, LA-NUMBER-CONFLICT).
  const inForce = builtFromCorpus(db, () => indexFromDb(db));
  if (pool) app.addHook("onClose", async () => pool.close());
  const llm = opts.llm ? llmRuntime(opts.llm, db) : undefined;

  app.addHook("onSend", async (_req, reply, payload) => {
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
    return payload;
  });

  app.setErrorHandler((err: Error & { code?: string; statusCode?: number }, req, reply) => {
    const ui = uiOf(req);
    if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return sendError(reply, 413, "payload_too_large", errorMessage("payload_too_large", ui, { limit: humanBytes(LIMITS.maxBodyBytes) }));
    }
    if (err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      return sendError(reply, 415, "unsupported_media_type", errorMessage("unsupported_media_type", ui));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON and the like: the parser's message is technical and in English; keep it as a detail.
      return sendError(reply, 400, "bad_request", errorMessage("bad_request", ui, { details: "JSON" }), [err.message]);
    }
    req.log.error({ err: { message: err.message, code: err.code } }, "internal error");
    return sendError(reply, 500, "internal", errorMessage("internal", ui));
  });

  app.setNotFoundHandler((req, reply) =>
    sendError(reply, 404, "not_found", errorMessage("not_found", uiOf(req), { url: req.url.split("?")[0]! })),
  );

  app.get("/api/v1/health", async () => {
    const res: HealthResponse = {
      status: "ok",
      version: ENGINE_VERSION,
      rulesVersion: RULES_VERSION,
      rules: ALL_RULES.length,
      llm: llm ? { enabled: true, model: llm.provider.model } : { enabled: false },
      storage: opts.dbPath === ":memory:" || !opts.dbPath ? "sqlite (memory)" : "sqlite",
    };
    return res;
  });

  app.get("/api/v1/rules", async (req) => {
    const ui = uiOf(req);
    const res: RulesResponse = {
      rulesVersion: RULES_VERSION,
      rules: ALL_RULES.map((r) => ({
        id: r.id,
        pack: r.pack,
        brief: [...r.brief],
        severity: r.severity,
        actTypes: r.actTypes === "all" ? [] : [...r.actTypes],
        languages: [...r.languages],
        citation: completeCitation(r.citation, ui),
        title: { kk: r.messages.kk.title, ru: r.messages.ru.title, en: r.messages.en.title },
        description: { kk: r.messages.kk.explanation, ru: r.messages.ru.explanation, en: r.messages.en.explanation },
      })).concat(
        // The Kazakh–Russian parity checks (they compare two versions) and the checks against the acts in force.
        [...PARITY_CHECKS, ...IN_FORCE_CHECKS].map((c) => ({
          id: c.id,
          pack: c.pack,
          brief: [],
          severity: c.severity,
          actTypes: [],
          languages: ["kk", "ru"] as ("kk" | "ru")[],
          citation: completeCitation(c.citation, ui),
          title: { kk: c.messages.kk.title, ru: c.messages.ru.title, en: c.messages.en.title },
          description: { kk: c.messages.kk.explanation, ru: c.messages.ru.explanation, en: c.messages.en.explanation },
        })),
      ),
    };
    return res;
  });

  /** Validates a check request; on failure sends the error and returns undefined. */
  function validCheckRequest(req: FastifyRequest, reply: FastifyReply): CheckRequestT | undefined {
    const ui = uiOf(req);
    const raw = req.body as { paragraphs?: unknown } | null;
    // Limits first, with their own codes, so the user learns what to do.
    if (raw && Array.isArray(raw.paragraphs)) {
      if (raw.paragraphs.length > LIMITS.maxParagraphs) {
        void sendError(reply, 413, "too_many_paragraphs",
          errorMessage("too_many_paragraphs", ui, { count: raw.paragraphs.length, limit: LIMITS.maxParagraphs }));
        return undefined;
      }
      const long = raw.paragraphs.findIndex(
        (p) => typeof p === "object" && p !== null && typeof (p as { text?: unknown }).text === "string" &&
          (p as { text: string }).text.length > LIMITS.maxParagraphLength,
      );
      if (long >= 0) {
        void sendError(reply, 413, "paragraph_too_long",
          errorMessage("paragraph_too_long", ui, { index: long + 1, limit: LIMITS.maxParagraphLength }));
        return undefined;
      }
    }
    const parsed = CheckRequest.safeParse(raw);
    if (!parsed.success) {
      const details = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join(".") || "body"}: ${i.message}`);
      void sendError(reply, 400, "bad_request", errorMessage("bad_request", ui, { details: details[0] ?? "" }), details);
      return undefined;
    }
    const indexes = new Set(parsed.data.paragraphs.map((p) => p.index));
    if (indexes.size !== parsed.data.paragraphs.length) {
      const d = "paragraphs: duplicate index";
      void sendError(reply, 400, "bad_request", errorMessage("bad_request", ui, { details: d }), [d]);
      return undefined;
    }
    return parsed.data;
  }

  /** Aborts when the client goes away before the answer is complete (the pane's Cancel closes the connection). */
  /** What went wrong in a check, for the administrator: rule ids, counts and statuses, never draft text. */
  function logOutcome(req: FastifyRequest, res: CheckResponse): void {
    if (res.engine.failedRules) req.log.error({ failedRules: res.engine.failedRules }, "rules failed and were skipped");
    const m = res.engine.llm;
    if (m.status === "unavailable" || m.status === "partial") {
      req.log.warn({ llm: { status: m.status, model: m.model, paragraphs: m.paragraphs, calls: m.calls, dropped: m.dropped } }, "semantic check incomplete");
    }
  }

  function abortOnDisconnect(reply: FastifyReply): AbortController {
    const ac = new AbortController();
    // One listener per paragraph asked in parallel; the default limit of 10 would only warn.
    setMaxListeners(0, ac.signal);
    reply.raw.on("close", () => {
      if (!reply.raw.writableFinished) ac.abort(new Error("client closed the connection"));
    });
    return ac;
  }

  app.post("/api/v1/check", async (req, reply) => {
    const request = validCheckRequest(req, reply);
    if (!request) return reply;
    const ac = abortOnDisconnect(reply);
    const res = await runFullCheck(request, llm, { signal: ac.signal, suppress: feedback.suppressor(), pool, inForce });
    logOutcome(req, res);
    checks.record(documentHash(request), res, tokenOf.get(req) ?? null, opts.auditDrafts ? request.paragraphs.map((p) => p.text) : undefined);
    return res;
  });

  // NDJSON: the rule findings at once, model findings as paragraphs are answered, then the merged response.
  app.post("/api/v1/check/stream", async (req, reply) => {
    const request = validCheckRequest(req, reply);
    if (!request) return reply;
    const ac = abortOnDisconnect(reply);
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      // Proxies such as nginx would otherwise hold the lines back until the end.
      "X-Accel-Buffering": "no",
    });
    const send = (ev: StreamEvent) => {
      if (!out.destroyed) out.write(JSON.stringify(ev) + "\n");
    };
    try {
      const res = await runFullCheck(request, llm, {
        signal: ac.signal,
        suppress: feedback.suppressor(),
        pool,
        inForce,
        onPartial: (findings, done, total) => send({ type: "partial", findings, done, total }),
        onRules: (response) => send({ type: "rules", response }),
        onProgress: (done, total) => send({ type: "progress", done, total }),
        onFindings: (paragraphIndex, findings) => send({ type: "findings", paragraphIndex, findings }),
      });
      logOutcome(req, res);
      checks.record(documentHash(request), res, tokenOf.get(req) ?? null, opts.auditDrafts ? request.paragraphs.map((p) => p.text) : undefined);
      send({ type: "done", response: res });
    } catch (err) {
      req.log.error({ err: { message: (err as Error).message } }, "streamed check failed");
      send({ type: "error", error: { code: "internal", message: errorMessage("internal", request.options.uiLanguage) } });
    }
    out.end();
  });

  // The comparative table of two versions (the pane sends a draft before and after its tracked changes).
  app.post("/api/v1/compare", async (req, reply) => {
    const ui = uiOf(req);
    const body = parseBody(CompareRequest, req, reply);
    if (!body) return reply;
    const { before, after, language, subtitle } = body;
    const table = buildComparativeTable(before, after, language ?? detectDocumentLanguage(after.length ? after : before));
    const docx = await writeComparativeTableDocx(table, subtitle);
    const answer: CompareResponse = { table, notes: amendmentNotes(table, before, after, body.options?.uiLanguage ?? ui), docx: docx.toString("base64"), ooxml: comparativeTableFlatOpc(table, subtitle) };
    return answer;
  });

  // The open document against its version in the other language: findings of pack «bilingual» in the open document.
  app.post("/api/v1/parity", async (req, reply) => {
    const ui = uiOf(req);
    const request = parseBody(ParityRequest, req, reply);
    if (!request) return reply;
    const lang = request.options?.uiLanguage ?? ui;
    let mine: Paragraph[] = request.paragraphs;
    let other: Paragraph[];
    let anchor: Language;
    if (!request.other) {
      // Both versions in this document, a two-column table: findings go into the column of the asked language.
      const both = versionsFromTable(request.paragraphs);
      if (!both) return sendError(reply, 400, "no_bilingual_table", errorMessage("no_bilingual_table", lang));
      anchor = request.language ?? (lang === "kk" ? "kk" : "ru");
      [mine, other] = anchor === "kk" ? [both.kk, both.ru] : [both.ru, both.kk];
    } else {
      if ("docx" in request.other) {
        try {
          other = await readDocxParagraphs(Buffer.from(request.other.docx, "base64"));
        } catch (e) {
          const name = request.other.name ?? ".docx";
          return sendError(reply, 400, "unreadable_docx", errorMessage("unreadable_docx", lang, { name, details: e instanceof DocxError ? e.message : "not a .docx file" }));
        }
      } else other = request.other.paragraphs;
      anchor = request.language ?? detectDocumentLanguage(request.paragraphs.map((p) => p.text));
      const otherLang = detectDocumentLanguage(other.map((p) => p.text));
      if (otherLang === anchor) return sendError(reply, 400, "same_language", errorMessage("same_language", lang, { language: anchor === "kk" ? "қазақ / kk" : "русский / ru" }));
    }
    const t0 = performance.now();
    const result = checkParity(mine, other, { anchor, ui: lang, glossary: opts.glossary });
    const res: CheckResponse = {
      findings: result.findings,
      summary: summarise(result.findings),
      document: { actType: result.doc.actType, language: anchor, detected: result.doc.detected, paragraphCount: request.paragraphs.length },
      engine: { version: ENGINE_VERSION, rulesVersion: RULES_VERSION, corpusEditions: corpusEditions(), llm: LLM_OFF },
      timings: { totalMs: performance.now() - t0, rulesMs: performance.now() - t0 },
    };
    const asCheck: CheckRequestT = { document: { language: anchor }, paragraphs: request.paragraphs, options: { uiLanguage: lang } };
    checks.record(documentHash(asCheck), res, tokenOf.get(req) ?? null, opts.auditDrafts ? request.paragraphs.map((p) => p.text) : undefined);
    return res;
  });

  // A lawyer's verdict on a finding: rule, fingerprint, useful or false alarm, an optional reason.
  app.post("/api/v1/feedback", async (req, reply) => {
    const body = parseBody(FeedbackRequest, req, reply);
    if (!body) return reply;
    feedback.add(body, tokenOf.get(req) ?? null);
    return reply.status(204).send();
  });

  app.get("/api/v1/acts", async (req) => {
    const ui = uiOf(req);
    return Object.values(ACTS).map((a) => ({ id: a.id, title: a.title[ui], edition: a.edition, articles: Object.keys(a.articles).length }));
  });

  const dist = path.resolve(opts.distDir);
  if (fs.existsSync(path.join(dist, "taskpane.html"))) {
    await app.register(fastifyStatic, {
      root: dist,
      index: ["index.html"],
      wildcard: true,
      dotfiles: "deny",
      // dist/test/ holds the fake Word host built for the E2E test: never served to users.
      allowedPath: (pathName) => !/^\/test(\/|$)/.test(pathName),
    });
  } else {
    app.get("/", async (_req, reply) =>
      reply
        .type("text/plain; charset=utf-8")
        .send("Zanger service is running, but the task pane is not built. Run `npm run build` and restart.\n" +
          "Сервис Zanger работает, но панель не собрана: выполните `npm run build` и перезапустите.\n"),
    );
  }

  (app as unknown as { zangerChecks: CheckLog }).zangerChecks = checks;
  return app;
}

/**
 * The model part of the service: the provider for the configured endpoint, the article index of the official texts
 * in the store (rebuilt when an import changes them) and the answer cache.
 */
function llmRuntime(cfg: NonNullable<ServiceConfig["llm"]>, db: ReturnType<typeof openDb>): LlmRuntime {
  return {
    provider: new OpenAiCompatibleProvider(cfg),
    index: builtFromCorpus(db, () => new ArticleIndex(loadArticles(db))),
    cache: cfg.cache ? new SqliteLlmCache(db) : undefined,
    maxParagraphs: cfg.maxParagraphs,
  };
}

/** The check log of an app built by buildApp (for tests and the CLI). */
export function checkLogOf(app: FastifyInstance): CheckLog {
  return (app as unknown as { zangerChecks: CheckLog }).zangerChecks;
}
