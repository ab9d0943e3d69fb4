/** The `zanger` command as a user runs it (the built CLI in a child process). */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CheckResponse } from "../../src/contract";
import { makeDocxFromLines } from "../fixtures/make-docx";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "zanger.js");
const built = fs.existsSync(path.join(ROOT, "build", "src", "cli", "main.js"));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-cli-"));

function zanger(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: tmp });
}

const RU = [
  "РЕШЕНИЕ",
  "Карагандинского областного маслихата",
  "1. Утвердить Правила оказания социальной помощи.",
  "2. Информацию направить в Сенат Парламента Республики Казахстан.",
  "3. Заявитель представляет заявление и другие документы.",
];
const KK = [
  "Қарағанды облыстық мәслихатының ШЕШІМІ",
  "1. Әлеуметтік көмек көрсету қағидалары бекітілсін.",
  "2. Ақпарат Қазақстан Республикасы Парламентінің Мәжілісіне жіберілсін.",
  "3. Өтініш беруші өтінішті және басқа да құжаттарды ұсынады.",
];

(built ? describe : describe.skip)("npx zanger check", () => {
  it.each([
    ["ru", ".txt", RU],
    ["kk", ".txt", KK],
    ["ru", ".docx", RU],
    ["kk", ".docx", KK],
  ])("prints findings with exact spans for a %s draft (%s)", async (lang, ext, lines) => {
    const file = path.join(tmp, `draft-${lang}${ext}`);
    if (ext === ".txt") fs.writeFileSync(file, lines.join("\n") + "\n");
    else fs.writeFileSync(file, await makeDocxFromLines(lines));
    const r = zanger("check", file, "--format", "json", "--ui", lang);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const res = CheckResponse.parse(JSON.parse(r.stdout));
    expect(res.document.language).toBe(lang);
    expect(res.document.actType).toBe("maslikhat-decision");
    expect(res.findings.length).toBeGreaterThanOrEqual(2);
    expect(res.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["CONST-ABOLISHED-BODY", "AC-OPEN-LIST-DOCUMENTS"]));
    for (const f of res.findings) {
      if (f.paragraphIndex === null) continue;
      expect(lines[f.paragraphIndex]!.slice(f.start, f.end)).toBe(f.quote);
    }
  });

  it("prints readable text by default, in the UI language", () => {
    const file = path.join(tmp, "kk.txt");
    fs.writeFileSync(file, KK.join("\n"));
    const r = zanger("check", file, "--ui", "kk");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Ескертулер: \d+/);
    expect(r.stdout).toContain("«Парламентінің Мәжілісіне»");
  });

  it("honours --act-type and rejects an unknown one", () => {
    const file = path.join(tmp, "ru.txt");
    fs.writeFileSync(file, RU.join("\n"));
    const ok = zanger("check", file, "--act-type", "law", "--format", "json");
    expect(JSON.parse(ok.stdout).document.actType).toBe("law");
    const bad = zanger("check", file, "--act-type", "decree-of-the-moon");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown act type/);
  });

  it("says clearly when a .docx is broken or the file is missing", () => {
    const broken = path.join(tmp, "broken.docx");
    fs.writeFileSync(broken, "this is not a zip");
    const r = zanger("check", broken);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/cannot read the \.docx/);
    const missing = zanger("check", path.join(tmp, "nope.txt"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/file not found/);
  });

  it("generates the rules catalogue", () => {
    const r = zanger("rules", "--format", "md");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# Rules catalogue/);
    expect(r.stdout).toContain("## CONST-ABOLISHED-BODY");
  });
});
if (!built) console.warn("CLI tests skipped: run `npm run build` first (npm test does it in pretest)");
