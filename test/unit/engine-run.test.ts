/** The rule runner: exact spans, ordering, de-duplication, summary, fingerprints, act-type filtering. */
import { Finding } from "../../src/contract";
import { paragraphsFromText } from "../../src/engine/document/model";
import fs from "node:fs";
import path from "node:path";
import { checkParagraphs, checkParagraphsAsync, RULES_VERSION } from "../../src/engine/run";
import { ALL_RULES, ruleById } from "../../src/engine/rules";
import type { Rule } from "../../src/engine/rules/types";

const DRAFT = [
  "ПРИКАЗ",
  "Министра труда Республики Казахстан",
  "1. Отчет направляется в Мажилис Парламента и в Сенат.",
  "2. Заявитель представляет заявление и иные документы.",
].join("\n");

describe("checkParagraphs", () => {
  const { findings, summary } = checkParagraphs(paragraphsFromText(DRAFT), { uiLanguage: "en" });

  it("returns contract-valid findings with exact quotes, ordered by place", () => {
    const lines = DRAFT.split("\n");
    for (const f of findings) {
      Finding.parse(f);
      expect(lines[f.paragraphIndex!]!.slice(f.start, f.end)).toBe(f.quote);
      expect(lines[f.paragraphIndex!]!.slice(0, f.start).endsWith(f.before)).toBe(true);
      expect(lines[f.paragraphIndex!]!.slice(f.end).startsWith(f.after)).toBe(true);
    }
    const places = findings.map((f) => [f.paragraphIndex!, f.start]);
    expect(places).toEqual([...places].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expect(findings.map((f) => f.quote)).toEqual(expect.arrayContaining(["Мажилис Парламента", "Сенат", "иные документы"]));
  });

  it("writes messages in the UI language", () => {
    expect(findings.find((f) => f.quote === "Сенат")!.message).toMatch(/abolished/);
  });

  it("counts the summary from the findings", () => {
    expect(summary.total).toBe(findings.length);
    const errors = findings.filter((f) => f.severity === "error").length;
    expect(summary.bySeverity.error).toBe(errors);
    expect(summary.byPack.constitution!.error).toBe(findings.filter((f) => f.pack === "constitution" && f.severity === "error").length);
  });

  it("keeps fingerprints stable when unrelated text changes, and distinct for distinct words", () => {
    const edited = DRAFT.replace("Министра труда", "Министра труда и социальной защиты населения") + "\n3. Новый пункт.";
    const again = checkParagraphs(paragraphsFromText(edited), { uiLanguage: "en" }).findings;
    const fp = (xs: typeof findings) => xs.map((f) => f.fingerprint).sort();
    expect(fp(again)).toEqual(fp(findings));
    expect(new Set(fp(findings)).size).toBe(findings.length);
  });

  it("restricts to the requested packs", () => {
    const only = checkParagraphs(paragraphsFromText(DRAFT), { packs: ["anticorruption"] }).findings;
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((f) => f.pack === "anticorruption")).toBe(true);
  });

  it("has a rules version that names the rule count", () => {
    expect(RULES_VERSION.startsWith(`${ALL_RULES.length}.`)).toBe(true);
  });
});

describe("a rule that throws", () => {
  const abolished = ruleById("CONST-ABOLISHED-BODY")!;
  const broken: Rule = { ...abolished, id: "X-BROKEN", detect: () => { throw new SyntaxError("Invalid regular expression"); } };
  const paras = paragraphsFromText("1. Проект закона вносится в Парламент.\n2. Настоящий закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.");

  it("fails loudly without a handler (tests and the examples test see it)", () => {
    expect(() => checkParagraphs(paras, { rules: [broken, abolished] })).toThrow(SyntaxError);
  });

  it("with a handler is skipped and named; the other rules' findings are kept", () => {
    const errors: string[] = [];
    const r = checkParagraphs(paras, { rules: [broken, abolished], onRuleError: (id) => errors.push(id) });
    expect(errors).toEqual(["X-BROKEN"]);
    expect(r.failedRules).toEqual(["X-BROKEN"]);
    expect(r.findings.map((f) => f.ruleId)).toContain("CONST-ABOLISHED-BODY");
  });
});

