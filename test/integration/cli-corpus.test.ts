/** `zanger corpus import | list | search` as a user runs them (the built CLI in a child process, a temporary store). */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "zanger.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-corpus-cli-"));
const DB = path.join(tmp, "store", "zanger.db");

function zanger(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: tmp, env: { ...process.env, ZANGER_DB: DB } });
}

const TEXT = [
  "# Закон Республики Казахстан «О пасеках» (редакция по состоянию на 01.02.2026)",
  "",
  "Статья 1. Учет пасек",
  "1. Пасеки подлежат учету в местном исполнительном органе.",
  "Сноска. Статья 1 с изменением, внесенным Законом РК от 01.01.2025.",
  "Статья 2. Кочевые пасеки",
  "1. Размещение кочевых пасек согласовывается с землепользователями.",
].join("\n");

describe("zanger corpus", () => {
  const file = path.join(tmp, "pasek.ru.txt");
  fs.writeFileSync(file, TEXT);

  it("imports a text, says so, and says «unchanged» the second time", () => {
    const first = zanger("corpus", "import", file, "--act", "law-on-apiaries", "--edition", "2026-02-01", "--lang", "ru");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("law-on-apiaries@2026-02-01:ru: imported; 2 articles, 1 editorial notes kept apart");
    expect(fs.existsSync(DB)).toBe(true);
    const again = zanger("corpus", "import", file, "--act", "law-on-apiaries", "--edition", "2026-02-01", "--lang", "ru");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("unchanged");
  });

  it("lists the imported editions and finds an article by a draft's words", () => {
    const list = zanger("corpus", "list");
    expect(list.stdout).toMatch(/^law-on-apiaries@2026-02-01:ru\t2 articles\t1 notes\t/mu);
    const found = zanger("corpus", "search", "Владельцы", "кочевых", "пасек", "согласовывают", "размещение", "--lang", "ru", "--k", "1");
    expect(found.status).toBe(0);
    expect(found.stdout.trim().split("\n")).toHaveLength(1);
    expect(found.stdout).toMatch(/law-on-apiaries@2026-02-01:ru\tart\. 2\tКочевые пасеки/u);
  });

  it.each([
    [["corpus", "import", "nofile.txt", "--act", "x-act", "--edition", "2026-01-01", "--lang", "ru"], /file not found/],
    [["corpus", "import", "pasek.ru.txt", "--act", "law-on-apiaries", "--edition", "1 февраля 2026", "--lang", "ru"], /YYYY-MM-DD/],
    [["corpus", "import", "pasek.ru.txt", "--act", "law-on-apiaries", "--edition", "2026-02-01"], /--lang kk\|ru/],
    [["corpus", "search", "текст", "--lang", "de"], /kk or ru/],
    [["corpus", "frobnicate"], /unknown corpus command/],
  ])("refuses %j with exit code 2 and a clear message", (args, msg) => {
    const r = zanger(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(msg);
  });
});

describe("zanger serve with a model configured", () => {
  const serve = (env: Record<string, string>) =>
    spawnSync(process.execPath, [BIN, "serve", "--port", "0"], { encoding: "utf8", cwd: tmp, env: { ...process.env, ZANGER_DB: DB, ...env }, timeout: 20_000 });

  it.each([
    [{ ZANGER_LLM_BASE_URL: "http://127.0.0.1:11434/v1" }, /ZANGER_LLM_BASE_URL and ZANGER_LLM_MODEL/],
    [{ ZANGER_LLM_BASE_URL: "localhost:11434", ZANGER_LLM_MODEL: "m" }, /not a URL|http:\/\/ or https:\/\//],
    [{ ZANGER_LLM_BASE_URL: "http://127.0.0.1:11434/v1", ZANGER_LLM_MODEL: "m", ZANGER_LLM_TIMEOUT_MS: "soon" }, /ZANGER_LLM_TIMEOUT_MS/],
    [{ ZANGER_LLM_BASE_URL: "http://127.0.0.1:11434/v1", ZANGER_LLM_MODEL: "m", ZANGER_LLM_JSON_MODE: "xml" }, /ZANGER_LLM_JSON_MODE/],
  ])("refuses to start with %j, naming the variable, exit code 2", (env, message) => {
    const r = serve(env);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe("zanger corpus import-official", () => {
  const CORPUS = process.env.ZANGER_CORPUS_DIR ?? path.resolve(ROOT, "..", "shared", "corpus");
  const present = fs.existsSync(path.join(CORPUS, "constitution-2026.ru.txt"));
  if (!present) console.log(`cli-corpus: ${CORPUS} not found; import-official is not exercised on the official texts.`);
  const db = path.join(tmp, "official.db");
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, "corpus", ...args, "--db", db], { encoding: "utf8", cwd: tmp });

  (present ? it : it.skip)("imports the five official texts with their registered editions, then finds nothing to do", () => {
    const first = run("import-official", CORPUS);
    expect(first.status).toBe(0);
    const lines = first.stdout.trim().split("\n");
    expect(lines.map((l) => l.split(":")[0] + ":" + l.split(":")[1]!.split(" ")[0])).toEqual(
      expect.arrayContaining(["constitution-2026@2026-07-01:ru", "constitution-2026@2026-07-01:kk", "constitution-1995@2023-01-01:ru", "law-on-legal-acts@2026-01-09:ru", "entrepreneurial-code@2026-02-01:ru"]),
    );
    expect(lines).toHaveLength(5);
    expect(lines.every((l) => / imported; \d+ articles/.test(l))).toBe(true);
    const again = run("import-official", CORPUS);
    expect(again.stdout.trim().split("\n").every((l) => l.includes(": unchanged;"))).toBe(true);
  });

  it("says which files it looked for when the folder holds none of them", () => {
    const r = run("import-official", tmp);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/none of the official texts is in .*constitution-2026\.kk\.txt/s);
  });
});
