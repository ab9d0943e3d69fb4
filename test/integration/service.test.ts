/** The service over real HTTP on loopback: contract, localised errors, limits, storage without draft text. */
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { CheckResponse, ErrorResponse, HealthResponse, LIMITS, RulesResponse, StreamEvent } from "../../src/contract";
import { buildApp } from "../../src/server/app";
import { defaultConfig } from "../../src/server/config";

const RU_DRAFT = [
  "ПРИКАЗ",
  "Министра юстиции Республики Казахстан",
  "1. Утвердить прилагаемые Правила.",
  "2. Отчет ежегодно направляется в Мажилис Парламента Республики Казахстан.",
  "3. Заявитель представляет заявление, копию устава и иные документы.",
];
const KK_DRAFT = [
  "Қазақстан Республикасы Әділет министрінің БҰЙРЫҒЫ",
  "1. Қоса беріліп отырған Қағидалар бекітілсін.",
  "2. Есеп жыл сайын Қазақстан Республикасының Парламентіне жіберіледі.",
  "3. Өтініш беруші өтінішті, жарғының көшірмесін және өзге де құжаттарды ұсынады.",
];

let app: FastifyInstance;
let base: string;
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-svc-"));
  app = await buildApp({ distDir: path.join(tmp, "no-dist"), dbPath: path.join(tmp, "z.db") });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const addr = app.server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
});
afterAll(async () => {
  await app.close();
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/v1/check`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
const paras = (lines: string[]) => lines.map((text, index) => ({ index, text }));

describe("API", () => {
  it("reports health", async () => {
    const r = await fetch(`${base}/api/v1/health`);
    expect(r.status).toBe(200);
    const h = HealthResponse.parse(await r.json());
    expect(h.rules).toBeGreaterThanOrEqual(2);
    expect(h.llm.enabled).toBe(false);
  });

  it("lists rules with citations and titles in three languages", async () => {
    const r = RulesResponse.parse(await (await fetch(`${base}/api/v1/rules?lang=kk`)).json());
    expect(r.rules.length).toBeGreaterThanOrEqual(2);
    for (const rule of r.rules) {
      expect(rule.citation.url).toMatch(/^https:\/\/adilet\.zan\.kz\/kaz\/docs\//);
      expect(rule.title.kk && rule.title.ru && rule.title.en).toBeTruthy();
    }
  });

  it.each([
    ["ru", RU_DRAFT, "Мажилис Парламента", "иные документы"],
    ["kk", KK_DRAFT, "Парламентіне", "өзге де құжаттарды"],
  ])("checks a %s draft with exact spans", async (lang, lines, body, openList) => {
    const r = await post({ paragraphs: paras(lines), options: { uiLanguage: lang } });
    expect(r.status).toBe(200);
    const res = CheckResponse.parse(await r.json());
    expect(res.document.language).toBe(lang);
    expect(res.document.actType).toBe("ministerial-order");
    const quotes = res.findings.map((f) => f.quote);
    expect(quotes).toEqual(expect.arrayContaining([body, openList]));
    for (const f of res.findings) {
      expect(lines[f.paragraphIndex!]!.slice(f.start, f.end)).toBe(f.quote);
      expect(f.citation.url).toContain(lang === "kk" ? "/kaz/" : "/rus/");
    }
    expect(res.summary.total).toBe(res.findings.length);
    expect(res.summary.byPack.constitution!.error).toBeGreaterThanOrEqual(1);
  });

  it("answers the RIA checklist for a draft that introduces a permit requirement", async () => {
    const lines = [
      "ПРИКАЗ",
      "Министра экологии и природных ресурсов Республики Казахстан",
      "ПРИКАЗЫВАЮ:",
      "1. Субъекты предпринимательства, осуществляющие сбор и вывоз коммунальных отходов, обязаны получить разрешение уполномоченного органа.",
      "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
    ];
    const r = await post({ paragraphs: paras(lines), options: { uiLanguage: "ru" } });
    const res = CheckResponse.parse(await r.json());
    const ria = res.findings.find((f) => f.ruleId === "RIA-REQUIRED");
    expect(ria).toBeDefined();
    expect(ria!.paragraphIndex).toBeNull();
    expect(ria!.message).toContain("«разрешение»");
    expect(ria!.citation.act).toBe("entrepreneurial-code");
    expect(res.ria).toBeDefined();
    expect(res.ria!.required).toBe(true);
    expect(res.ria!.triggers[0]).toMatchObject({ kind: "permit", paragraphIndex: 3, quote: "разрешение" });
    const trigger = res.ria!.items.find((i) => i.id === "trigger")!;
    expect(trigger).toMatchObject({ no: 1, answer: "yes", evidence: { paragraphIndex: 3 } });
    expect(lines[3]).toContain(trigger.evidence!.quote);
    expect(res.ria!.items.find((i) => i.id === "lead-time")).toMatchObject({ answer: "no", evidence: { paragraphIndex: 4 } });
    expect(res.ria!.items.find((i) => i.id === "alternatives")!.answer).toBe("open");
    for (const item of res.ria!.items) {
      expect(item.label.kk && item.label.ru && item.label.en).toBeTruthy();
      expect(item.citation.url).toMatch(/^https:\/\/adilet\.zan\.kz\/rus\/docs\//);
    }
    // A draft with no requirement for business: not required, the trigger item says "no".
    const plain = CheckResponse.parse(await (await post({ paragraphs: paras(RU_DRAFT) })).json());
    expect(plain.ria!.required).toBe(false);
    expect(plain.ria!.items[0]).toMatchObject({ id: "trigger", answer: "no" });
    // Without the "ria" pack there is no checklist; and a response without `ria` (an older service) still parses.
    const noRia = CheckResponse.parse(await (await post({ paragraphs: paras(lines), options: { packs: ["legal-acts"] } })).json());
    expect(noRia.ria).toBeUndefined();
    const { ria: _omit, ...older } = res;
    expect(CheckResponse.safeParse(older).success).toBe(true);
  });

  it("honours an act-type override and reports what it detected", async () => {
    const r = await post({ document: { actType: "law" }, paragraphs: paras(RU_DRAFT) });
    const res = CheckResponse.parse(await r.json());
    expect(res.document.actType).toBe("law");
    expect(res.document.detected.actType).toBe("ministerial-order");
  });
});

describe("errors in the user's language", () => {
  it("malformed JSON → 400 in Kazakh", async () => {
    const r = await post("{not json", { "x-zanger-ui-language": "kk" });
    expect(r.status).toBe(400);
    const e = ErrorResponse.parse(await r.json());
    expect(e.error.code).toBe("bad_request");
    expect(e.error.message).toMatch(/Сұрау пішімге сәйкес келмейді/);
  });

  it("options misplaced at the top level → 400 in Russian naming them, not a check as another act type", async () => {
    const r = await post({ actType: "law", language: "kk", paragraphs: paras(RU_DRAFT) });
    expect(r.status).toBe(400);
    const e = ErrorResponse.parse(await r.json());
    expect(e.error.code).toBe("bad_request");
    expect(e.error.message).toMatch(/^Запрос не соответствует формату/);
    expect(e.error.message).toMatch(/actType/);
  });

  it("a request without paragraphs → 400 in English naming the field", async () => {
    const r = await post({ options: { uiLanguage: "en" } });
    expect(r.status).toBe(400);
    const e = ErrorResponse.parse(await r.json());
    expect(e.error.message).toMatch(/paragraphs/);
    expect(e.error.message).toMatch(/^The request/);
  });

  it("duplicate paragraph indexes → 400", async () => {
    const r = await post({ paragraphs: [{ index: 0, text: "a" }, { index: 0, text: "b" }] });
    expect(r.status).toBe(400);
  });

  it("too many paragraphs → 413 in Russian with the numbers", async () => {
    const many = Array.from({ length: LIMITS.maxParagraphs + 1 }, (_, index) => ({ index, text: "x" }));
    const r = await post({ paragraphs: many, options: { uiLanguage: "ru" } });
    expect(r.status).toBe(413);
    const e = ErrorResponse.parse(await r.json());
    expect(e.error.code).toBe("too_many_paragraphs");
    expect(e.error.message).toContain(String(LIMITS.maxParagraphs));
  });

  it("a paragraph over the length limit → 413", async () => {
    const r = await post({ paragraphs: [{ index: 0, text: "а".repeat(LIMITS.maxParagraphLength + 1) }] });
    expect(r.status).toBe(413);
    expect(ErrorResponse.parse(await r.json()).error.code).toBe("paragraph_too_long");
  });

  it("a body over the size limit → 413, message from the header's language", async () => {
    const huge = JSON.stringify({ paragraphs: [{ index: 0, text: "x".repeat(LIMITS.maxBodyBytes) }] });
    const r = await post(huge, { "x-zanger-ui-language": "en" });
    expect(r.status).toBe(413);
    const e = ErrorResponse.parse(await r.json());
    expect(e.error.code).toBe("payload_too_large");
    expect(e.error.message).toMatch(/too large/);
  });

  it("unknown path → 404 JSON", async () => {
    const r = await fetch(`${base}/api/v1/nope`, { headers: { "accept-language": "kk-KZ" } });
    expect(r.status).toBe(404);
    expect(ErrorResponse.parse(await r.json()).error.message).toMatch(/табылмады/);
  });

  it("without a built pane, / says how to build it", async () => {
    const r = await fetch(`${base}/`);
    expect(await r.text()).toMatch(/npm run build/);
  });
});

describe("a large document (the Entrepreneurial Code, ../shared/corpus)", () => {
  const CODE = path.resolve(__dirname, "../../../shared/corpus/entrepreneurial-code.ru.txt");
  const text = fs.existsSync(CODE) ? fs.readFileSync(CODE, "utf8") : null;
  const maybe = text ? it : it.skip;
  const paragraphs = () => text!.split("\n").slice(0, 6000).map((t, index) => ({ index, text: t }));
  const key = (f: { ruleId: string; paragraphIndex: number | null; start: number; end: number }) => `${f.ruleId}|${f.paragraphIndex}|${f.start}|${f.end}`;

  maybe(`streams partial rule findings before the full result, and the union is the result${text ? "" : " (skipped: needs ../shared/corpus)"}`, async () => {
    const r = await fetch(`${base}/api/v1/check/stream`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ paragraphs: paragraphs(), options: { uiLanguage: "kk" } }) });
    expect(r.status).toBe(200);
    const events = (await r.text()).trim().split("\n").map((l) => StreamEvent.parse(JSON.parse(l)));
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === "partial").length).toBeGreaterThan(1);
    expect(types.indexOf("partial")).toBeLessThan(types.indexOf("rules"));
    expect(types[types.length - 1]).toBe("done");
    const partial = events.flatMap((e) => (e.type === "partial" ? e.findings : []));
    const rules = events.find((e) => e.type === "rules");
    if (rules?.type !== "rules") throw new Error("no rules event");
    const final = new Set(rules.response.findings.map(key));
    for (const f of partial) expect(final.has(key(f))).toBe(true);
    expect(partial[0]!.message).toMatch(/[әғқңөұүһі]/u); // in the UI language asked for (Kazakh)
  });

  maybe(`does not block the service: health is answered while the check runs${text ? "" : " (skipped: needs ../shared/corpus)"}`, async () => {
    let checkDone = 0;
    const check = fetch(`${base}/api/v1/check`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ paragraphs: paragraphs(), options: { uiLanguage: "ru" } }) }).then(async (r) => {
      await r.arrayBuffer();
      checkDone = performance.now();
      return r.status;
    });
    // Ask for health once the check is under way (its body is being parsed or the rules are running).
    await new Promise((resolve) => setTimeout(resolve, 30));
    const health = await fetch(`${base}/api/v1/health`);
    const healthDone = performance.now();
    expect(health.status).toBe(200);
    expect(await check).toBe(200);
    expect(healthDone).toBeLessThan(checkDone);
  });
});

describe("storage", () => {
  it("records each check without any draft text", async () => {
    const marker = "Уникальныйтекстпроекта";
    await post({ paragraphs: paras([...RU_DRAFT, `4. ${marker} вводится в действие.`]) });
    const db = new Database(path.join(tmp, "z.db"), { readonly: true });
    const rows = db.prepare("SELECT * FROM checks").all();
    db.close();
    expect(rows.length).toBeGreaterThanOrEqual(1);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(marker);
    expect(dump).not.toContain("Мажилис");
  });
});

describe("configuration", () => {
  it("binds to 127.0.0.1 on port 3000 by default; environment overrides", () => {
    expect(defaultConfig({}).host).toBe("127.0.0.1");
    expect(defaultConfig({}).port).toBe(3000);
    const c = defaultConfig({ ZANGER_PORT: "4100", ZANGER_DB: "/tmp/x.db" });
    expect(c.port).toBe(4100);
    expect(c.dbPath).toBe("/tmp/x.db");
  });

  it("serves HTTPS when a certificate is configured", async () => {
    const key = path.join(tmp, "key.pem");
    const cert = path.join(tmp, "cert.pem");
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost"], { stdio: "ignore" });
    const tlsApp = await buildApp({ distDir: tmp, dbPath: ":memory:", tls: { certFile: cert, keyFile: key } });
    await tlsApp.listen({ port: 0, host: "127.0.0.1" });
    const port = (tlsApp.server.address() as { port: number }).port;
    const body = await new Promise<string>((resolve, reject) => {
      https
        .get({ host: "127.0.0.1", port, path: "/api/v1/health", ca: fs.readFileSync(cert), servername: "localhost" }, (res) => {
          let data = "";
          res.on("data", (c) => (data += c));
          res.on("end", () => resolve(data));
        })
        .on("error", reject);
    });
    await tlsApp.close();
    expect(HealthResponse.parse(JSON.parse(body)).status).toBe("ok");
  });

  it("serves the built pane and manifest, not the test-only fake host or files outside dist", async () => {
    const dist = path.join(tmp, "dist-static");
    fs.mkdirSync(path.join(dist, "test"), { recursive: true });
    fs.writeFileSync(path.join(dist, "taskpane.html"), "<!doctype html><title>pane</title>");
    fs.writeFileSync(path.join(dist, "manifest.xml"), "<OfficeApp/>");
    fs.writeFileSync(path.join(dist, "test", "fake-word-host.js"), "window.fake = 1;");
    fs.writeFileSync(path.join(tmp, "secret.txt"), "outside");
    const staticApp = await buildApp({ distDir: dist, dbPath: ":memory:" });
    await staticApp.listen({ port: 0, host: "127.0.0.1" });
    const port = (staticApp.server.address() as { port: number }).port;
    // Raw paths: http.get sends them as written (fetch would normalise "/../").
    const get = (p: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, path: p }, (res) => {
            let data = "";
            res.on("data", (c) => (data += c));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body: data }));
          })
          .on("error", reject);
      });
    try {
      const pane = await get("/taskpane.html");
      expect(pane.status).toBe(200);
      expect(pane.body).toContain("pane");
      expect((await get("/manifest.xml")).status).toBe(200);
      expect((await get("/test/fake-word-host.js")).status).toBe(404);
      expect((await get("/%2e%2e/secret.txt")).body).not.toContain("outside");
      expect((await get("/../secret.txt")).body).not.toContain("outside");
      expect((await get("/test/../test/fake-word-host.js")).status).toBe(404);
    } finally {
      await staticApp.close();
    }
  });
});
