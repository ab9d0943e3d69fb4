/**
 * References to structural units in a folded text, the same in Kazakh and Russian: «подпункт 7) пункта 2 статьи 3»
 * and «3-баптың 2-тармағының 7) тармақшасы» both give `subpoint 7`, `point 2`, `article 3`. Lists count every
 * number («пунктами 2 и 3», «2 және 3-тармақтар»).
 */
import type { Language } from "../../contract";
import { KK_UNIT, RU_UNIT_WORDS } from "../document/amendments";

export interface Reference {
  key: string;
  start: number;
  end: number;
}

const NUM = "\\d+(?:-\\d+)?";
// Russian: a unit word, then one or more numbers («статьи 5», «пунктами 2, 3 и 5», «подпунктом 7)»).
const RU_REF = new RegExp(`(?<![\\p{L}])(подпункт|пункт|стать|глав|раздел|част|приложени)\\p{L}*\\s+((?:№\\s*)?${NUM}\\)?(?:\\s*(?:,|и|или)\\s*${NUM}\\)?)*)`, "gu");
// Kazakh: numbers, then the unit word («5-бап», «2 және 3-тармақтар», «7) тармақшасы»); қ/п voice before a vowel
// («2-тармағының», «10-1-бабы»).
const KK_REF = new RegExp(`((?:${NUM}\\)?\\s*(?:,|және|немесе)\\s*)*${NUM})(?:-|\\)\\s+)(тармақша|тарма[қғ]|ба[пб]|тарау|бөлім|бөлі[кг]|қосымша)\\p{L}*`, "gu");

/** The references of a folded text. `skip` are ranges to leave out (the unit's own number). */
export function references(folded: string, lang: Language, skip: readonly [number, number][] = []): Reference[] {
  const out: Reference[] = [];
  const re = lang === "kk" ? KK_REF : RU_REF;
  for (const m of folded.matchAll(re)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (skip.some(([a, b]) => start < b && a < end)) continue;
    const [word, nums] = lang === "kk" ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    const kind = lang === "kk" ? KK_UNIT[word] : RU_UNIT_WORDS.find(([k]) => k.test(word))?.[1];
    if (!kind) continue;
    for (const n of nums.match(new RegExp(NUM, "gu")) ?? []) out.push({ key: `${kind} ${n}`, start, end });
  }
  return out;
}
