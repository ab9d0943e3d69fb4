/**
 * `zanger scan <folder>` over real files against the official texts imported into a temporary store: a draft that
 * copies a norm of the Entrepreneurial Code (its words read from ../shared/corpus at test time) is reported with
 * the act and article; a clean draft is not; an unreadable file is reported and the scan goes on (exit 3).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const CORPUS = path.resolve(ROOT, "../shared/corpus");
const present = fs.existsSync(path.join(CORPUS, "entrepreneurial-code.ru.txt"));
const maybe = present ? it : it.skip;
const NEEDS = present ? "" : " (skipped: needs ../shared/corpus)";
const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, "bin/zanger.js"), ...args], { encoding: "utf8" });

describe("zanger scan", () => {
  it("says what to do without imported texts or without a folder", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-scan-"));
    const r = run("scan", tmp, "--db", path.join(tmp, "z.db"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("corpus import-official");
    expect(run("scan", path.join(tmp, "nope"), "--db", path.join(tmp, "z.db")).status).toBe(2);
  });

  maybe(`reports a copied norm with its act and article, not a clean draft; an unreadable file does not stop it${NEEDS}`, () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-scan-"));
    const db = path.join(tmp, "z.db");
    expect(run("corpus", "import-official", CORPUS, "--db", db).status).toBe(0);
    const code = fs.readFileSync(path.join(CORPUS, "entrepreneurial-code.ru.txt"), "utf8").split("\n");
    const at = code.findIndex((l) => l.startsWith("Статья 82."));
    const norm = code.slice(at + 1).find((l) => l.split(" ").length >= 12)!.replace(/^\d+\.\s*/u, "");
    const dir = path.join(tmp, "acts");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "copy.txt"), ["ПРИКАЗ Министра национальной экономики", "1. Утвердить Правила.", `2. ${norm}`].join("\n"));
    fs.writeFileSync(path.join(dir, "clean.txt"), ["ПРИКАЗ Министра национальной экономики", "1. Утвердить прилагаемые Правила проведения конкурса.", "2. Контроль за исполнением настоящего приказа возложить на вице-министра."].join("\n"));
    fs.writeFileSync(path.join(dir, "broken.docx"), "not a zip");
    const report = path.join(tmp, "report.json");
    const r = run("scan", dir, "--db", db, "--report", report);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/3 files, 1 findings, [\d.]+ acts\/s/u);
    const json = JSON.parse(fs.readFileSync(report, "utf8")) as { norms: number; files: { file: string; status: string; findings?: { ruleId: string; paragraphIndex: number; citation: { act: string; article: string } }[] }[] };
    expect(json.norms).toBeGreaterThan(3000);
    const byName = Object.fromEntries(json.files.map((f) => [f.file, f]));
    expect(byName["copy.txt"]!.findings!.map((f) => `${f.ruleId}@${f.paragraphIndex}:${f.citation.act}/${f.citation.article}`)).toEqual(["LA-REPRODUCES-NORM@2:entrepreneurial-code/82"]);
    expect(byName["clean.txt"]!.findings).toEqual([]);
    expect(byName["broken.docx"]!.status).toBe("error");
  });
});
