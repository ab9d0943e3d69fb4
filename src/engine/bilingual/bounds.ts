/**
 * Which way a number binds. A floor (`min`): «не менее трех лет» = «үш жылдан кем емес», «не ранее 1 марта» =
 * «1 наурыздан бұрын емес», «превышающий 100 МРП» = «100 АЕК-тен асатын». A ceiling (`max`): «не более трех лет»,
 * «не может превышать трех лет» = «үш жылдан аспайтын», «не позднее 1 марта» = «1 наурыздан кешіктірмей». Russian
 * puts the qualifier before the number, Kazakh mostly after it (its unit and a month word between), «кемінде» before. Only explicit
 * qualifiers count: «до», «дейін», «более», «свыше» are left out, their reading depends on the sentence. The text
 * is folded.
 */
import type { Language } from "../../contract";
import type { Quantity } from "./quantities";

export type Bound = "min" | "max";

export interface BoundMark {
  bound: Bound;
  /** The qualifier's words (with the number between them for Kazakh: «үш жылдан аспайтын»). */
  start: number;
  end: number;
}

const RU_BEFORE: [RegExp, Bound][] = [
  [/(?<![\p{L}])не\s+(?:менее|меньше|ниже|ранее)(?:\s+чем)?(?:\s+(?:за|в|на))?\s+$/u, "min"],
  [/(?<![\p{L}])не\s+(?:более|больше|выше|свыше|позднее|позже)(?:\s+чем)?(?:\s+(?:за|в|на))?\s+$/u, "max"],
  // «не может превышать», «не превышающий» — a ceiling; «превышающий» alone — above it, a floor.
  [/(?<![\p{L}])не\s+(?:(?:может|могут|должен|должна|должно|должны)\s+)?(?:превыша\p{L}*|превыси\p{L}*)\s+$/u, "max"],
  [/(?<![\p{L}])превышающ\p{L}*\s+$/u, "min"],
];
// Kazakh also says «кемінде бес жыл» (at least), «көп дегенде» (at most) before the number.
const KK_BEFORE: [RegExp, Bound][] = [
  [/(?<![\p{L}])(?:кемінде|кем\s+дегенде|ең\s+кемі)\s+$/u, "min"],
  [/(?<![\p{L}])(?:көп\s+дегенде|ең\s+көбі)\s+$/u, "max"],
];
const KK_MONTH = "(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\\p{L}*\\s+";
const KK_AFTER: [RegExp, Bound][] = [
  [new RegExp(`^\\s*(?:${KK_MONTH})?(?:кем\\s+(?:емес|болмау\\p{L}*|болмайтын)|төмен\\s+(?:емес|болмау\\p{L}*|болмайтын)|бұрын\\s+емес|ерте\\s+емес|кейін|асатын|асқан)(?![\\p{L}])`, "u"), "min"],
  [
    new RegExp(`^\\s*(?:${KK_MONTH})?(?:аспайтын|аспауға|аспауы|аспайды|аспау|аспай|асырмай|артық\\s+(?:емес|болмау\\p{L}*|болмайтын)|көп\\s+(?:емес|болмау\\p{L}*|болмайтын)|кешіктірмей|кешіктірілмей|кешіктірмеу\\p{L}*)(?![\\p{L}])`, "u"),
    "max",
  ],
];

/** The bound a qualifier next to the quantity sets, if any. */
export function boundOf(folded: string, q: Quantity, lang: Language): BoundMark | null {
  const before = folded.slice(Math.max(0, q.start - 40), q.start);
  for (const [re, bound] of lang === "ru" ? RU_BEFORE : KK_BEFORE) {
    const m = re.exec(before);
    if (m) return { bound, start: q.start - before.length + m.index, end: q.end };
  }
  if (lang === "ru") return null;
  const after = folded.slice(q.end, q.end + 60);
  for (const [re, bound] of KK_AFTER) {
    const m = re.exec(after);
    if (m) return { bound, start: q.start, end: q.end + m[0].length };
  }
  return null;
}
