/** docs/rules.md is generated from the rule modules; a rule change without `npm run docs:rules` fails here. */
import fs from "node:fs";
import path from "node:path";
import { rulesMarkdown } from "../../src/cli/rules-catalogue";
import { ALL_RULES as RULES } from "../../src/engine/rules";

const DOC = path.join(__dirname, "../../docs/rules.md");

describe("docs/rules.md", () => {
  it("is what `npm run docs:rules` generates from the current rules", () => {
    const onDisk = fs.readFileSync(DOC, "utf8");
    expect(onDisk.trimEnd()).toBe(rulesMarkdown().trimEnd());
  });

  it("lists every rule with its own section", () => {
    const onDisk = fs.readFileSync(DOC, "utf8");
    for (const r of RULES) expect(onDisk).toContain(`\n## ${r.id}\n`);
  });
});
