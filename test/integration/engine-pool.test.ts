/**
 * The engine on worker threads (src/server/engine-pool.ts) as the built service runs it: the same findings as the
 * engine in process, partial findings that are never taken back, checks in parallel, and a worker that dies
 * failing only its own check. Runs the compiled worker (npm test builds first).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { CheckRequest, CheckResponse, StreamEvent, type Finding, type Paragraph } from "../../src/contract";
import { paragraphsFromText } from "../../src/engine/document/model";
import { checkParagraphs } from "../../src/engine/run";
import { runCheck } from "../../src/server/check-service";
import { EnginePool } from "../../src/server/engine-pool";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "build", "src", "server", "engine-worker.js");
const BIN = path.join(ROOT, "bin", "zanger.js");
const CODE = path.resolve(ROOT, "..", "shared", "corpus", "entrepreneurial-code.ru.txt");
const codeText = fs.existsSync(CODE) ? fs.readFileSync(CODE, "utf8") : null;
const NEEDS = codeText ? "" : " (skipped: needs ../shared/corpus)";

const RU = paragraphsFromText(
  ["ПРИКАЗ", "Министра юстиции Республики Казахстан", "1. Отчет ежегодно направляется в Мажилис Парламента Республики Казахстан.", "2. Заявитель представляет заявление, копию устава и иные документы."].join("\n"),
);
const KK = paragraphsFromText(
  ["Қазақстан Республикасы Әділет министрінің БҰЙРЫҒЫ", "1. Есеп жыл сайын Қазақстан Республикасының Парламентіне жіберіледі.", "2. Өтініш беруші өтінішті, жарғының көшірмесін және өзге де құжаттарды ұсынады."].join("\n"),
);
const key = (f: Finding) => `${f.ruleId}|${f.paragraphIndex}|${f.start}|${f.end}|${f.message}`;
const inProcess = (ps: readonly Paragraph[], ui: "ru" | "kk" | "en") => checkParagraphs(ps, { uiLanguage: ui, onRuleError: () => undefined }).findings.map(key);

describe("EnginePool", () => {
  let pool: EnginePool;
  beforeAll(() => {
    pool = new EnginePool(2, SCRIPT);
  });
  afterAll(() => pool.close());

  it("finds in a worker exactly what the engine finds in process, Russian and Kazakh, in the UI language asked", async () => {
    const [ru, kk] = await Promise.all([pool.check(RU, { uiLanguage: "ru" }), pool.check(KK, { uiLanguage: "kk" })]);
    expect(ru.findings.map(key)).toEqual(inProcess(RU, "ru"));
    expect(kk.findings.map(key)).toEqual(inProcess(KK, "kk"));
    expect(ru.findings.length).toBeGreaterThan(0);
    expect(kk.findings.length).toBeGreaterThan(0);
    expect(kk.document.language).toBe("kk");
    expect(kk.doc).toBeUndefined(); // not copied back unless asked (the model part asks)
    const withDoc = await pool.check(KK, { uiLanguage: "kk" }, { doc: true, ria: true });
    expect(withDoc.doc?.paragraphs.map((p) => p.text)).toEqual(KK.map((p) => p.text));
    expect(withDoc.ria?.items.length).toBeGreaterThan(0);
    expect(ru.summary.total).toBe(ru.findings.length);
  });

  it("runs more checks than workers: the rest wait in the queue and all are answered", async () => {
    const jobs = Array.from({ length: 7 }, (_, i) => pool.check(i % 2 ? KK : RU, { uiLanguage: "en" }));
    expect(pool.queued).toBeGreaterThan(0);
    const results = await Promise.all(jobs);
    results.forEach((r, i) => expect(r.findings.map(key)).toEqual(inProcess(i % 2 ? KK : RU, "en")));
  });

  (codeText ? it : it.skip)(`streams partial findings of a large document that are all in the result${NEEDS}`, async () => {
    const paragraphs = paragraphsFromText(codeText!);
    const partial: Finding[] = [];
    let calls = 0;
    const r = await pool.check(paragraphs, { uiLanguage: "ru" }, {
      onPartial: (fs_, done, total) => {
        calls++;
        expect(done).toBeLessThan(total);
        partial.push(...fs_);
      },
    });
    expect(calls).toBeGreaterThan(1);
    expect(r.findings.map(key)).toEqual(inProcess(paragraphs, "ru"));
    const final = new Set(r.findings.map(key));
    for (const f of partial) expect(final.has(key(f))).toBe(true);
  });

  it("a worker that dies fails only its own check; it is replaced and the next check is answered", async () => {
    // The real worker, which exits (as a thread dies on a fatal error) when it is given the paragraph «CRASH».
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-crash-"));
    const crashing = path.join(dir, "crashing-worker.js");
    fs.writeFileSync(
      crashing,
      `const { parentPort } = require("node:worker_threads");\nparentPort.on("message", (job) => { if (job.paragraphs[0] && job.paragraphs[0].text === "CRASH") process.exit(3); });\nrequire(${JSON.stringify(SCRIPT)});\n`,
    );
    const small = new EnginePool(1, crashing);
    try {
      const [dead, queued] = await Promise.allSettled([small.check([{ index: 0, text: "CRASH" }], { uiLanguage: "ru" }), small.check(KK, { uiLanguage: "kk" })]);
      expect(dead.status).toBe("rejected");
      expect((dead as PromiseRejectedResult).reason.message).toMatch(/engine worker exited with code 3/);
      // The check queued behind it ran on the replacement worker.
      expect(queued.status).toBe("fulfilled");
      expect((queued as PromiseFulfilledResult<{ findings: Finding[] }>).value.findings.map(key)).toEqual(inProcess(KK, "kk"));
    } finally {
      await small.close();
    }
  });

  it("stops replacing a worker that cannot even start, and says so to every check", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-broken-"));
    const broken = path.join(dir, "broken-worker.js");
    fs.writeFileSync(broken, "throw new Error('cannot load');\n");
    const bad = new EnginePool(1, broken);
    try {
      await expect(bad.check(RU, { uiLanguage: "ru" })).rejects.toThrow(/engine/);
      await expect(bad.check(RU, { uiLanguage: "ru" })).rejects.toThrow(/engine/);
    } finally {
      await bad.close();
    }
  });
});

describe("zanger serve with worker threads", () => {
  it("says so at start, answers checks like the engine in process, and streams partial findings", async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-pool-"));
    const child = spawn(process.execPath, [BIN, "serve", "--port", String(port), "--db", path.join(dir, "z.db")], {
      env: { ...process.env, ZANGER_WORKERS: "2", ZANGER_RATE_LIMIT: "0", ZANGER_LLM_BASE_URL: "", ZANGER_LLM_MODEL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise((r) => child.once("exit", r));
    let banner = "";
    child.stdout.on("data", (d) => (banner += String(d)));
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 100 && !banner.includes("Engine:"); i++) await new Promise((r) => setTimeout(r, 100));
      expect(banner).toContain("Engine: 2 worker threads");
      const r = await fetch(`${base}/api/v1/check`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ paragraphs: KK, options: { uiLanguage: "kk" } }) });
      expect(r.status).toBe(200);
      const res = CheckResponse.parse(await r.json());
      expect(res.findings.map(key)).toEqual(inProcess(KK, "kk"));
      // The whole response — document, RIA checklist, engine block — as the engine in process gives it.
      const local = runCheck(CheckRequest.parse({ paragraphs: KK, options: { uiLanguage: "kk" } }));
      const withoutTimings = ({ timings: _t, ...rest }: CheckResponse) => rest;
      expect(withoutTimings(res)).toEqual(withoutTimings(local));
      if (codeText) {
        const big = paragraphsFromText(codeText).slice(0, 6000);
        const s = await fetch(`${base}/api/v1/check/stream`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ paragraphs: big, options: { uiLanguage: "ru" } }) });
        const events = (await s.text()).trim().split("\n").map((l) => StreamEvent.parse(JSON.parse(l)));
        expect(events.some((e) => e.type === "partial")).toBe(true);
        const done = events[events.length - 1]!;
        if (done.type !== "done") throw new Error(`stream ended with ${done.type}`);
        expect(done.response.findings.map(key)).toEqual(inProcess(big, "ru"));
      }
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
  });
});