describe("superseded findings", () => {
  const RETRO = [
    "Статья 1. В Закон Республики Казахстан «О дорожном движении» внести следующее дополнение:",
    "1. Перевозчик обязан хранить записи тахографа в течение двух лет.",
    "Статья 2. Действие статьи 1 настоящего Закона распространяется на отношения, возникшие с 1 марта 2025 года.",
  ].join("\n");
  const run = (ruleIds?: string[]) =>
    checkParagraphs(paragraphsFromText(RETRO), { actType: "amendment-law", language: "ru", ...(ruleIds ? { ruleIds } : {}) }).findings.filter((f) => f.paragraphIndex === 2);

  it("keeps only the specific finding where a rule that supersedes another finds the same words", () => {
    const ids = run().map((f) => f.ruleId);
    expect(ids).toContain("CONST-RETROACTIVE-WORSENING");
    expect(ids).not.toContain("LA-RETROACTIVITY-CLAUSE");
    expect(ruleById("CONST-RETROACTIVE-WORSENING")!.supersedes).toContain("LA-RETROACTIVITY-CLAUSE");
  });

  it("reports the general finding when the specific rule did not run", () => {
    expect(run(["LA-RETROACTIVITY-CLAUSE"]).map((f) => f.ruleId)).toEqual(["LA-RETROACTIVITY-CLAUSE"]);
  });
});

describe("the engine in slices (checkParagraphsAsync)", () => {
  const CODE = path.resolve(__dirname, "../../../shared/corpus/entrepreneurial-code.ru.txt");
  const codeText = fs.existsSync(CODE) ? fs.readFileSync(CODE, "utf8").slice(0, 300_000) : null;
  const strip = (fs_: readonly Finding[]) => fs_.map((f) => `${f.ruleId}|${f.paragraphIndex}|${f.start}|${f.end}|${f.message}`);

  it("gives exactly the batch result, superseded findings included", async () => {
    const RETRO = [
      "Статья 1. В Закон Республики Казахстан «О дорожном движении» внести следующее дополнение:",
      "1. Перевозчик обязан хранить записи тахографа в течение двух лет.",
      "Статья 2. Действие статьи 1 настоящего Закона распространяется на отношения, возникшие с 1 марта 2025 года.",
    ].join("\n");
    const opts = { actType: "amendment-law", language: "ru" } as const;
    const batch = checkParagraphs(paragraphsFromText(RETRO), opts);
    const sliced = await checkParagraphsAsync(paragraphsFromText(RETRO), { ...opts, sliceMs: 0 });
    expect(strip(sliced.findings)).toEqual(strip(batch.findings));
    expect(sliced.findings.map((f) => f.ruleId)).not.toContain("LA-RETROACTIVITY-CLAUSE");
    expect(sliced.summary).toEqual(batch.summary);
  });

  (codeText ? it : it.skip)(`streams partial findings of a large text whose union is the final result, and frees the event loop between slices${codeText ? "" : " (skipped: needs ../shared/corpus)"}`, async () => {
    const paragraphs = paragraphsFromText(codeText!);
    const batch = checkParagraphs(paragraphs, { uiLanguage: "ru" });
    const partial: Finding[] = [];
    let calls = 0;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sliced = await checkParagraphsAsync(paragraphs, {
      uiLanguage: "ru",
      sliceMs: 5,
      onPartial: (fs_, done, total) => {
        calls++;
        expect(done).toBeLessThan(total);
        partial.push(...fs_);
      },
    });
    clearInterval(timer);
    expect(strip(sliced.findings)).toEqual(strip(batch.findings));
    expect(calls).toBeGreaterThan(1);
    expect(ticks).toBeGreaterThan(0); // timers ran while the engine was working
    // Every partial finding is in the final result (nothing shown early is taken back).
    const final = new Set(strip(sliced.findings));
    for (const f of strip(partial)) expect(final.has(f)).toBe(true);
  });
});
