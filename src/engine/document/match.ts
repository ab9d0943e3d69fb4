/**
 * Phrase matching over folded text with Unicode word boundaries (JavaScript's \b does not work for
 * Cyrillic). Phrases are written naturally ("в разумный срок"); spaces match any run of spaces, and a
 * trailing "*" lets a word take any ending ("документ*" matches «документы», «документов»).
 */
import { fold } from "./normalize";

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

/** Builds one regex that matches any of the phrases as whole words; each phrase is a named group. */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const alts = phrases.map((p, i) => `(?<p${i}>${phraseSource(p)})`);
  return new RegExp(`(?<![${LETTER}])(?:${alts.join("|")})(?![${LETTER}])`, "gu");
}

/** All non-overlapping matches of `re` (global, built over folded text) in `text`. */
export function findAll(re: RegExp, text: string, folded = fold(text)): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let phrase = -1;
    if (m.groups) {
      for (const key of Object.keys(m.groups)) {
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
  return new RegExp(`(?<![${LETTER}])(?:${source})(?![${LETTER}])`, "gu");
}
