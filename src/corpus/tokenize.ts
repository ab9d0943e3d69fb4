/**
 * Text normalisation for the article index: turns a paragraph of an official legal text (or of a draft) into
 * index terms for BM25. Steps: fold look-alikes and lower-case (`fold`), split into words of letters and digits,
 * drop one-letter words, numbers and stopwords, then stem with a light language-specific suffix stripper and
 * truncate stems to {@link MAX_STEM} letters. The same function must be used for documents and queries.
 */
import { fold } from "../engine/document/normalize";

export type CorpusLanguage = "ru" | "kk";

/** Stems never get shorter than this (in letters) by suffix stripping. */
const MIN_STEM = 3;
/** Stems are cut to this many letters: conflates derivations such as «государство» / «государственный». */
const MAX_STEM = 7;

const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;
/** Roman numerals (folded: Latin «i» is already Cyrillic «і»), as in «VIII ЗРК» or «раздел IV»: numbers too. */
const ROMAN = /^m{0,3}(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(і[xv]|v?і{0,3})$/u;
const LETTERS = /^\p{L}+$/u;
/** Soft hyphens and zero-width characters occur inside words in texts copied from PDF and Word. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Combining marks left after NFC (e.g. stress accents) are dropped so they do not split words. */
const COMBINING = /\p{M}/gu;

// ---------------------------------------------------------------------------------------------------------------
// Stopwords. Matched against the folded surface form (before stemming), so inflected forms are listed explicitly.
// ---------------------------------------------------------------------------------------------------------------

const RU_STOPWORDS: ReadonlySet<string> = new Set(
  (
    "и в во не ни на с со по к ко о об обо от до за из изо для что чтобы как а но или либо также же ли бы у " +
    "при без над под через между после перед уже только так то тот та те того той тому том тем теми тех " +
    "он она оно они его ее их им ими ему ей ней нем них него нему свой своего своей своих своим своими " +
    "это этот эта эти этого этой этому этом этим этими этих эту " +
    "который которая которое которые которого которой которому котором которым которыми которых которую " +
    "является являются являющийся являющиеся являющихся быть был была было были будет будут есть " +
    "может могут " +
    "настоящий настоящая настоящее настоящие настоящего настоящей настоящему настоящим настоящем настоящих " +
    "случае случаях соответствии согласно если где когда иной иная иное иные иного иных иным иными " +
    // Legal filler shared by all acts: «Республики Казахстан» in all cases.
    "республика республики республике республику республикой республикою " +
    "казахстан казахстана казахстану казахстаном казахстане рк"
  ).split(/\s+/),
);

const KK_STOPWORDS: ReadonlySet<string> = new Set(
  (
    "және мен бен пен да де та те үшін бойынша туралы осы осының осыған осыны осында осындай сол соның " +
    "бұл бұның мұның ол оның оған оны онда одан олар олардың оларға оларды оларда " +
    "немесе не ал бірақ егер әрі яғни сияқты ғана сондай ақ мұндай мынадай " +
    "болып табылады табылатын болады болса болған болатын болуы бола емес тиіс тиісті " +
    "сәйкес ретінде арқылы жөніндегі жөнінде кезінде кейін дейін бірге қоса өз өзі өзінің өзін өзіне " +
    "деп бастап қарай ішінде " +
    // Legal filler shared by all acts: «Қазақстан Республикасы(ның)» in all cases.
    "қр қазақстан қазақстанның қазақстанға қазақстанды қазақстанда қазақстаннан қазақстанмен " +
    "республика республикасы республикасының республикасына республикасын республикасында " +
    "республикасынан республикасымен"
  ).split(/\s+/),
);

// ---------------------------------------------------------------------------------------------------------------
// Russian: a simplified Snowball stemmer (Porter's algorithm for Russian) with a minimum stem length.
// ---------------------------------------------------------------------------------------------------------------

const RU_VOWELS = "аеиоуыэюя";

/** Endings sorted longest first, so the first match is the longest. */
function byLength(list: string): readonly string[] {
  return list.split(/\s+/).sort((a, b) => b.length - a.length);
}

// "Group 1" endings only count after а/я; "group 2" endings count anywhere (as in Snowball).
const RU_GERUND_1 = byLength("вши вшись");
const RU_GERUND_2 = byLength("ивши ившись ывши ывшись");
const RU_ADJECTIVE = byLength("ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею");
const RU_PARTICIPLE_1 = byLength("ем нн вш ющ щ");
const RU_PARTICIPLE_2 = byLength("ивш ывш ующ");
const RU_REFLEXIVE = byLength("ся сь");
// Left out of Snowball's gerunds: «в», «ив», «ыв» (they cut «устав», «актив», «архив», «норматив»).
// Left out of Snowball's verb endings: group-1 «ла на ли й л н ло но ны», which in legal texts
// mostly cut nouns («орган», «граждан», «капитал», «охрана», «устав»; short participles in «-ан(а|о|ы)» still
// conflate through the noun step: «признана», «признаны» → «признан»), and the imperative / 2nd person plural
// «ете йте ейте уйте ите», which cut nouns in «-ит» + «-е» («защите», «кредите»).
const RU_VERB_1 = byLength("ем ет ют ть ешь нно");
const RU_VERB_2 = byLength(
  "ила ыла ена или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю",
);
const RU_NOUN = byLength(
  "а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я",
);
const RU_SUPERLATIVE = byLength("ейше ейш");
const RU_DERIVATIONAL = byLength("ость ост");

/**
 * Length of the longest ending of `word` from `endings` that starts at or after `from` and leaves at least
 * MIN_STEM letters; with `afterAOrYa`, the ending must also follow an «а»/«я» at or after `from`. 0 if none.
 */
function ending(word: string, endings: readonly string[], from: number, afterAOrYa = false): number {
  for (const e of endings) {
    const start = word.length - e.length;
    if (start < from || start < MIN_STEM || !word.endsWith(e)) continue;
    if (afterAOrYa) {
      const prev = word[start - 1];
      if (start - 1 < from || (prev !== "а" && prev !== "я")) continue;
    }
    return e.length;
  }
  return 0;
}

/** Longest ending of either group (group 1 after а/я). */
function ending2(word: string, group1: readonly string[], group2: readonly string[], from: number): number {
  return Math.max(ending(word, group1, from, true), ending(word, group2, from));
}

/** Index just after the first vowel that follows a non-vowel, starting at `from` (Snowball's R1 from there). */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!RU_VOWELS.includes(word[i]!) && RU_VOWELS.includes(word[i - 1]!)) return i + 1;
  }
  return word.length;
}

