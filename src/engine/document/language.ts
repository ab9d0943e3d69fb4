/** Language of a paragraph and of a document: Kazakh-specific letters versus Russian-only words. */
import type { Language } from "../../contract";

const KK_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC = /[\u0400-\u04ff]/gu;
// Frequent Russian function words that never occur in Kazakh text.
const RU_WORDS = /(?<![\p{L}])(и|в|на|не|с|по|от|для|или|что|настоящ\p{L}*|статьи|пункта|следующ\p{L}*)(?![\p{L}])/giu;
// Russian inflections Kazakh words do not have («установленном», «внесенный», «рассматривается»): they keep a
// Russian sentence Russian when it names a Kazakh body («Қазақстан Халық Кеңесі»).
const RU_ENDINGS = /(?<=[\p{L}]{3})(?:ого|ому|ыми|ими|ется|ются|ится|ятся|ный|ной|ном|нный|ий|ый|ых|ией|ости|ение|ения|ании|ии|ей|ами|ями|ом)(?![\p{L}])/giu;
// Frequent Kazakh words written without specific letters.
const KK_WORDS = /(?<![\p{L}])(және|мен|бен|пен|осы|бойынша|туралы|үшін|мынадай|жылғы|тармақ\p{L}*|бап\p{L}*|тарау\p{L}*|ереже\p{L}*|жалпы|жылы|жыл)(?![\p{L}])/giu;

export interface LanguageScore {
  language: Language | null;
  kk: number;
  ru: number;
}

export function scoreLanguage(text: string): LanguageScore {
  const cyr = (text.match(CYRILLIC) ?? []).length;
  if (cyr === 0) return { language: null, kk: 0, ru: 0 };
  const kkLetters = (text.replace(/(?<=[a-z])i|i(?=[a-z])/g, "").match(KK_LETTERS) ?? []).length +
    // Latin "i" between Cyrillic letters is a Kazakh "і" typed on the wrong layout.
    (text.match(/(?<=[\u0400-\u04ff])i|i(?=[\u0400-\u04ff])/g) ?? []).length;
  const kkWords = (text.match(KK_WORDS) ?? []).length;
  const ruWords = (text.match(RU_WORDS) ?? []).length;
  const kk = kkLetters * 2 + kkWords * 3;
  const ruEndings = (text.match(RU_ENDINGS) ?? []).length;
  const ru = ruWords * 3 + ruEndings * 2 + (kkLetters === 0 ? Math.min(cyr / 20, 3) : 0);
  if (kk === 0 && ru === 0) return { language: null, kk, ru };
  return { language: kk >= ru ? "kk" : "ru", kk, ru };
}

export function detectParagraphLanguage(text: string): Language | null {
  return scoreLanguage(text).language;
}

/** Majority language weighted by length; Russian when nothing is decisive. */
export function detectDocumentLanguage(texts: readonly string[]): Language {
  let kk = 0;
  let ru = 0;
  for (const t of texts) {
    const s = scoreLanguage(t);
    if (s.language === "kk") kk += t.length;
    else if (s.language === "ru") ru += t.length;
  }
  return kk > ru ? "kk" : "ru";
}
