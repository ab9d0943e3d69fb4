/** Human-readable output of a CheckResponse for the terminal. */
import type { CheckResponse, Finding, UiLanguage } from "../contract";
import { formatCitation } from "../engine/data/acts";

const LABELS: Record<UiLanguage, { doc: string; act: string; lang: string; findings: string; none: string; para: string; whole: string; suggest: string }> = {
  ru: { doc: "Документ", act: "вид акта", lang: "язык", findings: "Замечания", none: "Замечаний нет.", para: "абз.", whole: "весь документ", suggest: "Предложение" },
  kk: { doc: "Құжат", act: "акт түрі", lang: "тілі", findings: "Ескертулер", none: "Ескертулер жоқ.", para: "абз.", whole: "бүкіл құжат", suggest: "Ұсыныс" },
  en: { doc: "Document", act: "act type", lang: "language", findings: "Findings", none: "No findings.", para: "para.", whole: "whole document", suggest: "Suggestion" },
};

export function formatText(res: CheckResponse, ui: UiLanguage): string {
  const L = LABELS[ui];
  const s = res.summary.bySeverity;
  const lines = [
    `${L.doc}: ${L.act} ${res.document.actType}, ${L.lang} ${res.document.language}, ${res.document.paragraphCount} ${L.para}`,
    `${L.findings}: ${res.summary.total} (error ${s.error}, warning ${s.warning}, info ${s.info})`,
    "",
  ];
  if (res.findings.length === 0) lines.push(L.none);
  for (const f of res.findings) {
    const where = f.paragraphIndex === null ? L.whole : `${L.para} ${f.paragraphIndex + 1} [${f.start}–${f.end}]`;
    lines.push(`${f.severity.toUpperCase().padEnd(7)} ${f.ruleId}  ${where}`);
    if (f.quote) lines.push(`        «${f.quote}»`);
    lines.push(`        ${f.message}`);
    lines.push(`        ${formatCitation(f.citation, ui)}${f.citation.url ? ` — ${f.citation.url}` : ""}`);
    if (f.suggestion) lines.push(`        ${L.suggest}: ${f.suggestion.replacement}`);
    lines.push("");
  }
  return lines.join("\n");
}

/** The text of a Word comment for a finding (batch mode): the marker the pane uses, title, message, basis, suggestion. */
export function commentText(f: Finding, ui: UiLanguage): string {
  const L = LABELS[ui];
  const lines = [`[Zanger · ${f.ruleId}] ${f.title}`, f.message, formatCitation(f.citation, ui)];
  if (f.suggestion) lines.push(`${L.suggest}: ${f.suggestion.replacement}`);
  return lines.join("\n");
}

/** Findings in headers, footers and footnotes (`--parts`), after the body's. */
export function formatExtraParts(parts: readonly { part: string; findings: Finding[] }[], ui: UiLanguage): string {
  const L = LABELS[ui];
  const lines: string[] = [];
  for (const p of parts) {
    lines.push(`— ${p.part} —`);
    if (p.findings.length === 0) lines.push(L.none);
    for (const f of p.findings) lines.push(`${f.severity.toUpperCase().padEnd(7)} ${f.ruleId}  ${L.para} ${f.paragraphIndex! + 1} «${f.quote}»`, `        ${f.message}`);
    lines.push("");
  }
  return lines.join("\n");
}
