/**
 * `npm run bench` (issue 9): the figures of docs/performance.md, measured in one run and written to
 * bench/results.json. `--short` (CI) runs every measurement once on less text so that the bench never rots; it
 * asserts nothing. The official texts are read from ../shared/corpus (never copied here).
 */
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { createLinter, loadTextlintrc } from "textlint";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { installFakeWord, uninstallFakeWord } from "../test/fakes/fake-word";
import { FakeOpenAiServer } from "../test/fakes/openai-server";
import { importMiniCorpus } from "../test/fixtures/mini-corpus";
import { CAREFUL, RU_PARAGRAPHS, TEST_LLM } from "../test/fixtures/llm-drafts";
import type { Finding, Paragraph } from "../src/contract";
import { modulePhrases, phraseSource } from "../src/engine/document/match";
import { paragraphsFromText } from "../src/engine/document/model";
import { checkParagraphs } from "../src/engine/run";
import { buildApp } from "../src/server/app";
import { openDb } from "../src/store/db";
import { addComments, readDocument } from "../src/word";

const ROOT = path.resolve(__dirname, "..", "..");
const SHORT = process.argv.includes("--short");
const CORPUS = process.env.ZANGER_CORPUS_DIR ?? path.resolve(ROOT, "..", "shared", "corpus");
const CODE = path.join(CORPUS, "entrepreneurial-code.ru.txt");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function timeIt(fn: () => void, runs: number): number {
  fn(); // warm-up: the first run compiles the regular expressions
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

function repeat(paragraphs: Paragraph[], k: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < k; i++) for (const p of paragraphs) out.push({ ...p, index: out.length });
  return out;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

/** `zanger serve` as a child process (rules only, no rate limit) with `workers` engine threads, once it answers. */
async function startService(dir: string, workers: number): Promise<{ port: number; pid: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "bin", "zanger.js"), "serve", "--port", String(port), "--db", path.join(dir, `load-${workers}.db`)], {
    env: { ...process.env, ZANGER_WORKERS: String(workers), ZANGER_RATE_LIMIT: "0", ZANGER_LLM_BASE_URL: "", ZANGER_LLM_MODEL: "" },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port,
    pid: child.pid!,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/**
 * Latency and throughput of the real service (a child process) under autocannon with `clients` concurrent
 * connections over loopback. p95 is computed from every response time autocannon reports (its summary has p90
 * and p97.5, not p95). RSS of the service is sampled from /proc while the load runs.
 */
async function serviceLoad(body: string, clients: number, seconds: number, port: number, pid: number): Promise<{ p95: number; perSec: number; rssMb: number; errors: number }> {
  const latencies: number[] = [];
  let rss = 0;
  const sampler = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      rss = Math.max(rss, kb / 1024);
    } catch {
      // not on Linux: no RSS
    }
  }, 100);
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `http://127.0.0.1:${port}/api/v1/check`, connections: clients, duration: seconds, method: "POST", headers: { "content-type": "application/json" }, body, timeout: 60 },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status !== 200) non2xx++;
      latencies.push(ms);
    });
  });
  clearInterval(sampler);
  if (latencies.length === 0) throw new Error("autocannon: no response from the service");
  return { p95: round(p95(latencies)), perSec: round(result.requests.total / seconds), rssMb: round(rss), errors: non2xx + result.errors + result.timeouts };
}

/**
 * The peer: textlint with textlint-rule-prh, its dictionary built from the phrase lists of our rule modules (597
 * phrases at the time of writing), each a case-insensitive whole-word pattern like ours. Median of `runs` runs.
 */
async function peerMs(text: string, dir: string, runs: number): Promise<{ ms: number; phrases: number; messages: number }> {
  const phrases = modulePhrases();
  const yml = ["version: 1", "rules:"];
  for (const p of phrases) {
    yml.push(`  - expected: "[zanger]"`, `    pattern: ${JSON.stringify(`/(?<![\\p{L}\\p{N}])${phraseSource(p)}(?![\\p{L}\\p{N}])/i`)}`);
  }
  fs.writeFileSync(path.join(dir, "prh.yml"), yml.join("\n") + "\n");
  fs.writeFileSync(path.join(dir, ".textlintrc.json"), JSON.stringify({ rules: { prh: { rulePaths: [path.join(dir, "prh.yml")] } } }));
  const descriptor = await loadTextlintrc({ configFilePath: path.join(dir, ".textlintrc.json"), node_modulesDir: path.join(ROOT, "node_modules") });
  const linter = createLinter({ descriptor });
  const file = path.join(dir, "code.txt");
  await linter.lintText(text.slice(0, 2000), file); // warm-up: loads and compiles the dictionary
  const ms: number[] = [];
  let messages = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await linter.lintText(text, file);
    ms.push(performance.now() - t0);
    messages = r.messages.length;
  }
  return { ms: median(ms), phrases: phrases.length, messages };
}

