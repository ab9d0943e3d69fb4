/** `zanger parity --format md`: what differs between the Kazakh and Russian versions, unit by unit. */
import path from "node:path";
import type { UiLanguage } from "../contract";
import type { ParityResult } from "../engine/bilingual/parity";

const T = {
  ru: { title: "Сверка текстов на казахском и русском языках", units: "Структурных единиц", onlyKk: "только в казахском тексте", onlyRu: "только в русском тексте", none: "Расхождений не найдено.", where: "Где", what: "Что", doc: "весь документ" },
  kk: { title: "Қазақ және орыс тілдеріндегі мәтіндерді салыстыру", units: "Құрылымдық бірліктер", onlyKk: "тек қазақ мәтінінде", onlyRu: "тек орыс мәтінінде", none: "Алшақтық табылмады.", where: "Қайда", what: "Не", doc: "бүкіл құжат" },
  en: { title: "Kazakh and Russian versions compared", units: "Structural units", onlyKk: "only in the Kazakh text", onlyRu: "only in the Russian text", none: "No differences found.", where: "Where", what: "What", doc: "whole document" },
};

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

export function parityMarkdown(res: ParityResult, anchorFile: string, ui: UiLanguage): string {
  const t = T[ui];
  const onlyKk = res.units.filter((u) => u.kk && !u.ru).length;
  const onlyRu = res.units.filter((u) => u.ru && !u.kk).length;
  const lines = [`# ${t.title}`, "", `${path.basename(anchorFile)} — ${t.units}: ${res.units.length} (${t.onlyKk}: ${onlyKk}, ${t.onlyRu}: ${onlyRu})`, ""];
  if (res.findings.length === 0) return [...lines, t.none, ""].join("\n");
  lines.push(`| ${t.where} | ${t.what} | |`, "| --- | --- | --- |");
  for (const f of res.findings) {
    const where = f.paragraphIndex === null ? t.doc : `¶${f.paragraphIndex + 1}${f.quote ? ` «${cell(f.quote).slice(0, 80)}»` : ""}`;
    lines.push(`| ${cell(where)} | ${cell(f.message)} | ${f.ruleId} |`);
  }
  return lines.join("\n") + "\n";
}