/** Stems one lower-case Russian word. */
export function stemRu(word: string): string {
  // RV: the part after the first vowel. R2: Snowball's R2 (used for «-ость»).
  let rv = word.length;
  for (let i = 0; i < word.length; i++) {
    if (RU_VOWELS.includes(word[i]!)) {
      rv = i + 1;
      break;
    }
  }
  const r2 = regionAfter(word, regionAfter(word, 0) - 1);
  let w = word;
  const cut = (n: number): boolean => {
    if (n > 0) w = w.slice(0, w.length - n);
    return n > 0;
  };

  // Step 1: perfective gerund; otherwise reflexive, then adjectival (with participle), verb or noun ending.
  if (!cut(ending2(w, RU_GERUND_1, RU_GERUND_2, rv))) {
    cut(ending(w, RU_REFLEXIVE, rv));
    if (cut(ending(w, RU_ADJECTIVE, rv))) {
      cut(ending2(w, RU_PARTICIPLE_1, RU_PARTICIPLE_2, rv));
    } else if (!cut(ending2(w, RU_VERB_1, RU_VERB_2, rv))) {
      cut(ending(w, RU_NOUN, rv));
    }
  }
  // Step 2: a final «и».
  cut(ending(w, ["и"], rv));
  // Step 3: derivational «-ость» in R2.
  cut(ending(w, RU_DERIVATIONAL, r2));
  // Step 4: superlative, double «н», soft sign.
  cut(ending(w, RU_SUPERLATIVE, rv));
  if (w.endsWith("нн") && w.length > MIN_STEM) w = w.slice(0, -1);
  else cut(ending(w, ["ь"], rv));
  // Extra step (not in Snowball): once an ending is gone, a stem-final «а»/«я» (the verb theme: «запреща-ет»)
  // is dropped too, so that «запрещается» and «запрещено» share the stem «запрещ».
  if (w.length !== word.length) cut(ending(w, ["а", "я"], rv));
  return w;
}

// ---------------------------------------------------------------------------------------------------------------
// Kazakh: iterative stripping of agglutinative suffixes.
// ---------------------------------------------------------------------------------------------------------------

const KK_VOWELS = "аәеоөұүыіэюяё";
const KK_VOICELESS = "кқпстфхцчшщ";

/** What may precede a suffix: Kazakh suffixes change their first sound with the end of the stem. */
type Before =
  | "any"
  | "vowel"
  | "vowelOrNasal"
  | "vowelOrVoiced"
  | "vowelOrSonorant"
  | "consonant"
  | "voiced"
  | "voiceless"
  | "nasal";

function fits(prev: string, before: Before): boolean {
  const vowel = KK_VOWELS.includes(prev);
  const voiceless = KK_VOICELESS.includes(prev);
  switch (before) {
    case "any":
      return true;
    case "vowel":
      return vowel;
    case "vowelOrNasal":
      return vowel || "мнң".includes(prev);
    case "vowelOrVoiced":
      return !voiceless;
    case "vowelOrSonorant":
      return vowel || "руйи".includes(prev);
    case "consonant":
      return !vowel;
    case "voiced":
      return !vowel && !voiceless;
    case "voiceless":
      return voiceless;
    case "nasal":
      return "мң".includes(prev);
  }
}

