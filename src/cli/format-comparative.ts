/** The comparative table as Markdown (deleted words ~~struck~~, inserted words **bold**), for `zanger compare --format md`. */
import type { ComparativeTable } from "../engine/compare/comparative-table";
import type { DiffSegment } from "../text/word-diff";

function cellText(segs: readonly DiffSegment[]): string {
  return segs
    .map((s) => {
      const t = s.text.replace(/\|/g, "\\|");
      if (s.op === "equal" || !t.trim()) return t;
      // Markers hug the words: spaces stay outside, or Markdown would not recognise them.
      const lead = /^\s*/u.exec(t)![0];
      const trail = /\s*$/u.exec(t)![0];
      const core = t.trim();
      const mark = s.op === "del" ? "~~" : "**";
      return `${lead}${core.split("\n").map((line) => (line.trim() ? `${mark}${line.trim()}${mark}` : line)).join("\n")}${trail}`;
    })
    .join("")
    .replace(/\n/g, "<br>");
}

export function comparativeTableMarkdown(table: ComparativeTable, subtitle?: string): string {
  const lines = [`# ${table.title}`, ""];
  if (subtitle) lines.push(subtitle, "");
  lines.push(`| ${table.headers.join(" | ")} |`, `| ${table.headers.map(() => "---").join(" | ")} |`);
  for (const r of table.rows) lines.push(`| ${r.no} | ${r.unit} | ${cellText(r.current)} | ${cellText(r.proposed)} | ${r.justification} |`);
  return lines.join("\n") + "\n";
}
