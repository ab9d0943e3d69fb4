/** Language of a paragraph and of a document: Kazakh-specific letters versus Russian-only words. */
import type { Language } from "../../contract";

// Kazakh-specific letters.
const KK_LETTERS = new Set([..."әғқңөұүһіӘҒҚҢӨҰҮҺІ"].map((c) => c.charCodeAt(0)));
// Frequent Russian function words that never occur in Kazakh text (whole words; "*" = any ending).
const RU_WORDS = new Set(["и", "в", "на", "не", "с", "по", "от", "для", "или", "что", "статьи", "пункта"]);
const RU_STEMS = ["настоящ", "следующ"];
// Russian inflections Kazakh words do not have («установленном», «внесенный», «рассматривается»): they keep a
// Russian sentence Russian when it names a Kazakh body («Қазақстан Халық Кеңесі»). Counted once per word with at
// least three letters before the ending.
const RU_ENDINGS = ["ого", "ому", "ыми", "ими", "ется", "ются", "ится", "ятся", "ный", "ной", "ном", "нный", "ий", "ый", "ых", "ией", "ости", "ение", "ения", "ании", "ии", "ей", "ами", "ями", "ом"];
// Frequent Kazakh words written without specific letters.
const ENDINGS_BY_LENGTH = [2, 3, 4].map((n) => [n, new Set(RU_ENDINGS.filter((e) => e.length === n))] as const);
const KK_WORDS = new Set(["және", "мен", "бен", "пен", "осы", "бойынша", "туралы", "үшін", "мынадай", "жылғы", "жалпы", "жылы", "жыл"]);
const KK_STEMS = ["тармақ", "бап", "тарау", "ереже"];

const isCyrillic = (c: number) => c >= 0x400 && c <= 0x4ff;
const LETTER = /\p{L}/u;

/** Is the code unit at `i` a letter (\\p{L})? Fast for Latin and Cyrillic. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  if (isCyrillic(c)) return c < 0x482 || c > 0x489; // U+0482–0489: the thousands sign and combining marks
  if (c < 0x80) return false;
  return LETTER.test(text[i]!);
}

export interface LanguageScore {
  language: Language | null;
  kk: number;
  ru: number;
}

/**
 * One pass over the text: Cyrillic letters, Kazakh-specific letters (a Latin «i» next to a Cyrillic letter is a Kazakh
 * «і» typed on the wrong layout), and per word (a maximal run of letters, lower-cased) Russian and Kazakh function
 * words and Russian endings.
 */
export function scoreLanguage(text: string): LanguageScore {
  let cyr = 0;
  let kkLetters = 0;
  let kkWords = 0;
  let ruWords = 0;
  let ruEndings = 0;
  let wordStart = -1;
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (isCyrillic(c)) cyr++;
    if (i < text.length && isLetterAt(text, i)) {
      if (KK_LETTERS.has(c)) kkLetters++;
      else if (c === 0x69 && ((i > 0 && isCyrillic(text.charCodeAt(i - 1))) || (i + 1 < text.length && isCyrillic(text.charCodeAt(i + 1))))) kkLetters++;
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart < 0) continue;
    const word = sameLength ? lower.slice(wordStart, i) : text.slice(wordStart, i).toLowerCase();
    wordStart = -1;
    if (RU_WORDS.has(word) || RU_STEMS.some((s) => word.startsWith(s))) ruWords++;
    if (KK_WORDS.has(word) || KK_STEMS.some((s) => word.startsWith(s))) kkWords++;
    for (const [n, endings] of ENDINGS_BY_LENGTH) {
      if (word.length - n >= 3 && endings.has(word.slice(-n))) {
        ruEndings++;
        break;
      }
    }
  }
  if (cyr === 0) return { language: null, kk: 0, ru: 0 };
  const kk = kkLetters * 2 + kkWords * 3;
  const ru = ruWords * 3 + ruEndings * 2 + (kkLetters === 0 ? Math.min(cyr / 20, 3) : 0);
  if (kk === 0 && ru === 0) return { language: null, kk, ru };
  return { language: kk >= ru ? "kk" : "ru", kk, ru };
}

export function detectParagraphLanguage(text: string): Language | null {
  return scoreLanguage(text).language;
}

/** Majority language weighted by length; Russian when nothing is decisive. */
export function detectDocumentLanguage(texts: readonly string[], scores: readonly LanguageScore[] = texts.map(scoreLanguage)): Language {
  let kk = 0;
  let ru = 0;
  texts.forEach((t, i) => {
    const s = scores[i]!;
    if (s.language === "kk") kk += t.length;
    else if (s.language === "ru") ru += t.length;
  });
  return kk > ru ? "kk" : "ru";
}
