/**
 * Trust (issue 7, first part) over real HTTP: bearer tokens (none, wrong, revoked), rate limits, path traversal,
 * the audit log (200 concurrent checks → 200 rows, no draft text), `zanger token` and `zanger audit export`, the
 * refusal to listen beyond localhost without a token, and a kill -9 under load that loses no committed row.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { ErrorResponse } from "../../src/contract";
import { buildApp } from "../../src/server/app";
import { CheckLog } from "../../src/store/checks";
import { openDb } from "../../src/store/db";
import { TokenStore } from "../../src/store/tokens";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "zanger.js");
const DRAFT = ["ПРИКАЗ Министра финансов Республики Казахстан", "1. Отчет направляется в Мажилис Парламента Республики Казахстан секретно."];
const body = (i = 0) => JSON.stringify({ document: {}, paragraphs: DRAFT.map((text, index) => ({ index, text: index === 1 ? `${text} № ${i}` : text })), options: { uiLanguage: "ru" } });

const apps: FastifyInstance[] = [];
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
});

async function start(opts: Partial<Parameters<typeof buildApp>[0]> = {}): Promise<{ base: string; dbPath: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-trust-"));
  const dist = path.join(dir, "dist");
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, "taskpane.html"), "<!doctype html><title>pane</title>");
  fs.writeFileSync(path.join(dir, "secret.txt"), "outside the static folder");
  const dbPath = opts.dbPath ?? path.join(dir, "z.db");
  const app = await buildApp({ distDir: dist, dbPath, ...opts });
  await app.listen({ port: 0, host: "127.0.0.1" });
  apps.push(app);
  return { base: `http://127.0.0.1:${(app.server.address() as { port: number }).port}`, dbPath, dir };
}

const check = (base: string, token?: string, i = 0, lang = "ru") =>
  fetch(`${base}/api/v1/check`, { method: "POST", headers: { "Content-Type": "application/json", "X-Zanger-UI-Language": lang, ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: body(i) });

describe("bearer tokens", () => {
  it("no token, a wrong one and a revoked one get 401 in the user's language; a valid one passes; health stays open", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-tokens-"));
    const dbPath = path.join(dir, "z.db");
    const db = openDb(dbPath);
    const store = new TokenStore(db);
    const good = store.create("ivanov");
    const old = store.create("petrov");
    store.revoke("petrov");
    db.close();
    const { base } = await start({ dbPath, auth: "tokens" });
    for (const t of [undefined, "zng_wrong", old]) {
      const r = await check(base, t, 0, "kk");
      expect(r.status).toBe(401);
      expect(r.headers.get("www-authenticate")).toMatch(/Bearer/);
      expect(ErrorResponse.parse(await r.json()).error).toMatchObject({ code: "unauthorized", message: expect.stringMatching(/токен/) });
    }
    expect((await check(base, good)).status).toBe(200);
    expect((await fetch(`${base}/api/v1/rules`)).status).toBe(401);
    expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
    // The audit row names the token, never the draft.
    const rows = new CheckLog(openDb(dbPath)).recent();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenName).toBe("ivanov");
  });

  it("tokens are stored as hashes only, shown once, and names are unique", () => {
    const db = openDb(":memory:");
    const store = new TokenStore(db);
    const t = store.create("a.user@min.gov.kz");
    expect(t).toMatch(/^zng_[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(db.prepare("SELECT * FROM tokens").all())).not.toContain(t);
    expect(() => store.create("a.user@min.gov.kz")).toThrow(/exists already/);
    expect(() => store.create("bad name")).toThrow(/token name/);
    expect(store.verify(t)).toBe("a.user@min.gov.kz");
  });
});

describe("limits and static files", () => {
  it("a token (or address) over its checks per minute gets 429 with Retry-After; reading the rules is not limited", async () => {
    const { base } = await start({ rateLimitPerMinute: 3 });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await check(base, undefined, i)).status);
    expect(codes).toEqual([200, 200, 200, 429]);
    const r = await check(base, undefined, 9, "en");
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(ErrorResponse.parse(await r.json()).error.message).toMatch(/Too many requests/);
    expect((await fetch(`${base}/api/v1/rules`)).status).toBe(200);
  });

  it("no cross-origin access: the pane is served by the service itself, so no CORS header is ever sent", async () => {
    const { base } = await start();
    const pre = await fetch(`${base}/api/v1/check`, { method: "OPTIONS", headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" } });
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const r = await fetch(`${base}/api/v1/check`, { method: "POST", headers: { "Content-Type": "application/json", Origin: "https://evil.example" }, body: body() });
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("static files cannot escape their folder", async () => {
    const { base } = await start();
    expect((await fetch(`${base}/taskpane.html`)).status).toBe(200);
    for (const p of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/%2e%2e%2f%2e%2e%2fpackage.json"]) {
      const r = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        // A raw request: fetch would normalise the dots away before sending.
        const u = new URL(base);
        const s = net.connect(Number(u.port), u.hostname, () => s.write(`GET ${p} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
        let data = "";
        s.on("data", (c) => (data += c));
        s.on("end", () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1]), body: data }));
        s.on("error", reject);
      });
      expect(r.body).not.toContain("outside the static folder");
      expect(r.body).not.toContain('"name": "zanger"');
      expect([400, 403, 404]).toContain(r.status);
    }
  });
});

describe("audit log", () => {
  it("200 concurrent checks leave exactly 200 rows with rules version, editions, counts by pack and timings — and no draft text", async () => {
    const { base, dbPath } = await start();
    const res = await Promise.all(Array.from({ length: 200 }, (_, i) => check(base, undefined, i)));
    expect(res.every((r) => r.status === 200)).toBe(true);
    const db = openDb(dbPath);
    const rows = new CheckLog(db).between();
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((r) => r.documentHash)).size).toBe(200);
    for (const r of rows) {
      expect(r.rulesVersion).toBeTruthy();
      expect(r.corpusEditions).toMatch(/constitution-2026@/);
      expect(r.llmStatus).toBe("not-configured");
      expect(JSON.parse(r.byPack).constitution.error).toBeGreaterThan(0);
      expect(r.totalMs).toBeGreaterThan(0);
    }
    db.close();
    const bytes = fs.readFileSync(dbPath).toString("utf8") + (fs.existsSync(`${dbPath}-wal`) ? fs.readFileSync(`${dbPath}-wal`).toString("utf8") : "");
    expect(bytes).not.toContain("секретно");
    expect(bytes).not.toContain("Мажилис Парламента");
  });
});

describe("zanger token, zanger audit export, zanger serve beyond localhost", () => {
  const zanger = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

  it("creates, lists and revokes tokens; exports the audit log as CSV and JSON between dates", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-cli-trust-"));
    const db = path.join(dir, "z.db");
    const created = zanger("token", "create", "--name", "ivanov", "--db", db);
    expect(created.status).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^zng_/);
    expect(created.stderr).toMatch(/shown only now/);
    expect(zanger("token", "create", "--name", "ivanov", "--db", db).status).toBe(2);
    const { base } = await start({ dbPath: db, auth: "tokens" });
    expect((await check(base, token)).status).toBe(200);
    expect(zanger("token", "revoke", "--name", "ivanov", "--db", db).status).toBe(0);
    expect((await check(base, token)).status).toBe(401);
    expect(zanger("token", "list", "--db", db).stdout).toMatch(/^ivanov\t\S+\trevoked /m);

    const csv = zanger("audit", "export", "--format", "csv", "--db", db);
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trim().split("\n");
    expect(lines[0]).toBe("at,tokenName,documentHash,actType,language,paragraphs,rulesVersion,corpusEditions,llmModel,llmPromptVersion,llmStatus,errors,warnings,infos,byPack,rulesMs,llmMs,totalMs,draftText");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/,ivanov,/);
    const json = JSON.parse(zanger("audit", "export", "--format", "json", "--from", "2000-01-01", "--db", db).stdout) as unknown[];
    expect(json).toHaveLength(1);
    expect(JSON.parse(zanger("audit", "export", "--format", "json", "--to", "2000-01-01", "--db", db).stdout)).toEqual([]);
    expect(zanger("audit", "export", "--from", "yesterday", "--db", db).status).toBe(2);
  });

  it("refuses to listen beyond localhost until a token exists, and says why", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-host-"));
    const r = zanger("serve", "--host", "0.0.0.0", "--port", "0", "--db", path.join(dir, "z.db"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/beyond localhost.*zanger token create --name NAME/s);
  });
});

describe("kill -9 under load", () => {
  it("loses no committed audit row and corrupts nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-kill-"));
    const dbPath = path.join(dir, "z.db");
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const serve = () => spawn(process.execPath, [BIN, "serve", "--port", String(port), "--db", dbPath], { env: { ...process.env, ZANGER_RATE_LIMIT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
    const waitUp = async () => {
      for (let i = 0; i < 100; i++) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return;
        } catch {
          // not yet
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error("the service did not start");
    };
    const child = serve();
    const exited = new Promise((r) => child.once("exit", r));
    await waitUp();
    let answered = 0;
    const load = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; ; i++) {
        try {
          const r = await check(`http://127.0.0.1:${port}`, undefined, w * 10_000 + i);
          if (r.status === 200) answered++;
        } catch {
          return;
        }
      }
    });
    const deadline = Date.now() + 60_000;
    while (answered < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBeGreaterThanOrEqual(60);
    const committed = answered;
    child.kill("SIGKILL");
    await exited;
    await Promise.all(load);
    const again = serve();
    const againExited = new Promise((r) => again.once("exit", r));
    await waitUp();
    const db = openDb(dbPath);
    expect((db.pragma("integrity_check") as { integrity_check: string }[])[0]!.integrity_check).toBe("ok");
    // Every check that was answered had its row committed first.
    expect(new CheckLog(db).count()).toBeGreaterThanOrEqual(committed);
    db.close();
    again.kill("SIGTERM");
    await againExited;
  });
});

describe("feedback and organisation-wide dismissals", () => {
  const zanger = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  const post = (base: string, url: string, payload: unknown, token?: string) =>
    fetch(`${base}${url}`, { method: "POST", headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(payload) });

  it("records a verdict per finding (no draft text), shows per-rule precision, and an administrator's dismissal hides findings for everyone", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-feedback-"));
    const dbPath = path.join(dir, "z.db");
    const token = zanger("token", "create", "--name", "ivanov", "--db", dbPath).stdout.trim();
    const { base } = await start({ dbPath, auth: "tokens" });
    const first = (await (await check(base, token)).json()) as { findings: { ruleId: string; fingerprint: string; source: string }[] };
    const f = first.findings.find((x) => x.ruleId === "CONST-ABOLISHED-BODY")!;
    expect(f).toBeDefined();
    expect((await post(base, "/api/v1/feedback", { ruleId: f.ruleId, fingerprint: f.fingerprint, verdict: "false-alarm", reason: "история изменений", source: f.source }, token)).status).toBe(204);
    expect((await post(base, "/api/v1/feedback", { ruleId: f.ruleId, fingerprint: f.fingerprint, verdict: "useful" }, token)).status).toBe(204);
    expect((await post(base, "/api/v1/feedback", { ruleId: f.ruleId, fingerprint: f.fingerprint, verdict: "maybe" }, token)).status).toBe(400);
    expect((await post(base, "/api/v1/feedback", { ruleId: f.ruleId, fingerprint: f.fingerprint, verdict: "useful" })).status).toBe(401);
    const stats = zanger("stats", "--db", dbPath);
    expect(stats.stdout).toMatch(/CONST-ABOLISHED-BODY\s+1\s+1\s+50\.0 %/);
    const rows = openDb(dbPath).prepare("SELECT token_name, rule_id, fingerprint, verdict, reason FROM feedback ORDER BY id").all();
    expect(rows).toEqual([
      { token_name: "ivanov", rule_id: "CONST-ABOLISHED-BODY", fingerprint: f.fingerprint, verdict: "false-alarm", reason: "история изменений" },
      { token_name: "ivanov", rule_id: "CONST-ABOLISHED-BODY", fingerprint: f.fingerprint, verdict: "useful", reason: null },
    ]);

    // The administrator dismisses that finding for the whole organisation: it is gone from the next check.
    const added = zanger("dismiss", "add", "--rule", f.ruleId, "--fingerprint", f.fingerprint, "--note", "историческая сноска", "--db", dbPath);
    expect(added.status).toBe(0);
    const second = (await (await check(base, token)).json()) as { findings: { ruleId: string }[]; engine: { orgDismissed?: number }; summary: { total: number } };
    expect(second.findings.some((x) => x.ruleId === f.ruleId)).toBe(false);
    expect(second.engine.orgDismissed).toBe(1);
    expect(second.summary.total).toBe(second.findings.length);
    // A whole rule for one act type.
    zanger("dismiss", "remove", "--id", added.stdout.trim(), "--db", dbPath);
    expect(zanger("dismiss", "add", "--rule", "AC-SECRET-NORMS", "--act-type", "law", "--db", dbPath).status).toBe(2);
    expect(zanger("dismiss", "add", "--rule", f.ruleId, "--act-type", "law", "--db", dbPath).status).toBe(0);
    const third = (await (await check(base, token)).json()) as { findings: { ruleId: string }[]; document: { actType: string } };
    expect(third.document.actType).toBe("ministerial-order");
    expect(third.findings.some((x) => x.ruleId === f.ruleId)).toBe(true);
    expect(zanger("dismiss", "list", "--db", dbPath).stdout).toMatch(/CONST-ABOLISHED-BODY\t\*\tlaw/);
  });
});

describe("draft text in the audit log", () => {
  it("is absent by default and kept only when an administrator turns it on", async () => {
    const off = await start();
    await check(off.base);
    const on = await start({ auditDrafts: true });
    await check(on.base);
    const rowOff = new CheckLog(openDb(off.dbPath)).recent()[0]!;
    const rowOn = new CheckLog(openDb(on.dbPath)).recent()[0]!;
    expect(rowOff.draftText).toBeNull();
    expect(JSON.parse(rowOn.draftText!)).toEqual([DRAFT[0], `${DRAFT[1]} № 0`]);
  });
});
