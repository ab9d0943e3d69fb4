/**
 * Numbers, dates, amounts, percentages and deadlines of a text, in a form that is the same in Kazakh and Russian:
 * «десять календарных дней» and «күнтізбелік он күн» both give `10 day`; «1 января 2025 года» and «2025 жылғы
 * 1 қаңтардағы» both give `2025-01-01`. Numbers written in words count only with a unit after them (so the Kazakh
 * «бір» of «бір жыл» counts, the article-like «бір» of «бір нәрсе» does not). The text is folded (lower case).
 */
import type { Language } from "../../contract";

export interface Quantity {
  /** Normalised: "10 day", "5 percent", "2025-01-01", "1000". */
  key: string;
  value: number | string;
  start: number;
  end: number;
}

const RU_UNITS: [RegExp, string][] = [
  [/^рабоч\p{L}*\s+(?:дн|день)\p{L}*/u, "workday"],
  [/^календарн\p{L}*\s+(?:дн|день)\p{L}*/u, "day"],
  [/^(?:дн|день)\p{L}*/u, "day"],
  [/^месяц\p{L}*/u, "month"],
  [/^(?:год|года|лет|годам|годами)(?![\p{L}])/u, "year"],
  [/^час\p{L}*/u, "hour"],
  [/^минут\p{L}*/u, "minute"],
  [/^(?:процент\p{L}*|%)/u, "percent"],
  [/^(?:мрп|месячн\p{L}*\s+расчетн\p{L}*\s+показател\p{L}*)/u, "mrp"],
  [/^тенге(?![\p{L}])/u, "tenge"],
];
const KK_UNITS: [RegExp, string][] = [
  [/^жұмыс\s+күн\p{L}*/u, "workday"],
  [/^күн\p{L}*/u, "day"],
  [/^(?:аек|айлық\s+есептік\s+көрсеткіш\p{L}*)/u, "mrp"],
  [/^ай(?!ыпп|нал|қын|ыр|т)\p{L}{0,6}(?![\p{L}])/u, "month"],
  [/^жыл\p{L}{0,6}(?![\p{L}])/u, "year"],
  // Age: «қырық жасқа толған» = «достигший сорока лет».
  [/^жас(?:қа|тан|ынан|ына|ы|тағы|ында)?(?![\p{L}])/u, "year"],
  [/^сағат\p{L}*/u, "hour"],
  [/^минут\p{L}*/u, "minute"],
  [/^(?:пайыз\p{L}*|%)/u, "percent"],
  [/^теңге\p{L}*/u, "tenge"],
];

// Number words: stem → value; a word is a number when it is the stem plus a case ending.
const RU_WORDS: [RegExp, number][] = [
  [/^(?:один|одна|одно|одного|одной|одному|одним|одну)$/u, 1],
  [/^(?:два|две|двух|двум|двумя)$/u, 2],
  [/^(?:три|трех|трём|трем|тремя|трёх)$/u, 3],
  [/^(?:четыре|четырех|четырём|четырем|четырьмя)$/u, 4],
  [/^пят(?:ь|и|ью)$/u, 5],
  [/^шест(?:ь|и|ью)$/u, 6],
  [/^сем(?:ь|и|ью)$/u, 7],
  [/^восем(?:ь|и|ью)|^восьми$/u, 8],
  [/^девят(?:ь|и|ью)$/u, 9],
  [/^десят(?:ь|и|ью)$/u, 10],
  [/^одиннадцат(?:ь|и)$/u, 11],
  [/^двенадцат(?:ь|и)$/u, 12],
  [/^тринадцат(?:ь|и)$/u, 13],
  [/^четырнадцат(?:ь|и)$/u, 14],
  [/^пятнадцат(?:ь|и)$/u, 15],
  [/^шестнадцат(?:ь|и)$/u, 16],
  [/^семнадцат(?:ь|и)$/u, 17],
  [/^восемнадцат(?:ь|и)$/u, 18],
  [/^девятнадцат(?:ь|и)$/u, 19],
  [/^двадцат(?:ь|и)$/u, 20],
  [/^тридцат(?:ь|и)$/u, 30],
  [/^сорок(?:а)?$/u, 40],
  [/^пятьдесят$|^пятидесяти$/u, 50],
  [/^шестьдесят$|^шестидесяти$/u, 60],
  [/^семьдесят$|^семидесяти$/u, 70],
  [/^восемьдесят$|^восьмидесяти$/u, 80],
  [/^девяност(?:о|а)$/u, 90],
  [/^(?:сто|ста)$/u, 100],
  [/^(?:двести|двухсот)$/u, 200],
  [/^(?:триста|трехсот|трёхсот)$/u, 300],
];
const KK_WORDS: [RegExp, number][] = [
  [/^бір$/u, 1],
  [/^екі$/u, 2],
  [/^үш$/u, 3],
  [/^төрт$/u, 4],
  [/^бес$/u, 5],
  [/^алты$/u, 6],
  [/^жеті$/u, 7],
  [/^сегіз$/u, 8],
  [/^тоғыз$/u, 9],
  [/^он$/u, 10],
  [/^жиырма$/u, 20],
  [/^отыз$/u, 30],
  [/^қырық$/u, 40],
  [/^елу$/u, 50],
  [/^алпыс$/u, 60],
  [/^жетпіс$/u, 70],
  [/^сексен$/u, 80],
  [/^тоқсан$/u, 90],
  [/^жүз$/u, 100],
];

