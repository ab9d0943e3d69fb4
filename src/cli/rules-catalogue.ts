/** docs/rules.md, generated from the rule modules (`npx zanger rules --format md`). */
import { ACTS, formatCitation, completeCitation } from "../engine/data/acts";
import { ALL_RULES } from "../engine/rules";
import { RULES_VERSION } from "../engine/run";

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
  return out.join("\n");
}
