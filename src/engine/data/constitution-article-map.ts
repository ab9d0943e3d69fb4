/**
 * Where the articles of the 1995 Constitution went in the 2026 Constitution (legal brief §1.7, built from
 * both texts and checked against a third-party map). Article level only: a point may have moved elsewhere,
 * so a suggestion built from this table must be checked before it is applied.
 *
 * Facts, not code: CONST-1995-ARTICLE-REF reads this table. Numbers are strings as written in the acts
 * («83-1»). An empty `to` means the 1995 article has no counterpart in 2026.
 */
import type { UiLanguage } from "../../contract";

export interface ArticleMove {
  /** 2026 article numbers that took over the 1995 article (the first one is the main successor). */
  to: string[];
  /** 2026 articles that took over single points of it (see the note). */
  also?: string[];
  /** Only part of the 1995 article went there, or it was split: no one-to-one replacement. */
  partial?: boolean;
  /** A short remark where the move is not simple. */
  note?: Record<UiLanguage, string>;
}

const simple = (to: string): ArticleMove => ({ to: [to] });

export const CONSTITUTION_1995_TO_2026: Readonly<Record<string, ArticleMove>> = {
  "1": { to: ["1", "3"], partial: true },
  "2": simple("2"),
  "3": simple("4"),
  "4": {
    to: ["5"],
    note: {
      ru: "п. 3 изменён: приоритет ратифицированных договоров над законами в Конституции 2026 года не закреплён",
      kk: "3-тармақ өзгертілді: ратификацияланған шарттардың заңдардан басымдығы 2026 жылғы Конституцияда бекітілмеген",
      en: "point 3 changed: priority of ratified treaties over laws is no longer stated",
    },
  },
  "5": {
    to: ["6"],
    also: ["7"],
    note: { ru: "п. 5 перешёл в ст. 7", kk: "5-тармақ 7-бапқа көшті", en: "point 5 moved to art. 7" },
  },
  "6": simple("8"),
  "7": simple("9"),
  "8": simple("10"),
  "9": simple("11"),
  "10": simple("13"),
  "11": simple("14"),
  "12": simple("15"),
  "13": simple("12"),
  "14": simple("16"),
  "15": simple("17"),
  "16": simple("18"),
  "17": simple("20"),
  "18": simple("21"),
  "19": simple("22"),
  "20": simple("23"),
  "21": simple("24"),
  "22": simple("25"),
  "23": simple("26"),
  "24": simple("27"),
  "25": simple("28"),
  "26": simple("29"),
  "27": simple("30"),
  "28": simple("31"),
  "29": simple("32"),
  "30": simple("33"),
  "31": {
    to: ["37"],
    partial: true,
    note: { ru: "пп. 2–3 ст. 37", kk: "37-баптың 2–3-тармақтары", en: "art. 37(2)–(3)" },
  },
  "32": simple("34"),
  "33": simple("35"),
  "34": simple("36"),
  "35": simple("38"),
  "36": simple("39"),
  "37": simple("40"),
  "38": {
    to: ["37"],
    partial: true,
    note: { ru: "п. 1 ст. 37", kk: "37-баптың 1-тармағы", en: "art. 37(1)" },
  },
  "39": simple("41"),
  "40": simple("42"),
  "41": simple("43"),
  "42": simple("44"),
  "43": simple("45"),
  "44": simple("46"),
  "45": simple("47"),
  "46": simple("48"),
  "47": simple("50"),
  "48": simple("51"),
  "49": simple("52"),
  "50": simple("53"),
  "51": simple("54"),
  "52": simple("55"),
  "53": { to: ["56"], partial: true },
  "54": { to: ["56"], partial: true },
  "55": {
    to: [],
    note: { ru: "полномочия палат упразднены (частично ст. 56)", kk: "палаталардың өкілеттігі жойылды (ішінара 56-бап)", en: "chamber powers abolished (partly art. 56)" },
  },
  "56": {
    to: [],
    note: { ru: "полномочия палат упразднены (частично ст. 56)", kk: "палаталардың өкілеттігі жойылды (ішінара 56-бап)", en: "chamber powers abolished (partly art. 56)" },
  },
  "57": {
    to: [],
    note: { ru: "полномочия палат упразднены (частично ст. 56)", kk: "палаталардың өкілеттігі жойылды (ішінара 56-бап)", en: "chamber powers abolished (partly art. 56)" },
  },
  "58": simple("57"),
  "59": simple("58"),
  "60": simple("59"),
  "61": simple("60"),
  "62": simple("61"),
  "63": simple("62"),
  "64": simple("63"),
  "65": simple("64"),
  "66": simple("65"),
  "67": simple("66"),
  "68": simple("67"),
  "69": simple("68"),
  "70": simple("69"),
  "71": simple("72"),
  "72": simple("73"),
  "73": simple("74"),
  "74": simple("75"),
  "75": simple("76"),
  "76": simple("77"),
  "77": {
    to: ["78"],
    also: ["19", "5"],
    note: {
      ru: "подпп. 1), 2), 7) п. 3 — в ст. 19; подп. 5) п. 3 — в п. 5 ст. 5",
      kk: "3-тармақтың 1), 2), 7) тармақшалары — 19-бапта; 5) тармақшасы — 5-баптың 5-тармағында",
      en: "point 3(1), (2), (7) → art. 19; point 3(5) → art. 5(5)",
    },
  },
  "78": simple("79"),
  "79": simple("80"),
  "80": simple("81"),
  "81": simple("82"),
  "82": simple("83"),
  "83": simple("84"),
  "83-1": simple("85"),
  "84": { to: [] },
  "85": simple("87"),
  "86": simple("88"),
  "87": simple("89"),
  "88": simple("90"),
  "89": simple("91"),
  "90": simple("94"),
  "91": { to: ["92", "93"], partial: true },
  "92": { to: ["96"], partial: true },
  "93": { to: [], note: { ru: "прежние переходные положения", kk: "бұрынғы өтпелі ережелер", en: "old transitional provisions" } },
  "94": { to: [], note: { ru: "прежние переходные положения", kk: "бұрынғы өтпелі ережелер", en: "old transitional provisions" } },
  "94-1": { to: [], note: { ru: "прежние переходные положения", kk: "бұрынғы өтпелі ережелер", en: "old transitional provisions" } },
  "94-2": { to: [], note: { ru: "прежние переходные положения", kk: "бұрынғы өтпелі ережелер", en: "old transitional provisions" } },
  "95": { to: [], note: { ru: "прежние переходные положения", kk: "бұрынғы өтпелі ережелер", en: "old transitional provisions" } },
  "96": { to: [], note: { ru: "прежние переходные положения", kk: "бұрынғы өтпелі ережелер", en: "old transitional provisions" } },
  "97": { to: [], note: { ru: "прежние переходные положения", kk: "бұрынғы өтпелі ережелер", en: "old transitional provisions" } },
  "98": { to: [], note: { ru: "прежние переходные положения", kk: "бұрынғы өтпелі ережелер", en: "old transitional provisions" } },
  "99": { to: [], note: { ru: "прежние переходные положения", kk: "бұрынғы өтпелі ережелер", en: "old transitional provisions" } },
};

/** Did the article change its number (or disappear)? Article 2 kept its number. */
export function articleMoved(old: string): boolean {
  const m = CONSTITUTION_1995_TO_2026[old];
  return !!m && !(m.to.length === 1 && m.to[0] === old && !m.partial);
}

/** The one 2026 number to put instead, when the move is one-to-one. */
export function singleSuccessor(old: string): string | undefined {
  const m = CONSTITUTION_1995_TO_2026[old];
  return m && m.to.length === 1 && !m.partial ? m.to[0] : undefined;
}