// «десятидневный срок», «месячный срок», «трехмесячный», «пятилетний»: number and unit in one word.
const RU_COMPOUND_PREFIX: Record<string, number> = {
  одно: 1, двух: 2, трех: 3, трёх: 3, четырех: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
  пятнадцати: 15, двадцати: 20, тридцати: 30, сорока: 40, шестидесяти: 60, девяносто: 90,
};
const RU_COMPOUND = new RegExp(
  `(?<![\\p{L}])(${Object.keys(RU_COMPOUND_PREFIX).join("|")})?(дневн|месячн|годичн|летн)\\p{L}*(?![\\p{L}])(?!\\s+расчетн)`,
  "gu",
);
const COMPOUND_UNIT: Record<string, string> = { дневн: "day", месячн: "month", годичн: "year", летн: "year" };
// «в течение месяца» = «бір ай ішінде»: a unit without a number is one of it.
const RU_ONE = /(?<![\p{L}])(?:в\s+течение|через|не\s+позднее)\s+(месяца|года|суток)(?![\p{L}])/gu;
const ONE_UNIT: Record<string, string> = { месяца: "month", года: "year", суток: "day" };

const RU_MONTHS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];
const KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

const RU_DATE = /(?<![\p{L}\d])(\d{1,2})\s+(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*\s+(\d{4})(?:\s+(?:года|г\.))?/gu;
const KK_DATE = /(?<![\p{L}\d])(\d{4})\s+жылғы\s+(\d{1,2})\s+(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\p{L}*/gu;
// Fractions: «двух третей» = «үштен екісі», «одной пятой» = «бестен бірі» (votes, quorums).
const RU_FRACTION = /(?<![\p{L}])(одн(?:а|ой|у|ою)|дв(?:е|ух|умя)|тр(?:и|ех|ёх|емя)|четыр(?:е|ех|ьмя))\s+(трет(?:ь|ей|ью|и|ями|ях|ьей)|четверт(?:ь|ей|и|ью|ями|ях)|пят(?:ая|ой|ую|ых|ыми))(?![\p{L}])/gu;
const RU_NUMERATOR: Record<string, number> = { одн: 1, дв: 2, тр: 3, четыр: 4 };
const RU_DENOMINATOR: Record<string, number> = { трет: 3, четверт: 4, пят: 5 };
const KK_FRACTION = /(?<![\p{L}])(үштен|төрттен|бестен)\s+(бір|екі|үш|төрт)\p{L}*/gu;
const KK_DENOMINATOR: Record<string, number> = { үштен: 3, төрттен: 4, бестен: 5 };
const KK_NUMERATOR: Record<string, number> = { бір: 1, екі: 2, үш: 3, төрт: 4 };

// A day and a month without a year («не позднее 1 марта» = «1 наурыздан кешіктірмей»): after the full dates.
const RU_DAY_MONTH = /(?<![\p{L}\d])(\d{1,2})\s+(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ем|а|у|т|й|ю|ом)?(?![\p{L}])/gu;
const KK_DAY_MONTH = /(?<![\p{L}\d])(\d{1,2})\s+(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\p{L}*/gu;
const NUMERIC_DATE = /(?<![\d.])(\d{2})\.(\d{2})\.(\d{4})(?![\d.])/gu;
const DIGITS = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)?(?![\d])/gu;
const WORD = /[\p{L}]+/gu;

const RU_BOUND_BEFORE = /(?<![\p{L}])не\s+(?:менее|более|меньше|больше)(?:\s+чем)?\s+$/u;
const KK_BOUND_BEFORE = /(?<![\p{L}])(?:кемінде|кем\s+дегенде|көп\s+дегенде)\s+$/u;

const pad = (n: string | number) => String(n).padStart(2, "0");

function unitAfter(text: string, from: number, lang: Language): { unit: string; end: number } | null {
  const rest = text.slice(from).replace(/^\s+/u, "");
  const skipped = text.length - from - rest.length;
  // Kazakh puts «күнтізбелік» before the number; a Russian amount may say «(десяти)» after the digits.
  const r = rest.replace(/^\((?:[\p{L}\s]+)\)\s*/u, "");
  const offset = skipped + (rest.length - r.length);
  for (const [re, unit] of lang === "kk" ? KK_UNITS : RU_UNITS) {
    const m = re.exec(r);
    if (m) return { unit, end: from + offset + m[0].length };
  }
  return null;
}

/** The quantities of a folded text, in text order. `skip` are ranges to leave out (numbering, references). */
export function quantities(folded: string, lang: Language, skip: readonly [number, number][] = []): Quantity[] {
  const out: Quantity[] = [];
  const taken: [number, number][] = [...skip];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  const add = (q: Quantity) => {
    if (!free(q.start, q.end)) return;
    out.push(q);
    taken.push([q.start, q.end]);
  };
  for (const m of folded.matchAll(lang === "kk" ? KK_DATE : RU_DATE)) {
    const [y, d, mon] = lang === "kk" ? [m[1]!, m[2]!, KK_MONTHS.indexOf(m[3]!) + 1] : [m[3]!, m[1]!, RU_MONTHS.indexOf(m[2]!) + 1];
    add({ key: `${y}-${pad(mon)}-${pad(d)}`, value: `${y}-${pad(mon)}-${pad(d)}`, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of folded.matchAll(lang === "kk" ? KK_FRACTION : RU_FRACTION)) {
    const [n, d] =
      lang === "kk"
        ? [KK_NUMERATOR[m[2]!]!, KK_DENOMINATOR[m[1]!]!]
        : [RU_NUMERATOR[Object.keys(RU_NUMERATOR).find((k) => m[1]!.startsWith(k))!]!, RU_DENOMINATOR[Object.keys(RU_DENOMINATOR).find((k) => m[2]!.startsWith(k))!]!];
    add({ key: `${n}/${d}`, value: `${n}/${d}`, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of folded.matchAll(lang === "kk" ? KK_DAY_MONTH : RU_DAY_MONTH)) {
    const mon = (lang === "kk" ? KK_MONTHS : RU_MONTHS).indexOf(m[2]!) + 1;
    add({ key: `--${pad(mon)}-${pad(m[1]!)}`, value: `--${pad(mon)}-${pad(m[1]!)}`, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of folded.matchAll(NUMERIC_DATE)) add({ key: `${m[3]}-${m[2]}-${m[1]}`, value: `${m[3]}-${m[2]}-${m[1]}`, start: m.index!, end: m.index! + m[0].length });
  for (const m of folded.matchAll(DIGITS)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const value = Number(m[0].replace(",", "."));
    const unit = unitAfter(folded, end, lang);
    add({ key: unit ? `${value} ${unit.unit}` : String(value), value, start, end: unit?.end ?? end });
  }
  if (lang === "ru") {
    for (const m of folded.matchAll(RU_ONE)) {
      const start = m.index! + m[0].length - m[1]!.length;
      add({ key: `1 ${ONE_UNIT[m[1]!]}`, value: 1, start, end: start + m[1]!.length });
    }
    for (const m of folded.matchAll(RU_COMPOUND)) {
      // Without a number only «месячный» (one month) is a quantity: «дневной», «летний» are not.
      if (!m[1] && m[2] !== "месячн") continue;
      const v = m[1] ? RU_COMPOUND_PREFIX[m[1]]! : 1;
      add({ key: `${v} ${COMPOUND_UNIT[m[2]!]}`, value: v, start: m.index!, end: m.index! + m[0].length });
    }
  }
  // Number words, composed («двадцать пять», «жиырма бес»), counted only with a unit after them.
  const words = [...folded.matchAll(WORD)];
  const table = lang === "kk" ? KK_WORDS : RU_WORDS;
  const valueOf = (w: string) => table.find(([re]) => re.test(w))?.[1];
  for (let i = 0; i < words.length; i++) {
    let v = valueOf(words[i]![0]);
    if (v === undefined) continue;
    const start = words[i]!.index!;
    let j = i;
    // A ten followed by a unit word («двадцать пять», «он бес»).
    while (j + 1 < words.length && v % 10 === 0 && v < 100) {
      const next = valueOf(words[j + 1]![0]);
      if (next === undefined || next >= 10 || !/^\s+$/u.test(folded.slice(words[j]!.index! + words[j]![0].length, words[j + 1]!.index!))) break;
      v += next;
      j++;
    }
    const wordEnd = words[j]!.index! + words[j]![0].length;
    const unit = unitAfter(folded, wordEnd, lang);
    if (unit) add({ key: `${v} ${unit.unit}`, value: v, start, end: unit.end });
    // Without a unit, a number word counts after an explicit bound: «не менее двух кандидатур» = «кемінде екі кандидатураны».
    else if ((lang === "kk" ? KK_BOUND_BEFORE : RU_BOUND_BEFORE).test(folded.slice(Math.max(0, start - 30), start))) add({ key: String(v), value: v, start, end: wordEnd });
    i = j;
  }
  return out.sort((a, b) => a.start - b.start);
}
