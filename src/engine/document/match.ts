/**
 * Phrase matching over folded text with Unicode word boundaries (JavaScript's \b does not work for
 * Cyrillic). Phrases are written naturally ("в разумный срок"); spaces match any run of spaces, and a
 * trailing "*" lets a word take any ending ("документ*" matches «документы», «документов»).
 */
import { isLetterAt } from "./language";
import { fold } from "./normalize";
import { regexPrefixes } from "./regex-prefixes";

export interface Match {
  start: number;
  end: number;
  text: string;
  /** Index of the phrase (in the list given to phraseRegex) that matched. */
  phrase: number;
}

const LETTER = "\\p{L}\\p{N}";

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Turns one phrase into a regex source. "*" at the end of a word means "any word ending". */
export function phraseSource(phrase: string): string {
  const words = fold(phrase).trim().split(/\s+/);
  return words
    .map((w) => {
      // «организаци*,»: a wildcard ending followed by punctuation.
      const punct = /\*[,;:]$/.test(w) ? w.slice(-1) : "";
      const word = punct ? w.slice(0, -1) : w;
      const stem = word.endsWith("*");
      const body = escapeRegex(stem ? word.slice(0, -1) : word).replace(/"/g, '"');
      return (stem ? `${body}[${LETTER}-]*` : body) + escapeRegex(punct);
    })
    .join("\\s+");
}

/**
 * A prefilter for phrase regexes: the first three characters of the first word of every phrase. A match starts
 * where a word starts, so when none of these stands at a word start of the paragraph, the regex cannot match and
 * is not run. Null when some phrase begins with fewer than three letters (then the regex always runs).
 */
interface Prefilter {
  /** "word": the match starts where a letter or digit follows neither; "letter": where a letter follows no letter. */
  mode: "word" | "letter";
  prefixes: readonly string[];
}
const PREFIXES = new WeakMap<RegExp, Prefilter>();
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return (c >= 0x430 && c <= 0x44f) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && WORD_CHAR.test(s[i]!));
};

function phrasePrefixes(phrases: readonly string[]): string[] | null {
  const out = new Set<string>();
  for (const p of phrases) {
    const first = fold(p).trim().split(/\s+/)[0] ?? "";
    const prefix = first.slice(0, 3);
    if (prefix.length < 3 || ![0, 1, 2].every((i) => isWordChar(prefix, i))) return null;
    out.add(prefix);
  }
  return [...out];
}

interface Starts {
  word: Set<string>;
  letter: Set<string>;
}

/** The three-character prefixes at the word starts and letter-run starts of a folded text; cached for the current check. */
let startsCache = new Map<string, Starts>();
function startsOf(folded: string): Starts {
  let starts = startsCache.get(folded);
  if (starts) return starts;
  starts = { word: new Set<string>(), letter: new Set<string>() };
  let prevWord = false;
  let prevLetter = false;
  for (let i = 0; i < folded.length; i++) {
    const letter = isLetterAt(folded, i);
    const word = letter || isWordChar(folded, i);
    if (word && !prevWord) starts.word.add(folded.substr(i, 3));
    if (letter && !prevLetter) starts.letter.add(folded.substr(i, 3));
    prevWord = word;
    prevLetter = letter;
  }
  if (startsCache.size > 50_000) startsCache = new Map();
  startsCache.set(folded, starts);
  return starts;
}

/** False when the regex cannot match the folded text (its prefilter says so); true when it may, or has no prefilter. */
export function mayMatch(re: RegExp, folded: string): boolean {
  const pf = PREFIXES.get(re);
  if (!pf) return true;
  const set = startsOf(folded)[pf.mode];
  return pf.prefixes.some((p) => set.has(p));
}

const LEAD_WORD = "(?<![\\p{L}\\p{N}])";
const LEAD_LETTER = "(?<![\\p{L}])";

/** Is there a `|` outside every group (then a leading look-behind does not govern every alternative)? */
function topLevelAlternation(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/**
 * Gives a rule's own regex (used on folded text) the prefilter, when it opens with a word or letter boundary and
 * its possible starts can be read; returns it unchanged. Rules then skip paragraphs with `mayMatch`.
 */
export function prefiltered<T extends RegExp>(re: T): T {
  const src = re.source;
  const mode = src.startsWith(LEAD_WORD) ? "word" : src.startsWith(LEAD_LETTER) ? "letter" : null;
  if (mode && !re.flags.includes("i") && !re.flags.includes("y") && !topLevelAlternation(src)) {
    const prefixes = regexPrefixes(src);
    if (prefixes && prefixes.every((p) => (mode === "word" ? isWordChar(p, 0) : isLetterAt(p, 0)))) PREFIXES.set(re, { mode, prefixes });
  }
  if (!registrySealed) regexRegistry.push(re);
  return re;
}

/** Forgets the word-start sets of the previous check (the engine calls it before each check). */
export function resetMatchCache(): void {
  startsCache = new Map();
  registrySealed = true;
}

/**
 * The phrase lists of the rule modules, recorded as the modules load (the bench builds the peer's dictionary from
 * them). Phrases built during a check (from a draft's own words) are not recorded: the first check
 * (resetMatchCache) seals the list.
 */
const registry = new Set<string>();
const regexRegistry: RegExp[] = [];
let registrySealed = false;
export function modulePhrases(): string[] {
  return [...registry];
}
/** The phrase and word regexes of the rule modules (the prefilter's soundness test runs them all). */
export function moduleRegexes(): readonly RegExp[] {
  return regexRegistry;
}
/** The prefixes the prefilter looks for before running `re` (undefined: it always runs). */
export function prefilterOf(re: RegExp): readonly string[] | undefined {
  return PREFIXES.get(re)?.prefixes;
}

/** Builds one regex that matches any of the phrases as whole words; each phrase is a named group. */
export function phraseRegex(phrases: readonly string[]): RegExp {
  if (!registrySealed) for (const p of phrases) registry.add(p);
  const alts = phrases.map((p, i) => `(?<p${i}>${phraseSource(p)})`);
  const re = new RegExp(`(?<![${LETTER}])(?:${alts.join("|")})(?![${LETTER}])`, "gu");
  const prefixes = phrasePrefixes(phrases);
  if (prefixes) PREFIXES.set(re, { mode: "word", prefixes });
  if (!registrySealed) regexRegistry.push(re);
  return re;
}

/** All non-overlapping matches of `re` (global, built over folded text) in `text`. */
export function findAll(re: RegExp, text: string, folded = fold(text)): Match[] {
  const out: Match[] = [];
  if (!mayMatch(re, folded)) return out;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let phrase = -1;
    if (m.groups) {
      for (const key in m.groups) {
        if (m.groups[key] !== undefined && /^p\d+$/.test(key)) {
          phrase = Number(key.slice(1));
          break;
        }
      }
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), phrase });
  }
  return out;
}

/** Convenience: find any of the phrases in the text. */
export function findPhrases(phrases: readonly string[], text: string, folded?: string): Match[] {
  return findAll(phraseRegex(phrases), text, folded);
}

/** A regex over folded text built from a raw source, with the Unicode flag and word-boundary helpers. */
export function wordRegex(source: string): RegExp {
  const re = new RegExp(`(?<![${LETTER}])(?:${source})(?![${LETTER}])`, "gu");
  // A match starts at a word start (the look-behind), so its first three characters are among the paragraph's.
  const prefixes = regexPrefixes(source);
  if (prefixes && prefixes.every((p) => isWordChar(p, 0))) PREFIXES.set(re, { mode: "word", prefixes });
  if (!registrySealed) regexRegistry.push(re);
  return re;
}
