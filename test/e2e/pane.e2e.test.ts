/**
 * The built task pane end to end in headless Chromium, against the REAL service (buildApp, in-process, on
 * 127.0.0.1 with an ephemeral port) and the stateful fake Word host (test/fakes/fake-word.ts).
 *
 * How Word gets into the page: dist/taskpane.html loads Office.js from Microsoft's CDN, as Office requires. The
 * test routes that CDN URL to dist/test/fake-word-host.js, a stand-alone build of the fake made by webpack next to
 * the pane (entry `fake-word-host`, fixed file name). So the fake runs exactly where Office.js would, before the
 * pane's bundle, and the pane runs unmodified. The fake's options come from window.__ZANGER_FAKE_OPTIONS__ (set
 * by addInitScript); its state is read back with page.evaluate(() => window.__zangerFake.state).
 * Every other request that does not go to the service fails the test (no network in CI, and nothing may leak).
 *
 * dist/ must be built first: `npm test` does that (pretest → npm run build).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Response as PwResponse } from "playwright-core";
import { StreamEvent, type CheckResponse, type Finding, type RulesResponse } from "../../src/contract";
import { PANE_STRINGS } from "../../src/i18n/pane";
import { SAMPLE_KK, SAMPLE_RU } from "../../src/preview/samples";
import { buildApp } from "../../src/server/app";
import { readDocxParagraphs } from "../../src/docx/read-paragraphs";
import { openDb } from "../../src/store/db";
import { TokenStore } from "../../src/store/tokens";
import { FakeOpenAiServer } from "../fakes/openai-server";
import { CAREFUL, RU_PARAGRAPHS, TEST_LLM } from "../fixtures/llm-drafts";
import { importMiniCorpus } from "../fixtures/mini-corpus";
import { makeDocxFromLines } from "../fixtures/make-docx";
import type { FakeCommentRecord, FakeWordOptions, FakeWordState } from "../fakes/fake-word";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const FAKE_HOST_JS = path.join(DIST, "test", "fake-word-host.js");
const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;
const SCREENSHOT = path.join(ROOT, "test-results", "preview.png");
const CHROMIUM = process.env.ZANGER_CHROMIUM || "/usr/bin/chromium";

let app: FastifyInstance;
let base: string;
let browser: Browser;
let tmp: string;

beforeAll(async () => {
  for (const f of [path.join(DIST, "taskpane.html"), path.join(DIST, "index.html"), FAKE_HOST_JS]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(ROOT, f)} is missing: build the pane first (npm run build, or npm test which builds).`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set ZANGER_CHROMIUM).`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-e2e-"));
  app = await buildApp({ host: "127.0.0.1", port: 0, distDir: DIST, dbPath: path.join(tmp, "e2e.db") });
  await app.listen({ host: "127.0.0.1", port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests that went (or tried to go) anywhere but the service; must stay empty. */
  external: string[];
  /** Errors thrown in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

async function openSession(fake?: FakeWordOptions, service = base, opts: { record?: boolean } = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: "ru-RU" });
  const external: string[] = [];
  const pageErrors: string[] = [];
  const fakeHost = fs.readFileSync(FAKE_HOST_JS, "utf8");
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(service + "/")) return route.continue();
    if (OFFICE_JS.test(url) && fake) {
      return route.fulfill({ status: 200, contentType: "application/javascript; charset=utf-8", body: fakeHost });
    }
    external.push(url);
    return route.abort("blockedbyclient");
  });
  if (fake) {
    await context.addInitScript((opts) => {
      (window as unknown as { __ZANGER_FAKE_OPTIONS__: unknown }).__ZANGER_FAKE_OPTIONS__ = opts;
    }, fake);
  }
  const page = await context.newPage();
  if (opts.record !== false) await recordChecks(page);
  page.on("pageerror", (e) => pageErrors.push(e.message));
  return { context, page, external, pageErrors, close: () => context.close() };
}

/** One property of the fake Word's state, read in the page. */
function fakeState<K extends keyof FakeWordState>(page: Page, key: K): Promise<FakeWordState[K]> {
  return page.evaluate(
    (k) => (window as unknown as { __zangerFake: { state: Record<string, unknown> } }).__zangerFake.state[k],
    key as string,
  ) as Promise<FakeWordState[K]>;
}

