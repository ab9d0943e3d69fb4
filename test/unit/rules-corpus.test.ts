/**
 * False-alarm check: runs every rule over the adopted local acts in ../shared/corpus/local-acts (one paragraph
 * per line; never copied into this repository). Adopted law is not a draft, so error-level findings must be
 * rare and each one explainable. Skips with a message when the corpus is absent.
 * Set ZANGER_CORPUS_DIR to point at another copy of the corpus folder.
 */
import * as fs from "fs";
import * as path from "path";
import type { Finding } from "../../src/contract";
import { paragraphsFromText } from "../../src/engine/document/model";
import { checkParagraphs } from "../../src/engine/run";

const CORPUS = process.env.ZANGER_CORPUS_DIR ?? path.resolve(__dirname, "../../../shared/corpus");
const DIR = path.join(CORPUS, "local-acts");
const present = fs.existsSync(DIR);

/** Error-level findings allowed per 10,000 characters of adopted law. */
const MAX_ERRORS_PER_10K = 1;

if (!present) {
  // eslint-disable-next-line no-console
  console.log(`rules-corpus: ${DIR} not found; skipping the corpus false-alarm check.`);
}

(present ? describe : describe.skip)("rules on adopted local acts (corpus)", () => {
  const files = present ? fs.readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort() : [];
  let chars = 0;
  let ms = 0;
  const all: { file: string; finding: Finding; text: string }[] = [];

  beforeAll(() => {
    for (const file of files) {
      const raw = fs.readFileSync(path.join(DIR, file), "utf8");
      const paragraphs = paragraphsFromText(raw);
      chars += raw.length;
      const t0 = Date.now();
      const { findings } = checkParagraphs(paragraphs, { uiLanguage: "ru" });
      ms += Date.now() - t0;
      for (const finding of findings) {
        const text = finding.paragraphIndex === null ? "" : paragraphs[finding.paragraphIndex]!.text;
        all.push({ file, finding, text });
      }
    }
    const byRule = new Map<string, number>();
    for (const { finding } of all) {
      const key = `${finding.ruleId} (${finding.severity})`;
      byRule.set(key, (byRule.get(key) ?? 0) + 1);
    }
    const per10k = (n: number) => ((n / chars) * 10000).toFixed(3);
    const lines = [...byRule.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([k, n]) => `  ${k.padEnd(45)} ${String(n).padStart(4)}  ${per10k(n)} per 10k chars`);
    const errors = all.filter((x) => x.finding.severity === "error");
    const errorLines = errors.map(
      (x) => `  ${x.file} ¶${x.finding.paragraphIndex ?? "doc"} ${x.finding.ruleId}: «${x.finding.quote.slice(0, 80)}»`,
    );
    // eslint-disable-next-line no-console
    console.log(
      [
        `rules-corpus: ${files.length} files, ${chars} chars, ${ms} ms, ${all.length} findings, ` +
          `${errors.length} errors (${per10k(errors.length)} per 10k chars)`,
        ...lines,
        "error-level findings:",
        ...errorLines,
      ].join("\n"),
    );
  });

  it("reads the corpus", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(chars).toBeGreaterThan(0);
  });

  it("raises error-level findings rarely on adopted law", () => {
    const errors = all.filter((x) => x.finding.severity === "error").length;
    expect((errors / chars) * 10000).toBeLessThan(MAX_ERRORS_PER_10K);
  });

  it("quotes every finding exactly", () => {
    for (const { finding, text } of all) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.quote);
    }
  });
});
