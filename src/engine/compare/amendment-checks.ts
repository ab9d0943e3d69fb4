/**
 * Checks of the amendments themselves, read from the comparative table of a draft before and after its tracked
 * changes (Law "On Legal Acts" No. 480-V, arts. 26–27; legal brief §2.6 and §9 L-16, L-17):
 *  - L-16 renumbering: a unit's words now stand under another number (new units take numbers such as 2-1,
 *    excluded ones keep theirs: art. 26(7), 27(6));
 *  - L-16 an excluded unit's number disappears instead of staying with «исключен» / «алып тасталды» (art. 27(6));
 *  - L-17 more than half of the units change: a new edition is adopted instead (art. 26(9)); units are counted as
 *    the structure parser sees them (articles, points and subpoints alike), so the figure is approximate.
 * Messages are graded («по-видимому», «рекомендуется»): the lawyer decides.
 */
import type { ComparativeTable, ReviewNote, UiLanguage } from "../../contract";
import { completeCitation } from "../data/acts";
import { unitBlocks } from "./units";

const NUMBER = /^\s*(\d+(?:-\d+)*)(?:[.)]\s*)/u;

/** The words of a unit without its own number: «3. Срок …» → «Срок …». */
function body(text: string): string {
  return text.replace(NUMBER, "").trim();
}

function numberOf(text: string): string | undefined {
  return NUMBER.exec(text)?.[1];
}

const MSG = {
  renumbered: {
    ru: (a: string, b: string) => `Текст элемента № ${a} перенесен под № ${b}: по-видимому, нумерация изменена. Новые элементы нумеруются с дефисом (например, 2-1), номера исключенных сохраняются; остальные не перенумеровываются.`,
    kk: (a: string, b: string) => `№ ${a} элементтің мәтіні № ${b} астына көшірілген: нөмірлеу өзгертілген сияқты. Жаңа элементтер сызықшамен нөмірленеді (мысалы, 2-1), алып тасталғандардың нөмірлері сақталады; қалғандары қайта нөмірленбейді.`,
    en: (a: string, b: string) => `The words of unit ${a} now stand under number ${b}: the units appear to have been renumbered. New units take hyphenated numbers (e.g. 2-1) and excluded ones keep their numbers; the rest are not renumbered.`,
  },
  excludedNumber: {
    ru: (u: string) => `${u} удален вместе с номером. Номер исключенного элемента сохраняется: «${u.split(", ").pop()} исключен …» (или «утратил силу») со ссылкой на изменяющий акт.`,
    kk: (u: string) => `${u} нөмірімен бірге жойылған. Алып тасталған элементтің нөмірі сақталады: «… алып тасталды» деп өзгертетін актіге сілтеме жасалады.`,
    en: (u: string) => `${u} was removed with its number. An excluded unit keeps its number («… excluded» with a reference to the amending act).`,
  },
  newEdition: {
    ru: (n: number, total: number) => `Изменено ${n} из ${total} структурных элементов — больше половины. В таком случае рекомендуется принять акт в новой редакции.`,
    kk: (n: number, total: number) => `${total} құрылымдық элементтің ${n} өзгертілген — жартысынан көбі. Мұндай жағдайда актіні жаңа редакцияда қабылдау ұсынылады.`,
    en: (n: number, total: number) => `${n} of ${total} structural units change — more than half. A new edition of the act is then recommended.`,
  },
};

export function amendmentNotes(table: ComparativeTable, before: readonly string[], after: readonly string[], ui: UiLanguage): ReviewNote[] {
  const notes: ReviewNote[] = [];
  const oldText = (r: ComparativeTable["rows"][number]) => r.oldParagraphs.map((i) => before[i] ?? "").join("\n");
  const newText = (r: ComparativeTable["rows"][number]) => r.newParagraphs.map((i) => after[i] ?? "").join("\n");
  const renumbered = new Set<number>();

  // L-16: an old unit's words under a new number.
  for (const r of table.rows) {
    if (r.kind === "added" || r.oldParagraphs.length === 0) continue;
    const old = oldText(r);
    const from = numberOf(old);
    const words = body(old);
    if (!from || words.length < 3) continue;
    const moved = table.rows.find((x) => x !== r && x.newParagraphs.length > 0 && body(newText(x)) === words && numberOf(newText(x)) !== from);
    if (!moved) continue;
    const to = numberOf(newText(moved)) ?? "?";
    renumbered.add(r.no).add(moved.no);
    notes.push({
      code: "L-16",
      severity: "error",
      rows: [r.no, moved.no].sort((a, b) => a - b),
      message: MSG.renumbered[ui](from, to),
      citation: completeCitation({ act: "law-on-legal-acts", article: "27", paragraph: "6" }, ui),
    });
  }

  // L-16: a numbered unit removed outright, its number with it (not part of a renumbering).
  for (const r of table.rows) {
    if (r.kind !== "removed" || renumbered.has(r.no) || !numberOf(oldText(r))) continue;
    notes.push({
      code: "L-16",
      severity: "warning",
      rows: [r.no],
      message: MSG.excludedNumber[ui](r.unit),
      citation: completeCitation({ act: "law-on-legal-acts", article: "27", paragraph: "6" }, ui),
    });
  }

  // L-17: more than half of the units change.
  const units = Math.max(unitBlocks(before).filter((b) => b.key !== null).length, 1);
  const changed = table.rows.filter((r) => r.kind !== "added" && r.oldParagraphs.length > 0).length;
  if (units >= 4 && changed * 2 > units) {
    notes.push({
      code: "L-17",
      severity: "warning",
      rows: table.rows.map((r) => r.no),
      message: MSG.newEdition[ui](changed, units),
      citation: completeCitation({ act: "law-on-legal-acts", article: "26", paragraph: "9" }, ui),
    });
  }
  return notes;
}