/**
 * Suffixes with the sound they may follow (the alternations д/т/н, ғ/қ, л/д/т …), which rules out most false
 * splits («азаматы» is «азамат-ы», not «азама-ты»). Dative «-а/-е» only after «-ым/-ың».
 */
const KK_SUFFIX_TABLE: readonly (readonly [string, Before])[] = [
  // Case endings: genitive, dative, accusative, locative, ablative, instrumental.
  ["ның нің", "vowelOrNasal"],
  ["дың дің", "voiced"],
  ["тың тің", "voiceless"],
  ["ға ге", "vowelOrVoiced"],
  ["қа ке", "voiceless"],
  ["на не", "vowel"],
  ["а е", "nasal"],
  ["ны ні", "vowel"],
  ["ды ді", "voiced"],
  ["ты ті", "voiceless"],
  ["да де дан ден", "vowelOrVoiced"],
  ["та те тан тен", "voiceless"],
  ["нда нде", "vowel"],
  ["нан нен", "vowelOrNasal"],
  ["мен", "vowelOrVoiced"],
  ["бен", "voiced"],
  ["пен", "voiceless"],
  // Possessives.
  ["ы і ым ім ың ің ымыз іміз ыңыз іңіз", "consonant"],
  ["сы сі", "vowel"],
  // «кеңес-і» / «сала-сы» and «орган-ы» / «сала-ны» look alike. The longer suffix wins, and a bare «-с» or
  // «-н» after a vowel is stripped too (accusative «-н» after a possessive), so that «кеңес», «кеңесі», «кеңестің»
  // all end up as «кең» and «орган», «органы», «органдар» as «орга»: consistent, at the price of some collisions.
  ["с н", "vowel"],
  // Plural.
  ["лар лер", "vowelOrSonorant"],
  ["дар дер", "voiced"],
  ["тар тер", "voiceless"],
  // Verbal nouns, participles and finite forms frequent in legal texts.
  ["у уі уы", "any"],
  ["ған ген", "vowelOrVoiced"],
  ["қан кен", "voiceless"],
  // No «-атын/-етін»: it would cut nouns in «-ат/-ет» + «-ын/-ін» («қызмет-ін», «азамат-ын»).
  ["ады еді", "consonant"],
  ["йтын йтін йды йді", "vowel"],
  // Agent and abstract nouns («төлеуші», «жауапкершілік», «азаматтық»).
  ["шы ші", "any"],
  ["лық лік", "vowelOrSonorant"],
  ["дық дік", "voiced"],
  ["тық тік", "voiceless"],
];

/** All suffixes, longest first. */
const KK_SUFFIXES: readonly { readonly suffix: string; readonly before: Before }[] = KK_SUFFIX_TABLE.flatMap(
  ([list, before]) => list.split(" ").map((suffix) => ({ suffix, before })),
).sort((a, b) => b.suffix.length - a.suffix.length);

/** Voiced stem-final consonants before a vowel suffix go back to their dictionary form: құқығы → құқық. */
const KK_DEVOICE: Readonly<Record<string, string>> = { ғ: "қ", г: "к", б: "п" };

function devoice(stem: string): string {
  const last = stem[stem.length - 1];
  const plain = last === undefined ? undefined : KK_DEVOICE[last];
  return plain === undefined ? stem : stem.slice(0, -1) + plain;
}

/** Stems one lower-case Kazakh word: strips the longest suffix repeatedly while MIN_STEM letters remain. */
export function stemKk(word: string): string {
  let w = word;
  for (;;) {
    const rest = (suffix: string): number => w.length - suffix.length;
    const e = KK_SUFFIXES.find(
      ({ suffix, before }) => rest(suffix) >= MIN_STEM && w.endsWith(suffix) && fits(w[rest(suffix) - 1]!, before),
    );
    if (e === undefined) break;
    w = devoice(w.slice(0, rest(e.suffix)));
  }
  return w;
}

// ---------------------------------------------------------------------------------------------------------------

/** Stems one word; words with digits are only truncated. */
function stem(word: string, lang: CorpusLanguage): string {
  if (!LETTERS.test(word)) return word.slice(0, MAX_STEM);
  const s = lang === "ru" ? stemRu(word) : stemKk(word);
  return s.slice(0, MAX_STEM);
}

/** Splits `text` into index terms: folded, lower-case, without one-letter words, numbers and stopwords, stemmed. */
export function tokenize(text: string, lang: CorpusLanguage): string[] {
  const folded = fold(text.normalize("NFC").replace(INVISIBLE, "").replace(COMBINING, ""));
  const stopwords = lang === "ru" ? RU_STOPWORDS : KK_STOPWORDS;
  const out: string[] = [];
  for (const m of folded.matchAll(WORD)) {
    const word = m[0];
    if (word.length < 2 || DIGITS.test(word) || ROMAN.test(word) || stopwords.has(word)) continue;
    out.push(stem(word, lang));
  }
  return out;
}