/** Waits until the element's text contains `text` (10 s). */
async function waitForText(locator: Locator, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = "";
  while (Date.now() < deadline) {
    last = (await locator.textContent().catch(() => "")) ?? "";
    if (last.includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected «${last}» to contain «${text}»`);
}

async function zangerComments(page: Page): Promise<FakeCommentRecord[]> {
  const all = await fakeState(page, "comments");
  return all.filter((c) => c.content.startsWith("[Zanger"));
}

/**
 * Checks the pane made, as the service answered them. Chromium keeps no body for a response the page reads as a
 * stream, so sessions that record route the stream endpoint through the test: the service's whole answer is
 * fetched, parsed and handed to the page unchanged (at once rather than line by line — the LLM tests, which are
 * about the line-by-line display, do not record).
 */
const recorded = new WeakMap<Page, CheckResponse[]>();

function finalOfStream(body: string): CheckResponse {
  const events = body.trim().split("\n").map((l) => StreamEvent.parse(JSON.parse(l)));
  // Partial rule findings may come first (the engine works in slices of ~20 ms); then the full rule result.
  expect(events.find((e) => e.type !== "partial")!.type).toBe("rules");
  const last = events[events.length - 1]!;
  if (last.type !== "done") throw new Error(`the stream ended with ${last.type}`);
  return last.response;
}

async function recordChecks(page: Page): Promise<void> {
  const list: CheckResponse[] = [];
  recorded.set(page, list);
  await page.route("**/api/v1/check/stream", async (route) => {
    const r = await route.fetch();
    const body = await r.text();
    if (r.status() === 200) {
      expect(r.headers()["content-type"]).toMatch(/application\/x-ndjson/);
      list.push(finalOfStream(body));
    }
    await route.fulfill({ response: r, body });
  });
}

/** Resolves with the answer to the check after the first `n` (wait for it: 15 s). */
async function nthCheck(page: Page, n: number): Promise<CheckResponse> {
  const list = recorded.get(page)!;
  const deadline = Date.now() + 15_000;
  while (list.length <= n) {
    if (Date.now() > deadline) throw new Error(`no answer to check #${n + 1}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return list[n]!;
}

const checksSoFar = (page: Page) => recorded.get(page)!.length;

/** Clicks "Check document" and returns the service's answer (what the pane shows). */
async function check(page: Page): Promise<CheckResponse> {
  const n = checksSoFar(page);
  await page.getByTestId("check").click();
  const body = await nthCheck(page, n);
  if (body.findings.length > 0) await page.getByTestId("finding").first().waitFor();
  else await page.getByTestId("summary").waitFor();
  return body;
}

/** Every Zanger comment sits on exactly the words of one finding of the check; returns the findings commented. */
function expectCommentsOnExactWords(comments: FakeCommentRecord[], findings: Finding[]): Finding[] {
  const matched: Finding[] = [];
  for (const c of comments) {
    const ruleId = /^\[Zanger · ([A-Z0-9-]+)\]/.exec(c.content)?.[1];
    const f = findings.find((x) => x.ruleId === ruleId && x.paragraphIndex === c.paragraphIndex && x.start === c.start && x.end === c.end);
    expect({ comment: c.content.slice(0, 60), found: Boolean(f) }).toEqual({ comment: c.content.slice(0, 60), found: true });
    expect(c.quotedText).toBe(f!.quote);
    matched.push(f!);
  }
  return matched;
}

async function runCommentFlow(page: Page, lang: "ru" | "kk", paragraphs: string[]) {
  const s = PANE_STRINGS[lang];
  const res = await check(page);
  expect(res.document.language).toBe(lang);
  const located = res.findings.filter((f) => f.paragraphIndex !== null);
  expect(located.length).toBeGreaterThan(0);
  // The service's spans are what the document says.
  for (const f of located) expect(paragraphs[f.paragraphIndex!]!.slice(f.start, f.end)).toBe(f.quote);
  expect(await page.getByTestId("finding").count()).toBeGreaterThanOrEqual(located.length);

  // Click the abolished-body finding: its words get selected in Word.
  const abolished = located.find((f) => f.ruleId === "CONST-ABOLISHED-BODY");
  expect(abolished).toBeDefined();
  await page.locator(`[data-finding-id="${abolished!.id}"] [data-testid="finding-select"]`).click();
  await page.waitForFunction(
    (q) => (window as unknown as { __zangerFake: { state: { selection: { text: string } | null } } }).__zangerFake.state.selection?.text === q,
    abolished!.quote,
  );

  // Add all as comments.
  await page.getByTestId("add-all").click();
  await page.getByTestId("notice").waitFor();
  const comments = await zangerComments(page);
  const commented = expectCommentsOnExactWords(comments, located);
  expect(commented.some((f) => f.ruleId === "CONST-ABOLISHED-BODY")).toBe(true);
  // Every located finding is either commented or shown in the pane with the reason it was not.
  const unanchored = await page.getByTestId("finding-outcome").count();
  expect(comments.length + unanchored).toBe(located.length);
  // The comment body is title + message + basis line, in the UI language.
  const c0 = comments.find((c) => c.paragraphIndex === abolished!.paragraphIndex && c.start === abolished!.start)!;
  expect(c0.content).toContain(abolished!.title);
  expect(c0.content).toContain(abolished!.message);
  expect(c0.content).toContain(`${s.basis}: `);
  expect(await page.getByTestId("finding-commented").count()).toBe(comments.length);

  // Remove Zanger comments (a reviewer's own comment stays).
  await page.getByTestId("remove-comments").click();
  await waitForText(page.getByTestId("notice"), s.removed(comments.length));
  expect(await zangerComments(page)).toEqual([]);
  expect((await fakeState(page, "comments")).length).toBe(1);

  // One finding, one comment: "Add comment" on the card.
  await page.locator(`[data-finding-id="${abolished!.id}"] [data-testid="finding-add-comment"]`).click();
  await page.locator(`[data-finding-id="${abolished!.id}"] [data-testid="finding-commented"]`).waitFor();
  const one = await zangerComments(page);
  expect(one).toHaveLength(1);
  expect(one[0]!.quotedText).toBe(abolished!.quote);
  expect([one[0]!.paragraphIndex, one[0]!.start, one[0]!.end]).toEqual([abolished!.paragraphIndex, abolished!.start, abolished!.end]);
}

/** A ministerial order that introduces a permit and a reporting duty for businesses, with no RIA reference. */
const RIA_DRAFT = [
  "ПРИКАЗ",
  "Министра экологии и природных ресурсов Республики Казахстан",
  "ПРИКАЗЫВАЮ:",
  "1. Субъекты предпринимательства, осуществляющие сбор и вывоз коммунальных отходов, обязаны получить разрешение местного исполнительного органа.",
  "2. Индивидуальные предприниматели и юридические лица ежеквартально представляют в уполномоченный орган отчет об объемах вывезенных отходов.",
  "3. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
];

const REVIEWER_COMMENT = { paragraphIndex: 0, start: 0, end: 6, content: "Проверить реквизиты", authorName: "Reviewer" };

describe("task pane in headless Chromium (real service, fake Word)", () => {
  it("Russian draft: check, select, add all as comments on the exact words, remove them", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU", comments: [REVIEWER_COMMENT] });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("zanger-pane").waitFor();
      expect(await page.getByTestId("zanger-pane").getAttribute("data-ui-language")).toBe("ru");
      expect(await page.getByTestId("check").textContent()).toBe(PANE_STRINGS.ru.check);
      await runCommentFlow(page, "ru", SAMPLE_RU.paragraphs);
      expect(session.pageErrors).toEqual([]);
      expect(session.external).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("Kazakh Word (kk-KZ): the pane speaks Kazakh and checks a Kazakh draft", async () => {
    const session = await openSession({ paragraphs: SAMPLE_KK.paragraphs, apiLevel: "1.7", displayLanguage: "kk-KZ", comments: [REVIEWER_COMMENT] });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("zanger-pane").waitFor();
      expect(await page.getByTestId("zanger-pane").getAttribute("data-ui-language")).toBe("kk");
      expect(await page.getByTestId("check").textContent()).toBe("Құжатты тексеру");
      await runCommentFlow(page, "kk", SAMPLE_KK.paragraphs);
      expect(await page.getByTestId("add-all").textContent()).toBe(PANE_STRINGS.kk.addAll);
      expect(session.pageErrors).toEqual([]);
      expect(session.external).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("compare with the other language version: the lawyer picks the Kazakh .docx, differences show in the Russian document and become comments on the exact words", async () => {
    const RU_DOC = ["ПРИКАЗ", "1. Заявление рассматривается в течение десяти календарных дней.", "2. Представляются документы, предусмотренные пунктом 2 настоящих Правил.", "3. Ответ направляется заявителю."];
    const KK_DOC = ["БҰЙРЫҚ", "1. Өтініш күнтізбелік он бес күн ішінде қаралады.", "2. Осы Қағидалардың 3-тармағында көзделген құжаттар ұсынылады.", "3. Жауап өтініш берушіге жіберіледі."];
    const session = await openSession({ paragraphs: RU_DOC, apiLevel: "1.7", displayLanguage: "ru-RU" });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("zanger-pane").waitFor();
      expect(await page.getByTestId("parity").textContent()).toBe(PANE_STRINGS.ru.parity);
      const answer = page.waitForResponse((r) => r.url().endsWith("/api/v1/parity"));
      await page.getByTestId("parity-file").setInputFiles({ name: "проект.kk.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: await makeDocxFromLines(KK_DOC) });
      const res = (await (await answer).json()) as CheckResponse;
      expect(res.findings.map((f) => `${f.ruleId}:${f.quote}`).sort()).toEqual(["BI-NUMBERS:десяти календарных дней", "BI-REFERENCES:пунктом 2"]);
      await waitForText(page.getByTestId("notice"), PANE_STRINGS.ru.parityDone("проект.kk.docx", 2));
      expect(await page.getByTestId("finding").count()).toBe(2);
      await page.getByTestId("add-all").click();
      await page.waitForFunction(() => (window as unknown as { __zangerFake: { state: { comments: unknown[] } } }).__zangerFake.state.comments.length === 2);
      expectCommentsOnExactWords(await zangerComments(page), res.findings);
      // A file in the same language is refused with the reason.
      await page.getByTestId("parity-file").setInputFiles({ name: "ru-copy.docx", mimeType: "application/octet-stream", buffer: await makeDocxFromLines(RU_DOC) });
      await waitForText(page.getByTestId("notice"), "на том же языке");
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("compare the table's columns: a Kazakh Word document holding both versions in a table; the difference is commented in the Kazakh column", async () => {
    const DOC = [
      "Салыстырмалы кесте",
      // № | Kazakh | Russian; the date stands in a paragraph of its own in each cell, a paragraph of no language:
      // only the cell positions (parentTableCellOrNullObject) tell which version it belongs to.
      { text: "1", cell: { row: 0, col: 0 } },
      { text: "1. Өтініш күнтізбелік он бес күн ішінде қаралады.", cell: { row: 0, col: 1 } },
      { text: "1. Заявление рассматривается в течение десяти календарных дней.", cell: { row: 0, col: 2 } },
      { text: "2", cell: { row: 1, col: 0 } },
      { text: "2. Осы бұйрық мына күннен бастап қолданысқа енгізіледі:", cell: { row: 1, col: 1 } },
      { text: "01.07.2027", cell: { row: 1, col: 1 } },
      { text: "2. Настоящий приказ вводится в действие с:", cell: { row: 1, col: 2 } },
      { text: "01.07.2026", cell: { row: 1, col: 2 } },
      "",
    ];
    const session = await openSession({ paragraphs: DOC, apiLevel: "1.7", displayLanguage: "kk-KZ" });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("zanger-pane").waitFor();
      const answer = page.waitForResponse((r) => r.url().endsWith("/api/v1/parity"));
      await page.getByTestId("parity-table").click();
      const res = (await (await answer).json()) as CheckResponse;
      expect(res.findings.map((f) => `${f.ruleId}@${f.paragraphIndex}:${f.quote}`)).toEqual(["BI-NUMBERS@2:он бес күн", "BI-NUMBERS@6:01.07.2027"]);
      const sent = JSON.parse((await answer).request().postData()!) as { paragraphs: { text: string; cell?: unknown }[] };
      expect(sent.paragraphs[6]).toMatchObject({ text: "01.07.2027", cell: { table: 0, row: 1, col: 1 } });
      await waitForText(page.getByTestId("notice"), PANE_STRINGS.kk.parityTableDone(2));
      await page.getByTestId("add-all").click();
      await page.waitForFunction(() => (window as unknown as { __zangerFake: { state: { comments: unknown[] } } }).__zangerFake.state.comments.length === 2);
      expectCommentsOnExactWords(await zangerComments(page), res.findings);
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("switching the pane to English re-asks the service in English and persists the choice", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU" });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      await check(page);
      const again = checksSoFar(page);
      await page.getByTestId("ui-lang-en").click();
      const body = await nthCheck(page, again);
      const abolished = body.findings.find((f) => f.ruleId === "CONST-ABOLISHED-BODY")!;
      expect(abolished.title).toMatch(/^Abolished body/);
      await waitForText(page.getByTestId("findings"), abolished.title);
      expect(await page.getByTestId("check").textContent()).toBe(PANE_STRINGS.en.checkAgain);
      await page.reload();
      await page.getByTestId("zanger-pane").waitFor();
      expect(await page.getByTestId("zanger-pane").getAttribute("data-ui-language")).toBe("en");
      expect(session.external).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("dismissed findings are hidden, remembered in the document and shown on request", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU" });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      const res = await check(page);
      const target = res.findings.find((f) => f.ruleId === "CONST-ABOLISHED-BODY")!;
      await page.locator(`[data-finding-id="${target.id}"] [data-testid="finding-dismiss"]`).click();
      await page.locator(`[data-finding-id="${target.id}"]`).waitFor({ state: "detached" });
      const stored = await fakeState(page, "settings");
      expect(JSON.stringify(stored)).toContain(target.fingerprint);
      expect(JSON.stringify(stored)).not.toContain("Мажилис"); // fingerprints only, never draft text
      expect(session.external).toEqual([]);
      // The document is saved with its settings and opened again later: a fresh pane still hides the finding.
      const reopened = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU", settings: stored });
      try {
        const p2 = reopened.page;
        await p2.goto(`${base}/taskpane.html`);
        const again = await check(p2);
        expect(again.findings.some((f) => f.fingerprint === target.fingerprint)).toBe(true);
        expect(await p2.locator(`[data-finding-id="${target.id}"]`).count()).toBe(0);
        await p2.getByTestId("show-dismissed").check();
        await p2.locator(`[data-finding-id="${target.id}"]`).waitFor();
        expect(await p2.locator(`[data-finding-id="${target.id}"]`).textContent()).toContain(PANE_STRINGS.ru.dismissed);
        // Restore: it counts again.
        await p2.locator(`[data-finding-id="${target.id}"]`).getByRole("button", { name: PANE_STRINGS.ru.restore }).click();
        await p2.waitForFunction(
          (fp) => !JSON.stringify((window as unknown as { __zangerFake: { state: { settings: unknown } } }).__zangerFake.state.settings).includes(fp),
          target.fingerprint,
        );
      } finally {
        await reopened.close();
      }
    } finally {
      await session.close();
    }
  });

  it("warns when the document changed since the check; stale findings stay in the pane with the reason", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU" });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      const res = await check(page);
      const target = res.findings.find((f) => f.ruleId === "CONST-ABOLISHED-BODY")!;
      // The user rewrites that paragraph in Word after the check.
      await page.evaluate(
        ([i, text]) => (window as unknown as { __zangerFake: { state: FakeWordState } }).__zangerFake.state.setParagraph(i as number, text as string),
        [target.paragraphIndex!, "11. Уполномоченный орган ежегодно до 1 марта направляет информацию об итогах отбора в Курултай."],
      );
      await page.getByTestId("add-all").click();
      await page.getByTestId("changed-warning").waitFor();
      expect(await zangerComments(page)).toEqual([]);
      await page.getByRole("button", { name: PANE_STRINGS.ru.addAnyway }).click();
      await page.getByTestId("notice").waitFor();
      const outcome = page.locator(`[data-finding-id="${target.id}"] [data-testid="finding-outcome"]`);
      expect(await outcome.getAttribute("data-status")).toBe("stale");
      expect(await outcome.textContent()).toBe(PANE_STRINGS.ru.anchor.stale);
      const comments = await zangerComments(page);
      expect(comments.length).toBeGreaterThan(0);
      expect(comments.some((c) => c.paragraphIndex === target.paragraphIndex)).toBe(false);
    } finally {
      await session.close();
    }
  });

  it("when Word refuses to insert comments (NotAllowed), the findings stay in the pane with the reason", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU", failInsertComment: true });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      const res = await check(page);
      const located = res.findings.filter((f) => f.paragraphIndex !== null);
      await page.getByTestId("add-all").click();
      await page.getByTestId("notice").waitFor();
      expect(await page.getByTestId("notice").getAttribute("data-intent")).toBe("warning");
      await waitForText(page.getByTestId("notice"), PANE_STRINGS.ru.added(0, located.length));
      const statuses = await page.getByTestId("finding-outcome").evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
      expect(statuses).toEqual(located.map(() => "failed"));
      await waitForText(page.getByTestId("finding-outcome").first(), PANE_STRINGS.ru.anchor.failed);
      expect(await zangerComments(page)).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("keyboard only: Tab to the button, Enter checks, Enter on a finding selects its words; every button has a name", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU" });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("zanger-pane").waitFor();
      let focused = "";
      for (let i = 0; i < 10 && focused !== "check"; i++) {
        await page.keyboard.press("Tab");
        focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
      }
      expect(focused).toBe("check");
      const answer = checksSoFar(page);
      await page.keyboard.press("Enter");
      const res = await nthCheck(page, answer);
      await page.getByTestId("finding").first().waitFor();
      const f = res.findings.find((x) => x.paragraphIndex !== null)!;
      await page.locator(`[data-finding-id="${f.id}"] [data-testid="finding-select"]`).focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (q) => (window as unknown as { __zangerFake: { state: { selection: { text: string } | null } } }).__zangerFake.state.selection?.text === q,
        f.quote,
      );
      const unnamed = await page.evaluate(() =>
        Array.from(document.querySelectorAll("button, [role=button], a, select, input"))
          .filter((el) => !((el.getAttribute("aria-label") ?? "").trim() || (el.textContent ?? "").trim() || el.getAttribute("aria-labelledby") || (el.id && document.querySelector(`label[for="${el.id}"]`))))
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      expect(unnamed).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("Word with only WordApi 1.3: read-only mode, the check works, comment buttons are disabled", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.3", displayLanguage: "ru-RU" });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("read-only").waitFor();
      const res = await check(page);
      expect(res.findings.length).toBeGreaterThan(0);
      expect(await page.getByTestId("add-all").getAttribute("aria-disabled")).toBe("true");
      expect(await page.getByTestId("finding-dismiss").first().getAttribute("aria-disabled")).toBe("true");
      expect(await page.getByTestId("add-all").getAttribute("title")).toBe(PANE_STRINGS.ru.readOnlyDisabled);
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("fixes as tracked changes: only the changed words, by the user, tracking mode restored; a re-check no longer finds them", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU", authorName: "Юрист" });
    try {
      const { page } = session;
      const s = PANE_STRINGS.ru;
      await page.goto(`${base}/taskpane.html`);
      const res = await check(page);
      const fixable = res.findings.filter((f) => f.suggestion && f.paragraphIndex !== null);
      expect(fixable.length).toBeGreaterThanOrEqual(2);
      await page.getByTestId("apply-all-fixes").click();
      await waitForText(page.getByTestId("notice"), s.fixesApplied(fixable.length, fixable.length));
      expect(await page.getByTestId("finding-fixed").count()).toBe(fixable.length);
      const tracked = await fakeState(page, "trackedChanges");
      const edits = await fakeState(page, "edits");
      // Each fix replaced exactly the words that differ, with tracking on, in the user's name.
      expect(edits.every((e) => e.tracked)).toBe(true);
      for (const f of fixable) {
        const e = edits.find((x) => x.paragraphIndex === f.paragraphIndex)!;
        expect(f.quote).toContain(e.oldText);
        expect(f.suggestion!.replacement).toContain(e.newText);
        expect(e.oldText.length).toBeLessThanOrEqual(f.quote.length);
      }
      expect(tracked.every((c) => c.author === "Юрист")).toBe(true);
      expect(tracked.filter((c) => c.type === "Added").map((c) => c.text).sort()).toEqual(edits.map((e) => e.newText).sort());
      expect(await fakeState(page, "changeTrackingMode")).toBe("Off");
      // The text as it will read after the changes is what a new check sees: those findings are gone.
      const again = await check(page);
      for (const f of fixable) expect(again.findings.filter((x) => x.ruleId === f.ruleId && x.paragraphIndex === f.paragraphIndex)).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("review: tracked changes by author and by unit, a note on renumbering, selection, the comparative table in a new document, the amended text checked", async () => {
    const A = { author: "Асель", date: "2026-11-20T10:00:00.000Z" };
    const E = { author: "Ерлан", date: "2026-11-21T08:30:00.000Z" };
    const paragraphs: FakeWordOptions["paragraphs"] = [
      "ПРИКАЗ Министра сельского хозяйства Республики Казахстан",
      "Об утверждении Правил субсидирования",
      { text: "1. Отчет направляется в Курултай Республики Казахстан.", deletions: [{ offset: 24, text: "Мажилис Парламента ", ...A }], insertions: [{ offset: 24, length: 9, ...A }] },
      // Point 2 deleted whole; point 3 renumbered to 2 (a mistake the review must name).
      { text: "", deletions: [{ offset: 0, text: "2. Решение принимается местным исполнительным органом.", ...E }] },
      { text: "2. Субсидии выплачиваются в течение месяца.", deletions: [{ offset: 0, text: "3", ...E }], insertions: [{ offset: 0, length: 1, ...E }] },
      { text: "2-1. Заявка может быть подана в электронной форме.", insertions: [{ offset: 0, length: 50, ...A }] },
    ];
    const session = await openSession({ paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU" });
    try {
      const { page } = session;
      const r = PANE_STRINGS.ru.review;
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("view-review").click();
      const answer = page.waitForResponse((x) => x.url().endsWith("/api/v1/compare"));
      await page.getByTestId("review-read").click();
      expect((await answer).status()).toBe(200);
      await waitForText(page.getByTestId("review-summary"), r.summary(6, 2));
      // By author.
      const groups = page.getByTestId("review-group-items");
      expect(await groups.evaluateAll((els) => els.map((e) => [e.getAttribute("data-group"), e.querySelectorAll('[data-testid="review-change"]').length]))).toEqual([
        ["Асель", 3],
        ["Ерлан", 3],
      ]);
      // By structural unit.
      await page.getByTestId("review-by-unit").click();
      expect(await groups.evaluateAll((els) => els.map((e) => e.getAttribute("data-group")))).toEqual(["Пункт 1", "Пункт 2", "Пункт 3", "Пункт 2-1"]);
      // The renumbering is named, with the law's article.
      const note = page.locator('[data-testid="review-note"][data-code="L-16"]');
      await note.waitFor();
      expect(await note.textContent()).toMatch(/№ 3 перенесен под № 2/);
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: path.join(path.dirname(SCREENSHOT), "review.png"), fullPage: true });
      // A click selects the change in Word.
      await page.getByTestId("review-change").filter({ hasText: "Курултай" }).click();
      await page.waitForFunction(() => (window as unknown as { __zangerFake: { state: { selection: { text: string } | null } } }).__zangerFake.state.selection?.text === "Курултай ");

      // The comparative table opens as a new Word document.
      await page.getByTestId("review-table-new").click();
      await waitForText(page.getByTestId("review-notice"), "открыта в новом документе");
      const created = await fakeState(page, "createdDocuments");
      expect(created).toHaveLength(1);
      expect(created[0]!.opened).toBe(true);
      const cells = (await readDocxParagraphs(Buffer.from(created[0]!.base64, "base64"))).map((p) => p.text);
      expect(cells.slice(0, 2)).toEqual(["Сравнительная таблица", "ПРИКАЗ Министра сельского хозяйства Республики Казахстан"]);
      expect(cells).toEqual(
        expect.arrayContaining(["1. Отчет направляется в Мажилис Парламента Республики Казахстан.", "1. Отчет направляется в Курултай Республики Казахстан.", "Отсутствует.", "2-1. Заявка может быть подана в электронной форме."]),
      );

      // The text as amended is what the check reads.
      await page.getByTestId("review-check-after").click();
      await page.getByTestId("summary").waitFor();
      const res = await nthCheck(page, 0);
      expect(res.findings.some((f) => f.ruleId === "CONST-ABOLISHED-BODY")).toBe(false);

      await page.getByTestId("view-review").click();
      await page.getByTestId("review-read").click();
      await page.getByTestId("review-table-append").waitFor();
      // Or, by choice, appended to the draft itself: a real table, deleted words struck through, inserted ones bold.
      await page.getByTestId("review-table-append").click();
      await waitForText(page.getByTestId("review-notice"), "добавлена в конец документа");
      const tables = await fakeState(page, "tables");
      expect(tables).toHaveLength(1);
      expect(tables[0]!.values[0]).toEqual(["№ п/п", "Структурный элемент", "Действующая редакция", "Предлагаемая редакция", "Обоснование"]);
      expect(tables[0]!.values.map((row) => row[1])).toEqual(["Структурный элемент", "Пункт 1", "Пункт 2", "Пункт 2-1", "Пункт 3"]);
      const [ooxml] = await fakeState(page, "insertedOoxml");
      expect(ooxml).toContain('<w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">Мажилис Парламента</w:t>');
      expect(ooxml).toMatch(/<w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">Курултай ?<\/w:t>/);
      expect(ooxml).not.toContain("<w:sectPr");
      // Checking the draft with the table in it does not report the table's quotes of the old wording.
      const n = checksSoFar(page);
      await page.getByTestId("review-check-after").click();
      const withTable = await nthCheck(page, n);
      const firstCell = (await fakeState(page, "paragraphs")).findIndex((p) => p.tableNestingLevel > 0);
      expect(withTable.findings.filter((f) => f.paragraphIndex !== null && f.paragraphIndex >= firstCell - 2)).toEqual([]);
      expect(withTable.findings.some((f) => f.ruleId === "CONST-ABOLISHED-BODY")).toBe(false);

      expect(session.pageErrors).toEqual([]);
      expect(session.external).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("review below WordApi 1.6 says what it needs", async () => {
    const session = await openSession({ paragraphs: ["ПРИКАЗ", "1. Текст."], apiLevel: "1.5", displayLanguage: "kk-KZ" });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("view-review").click();
      await waitForText(page.getByTestId("review-unsupported"), PANE_STRINGS.kk.review.unsupported);
    } finally {
      await session.close();
    }
  });

  it("feedback: «useful» at once, «false alarm» with an optional reason; both recorded by rule and fingerprint", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU" });
    try {
      const { page } = session;
      const s = PANE_STRINGS.ru;
      await page.goto(`${base}/taskpane.html`);
      const res = await check(page);
      const [a, b] = res.findings.filter((f) => f.paragraphIndex !== null);
      const cardA = page.locator(`[data-finding-id="${a!.id}"]`);
      await cardA.getByTestId("feedback-useful").click();
      await waitForText(cardA.getByTestId("feedback-sent"), s.feedback.thanks);
      const cardB = page.locator(`[data-finding-id="${b!.id}"]`);
      await cardB.getByTestId("feedback-false").click();
      await cardB.getByTestId("feedback-reason").fill("норма с критериями и сроком");
      await cardB.getByTestId("feedback-send").click();
      await cardB.getByTestId("feedback-sent").waitFor();
      const db = openDb(path.join(tmp, "e2e.db"));
      const rows = db.prepare("SELECT rule_id AS ruleId, fingerprint, verdict, reason FROM feedback ORDER BY id").all();
      db.close();
      expect(rows.slice(-2)).toEqual([
        { ruleId: a!.ruleId, fingerprint: a!.fingerprint, verdict: "useful", reason: null },
        { ruleId: b!.ruleId, fingerprint: b!.fingerprint, verdict: "false-alarm", reason: "норма с критериями и сроком" },
      ]);
      expect(session.pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("says the service is unreachable when it is", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU" });
    try {
      const { page } = session;
      await page.route("**/api/v1/check/stream", (route) => route.abort("connectionrefused"));
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("check").click();
      await waitForText(page.getByTestId("notice"), PANE_STRINGS.ru.unreachable);
      expect(await page.getByTestId("notice").getAttribute("data-intent")).toBe("error");
    } finally {
      await session.close();
    }
  });

  it("shows the service's own message for a 4xx", async () => {
    const long = "а".repeat(20_001);
    const session = await openSession({ paragraphs: ["ПРИКАЗ", long], apiLevel: "1.7", displayLanguage: "kk-KZ" });
    try {
      const { page } = session;
      await page.goto(`${base}/taskpane.html`);
      const answer = page.waitForResponse((r) => r.url().endsWith("/api/v1/check/stream"));
      await page.getByTestId("check").click();
      const res = await answer;
      expect(res.status()).toBe(413);
      const { error } = (await res.json()) as { error: { message: string } };
      expect(error.message).toMatch(/абзац/);
      await waitForText(page.getByTestId("notice"), error.message);
    } finally {
      await session.close();
    }
  });

  it("RIA: a draft that introduces a permit shows the document-level finding and the checklist; ticks persist; Insert as a table", async () => {
    const session = await openSession({ paragraphs: RIA_DRAFT, apiLevel: "1.7", displayLanguage: "ru-RU" });
    try {
      const { page } = session;
      const s = PANE_STRINGS.ru;
      await page.goto(`${base}/taskpane.html`);
      const res = await check(page);
      // The document-level finding, shown as a card.
      const ria = res.findings.find((f) => f.ruleId === "RIA-REQUIRED")!;
      expect(ria).toBeDefined();
      expect(ria.paragraphIndex).toBeNull();
      expect(ria.message).toContain("«разрешение»");
      await page.locator(`[data-finding-id="${ria.id}"]`).waitFor();
      expect(await page.locator(`[data-finding-id="${ria.id}"]`).textContent()).toContain(ria.title);

      // The checklist: required, at least one item auto-ticked with its evidence from the draft.
      expect(res.ria?.required).toBe(true);
      const panel = page.getByTestId("ria-panel");
      await panel.waitFor();
      expect(await panel.getAttribute("data-required")).toBe("true");
      const items = page.getByTestId("ria-item");
      expect(await items.count()).toBe(res.ria!.items.length);
      const auto = page.locator('[data-testid="ria-item"][data-auto="true"]');
      expect(await auto.count()).toBeGreaterThanOrEqual(1);
      const trigger = page.locator('[data-testid="ria-item"][data-item-id="trigger"]');
      expect(await trigger.getAttribute("data-answer")).toBe("yes");
      expect(await trigger.getByTestId("ria-auto-answer").textContent()).toBe(s.ria.answers.yes);
      await waitForText(trigger.getByTestId("ria-evidence"), "обязаны получить разрешение");
      expect(await trigger.getByTestId("ria-evidence").textContent()).toContain(s.paragraphNo(4));

      // The lawyer answers an open item; the answer is kept in the document settings (ids only, no draft text).
      const problem = page.locator('[data-testid="ria-item"][data-item-id="problem"]');
      expect(await problem.getAttribute("data-answer")).toBe("open");
      await problem.getByTestId("ria-tick-yes").click();
      await page.waitForFunction(
        () => JSON.stringify((window as unknown as { __zangerFake: { state: { settings: Record<string, unknown> } } }).__zangerFake.state.settings["zanger.ria"] ?? null) === '{"problem":"yes"}',
      );
      expect(await problem.getAttribute("data-answer")).toBe("yes");
      expect(JSON.stringify(await fakeState(page, "settings"))).not.toContain("Субъекты");
      // …and can untick it again, then tick it back.
      await problem.getByTestId("ria-tick-yes").click();
      await page.waitForFunction(
        () => JSON.stringify((window as unknown as { __zangerFake: { state: { settings: Record<string, unknown> } } }).__zangerFake.state.settings["zanger.ria"] ?? null) === "{}",
      );
      await problem.getByTestId("ria-tick-yes").click();
      await page.waitForFunction(
        () => JSON.stringify((window as unknown as { __zangerFake: { state: { settings: Record<string, unknown> } } }).__zangerFake.state.settings["zanger.ria"] ?? null) === '{"problem":"yes"}',
      );

      // Insert as a table: one Word table at the end of the document, headings in the document's language.
      await page.getByTestId("ria-insert-table").click();
      await waitForText(page.getByTestId("notice"), s.ria.inserted(res.ria!.items.length + 1));
      const tables = await fakeState(page, "tables");
      expect(tables).toHaveLength(1);
      const t = tables[0]!;
      expect(t.rowCount).toBe(res.ria!.items.length + 1);
      expect(t.columnCount).toBe(4);
      expect(t.headerRowCount).toBe(1);
      expect(t.values[0]).toEqual(s.ria.tableHeadings);
      expect(t.paragraphIndex).toBe(RIA_DRAFT.length); // after the last paragraph of the draft
      res.ria!.items.forEach((item, i) => {
        expect(t.values[i + 1]![0]).toBe(String(item.no));
        expect(t.values[i + 1]![1]).toBe(item.label.ru);
      });
      const triggerRow = t.values[1]!;
      expect(triggerRow[2]).toContain(s.ria.answers.yes);
      expect(triggerRow[3]).toContain("обязаны получить разрешение");
      const problemRow = t.values[res.ria!.items.findIndex((i) => i.id === "problem") + 1]!;
      expect(problemRow[2]).toBe(`${s.ria.answers.yes} (${s.ria.byLawyer})`);
      // The draft itself is untouched.
      const paras = await fakeState(page, "paragraphs");
      expect(paras.slice(0, RIA_DRAFT.length).map((p) => p.text)).toEqual(RIA_DRAFT);
      expect(session.pageErrors).toEqual([]);
      expect(session.external).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("rules view: lists every rule from the service, searchable and filterable by pack", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU" });
    try {
      const { page } = session;
      const s = PANE_STRINGS.ru;
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId("zanger-pane").waitFor();
      const answer = page.waitForResponse((r) => r.url().includes("/api/v1/rules"));
      await page.getByTestId("view-rules").click();
      const catalogue = (await (await answer).json()) as RulesResponse;
      await page.getByTestId("rule").first().waitFor();
      expect(await page.getByTestId("rule").count()).toBe(catalogue.rules.length);
      await waitForText(page.getByTestId("rules-count"), s.rules.count(catalogue.rules.length, catalogue.rules.length));
      const req = page.locator('[data-testid="rule"][data-rule-id="RIA-REQUIRED"]');
      await req.waitFor();
      const text = (await req.textContent()) ?? "";
      expect(text).toContain("R-01");
      expect(text).toContain(s.packs.ria);
      expect(text).toContain(catalogue.rules.find((r) => r.id === "RIA-REQUIRED")!.description.ru.slice(0, 40));
      expect(await req.getByRole("link").getAttribute("href")).toMatch(/^https:\/\/adilet\.zan\.kz\/rus\/docs\//);
      // Filter by pack.
      await page.getByTestId("rules-pack").selectOption("ria");
      const riaCount = catalogue.rules.filter((r) => r.pack === "ria").length;
      await waitForText(page.getByTestId("rules-count"), s.rules.count(riaCount, catalogue.rules.length));
      expect(await page.getByTestId("rule").evaluateAll((els) => els.map((e) => e.getAttribute("data-pack")))).toEqual(Array(riaCount).fill("ria"));
      // Search within the pack.
      await page.getByTestId("rules-search").fill("R-04");
      await waitForText(page.getByTestId("rules-count"), s.rules.count(1, catalogue.rules.length));
      expect(await page.getByTestId("rule").getAttribute("data-rule-id")).toBe("RIA-BUSINESS-LIABILITY");
      // Back to the check view: the check button is there.
      await page.getByTestId("view-check").click();
      await page.getByTestId("check").waitFor();
      expect(await page.getByTestId("rules-view").count()).toBe(0);
      expect(session.pageErrors).toEqual([]);
      expect(session.external).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("browser preview: findings for both samples, comments shown in the document view; screenshot", async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await page.goto(`${base}/index.html`);
      await page.getByTestId("zanger-pane").waitFor();
      // No Office.js in the preview.
      expect(await page.locator('script[src*="appsforoffice"]').count()).toBe(0);

      // Kazakh sample first.
      await page.getByTestId("sample-picker").selectOption("kk");
      await page.getByTestId("zanger-pane").waitFor();
      expect(await page.getByTestId("finding").count()).toBe(0); // the pane was reset
      const kk = await check(page);
      expect(kk.document.language).toBe("kk");
      expect(kk.findings.some((f) => f.ruleId === "CONST-ABOLISHED-BODY")).toBe(true);
      expect(await page.getByTestId("finding").count()).toBeGreaterThan(0);

      // Back to the Russian sample: check, add all as comments, see them in the document view.
      await page.getByTestId("sample-picker").selectOption("ru");
      await page.getByTestId("zanger-pane").waitFor();
      expect(await page.getByTestId("finding").count()).toBe(0);
      const ru = await check(page);
      expect(ru.document.language).toBe("ru");
      expect(ru.findings.some((f) => f.ruleId === "CONST-ABOLISHED-BODY")).toBe(true);
      await page.getByTestId("add-all").click();
      await page.getByTestId("notice").waitFor();
      await page.getByTestId("preview-comment").first().waitFor();
      expect(await page.getByTestId("preview-comment").count()).toBeGreaterThan(0);
      expect(await page.locator("[data-comment-nos]").count()).toBeGreaterThan(0);

      await page.waitForTimeout(500); // let Fluent's button colour transitions settle
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: false });
      expect(session.pageErrors).toEqual([]);
      expect(session.external).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe("task pane with a language model (real service, scripted OpenAI-compatible server, fake Word)", () => {
  let llmApp: FastifyInstance;
  let llmBase: string;
  let model: FakeOpenAiServer;
  const slowCareful = (ms: number) => (call: Parameters<typeof CAREFUL>[0]) => ({ ...(CAREFUL(call) as { content: string }), delayMs: ms });

  beforeAll(async () => {
    model = await new FakeOpenAiServer(CAREFUL).start();
    const dbPath = path.join(tmp, "e2e-llm.db");
    const db = openDb(dbPath);
    importMiniCorpus(db, tmp);
    db.close();
    llmApp = await buildApp({ distDir: DIST, dbPath, llm: { ...TEST_LLM, baseUrl: model.baseUrl, timeoutMs: 20_000, concurrency: 1, cache: false } });
    await llmApp.listen({ host: "127.0.0.1", port: 0 });
    llmBase = `http://127.0.0.1:${(llmApp.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await llmApp?.close();
    await model?.close();
  });

  it("shows the rule findings at once, then the model's finding as it comes with progress; its comment says it is AI", async () => {
    model.script = slowCareful(400);
    const session = await openSession({ paragraphs: RU_PARAGRAPHS, apiLevel: "1.7", displayLanguage: "ru-RU" }, llmBase, { record: false });
    try {
      const { page } = session;
      const s = PANE_STRINGS.ru;
      await page.goto(`${llmBase}/taskpane.html`);
      await page.getByTestId("check").click();
      // While the model is asked: rule findings are on screen, progress counts paragraphs, Stop is offered.
      await page.getByTestId("llm-progress").waitFor();
      await page.getByTestId("finding").first().waitFor();
      await page.getByTestId("llm-stop").waitFor();
      const rulesOnly = await page.getByTestId("finding").count();
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="llm-progress"]')?.getAttribute("data-done")) >= 1);
      expect(await page.getByTestId("llm-progress").getAttribute("data-total")).toBe(String(RU_PARAGRAPHS.length - 1));
      // The model's finding (paragraph 1) appears while the others are still being asked.
      const card = page.getByTestId("finding").filter({ hasText: s.llmSource });
      await card.waitFor();
      expect(await page.getByTestId("llm-progress").count()).toBe(1);
      expect(await card.textContent()).toContain("ИИ");
      await page.getByTestId("llm-progress").waitFor({ state: "detached", timeout: 15_000 });
      expect(await page.getByTestId("finding").count()).toBe(rulesOnly + 1);
      await waitForText(page.getByTestId("llm-line"), "fake-model");

      await page.getByTestId("add-all").click();
      await page.getByTestId("notice").waitFor();
      const comments = await zangerComments(page);
      const c = comments.find((x) => x.content.startsWith("[Zanger · LLM-CONSTITUTION]"));
      expect(c).toBeDefined();
      expect(c!.quotedText).toBe("меняют место жительства только с согласия участкового инспектора полиции");
      expect(c!.paragraphIndex).toBe(1);
      expect(c!.content).toContain(s.llmSource);
      expect(session.pageErrors).toEqual([]);
      expect(session.external).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("Stop ends the model check: no more questions to the model, the findings so far stay, the pane says what was not asked", async () => {
    model.script = slowCareful(1500);
    const session = await openSession({ paragraphs: RU_PARAGRAPHS, apiLevel: "1.7", displayLanguage: "kk-KZ" }, llmBase, { record: false });
    try {
      const { page } = session;
      await page.goto(`${llmBase}/taskpane.html`);
      const before = model.calls.length;
      await page.getByTestId("check").click();
      await page.getByTestId("llm-stop").click();
      await waitForText(page.getByTestId("notice"), "Модельмен тексеру тоқтатылды");
      const rules = await page.getByTestId("finding").count();
      expect(rules).toBeGreaterThan(0);
      expect(await page.getByTestId("check").isEnabled()).toBe(true);
      const asked = model.calls.length - before;
      expect(asked).toBeLessThanOrEqual(1);
      await page.waitForTimeout(2000);
      expect(model.calls.length - before).toBe(asked);
      expect(model.abandoned).toBeGreaterThanOrEqual(asked);
      expect(await page.getByTestId("finding").count()).toBe(rules);
    } finally {
      await session.close();
    }
  });

  it("«How this works» names the model and the editions; switching the model off for this document keeps the draft from it", async () => {
    model.script = CAREFUL;
    const session = await openSession({ paragraphs: RU_PARAGRAPHS, apiLevel: "1.7", displayLanguage: "ru-RU" }, llmBase);
    try {
      const { page } = session;
      const s = PANE_STRINGS.ru;
      await page.goto(`${llmBase}/taskpane.html`);
      await page.getByTestId("how-toggle").click();
      await waitForText(page.getByTestId("how-model"), s.how.model("fake-model"));
      await waitForText(page.getByTestId("how-editions"), "2026-07-01");
      await page.getByTestId("model-switch").click();
      await page.waitForFunction(() => (window as unknown as { __zangerFake: { state: { settings: Record<string, unknown> } } }).__zangerFake.state.settings["zanger.llmOff"] === true);
      const before = model.calls.length;
      const res = await check(page);
      expect(res.engine.llm.status).toBe("off-by-request");
      expect(model.calls.length).toBe(before);
      expect(res.findings.every((f) => f.source === "rule")).toBe(true);
    } finally {
      await session.close();
    }
  });

  it("a model that fails: the rule findings are complete and the pane says what happened to the model part", async () => {
    model.script = () => ({ status: 500 });
    const session = await openSession({ paragraphs: RU_PARAGRAPHS, apiLevel: "1.7", displayLanguage: "ru-RU" }, llmBase);
    try {
      const { page } = session;
      await page.goto(`${llmBase}/taskpane.html`);
      const res = await check(page);
      expect(res.engine.llm.status).toBe("unavailable");
      await page.getByTestId("llm-status").waitFor();
      await waitForText(page.getByTestId("llm-status"), "Результаты правил полные");
      expect(await page.getByTestId("finding").count()).toBe(res.findings.length);
      expect(res.findings.length).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});

describe("task pane with access tokens (ZANGER_AUTH=tokens)", () => {
  let authApp: FastifyInstance;
  let authBase: string;
  let token: string;

  beforeAll(async () => {
    const dbPath = path.join(tmp, "e2e-auth.db");
    const db = openDb(dbPath);
    token = new TokenStore(db).create("e2e.user");
    db.close();
    authApp = await buildApp({ distDir: DIST, dbPath, auth: "tokens" });
    await authApp.listen({ host: "127.0.0.1", port: 0 });
    authBase = `http://127.0.0.1:${(authApp.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await authApp?.close();
  });

  it("asks for the token in the user's language, keeps it in Office roaming settings, and checks with it", async () => {
    const session = await openSession({ paragraphs: SAMPLE_KK.paragraphs, apiLevel: "1.7", displayLanguage: "kk-KZ" }, authBase);
    try {
      const { page } = session;
      const s = PANE_STRINGS.kk;
      await page.goto(`${authBase}/taskpane.html`);
      await page.getByTestId("check").click();
      await waitForText(page.getByTestId("token-needed"), s.token.prompt);
      await page.getByTestId("token-input").fill(token);
      await page.getByTestId("token-save").click();
      const res = await nthCheck(page, 0);
      expect(res.findings.length).toBeGreaterThan(0);
      await page.getByTestId("finding").first().waitFor();
      expect(await page.getByTestId("token-needed").count()).toBe(0);
      expect(await fakeState(page, "roamingSettings")).toEqual({ zangerToken: token });
      // The token is not in the document.
      expect(JSON.stringify(await fakeState(page, "settings"))).not.toContain(token);
    } finally {
      await session.close();
    }
  });

  it("a token already in roaming settings is used without asking; a revoked one is asked for again", async () => {
    const session = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU", roamingSettings: { zangerToken: token } }, authBase);
    try {
      const { page } = session;
      await page.goto(`${authBase}/taskpane.html`);
      const res = await check(page);
      expect(res.findings.length).toBeGreaterThan(0);
      expect(await page.getByTestId("token-needed").count()).toBe(0);
    } finally {
      await session.close();
    }
    const stale = await openSession({ paragraphs: SAMPLE_RU.paragraphs, apiLevel: "1.7", displayLanguage: "ru-RU", roamingSettings: { zangerToken: "zng_revoked" } }, authBase);
    try {
      await stale.page.goto(`${authBase}/taskpane.html`);
      await stale.page.getByTestId("check").click();
      await waitForText(stale.page.getByTestId("token-needed"), PANE_STRINGS.ru.token.prompt);
    } finally {
      await stale.close();
    }
  });
});

