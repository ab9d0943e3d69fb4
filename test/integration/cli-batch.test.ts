/** `zanger check <folder> --report … [--out-dir …] [--fail-on …]` as a pipeline runs it (the built CLI, a temp folder). */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BatchReport } from "../../src/cli/batch";
import { readDocxParagraphs } from "../../src/docx/read-paragraphs";
import { makeDocx, p } from "../fixtures/make-docx";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "zanger.js");

function zanger(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd });
}

const sha = (f: string) => createHash("sha256").update(fs.readFileSync(f)).digest("hex");

const RU = ["ПРИКАЗ Министра финансов Республики Казахстан", "1. Отчет направляется в Мажилис Парламента Республики Казахстан.", "2. Настоящий приказ вводится в действие со дня подписания."];
const CLEAN = ["ПРИКАЗ Министра финансов Республики Казахстан", "1. Уполномоченный орган рассматривает заявление в течение десяти рабочих дней со дня его поступления.", "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования."];
const KK = ["Қазақстан Республикасы Қаржы министрінің БҰЙРЫҒЫ", "1. Есеп Қазақстан Республикасы Парламентінің Мәжілісіне жіберіледі."];

async function folder(withBroken: boolean): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-batch-"));
  const drafts = path.join(dir, "drafts");
  fs.mkdirSync(path.join(drafts, "sub"), { recursive: true });
  fs.writeFileSync(path.join(drafts, "a-ru.docx"), await makeDocx(RU.map(p).join("")));
  fs.writeFileSync(path.join(drafts, "b-kk.txt"), KK.join("\n"));
  fs.writeFileSync(path.join(drafts, "sub", "c-clean.docx"), await makeDocx(CLEAN.map(p).join("")));
  fs.writeFileSync(path.join(drafts, "~$a-ru.docx"), "Word's lock file");
  fs.writeFileSync(path.join(drafts, "notes.pdf"), "%PDF-not a draft");
  if (withBroken) fs.writeFileSync(path.join(drafts, "d-broken.docx"), "PK\u0003\u0004 damaged");
  return dir;
}

describe("zanger check <folder>", () => {
  it("checks every draft, writes commented copies and a Markdown report; an unreadable file is reported, the batch goes on, exit 3", async () => {
    const dir = await folder(true);
    const inputs = ["a-ru.docx", "b-kk.txt", "sub/c-clean.docx", "d-broken.docx"].map((f) => path.join(dir, "drafts", f));
    const before = inputs.map(sha);
    const r = zanger(dir, "check", "drafts", "--report", "report.md", "--out-dir", "checked");
    expect(r.status).toBe(3);
    // Progress, one line per file, in order.
    expect(r.stderr.split("\n").filter((l) => l.startsWith("["))).toEqual([
      expect.stringMatching(/^\[1\/4\] a-ru\.docx: \d+ findings \(error [1-9]/),
      expect.stringMatching(/^\[2\/4\] b-kk\.txt: \d+ findings/),
      expect.stringMatching(/^\[3\/4\] d-broken\.docx: ERROR cannot read the \.docx/),
      expect.stringMatching(/^\[4\/4\] sub\/c-clean\.docx: \d+ findings/),
    ]);
    expect(inputs.map(sha)).toEqual(before);
    const md = fs.readFileSync(path.join(dir, "report.md"), "utf8");
    expect(md).toContain("4 files, 1 not read");
    expect(md).toMatch(/\| a-ru\.docx \| ministerial-order \| ru \| [1-9]/);
    expect(md).toMatch(/\| d-broken\.docx \|.*\| error: cannot read the \.docx/);
    expect(md).toMatch(/## a-ru\.docx[\s\S]*CONST-ABOLISHED-BODY \(¶2\) «Мажилис Парламента»/);
    // Commented copies of the .docx files, in the same layout; none for the .txt or the broken file.
    const copies = fs.readdirSync(path.join(dir, "checked"), { recursive: true }).map(String).sort();
    expect(copies).toEqual(["a-ru.checked.docx", "sub", path.join("sub", "c-clean.checked.docx")]);
    expect((await readDocxParagraphs(fs.readFileSync(path.join(dir, "checked", "a-ru.checked.docx")))).map((x) => x.text)).toEqual(RU);
  });

  it("JSON report; --fail-on error gives exit 1 when a draft has an error-level finding, 0 without --fail-on", async () => {
    const dir = await folder(false);
    const plain = zanger(dir, "check", "drafts", "--report", "r.json");
    expect(plain.status).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "r.json"), "utf8")) as BatchReport;
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ["a-ru.docx", "ok"],
      ["b-kk.txt", "ok"],
      [path.join("sub", "c-clean.docx"), "ok"],
    ]);
    expect(report.totals.error).toBeGreaterThan(0);
    expect(report.files[1]!.language).toBe("kk");
    expect(zanger(dir, "check", "drafts", "--report", "r.json", "--fail-on", "error").status).toBe(1);
    expect(zanger(dir, "check", path.join("drafts", "sub"), "--report", "r2.json", "--fail-on", "error").status).toBe(0);
  });

  it("never writes over an input", async () => {
    const dir = await folder(false);
    const drafts = path.join(dir, "drafts");
    fs.writeFileSync(path.join(drafts, "a-ru.checked.docx"), await makeDocx(CLEAN.map(p).join("")));
    const kept = sha(path.join(drafts, "a-ru.checked.docx"));
    const r = zanger(dir, "check", "drafts", "--report", "r.json", "--out-dir", "drafts");
    expect(r.status).toBe(3);
    expect(sha(path.join(drafts, "a-ru.checked.docx"))).toBe(kept);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "r.json"), "utf8")) as BatchReport;
    expect(report.files.find((f) => f.file === "a-ru.docx")!.error).toMatch(/refusing to write over an input/);
  });

  it.each([
    [["check", "drafts"], /needs --report/],
    [["check", "drafts", "--report", "r.txt"], /\.md or a \.json/],
    [["check", "drafts", "--report", "r.md", "--fail-on", "info"], /--fail-on is error or warning/],
  ])("refuses %j with exit 2", async (args, message) => {
    const dir = await folder(false);
    const r = zanger(dir, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
