/**
 * The notation of the subject tables (constitution-1995-topics, constitution-2026-topics): each argument is one
 * alternative; a space is any whitespace, `*` ends a stem (any letters follow), `~` allows up to three words in
 * between; every alternative starts at a word start; Kazakh «ә» also accepts the Latin look-alike «ə». Raw regex
 * groups may be written inside an alternative.
 */
const LETTERS = "\\p{L}*";
const GAP = "(?:[\\p{L}\\d-]+[\\s,]+){0,3}";

/** Alternatives of word-stem phrases → one unicode RegExp (no `g`: callers use `test`). */
export function stems(...alternatives: string[]): RegExp {
  const one = (alt: string): string =>
    "(?<![\\p{L}])" +
    alt
      .trim()
      .replace(/\s*~\s*/gu, "\u0000")
      .replace(/\*/gu, LETTERS)
      .replace(/ә/gu, "[әə]")
      .replace(/ +/gu, "\\s+")
      .replace(/\u0000/gu, `\\s+${GAP}`);
  return new RegExp(alternatives.map(one).join("|"), "u");
}
