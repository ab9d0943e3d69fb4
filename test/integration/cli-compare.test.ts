/**
 * `zanger compare old.docx new.docx --out table.docx` as a user runs it, and the table opened by a real office
 * suite: LibreOffice (Debian libreoffice-writer, installed by .ci/run) converts it headless to text and HTML, and
 * the rows, the struck-through deletions and the bold insertions are read back from what it produced.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeDocx, p } from "../fixtures/make-docx";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "zanger.js");
const SOFFICE = process.env.ZANGER_SOFFICE || "/usr/bin/soffice";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-compare-"));

function zanger(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: tmp });
}

/** Converts with LibreOffice headless, in a profile of its own (parallel runs must not share one). */
function libreOffice(file: string, to: "txt:Text" | "html"): string {
  if (!fs.existsSync(SOFFICE)) throw new Error(`LibreOffice not found at ${SOFFICE} (apt-get install libreoffice-writer, or set ZANGER_SOFFICE).`);
  const outDir = fs.mkdtempSync(path.join(tmp, "lo-"));
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=file://${path.join(outDir, "profile")}`, "--headless", "--convert-to", to, "--outdir", outDir, file], {
    encoding: "utf8",
    timeout: 90_000,
  });
  const out = path.join(outDir, path.basename(file, ".docx") + (to === "html" ? ".html" : ".txt"));
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file}: ${r.stderr || r.stdout}`);
  return fs.readFileSync(out, "utf8").replace(/^\uFEFF/, "");
}

const OLD_RU = [
  "ПРИКАЗ Министра сельского хозяйства Республики Казахстан",
  "Статья 1. Общие положения",
  "1. Отчет направляется в Мажилис Парламента Республики Казахстан ежегодно.",
  "2. Заявка подается в течение десяти рабочих дней.",
  "3. Решение принимается местным исполнительным органом.",
  "Статья 2. Вступление в силу",
  "Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
];
const NEW_RU = [
  "ПРИКАЗ Министра сельского хозяйства Республики Казахстан",
  "Статья 1. Общие положения",
  "1. Отчет направляется в Курултай Республики Казахстан ежегодно.",
  "2. Заявка подается в течение пяти рабочих дней.",
  "2-1. Заявка может быть подана в электронной форме <через портал> & без доверенности.",
  "Статья 2. Вступление в силу",
  "Настоящий приказ вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования.",
];

async function docx(name: string, paragraphs: string[], tracked = false): Promise<string> {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, await makeDocx(paragraphs.map(p).join("") + (tracked ? `<w:p><w:del w:id="9" w:author="A"><w:r><w:delText>Удалённый абзац.</w:delText></w:r></w:del></w:p>` : "")));
  return file;
}

describe("zanger compare", () => {
  it("writes a comparative table LibreOffice opens: one row per changed unit, in order, with the Russian headings", async () => {
    const out = path.join(tmp, "table.docx");
    const r = zanger("compare", await docx("old.docx", OLD_RU), await docx("new.docx", NEW_RU, true), "--out", out);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("5 changed units");
    const txt = libreOffice(out, "txt:Text");
    const lines = txt.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    expect(lines.slice(0, 7)).toEqual(["Сравнительная таблица", OLD_RU[0], "№ п/п", "Структурный элемент", "Действующая редакция", "Предлагаемая редакция", "Обоснование"]);
    const at = (s: string) => lines.indexOf(s);
    // Rows in document order: № and unit, then current and proposed wording.
    expect(lines.slice(at("1"), at("1") + 4)).toEqual(["1", "Статья 1, пункт 1", OLD_RU[2], NEW_RU[2]]);
    expect(lines.slice(at("2"), at("2") + 4)).toEqual(["2", "Статья 1, пункт 2", OLD_RU[3], NEW_RU[3]]);
    expect(lines.slice(at("3"), at("3") + 4)).toEqual(["3", "Статья 1, пункт 2-1", "Отсутствует.", NEW_RU[4]]);
    expect(lines.slice(at("4"), at("4") + 4)).toEqual(["4", "Статья 1, пункт 3", OLD_RU[4], "Исключить."]);
    // The text of article 2 (no points) is one unit with its heading.
    expect(lines.slice(at("5"), at("5") + 5)).toEqual(["5", "Статья 2", OLD_RU[5], OLD_RU[6], NEW_RU[5]]);
    expect(lines).not.toContain("6");

    const html = libreOffice(out, "html");
    const struck = [...html.matchAll(/<(?:strike|s)>([\s\S]*?)<\/(?:strike|s)>/g)].map((m) => m[1]!.replace(/\s+/g, " ").trim());
    const bold = [...html.matchAll(/<b>([\s\S]*?)<\/b>/g)].map((m) => m[1]!.replace(/\s+/g, " ").trim());
    expect(struck).toEqual(expect.arrayContaining(["Мажилис Парламента", "десяти", "3. Решение принимается местным исполнительным органом."]));
    expect(bold).toEqual(expect.arrayContaining(["Курултай", "пяти", "Сравнительная таблица", "Предлагаемая редакция"]));
    expect(bold.some((b) => b.includes("&lt;через портал&gt; &amp; без доверенности"))).toBe(true);
    // Nothing that stayed is marked.
    expect(struck.join(" ")).not.toContain("Республики");
    expect(bold.join(" ")).not.toContain("Республики");
  });

  it("the article 2 text: a change inside an unnumbered article is one row, «десяти» → «шестидесяти»", () => {
    const r = zanger("compare", path.join(tmp, "old.docx"), path.join(tmp, "new.docx"), "--format", "json");
    expect(r.status).toBe(0);
    const table = JSON.parse(r.stdout) as { rows: { unit: string; current: { op: string; text: string }[]; proposed: { op: string; text: string }[] }[] };
    const row = table.rows.find((x) => x.unit === "Статья 2");
    expect(row).toBeDefined();
    expect(row!.current.filter((s) => s.op === "del").map((s) => s.text.trim())).toEqual(["десяти"]);
    expect(row!.proposed.filter((s) => s.op === "ins").map((s) => s.text.trim())).toEqual(["шестидесяти"]);
  });

  it("Kazakh drafts get Kazakh headings, found from the text; Markdown prints deletions and insertions", () => {
    const a = path.join(tmp, "old.kk.txt");
    const b = path.join(tmp, "new.kk.txt");
    fs.writeFileSync(a, ["Қазақстан Республикасы Ауыл шаруашылығы министрінің БҰЙРЫҒЫ", "1. Өтінім он жұмыс күні ішінде қаралады.", "2. Есеп Парламент Мәжілісіне жіберіледі."].join("\n"));
    fs.writeFileSync(b, ["Қазақстан Республикасы Ауыл шаруашылығы министрінің БҰЙРЫҒЫ", "1. Өтінім бес жұмыс күні ішінде қаралады.", "2. Есеп Құрылтайға жіберіледі."].join("\n"));
    const r = zanger("compare", a, b, "--format", "md");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("# Салыстырма кесте");
    expect(r.stdout).toContain("| Р/с № | Құрылымдық элемент | Қолданыстағы редакция | Ұсынылып отырған редакция | Негіздеме |");
    expect(r.stdout).toContain("| 1 | 1-тармақ | 1. Өтінім ~~он~~ жұмыс күні ішінде қаралады. | 1. Өтінім **бес** жұмыс күні ішінде қаралады. |  |");
    expect(r.stdout).toMatch(/\| 2 \| 2-тармақ \| 2\. Есеп ~~Парламент Мәжілісіне~~ жіберіледі\. \| 2\. Есеп \*\*Құрылтайға\*\* жіберіледі\. \|/);
  });

  it.each([
    [["compare", "only-one.docx"], /two files/],
    [["compare", "a.txt", "b.txt"], /--out table\.docx/],
    [["compare", "a.txt", "b.txt", "--out", "table.pdf"], /must name a \.docx/],
    [["compare", "a.txt", "b.txt", "--format", "md", "--lang", "en"], /--lang is kk or ru/],
    [["compare", "missing.txt", "b.txt", "--format", "md"], /file not found/],
  ])("refuses %j with exit code 2 and a clear message", (args, message) => {
    fs.writeFileSync(path.join(tmp, "a.txt"), "1. А.");
    fs.writeFileSync(path.join(tmp, "b.txt"), "1. Б.");
    const r = zanger(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("a broken .docx is reported as such (exit 3) and nothing is written", () => {
    fs.writeFileSync(path.join(tmp, "broken.docx"), "not a zip");
    fs.writeFileSync(path.join(tmp, "b.txt"), "1. Б.");
    const out = path.join(tmp, "never.docx");
    const r = zanger("compare", "broken.docx", "b.txt", "--out", out);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/cannot read the \.docx/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
