/**
 * Text normalisation for matching. Every function here is length-preserving: offsets found in the
 * folded text are valid offsets into the original text, so findings can quote the original exactly.
 */

const FOLD_MAP: Record<string, string> = {
  // Latin letters that appear inside Kazakh words in real texts instead of their Cyrillic twins.
  i: "і",
  I: "і",
  "\u0406": "і", // Cyrillic capital І
  "\u0259": "ә", // Latin schwa ə, used for Kazakh ә in real texts («жəне», «мəслихат»)
  "\u018f": "ә", // Latin capital Ə
  ё: "е",
  Ё: "е",
  "\u00a0": " ",
  "\u2007": " ",
  "\u202f": " ",
  "\t": " ",
  "\u00ab": '"', // «
  "\u00bb": '"', // »
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u2013": "-", // en dash
  "\u2014": "-", // em dash
  "\u2011": "-",
};

const FOLD_CHARS = new RegExp(`[${Object.keys(FOLD_MAP).join("")}]`, "g");
const foldChar = (ch: string): string => FOLD_MAP[ch] ?? ch;

/**
 * Lower-cases and folds look-alike characters one code unit at a time, so that
 * `fold(s).length === s.length` always holds.
 */
export function fold(text: string): string {
  // Fast path: lower-casing the whole string keeps its length for every script our texts use; then one pass maps
  // the look-alikes (all FOLD_MAP keys lower-case to themselves or to another key, e.g. «Ё» → «ё» → «е»).
  const lower = text.toLowerCase();
  if (lower.length === text.length && !text.includes("Σ")) return lower.replace(FOLD_CHARS, foldChar);
  return foldByChar(text);
}

/** Character by character, for the rare strings whose lower case changes length («İ» → «i̇») or depends on context (final «Σ»). */
export function foldByChar(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const mapped = FOLD_MAP[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

/** Normalises a paragraph as read from Word or a file: line breaks and control characters become spaces. */
export function normaliseParagraphText(text: string): string {
  return text.replace(/[\r\n\v\f\u2028\u2029]/g, " ").replace(/\u0002/g, "*");
}

/** Collapses whitespace and folds; used for fingerprints and comparisons, not for offsets. */
export function canonical(text: string): string {
  return fold(text).replace(/\s+/g, " ").trim();
}

/** A small, fast, deterministic 53-bit hash (cyrb53), hex-encoded. Pure; runs in Node and browsers. */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, "0");
}
