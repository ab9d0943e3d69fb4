/**
 * The semantic checker over real HTTP (issue 4): the service on loopback, a scripted OpenAI-compatible server in
 * test/fakes as the model. Good answers, slow answers, malformed JSON, 500s, timeouts and a dead endpoint: the rule
 * findings always come back and engine.llm says what happened to the model part.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { CheckResponse, StreamEvent, type CheckRequestInput } from "../../src/contract";
import type { LlmConfig } from "../../src/llm/config";
import { buildApp } from "../../src/server/app";
import { openDb } from "../../src/store/db";
import { deadEndpoint, FakeOpenAiServer, NO_FINDINGS, type Script } from "../fakes/openai-server";
import { CAREFUL, KK_PARAGRAPHS, request, RU_PARAGRAPHS, TEST_LLM } from "../fixtures/llm-drafts";
import { importMiniCorpus } from "../fixtures/mini-corpus";

interface Running {
  app: FastifyInstance;
  base: string;
  dbPath: string;
  dir: string;
}

const running: FastifyInstance[] = [];
const fakes: FakeOpenAiServer[] = [];

export async function startService(baseUrl: string, over: Partial<LlmConfig> = {}, opts: { dbPath?: string; corpus?: boolean } = {}): Promise<Running> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-llm-"));
  const dbPath = opts.dbPath ?? path.join(dir, "z.db");
  if (opts.corpus !== false && !opts.dbPath) {
    const db = openDb(dbPath);
    importMiniCorpus(db, dir);
    db.close();
  }
  const app = await buildApp({ distDir: path.join(dir, "no-dist"), dbPath, llm: { ...TEST_LLM, baseUrl, ...over } });
  await app.listen({ port: 0, host: "127.0.0.1" });
  running.push(app);
  const port = (app.server.address() as { port: number }).port;
  return { app, base: `http://127.0.0.1:${port}`, dbPath, dir };
}

async function fake(script: Script, options = {}): Promise<FakeOpenAiServer> {
  const f = await new FakeOpenAiServer(script, options).start();
  fakes.push(f);
  return f;
}

async function check(base: string, body: CheckRequestInput): Promise<CheckResponse> {
  const r = await fetch(`${base}/api/v1/check`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  expect(r.status).toBe(200);
  return CheckResponse.parse(await r.json());
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((a) => a.close()));
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

const ruleIds = (r: CheckResponse) => r.findings.filter((f) => f.source === "rule").map((f) => `${f.ruleId}@${f.paragraphIndex}`).sort();

describe("good answers", () => {
  it("adds verified model findings with source llm, a confidence, an AI label and a real citation", async () => {
    const f = await fake(CAREFUL);
    const svc = await startService(f.baseUrl);
    const res = await check(svc.base, request(RU_PARAGRAPHS));
    const llm = res.findings.filter((x) => x.source === "llm");
    expect(llm).toHaveLength(1);
    const [m] = llm;
    expect(m).toMatchObject({ ruleId: "LLM-CONSTITUTION", pack: "constitution", paragraphIndex: 1, confidence: 0.8 });
    expect(m!.quote).toBe(RU_PARAGRAPHS[1]!.slice(m!.start, m!.end));
    expect(m!.citation).toMatchObject({ act: "constitution-2026", edition: "2026-07-01", article: "24" });
    expect(m!.title).toMatch(/ИИ/);
    expect(m!.explanation).toMatch(/fake-model/);
    expect(res.engine.llm).toMatchObject({ enabled: true, model: "fake-model", status: "ok" });
    // Operative norms only: the heading is not asked; the five points are.
    expect(res.engine.llm.paragraphs).toMatchObject({ eligible: 5, asked: 5, cached: 0, failed: 0, skipped: 0 });
    expect(f.drafts.sort()).toEqual(RU_PARAGRAPHS.slice(1).sort());
    // The travel-ban finding says what CONST-RIGHTS-RESTRICTION-BYLAW already says on the same words: merged, counted.
    expect(ruleIds(res)).toEqual(expect.arrayContaining(["CONST-ABOLISHED-BODY@3", "CONST-RIGHTS-RESTRICTION-BYLAW@5"]));
    expect(res.engine.llm.dropped).toEqual({ duplicateOfRule: 1 });
    expect(res.summary.total).toBe(res.findings.length);
  });

  it("asks in Kazakh about Kazakh paragraphs and writes the messages in the UI language it was told", async () => {
    const f = await fake(CAREFUL);
    const svc = await startService(f.baseUrl);
    const res = await check(svc.base, request(KK_PARAGRAPHS, { uiLanguage: "kk" }));
    const m = res.findings.find((x) => x.source === "llm");
    expect(m).toMatchObject({ paragraphIndex: 1, citation: { act: "constitution-2026", article: "24" } });
    expect(m!.title).toMatch(/ЖИ/);
    const sys = f.calls[0]!.body.messages![0]!.content;
    expect(sys).toMatch(/in Kazakh/);
    // The Kazakh article text is what the model reads with a Kazakh paragraph.
    expect(f.calls.find((c) => c.draft === KK_PARAGRAPHS[1])!.body.messages![1]!.content).toMatch(/еркін жүріп-тұруына/);
  });

  it("says in the response that the rules are complete and the model was not asked when the request says llm off", async () => {
    const f = await fake(CAREFUL);
    const svc = await startService(f.baseUrl);
    const res = await check(svc.base, request(RU_PARAGRAPHS, { llm: "off" }));
    expect(f.calls).toHaveLength(0);
    expect(res.engine.llm).toMatchObject({ enabled: true, status: "off-by-request" });
    expect(res.findings.every((x) => x.source === "rule")).toBe(true);
  });

  it("does not ask the model when no official texts are imported, and says why", async () => {
    const f = await fake(CAREFUL);
    const svc = await startService(f.baseUrl, {}, { corpus: false });
    const res = await check(svc.base, request(RU_PARAGRAPHS));
    expect(f.calls).toHaveLength(0);
    expect(res.engine.llm.status).toBe("no-corpus");
    expect(res.engine.llm.error).toMatch(/zanger corpus import/);
    expect(ruleIds(res)).toContain("CONST-ABOLISHED-BODY@3");
  });

  it("asks only about the packs the request wants", async () => {
    const f = await fake(CAREFUL);
    const svc = await startService(f.baseUrl);
    const res = await check(svc.base, request(RU_PARAGRAPHS, { packs: ["anticorruption"] }));
    expect(f.calls).toHaveLength(0);
    expect(res.engine.llm.paragraphs).toMatchObject({ eligible: 0, asked: 0 });
  });
});

describe("verification: a model finding survives only if it is true to the text and the loaded editions", () => {
  it("drops invented quotes, invented articles, articles not given, foreign packs and malformed items, and counts each", async () => {
    const f = await fake((call) => {
      if (!call.draft?.includes("меняют место жительства")) return { content: '{"findings": []}' };
      const base = { pack: "constitution", act: "constitution-2026", article: "24", severity: "warning", message: "m", confidence: 0.7 };
      return {
        content: JSON.stringify({
          findings: [
            { ...base, quote: "меняют место пребывания" }, // not in the text
            { ...base, quote: "меняют место жительства", article: "999" }, // no such article
            { ...base, quote: "меняют место жительства", article: "29" }, // exists, not given with this paragraph
            { ...base, quote: "меняют место жительства", pack: "anticorruption" }, // not a pack the model was asked about
            { ...base, quote: "меняют место жительства", act: "law-on-legal-acts", article: "10" }, // law cited under the constitution pack
            { quote: "меняют место жительства" }, // malformed
            { ...base, quote: "меняют место жительства" }, // the one true finding
          ],
        }),
      };
    });
    const svc = await startService(f.baseUrl);
    const res = await check(svc.base, request(RU_PARAGRAPHS));
    const call = f.calls.find((c) => c.draft === RU_PARAGRAPHS[1])!;
    expect(call.articles.some((a) => a.article === "29")).toBe(false);
    const llm = res.findings.filter((x) => x.source === "llm");
    expect(llm.map((x) => [x.quote, x.citation.article])).toEqual([["меняют место жительства", "24"]]);
    expect(res.engine.llm.dropped).toEqual({
      quoteNotVerbatim: 1,
      articleMissing: 1,
      articleNotGiven: 1,
      packNotAllowed: 2,
      malformed: 1,
    });
  });

  it("replaces a categorical verdict by graded wording", async () => {
    const f = await fake((call) =>
      call.draft?.includes("меняют место жительства")
        ? { content: JSON.stringify({ findings: [{ quote: "меняют место жительства", pack: "constitution", act: "constitution-2026", article: "24", severity: "warning", message: "Норма неконституционна.", confidence: 0.9 }] }) }
        : { content: '{"findings":[]}' },
    );
    const svc = await startService(f.baseUrl);
    const res = await check(svc.base, request(RU_PARAGRAPHS));
    const m = res.findings.find((x) => x.source === "llm")!;
    expect(m.message).not.toMatch(/неконституцион/i);
    expect(m.message).toMatch(/может противоречить/);
  });
});

describe("what the endpoint does wrong", () => {
  it("reads answers in code fences with a preamble, a think block and trailing commas", async () => {
    const f = await fake((call) =>
      call.draft?.includes("меняют место жительства")
        ? { content: '<think>the paragraph restricts movement</think>\nHere is the JSON:\n```json\n{"findings": [{"quote": "меняют место жительства", "pack": "constitution", "act": "constitution-2026", "article": "24", "severity": "warning", "message": "m", "confidence": 0.6,},]}\n```' }
        : { content: "```json\n[]\n```" },
    );
    const svc = await startService(f.baseUrl);
    const res = await check(svc.base, request(RU_PARAGRAPHS));
    expect(res.engine.llm.status).toBe("ok");
    expect(res.findings.filter((x) => x.source === "llm").map((x) => x.quote)).toEqual(["меняют место жительства"]);
  });

  it("falls back from JSON schema to JSON object to no constraint when the server refuses them, once", async () => {
    const f = await fake(NO_FINDINGS, { rejectJsonSchema: true, rejectJsonObject: true });
    const svc = await startService(f.baseUrl, { concurrency: 1 });
    const res = await check(svc.base, request(RU_PARAGRAPHS));
    expect(res.engine.llm.status).toBe("ok");
    // The refused requests are not recorded as calls by the fake; the service counts them.
    expect(f.calls.map((c) => c.body.response_format?.type ?? "none")).toEqual(["none", "none", "none", "none", "none"]);
    expect(res.engine.llm.calls).toBe(5 + 2);
  });

  it("sends the JSON schema to a server that takes it", async () => {
    const f = await fake(NO_FINDINGS);
    const svc = await startService(f.baseUrl);
    await check(svc.base, request(RU_PARAGRAPHS));
    expect(f.calls[0]!.body.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "zanger_findings", strict: true } });
    expect(f.calls[0]!.body.temperature).toBe(0);
  });

  it("counts malformed JSON as a failure of that paragraph; the others and the rules are complete", async () => {
    const f = await fake((call) => (call.draft?.includes("Сведения") ? { content: "I think there is no conflict." } : CAREFUL(call)));
    const svc = await startService(f.baseUrl);
    const res = await check(svc.base, request(RU_PARAGRAPHS));
    expect(res.engine.llm).toMatchObject({ status: "partial", paragraphs: { eligible: 5, asked: 5, failed: 1 } });
    expect(res.engine.llm.error).toMatch(/JSON/);
    expect(res.findings.some((x) => x.source === "llm" && x.paragraphIndex === 1)).toBe(true);
    expect(ruleIds(res)).toContain("CONST-ABOLISHED-BODY@3");
  });

  it("retries a 500 with backoff and uses the second answer", async () => {
    const seen = new Map<string, number>();
    const f = await fake((call) => {
      const n = (seen.get(call.draft!) ?? 0) + 1;
      seen.set(call.draft!, n);
      return n === 1 ? { status: 500 } : CAREFUL(call);
    });
    const svc = await startService(f.baseUrl, { breakerThreshold: 100 });
    const res = await check(svc.base, request(RU_PARAGRAPHS));
    expect(res.engine.llm).toMatchObject({ status: "ok", calls: 10 });
    expect(f.calls).toHaveLength(10);
    expect(res.findings.some((x) => x.source === "llm")).toBe(true);
  });

  it("gives up on a server that always answers 500, opens the circuit breaker, and returns the rule findings", async () => {
    const f = await fake(() => ({ status: 500 }));
    const svc = await startService(f.baseUrl, { concurrency: 1, breakerThreshold: 3 });
    const rulesOnly = await check(svc.base, request(RU_PARAGRAPHS, { llm: "off" }));
    const res = await check(svc.base, request(RU_PARAGRAPHS));
    expect(res.engine.llm).toMatchObject({ status: "unavailable", paragraphs: { eligible: 5, asked: 0, failed: 5 } });
    // Three failed requests open the breaker: the remaining paragraphs fail at once without a request.
    expect(f.calls).toHaveLength(3);
    expect(res.engine.llm.error).toMatch(/Результаты правил полные/);
    expect(ruleIds(res)).toEqual(ruleIds(rulesOnly));
  });

  it("times out a model that never answers, and abandons the request", async () => {
    const f = await fake(() => ({ hang: true }));
    const svc = await startService(f.baseUrl, { timeoutMs: 150, retries: 0, breakerThreshold: 100 });
    const res = await check(svc.base, request(RU_PARAGRAPHS));
    expect(res.engine.llm).toMatchObject({ status: "unavailable", paragraphs: { failed: 5 } });
    expect(res.engine.llm.error).toMatch(/не ответила вовремя/);
    await new Promise((r) => setTimeout(r, 50));
    expect(f.abandoned).toBe(5);
    expect(ruleIds(res)).toContain("CONST-ABOLISHED-BODY@3");
  });

  it("answers slow answers within the bound on requests in flight", async () => {
    const f = await fake((call) => ({ ...(CAREFUL(call) as { content: string }), delayMs: 60 }));
    const svc = await startService(f.baseUrl, { concurrency: 2 });
    const res = await check(svc.base, request([...RU_PARAGRAPHS, ...RU_PARAGRAPHS.slice(1).map((p) => p.replace(/\.$/, " в установленном порядке."))]));
    expect(res.engine.llm).toMatchObject({ status: "ok", paragraphs: { asked: 10 } });
    expect(f.maxInFlight).toBe(2);
  });

  it("reports a dead endpoint in the user's language and still returns every rule finding", async () => {
    const svc = await startService(await deadEndpoint(), { retries: 0 });
    const res = await check(svc.base, request(KK_PARAGRAPHS, { uiLanguage: "kk" }));
    expect(res.engine.llm.status).toBe("unavailable");
    expect(res.engine.llm.error).toMatch(/Модель серверіне қосылу мүмкін емес/);
    expect(res.findings.length).toBeGreaterThan(0);
  });

  it("sends the configured key and reports a refused one", async () => {
    const f = await fake(NO_FINDINGS, { apiKey: "s3cret" });
    const ok = await startService(f.baseUrl, { apiKey: "s3cret" });
    expect((await check(ok.base, request(RU_PARAGRAPHS))).engine.llm.status).toBe("ok");
    const bad = await startService(f.baseUrl, { apiKey: "wrong" });
    const res = await check(bad.base, request(RU_PARAGRAPHS));
    expect(res.engine.llm.status).toBe("unavailable");
    expect(res.engine.llm.error).toMatch(/ключ/);
  });
});

describe("cache", () => {
  it("re-checking an unchanged document makes no model calls; editing one paragraph re-asks only that one; it survives a restart", async () => {
    const f = await fake(CAREFUL);
    const svc = await startService(f.baseUrl);
    const first = await check(svc.base, request(RU_PARAGRAPHS));
    expect(f.calls).toHaveLength(5);
    const again = await check(svc.base, request(RU_PARAGRAPHS));
    expect(f.calls).toHaveLength(5);
    expect(again.engine.llm.paragraphs).toMatchObject({ asked: 0, cached: 5 });
    expect(again.findings).toEqual(first.findings);
    expect(again.engine.llm.dropped).toEqual(first.engine.llm.dropped);

    const edited = [...RU_PARAGRAPHS];
    edited[2] = "2. Сведения о нарушителях размещаются на интернет-ресурсе в течение пяти рабочих дней.";
    const third = await check(svc.base, request(edited));
    expect(f.calls).toHaveLength(6);
    expect(f.calls[5]!.draft).toBe(edited[2]);
    expect(third.engine.llm.paragraphs).toMatchObject({ asked: 1, cached: 4 });

    await svc.app.close();
    const restarted = await startService(f.baseUrl, {}, { dbPath: svc.dbPath });
    await check(restarted.base, request(RU_PARAGRAPHS));
    expect(f.calls).toHaveLength(6);
    // The store keeps offsets and messages, not the paragraphs.
    const db = openDb(svc.dbPath);
    const stored = (db.prepare("SELECT key || answer AS s FROM llm_cache").all() as { s: string }[]).map((r) => r.s).join("\n");
    db.close();
    for (const p of RU_PARAGRAPHS.slice(1)) expect(stored).not.toContain(p.slice(3, 40));
  });

  it("does not cache failures, and asks again with another model", async () => {
    let fail = true;
    const f = await fake((call) => (fail ? { status: 500 } : CAREFUL(call)));
    const svc = await startService(f.baseUrl, { retries: 0, breakerThreshold: 100 });
    await check(svc.base, request(RU_PARAGRAPHS));
    fail = false;
    const res = await check(svc.base, request(RU_PARAGRAPHS));
    expect(res.engine.llm.paragraphs).toMatchObject({ asked: 5, cached: 0 });
    await svc.app.close();
    const other = await startService(f.baseUrl, { model: "other-model" }, { dbPath: svc.dbPath });
    const n = f.calls.length;
    await check(other.base, request(RU_PARAGRAPHS));
    expect(f.calls.length).toBe(n + 5);
  });
});

async function stream(base: string, body: CheckRequestInput, onEvent?: (e: StreamEvent, ac: AbortController) => void): Promise<StreamEvent[]> {
  const ac = new AbortController();
  const r = await fetch(`${base}/api/v1/check/stream`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), signal: ac.signal });
  expect(r.status).toBe(200);
  expect(r.headers.get("content-type")).toMatch(/application\/x-ndjson/);
  const events: StreamEvent[] = [];
  const reader = r.body!.getReader();
  const dec = new TextDecoder();
  let buf = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      let nl;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const e = StreamEvent.parse(JSON.parse(buf.slice(0, nl)));
        buf = buf.slice(nl + 1);
        events.push(e);
        onEvent?.(e, ac);
      }
    }
  } catch (e) {
    if (!ac.signal.aborted) throw e;
  }
  return events;
}

describe("streaming (NDJSON)", () => {
  it("sends the rule findings first, model findings as they come with progress, then the merged response", async () => {
    const f = await fake((call) => ({ ...(CAREFUL(call) as { content: string }), delayMs: 30 }));
    const svc = await startService(f.baseUrl, { concurrency: 1 });
    // Partial rule findings may precede the full rule result when the first slice of rules takes over ~20 ms.
    const events = (await stream(svc.base, request(RU_PARAGRAPHS))).filter((e) => e.type !== "partial");
    expect(events[0]!.type).toBe("rules");
    const first = events[0] as Extract<StreamEvent, { type: "rules" }>;
    expect(first.response.engine.llm.status).toBe("running");
    expect(first.response.findings.every((x) => x.source === "rule")).toBe(true);
    expect(ruleIds(first.response)).toContain("CONST-ABOLISHED-BODY@3");
    const progress = events.filter((e) => e.type === "progress") as Extract<StreamEvent, { type: "progress" }>[];
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.every((p) => p.total === 5)).toBe(true);
    const found = events.filter((e) => e.type === "findings") as Extract<StreamEvent, { type: "findings" }>[];
    expect(found.map((e) => e.paragraphIndex)).toEqual([1]);
    const last = events[events.length - 1]!;
    expect(last.type).toBe("done");
    const done = (last as Extract<StreamEvent, { type: "done" }>).response;
    expect(done.engine.llm.status).toBe("ok");
    expect(done.findings.filter((x) => x.source === "llm")).toEqual(found[0]!.findings);
    expect(done.findings.filter((x) => x.source === "rule")).toEqual(first.response.findings);
  });

  it("streams a rules-only check when no model is configured", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-llm-"));
    const app = await buildApp({ distDir: path.join(dir, "none"), dbPath: ":memory:" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    running.push(app);
    const events = await stream(`http://127.0.0.1:${(app.server.address() as { port: number }).port}`, request(RU_PARAGRAPHS));
    expect(events.map((e) => e.type)).toEqual(["rules", "done"]);
    expect((events[1] as Extract<StreamEvent, { type: "done" }>).response.engine.llm.status).toBe("not-configured");
  });

  it("stops asking the model when the client cancels", async () => {
    const f = await fake((call) => ({ ...(CAREFUL(call) as { content: string }), delayMs: 80 }));
    const svc = await startService(f.baseUrl, { concurrency: 1 });
    const many = [RU_PARAGRAPHS[0]!, ...Array.from({ length: 12 }, (_, i) => `${i + 1}. Уполномоченный орган рассматривает заявление № ${i + 1} в течение десяти рабочих дней со дня его поступления.`)];
    const events = await stream(svc.base, request(many), (e, ac) => {
      if (e.type === "progress" && e.done === 2) ac.abort();
    });
    expect(events.some((e) => e.type === "done")).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    // The request in flight was abandoned and nothing more was asked.
    expect(f.calls.length).toBeLessThanOrEqual(3);
    expect(f.abandoned).toBeGreaterThanOrEqual(1);
    const n = f.calls.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(f.calls.length).toBe(n);
  });

  it("rejects a malformed request with a clear error before any stream", async () => {
    const f = await fake(CAREFUL);
    const svc = await startService(f.baseUrl);
    const r = await fetch(`${svc.base}/api/v1/check/stream`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ paragraphs: "x", options: { uiLanguage: "kk" } }) });
    expect(r.status).toBe(400);
    expect((await r.json()).error.message).toMatch(/Сұрау/);
    expect(f.calls).toHaveLength(0);
  });
});
