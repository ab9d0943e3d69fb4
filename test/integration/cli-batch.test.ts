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

describe("--parts headers,footers,footnotes", () => {
  async function withParts(): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-parts-"));
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await makeDocx(CLEAN.map(p).join("")));
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    zip.file("word/header1.xml", `<w:hdr ${W}>${p("Проект. Вносится в Мажилис Парламента Республики Казахстан")}</w:hdr>`);
    zip.file("word/footer1.xml", `<w:ftr ${W}>${p("Страница 1")}</w:ftr>`);
    zip.file(
      "word/footnotes.xml",
      `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">${p("Орган вправе по своему усмотрению продлить срок.")}</w:footnote></w:footnotes>`,
    );
    const file = path.join(dir, "draft.docx");
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    return file;
  }

  it("checks headers and footnotes on their own, reports their findings, and leaves the body's findings and offsets as they were", async () => {
    const file = await withParts();
    const dir = path.dirname(file);
    const plain = JSON.parse(zanger(dir, "check", "draft.docx", "--format", "json").stdout) as { findings: unknown[] };
    const r = zanger(dir, "check", "draft.docx", "--format", "json", "--parts", "headers,footers,footnotes");
    expect(r.status).toBe(0);
    const res = JSON.parse(r.stdout) as { findings: unknown[]; extraParts: { part: string; findings: { ruleId: string; quote: string; paragraphIndex: number }[] }[] };
    expect(res.findings).toEqual(plain.findings);
    const by = Object.fromEntries(res.extraParts.map((x) => [x.part, x.findings.map((f) => [f.ruleId, f.quote])]));
    expect(by["header1.xml"]).toEqual(expect.arrayContaining([["CONST-ABOLISHED-BODY", "Мажилис Парламента"]]));
    expect(by["footnotes.xml"]!.some(([, q]) => q === "по своему усмотрению")).toBe(true);
    expect(by["footer1.xml"]).toEqual([]);
    const text = zanger(dir, "check", "draft.docx", "--parts", "headers");
    expect(text.stdout).toMatch(/— header1\.xml —\nERROR\s+CONST-ABOLISHED-BODY/);
    const folder = zanger(dir, "check", ".", "--report", "r.md", "--parts", "headers,footnotes", "--fail-on", "error");
    expect(folder.status).toBe(1);
    expect(fs.readFileSync(path.join(dir, "r.md"), "utf8")).toMatch(/CONST-ABOLISHED-BODY \(header1\.xml ¶1\) «Мажилис Парламента»/);
    const bad = zanger(dir, "check", "draft.docx", "--parts", "pages");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--parts takes headers, footers, footnotes; not pages/);
  });
});

describe("progressBar", () => {
  it("fills in proportion to the files done and names the file being checked", async () => {
    const { progressBar } = await import("../../src/cli/batch");
    expect(progressBar(1, 4, "a.docx", 8)).toBe("[········] 1/4 a.docx");
    expect(progressBar(3, 4, "c.docx", 8)).toBe("[████····] 3/4 c.docx");
  });
});
