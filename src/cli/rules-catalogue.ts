/** docs/rules.md, generated from the rule modules (`npx zanger rules --format md`). */
import { ACTS, formatCitation, completeCitation } from "../engine/data/acts";
import { ALL_RULES } from "../engine/rules";
import { RULES_VERSION } from "../engine/run";
import { PARITY_CHECKS } from "../engine/bilingual/checks";
import { IN_FORCE_CHECKS } from "../corpus/duplication";

export function rulesMarkdown(): string {
  const out: string[] = [
    "# Rules catalogue",
    "",
    "Generated from the rule modules in `src/engine/rules` by `npm run docs:rules`; do not edit by hand.",
    `Rules version ${RULES_VERSION}; ${ALL_RULES.length} rules.`,
    "",
    "| id | brief §9 | pack | severity | act types | citation |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of ALL_RULES) {
    const types = r.actTypes === "all" ? "all" : r.actTypes.join(", ");
    out.push(`| [${r.id}](#${r.id.toLowerCase()}) | ${r.brief.join(", ") || "—"} | ${r.pack} | ${r.severity} | ${types} | ${formatCitation(completeCitation(r.citation, "en"), "en")} |`);
  }
  out.push("");
  for (const r of ALL_RULES) {
    out.push(`## ${r.id}`, "");
    out.push(`**${r.messages.en.title.replace(/[«»]?\{quote\}[«»]?/g, "…")}** — pack \`${r.pack}\`, severity \`${r.severity}\`, cites ${ACTS[r.citation.act].short.en} art. ${r.citation.article}${r.citation.paragraph ? `(${r.citation.paragraph})` : ""}.`, "");
    out.push(r.messages.en.explanation, "");
    if (r.supersedes?.length) {
      out.push(`Where this rule and ${r.supersedes.map((id) => `[${id}](#${id.toLowerCase()})`).join(", ")} find the same words, only this rule's finding is reported.`, "");
    }
    out.push(`- ru: ${r.messages.ru.title.replace(/[«»]?\{quote\}[«»]?/g, "…")}`);
    out.push(`- kk: ${r.messages.kk.title.replace(/[«»]?\{quote\}[«»]?/g, "…")}`, "");
    out.push("Examples that must be flagged (the flagged words in bold):", "");
    for (const ex of r.examples.bad) {
      const t = ex.quote ? ex.text.replace(ex.quote, `**${ex.quote}**`) : ex.text;
      out.push(`- (${ex.lang}${ex.actType ? `, ${ex.actType}` : ""}) ${t.replace(/\n/g, " ⏎ ")}`);
    }
    out.push("", "Examples that must not be flagged:", "");
    for (const ex of r.examples.good) out.push(`- (${ex.lang}${ex.actType ? `, ${ex.actType}` : ""}) ${ex.text.replace(/\n/g, " ⏎ ")}`);
    out.push("");
  }
  out.push(
    "# Kazakh–Russian parity checks",
    "",
    "Pack `bilingual`, from `src/engine/bilingual/checks.ts`: they compare the two language versions of one act (`zanger parity`, the pane's «Сравнить с текстом на другом языке…») and write their findings into the open version. Examples are pairs; the flagged words are in the version named first.",
    "",
  );
  for (const c of PARITY_CHECKS) {
    out.push(`## ${c.id}`, "");
    out.push(`**${c.messages.en.title.replace(/[«»]?\{quote\}[«»]?/g, "…").replace(/\{\w+\}/g, "…")}** — severity \`${c.severity}\`, cites ${ACTS[c.citation.act].short.en} art. ${c.citation.article}${c.citation.paragraph ? `(${c.citation.paragraph})` : ""}.`, "");
    out.push(c.messages.en.explanation, "");
    out.push("Pairs that must be flagged:", "");
    for (const ex of c.examples.bad) {
      const [mine, theirs] = ex.anchor === "kk" ? [ex.kk, ex.ru] : [ex.ru, ex.kk];
      const t = ex.quote ? mine.replace(ex.quote, `**${ex.quote}**`) : mine;
      out.push(`- (${ex.anchor}) ${t.replace(/\n/g, " ⏎ ")} ↔ (${ex.anchor === "kk" ? "ru" : "kk"}) ${theirs.replace(/\n/g, " ⏎ ")}`);
    }
    out.push("", "Pairs that must not be flagged:", "");
    for (const ex of c.examples.good) out.push(`- (kk) ${ex.kk.replace(/\n/g, " ⏎ ")} ↔ (ru) ${ex.ru.replace(/\n/g, " ⏎ ")}`);
    out.push("");
  }
  out.push(
    "# Checks against the acts in force",
    "",
    "Pack `legal-acts`, from `src/corpus/duplication.ts`: they run in a check (and `zanger scan`) when acts in force are imported into the store (`zanger corpus import-official`), over a near-duplicate index of their paragraphs. The finding's citation is the norm in force. Examples are a norm in force and a paragraph of a ministerial order.",
    "",
  );
  for (const c of IN_FORCE_CHECKS) {
    out.push(`## ${c.id}`, "");
    out.push(`**${c.messages.en.title.replace(/\{\w+\}/g, "…")}** — severity \`${c.severity}\`, rests on ${ACTS[c.citation.act].short.en} art. ${c.citation.article}${c.citation.paragraph ? `(${c.citation.paragraph})` : ""}.`, "");
    out.push(c.messages.en.explanation, "");
    out.push("Must be flagged:", "");
    for (const ex of c.examples.bad) out.push(`- (${ex.lang}) ${ex.draft} — in force: ${ex.inForce.act} art. ${ex.inForce.article}: ${ex.inForce.text}`);
    out.push("", "Must not be flagged:", "");
    for (const ex of c.examples.good) out.push(`- (${ex.lang}) ${ex.draft} — in force: ${ex.inForce.act} art. ${ex.inForce.article}: ${ex.inForce.text}`);
    out.push("");
  }
  return out.join("\n");
}