async function main(): Promise<void> {
  if (!fs.existsSync(CODE)) {
    console.log(`bench: ${CODE} not found; the bench needs ../shared/corpus.`);
    return;
  }
  const results: Record<string, unknown> = { date: new Date().toISOString(), short: SHORT, node: process.version, cpu: os.cpus()[0]?.model ?? "" };
  const text = fs.readFileSync(CODE, "utf8");
  const code = paragraphsFromText(SHORT ? text.slice(0, 100_000) : text);
  const chars = code.reduce((a, p) => a + p.text.length, 0);
  const runs = SHORT ? 1 : 5;

  // 1. The engine on the Entrepreneurial Code, and the floor: one character-class pass over the same text.
  const engineMs = timeIt(() => checkParagraphs(code, { uiLanguage: "ru", onRuleError: () => undefined }), runs);
  let letters = 0;
  const floorMs = timeIt(() => {
    letters = 0;
    for (const p of code) for (let i = 0; i < p.text.length; i++) if (/\p{L}/u.test(p.text[i]!)) letters++;
  }, runs);
  Object.assign(results, {
    paragraphs: code.length,
    characters: chars,
    engineMsCode: round(engineMs),
    charsPerSec: Math.round(chars / (engineMs / 1000)),
    floorMs: round(floorMs, 2),
    floorRatio: round(engineMs / floorMs),
  });

  // 2. Linear scaling: 1×, 2×, 4× the text.
  const scale: Record<string, number> = {};
  for (const k of SHORT ? [1, 2] : [1, 2, 4]) scale[`${k}x`] = round(timeIt(() => checkParagraphs(repeat(code, k), { uiLanguage: "ru", onRuleError: () => undefined }), SHORT ? 1 : 3));
  results.scaling = scale;

  // 3. The pane on the fake Word host: read a 300-page document, anchor 1,000 findings as comments.
  const pages = SHORT ? 30 : 300;
  const paraText = (i: number) => `${i + 1}. Уполномоченный орган рассматривает заявление в течение десяти рабочих дней со дня его поступления и направляет ответ заявителю.`;
  const doc = Array.from({ length: pages * 40 }, (_, i) => paraText(i));
  const fake = installFakeWord(globalThis, { paragraphs: doc, apiLevel: "1.7" });
  const t0 = performance.now();
  const snapshot = await readDocument();
  const n = SHORT ? 100 : 1000;
  const findings: Finding[] = Array.from({ length: n }, (_, k) => {
    const pi = Math.floor((k * doc.length) / n);
    const t = snapshot.paragraphs[pi]!.text;
    const start = t.indexOf("заявление");
    return {
      id: `B${k}`, ruleId: "BENCH", pack: "drafting", severity: "info", paragraphIndex: pi, start, end: start + 9, quote: "заявление",
      before: t.slice(Math.max(0, start - 40), start), after: t.slice(start + 9, start + 49), title: "t", message: "m", explanation: "e",
      citation: { act: "law-on-legal-acts", edition: "2026-01-09", article: "24" }, source: "rule", confidence: 1, fingerprint: `BENCH:${k}`,
    };
  });
  const readSyncs = fake.state.syncCount;
  // All comments in one batch: what reading and anchoring cost, constant in the size of the document…
  const outcomes = await addComments(findings, (f) => f.message, { commentsPerSync: n });
  results.paneMs300p = round(performance.now() - t0);
  results.paneSyncs300p = fake.state.syncCount;
  results.paneReadSyncs = readSyncs;
  results.paneCommentsAnchored = outcomes.filter((o) => o.status === "anchored").length;
  uninstallFakeWord(globalThis);
  // …and what the pane really does: 3 comments per sync, because Undo hangs Word after more (office-js#4566).
  const fake2 = installFakeWord(globalThis, { paragraphs: doc, apiLevel: "1.7" });
  const t1 = performance.now();
  await readDocument();
  await addComments(findings, (f) => f.message);
  results.paneMs300pUndoSafe = round(performance.now() - t1);
  results.paneSyncs300pUndoSafe = fake2.state.syncCount;
  uninstallFakeWord(globalThis);

  // 4. Model calls when re-checking an unchanged document (scripted OpenAI-compatible server).
  const model = await new FakeOpenAiServer(CAREFUL).start();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-bench-"));
  const db = openDb(path.join(dir, "llm.db"));
  importMiniCorpus(db, dir);
  db.close();
  const app = await buildApp({ distDir: path.join(dir, "none"), dbPath: path.join(dir, "llm.db"), llm: { ...TEST_LLM, baseUrl: model.baseUrl, timeoutMs: 10_000 } });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const llmBase = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const llmBody = JSON.stringify({ document: {}, paragraphs: RU_PARAGRAPHS.map((t, index) => ({ index, text: t })), options: { uiLanguage: "ru" } });
  await (await fetch(`${llmBase}/api/v1/check`, { method: "POST", headers: { "Content-Type": "application/json" }, body: llmBody })).arrayBuffer();
  const firstCalls = model.calls.length;
  await (await fetch(`${llmBase}/api/v1/check`, { method: "POST", headers: { "Content-Type": "application/json" }, body: llmBody })).arrayBuffer();
  results.llmCallsFirst = firstCalls;
  results.llmCallsRecheck = model.calls.length - firstCalls;
  await app.close();
  await model.close();

  // 5. The service under load: 50-page drafts (≈100,000 characters of the Code), 8 and 32 clients, a child process
  //    with its default engine pool (one worker per core, at most 4); then, for comparison, 8 clients on one thread.
  const draft = paragraphsFromText(text.slice(0, SHORT ? 20_000 : 100_000));
  const body = JSON.stringify({ document: {}, paragraphs: draft, options: { uiLanguage: "ru" } });
  const seconds = SHORT ? 2 : 10;
  const workers = Math.min(4, os.availableParallelism());
  const pooled = await startService(dir, workers);
  const c8 = await serviceLoad(body, 8, seconds, pooled.port, pooled.pid);
  const c32 = await serviceLoad(body, 32, seconds, pooled.port, pooled.pid);
  await pooled.stop();
  const single = await startService(dir, 0);
  const s8 = await serviceLoad(body, 8, seconds, single.port, single.pid);
  await single.stop();
  Object.assign(results, {
    draftParagraphs: draft.length,
    draftCharacters: draft.reduce((a, p) => a + p.text.length, 0),
    serviceWorkers: workers,
    p95Ms8: c8.p95,
    checksPerSec8: c8.perSec,
    p95Ms32: c32.p95,
    checksPerSec32: c32.perSec,
    rssMb: Math.max(c8.rssMb, c32.rssMb),
    p95Ms8OneThread: s8.p95,
    checksPerSec8OneThread: s8.perSec,
    rssMb8OneThread: s8.rssMb,
    loadErrors: c8.errors + c32.errors + s8.errors,
  });

  // 6. The peer on the same text, side by side: textlint + prh with our phrase lists as its dictionary.
  const peerText = code.map((p) => p.text).join("\n");
  const peer = await peerMs(peerText, dir, SHORT ? 1 : 3);
  const oursAgain = timeIt(() => checkParagraphs(code, { uiLanguage: "ru", onRuleError: () => undefined }), SHORT ? 1 : 3);
  Object.assign(results, { peerMs: round(peer.ms), peerPhrases: peer.phrases, peerMessages: peer.messages, engineMsSideBySide: round(oursAgain), peerRatio: round(peer.ms / oursAgain) });

  const out = path.join(ROOT, "bench", SHORT ? "results.short.json" : "results.json");
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  const targets: Record<string, string> = { engineMsCode: "≤ 150", floorRatio: "≤ 40", peerRatio: "≥ 10", p95Ms8: "≤ 100", paneSyncs300p: "≤ 10", llmCallsRecheck: "= 0", rssMb: "≤ 300" };
  console.log("| figure | value | target |\n| --- | --- | --- |");
  for (const [k, v] of Object.entries(results)) console.log(`| ${k} | ${typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)} | ${targets[k] ?? ""} |`);
  console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
