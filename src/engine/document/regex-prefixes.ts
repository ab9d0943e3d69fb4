/**
 * What a match of a regular expression must begin with: the set of its possible first three characters, read from
 * the regex source. The engine uses it as a prefilter (./match): a regex whose every possible start is absent from
 * a paragraph's word starts cannot match there and is not run.
 *
 * The reader understands literals, groups with alternation, `?`, zero-width assertions (skipped: they only
 * restrict) and small character classes of literal characters. Anything else before the third character (\s,
 * \p{…}, ranges, `.`, `*`, `+`, `{n}`, back-references) makes it give up and return null: the regex then always
 * runs. A wrong answer here would hide findings, so it only answers when it is sure; the test runs every regex of
 * the rule modules over the official texts and checks that no match is ever filtered out.
 */

const WANT = 3;
const MAX_PREFIXES = 2000;

class GiveUp extends Error {}

/** Possible prefixes (each of length WANT, or shorter when the pattern ends) of the alternatives starting at `pos`. */
interface Parsed {
  /** Prefixes so far; a prefix shorter than WANT is "open" and continues with what follows. */
  prefixes: Set<string>;
  end: number;
}

/** Possible first-three-character strings of a match of `source`, or null when they cannot be told for sure. */
export function regexPrefixes(source: string): string[] | null {
  try {
    const { prefixes, end } = alternation(source, 0, new Set([""]));
    if (end !== source.length) return null;
    const out = [...prefixes];
    if (out.some((p) => p.length < WANT)) return null;
    return out;
  } catch (e) {
    if (e instanceof GiveUp) return null;
    throw e;
  }
}

/** alt ('|' alt)* up to a ')' or the end; each alternative continues every incoming prefix. */
function alternation(src: string, pos: number, incoming: Set<string>): Parsed {
  const result = new Set<string>();
  let p = pos;
  for (;;) {
    const seq = sequence(src, p, incoming);
    for (const x of seq.prefixes) result.add(x);
    p = seq.end;
    if (src[p] === "|") {
      p++;
      continue;
    }
    break;
  }
  if (result.size > MAX_PREFIXES) throw new GiveUp();
  return { prefixes: result, end: p };
}

const closed = (set: Set<string>) => [...set].every((x) => x.length >= WANT);

function sequence(src: string, pos: number, incoming: Set<string>): Parsed {
  let cur = incoming;
  let p = pos;
  while (p < src.length && src[p] !== "|" && src[p] !== ")") {
    if (closed(cur)) {
      // Every prefix is complete: skip the rest of this alternative without reading it.
      p = skipAtom(src, p);
      continue;
    }
    const atom = readAtom(src, p, cur);
    p = atom.end;
    const q = src[p];
    if (q === "?" ) {
      p++;
      if (src[p] === "?") p++; // lazy
      cur = new Set([...cur, ...atom.prefixes]);
    } else if (q === "*" || q === "+" || q === "{") {
      throw new GiveUp();
    } else {
      cur = atom.prefixes;
    }
  }
  return { prefixes: cur, end: p };
}

/** Reads one atom and returns the incoming prefixes extended by it. */
function readAtom(src: string, p: number, incoming: Set<string>): Parsed {
  const c = src[p]!;
  const extend = (chars: string[]) => {
    const out = new Set<string>();
    for (const x of incoming) {
      if (x.length >= WANT) out.add(x);
      else for (const ch of chars) out.add(x + ch);
    }
    if (out.size > MAX_PREFIXES) throw new GiveUp();
    return out;
  };
  if (c === "(") {
    if (src.startsWith("(?=", p) || src.startsWith("(?!", p) || src.startsWith("(?<=", p) || src.startsWith("(?<!", p)) {
      // Zero-width: consumes nothing, only restricts.
      return { prefixes: incoming, end: skipGroup(src, p) };
    }
    let inner = p + 1;
    if (src.startsWith("(?:", p)) inner = p + 3;
    else if (src.startsWith("(?<", p)) inner = src.indexOf(">", p) + 1;
    else if (src[p + 1] === "?") throw new GiveUp();
    const alt = alternation(src, inner, incoming);
    if (src[alt.end] !== ")") throw new GiveUp();
    return { prefixes: alt.prefixes, end: alt.end + 1 };
  }
  if (c === "[") {
    const close = classEnd(src, p);
    const body = src.slice(p + 1, close);
    if (body.startsWith("^") || body.includes("\\") || /.-./u.test(body) || [...body].length > 12) throw new GiveUp();
    return { prefixes: extend([...new Set(body)]), end: close + 1 };
  }
  if (c === "\\") {
    const n = src[p + 1];
    if (n !== undefined && /[-.()[\]{}|?*+^$\\/"«»]/u.test(n)) return { prefixes: extend([n]), end: p + 2 };
    throw new GiveUp(); // \s, \d, \p{…}, \b, back-references …
  }
  if (c === "^") return { prefixes: incoming, end: p + 1 };
  if (c === "." || c === "$" || c === "*" || c === "+" || c === "?" || c === "{") throw new GiveUp();
  // A literal code point (astral characters are two code units).
  const cp = String.fromCodePoint(src.codePointAt(p)!);
  return { prefixes: extend([cp]), end: p + cp.length };
}

function classEnd(src: string, p: number): number {
  let i = p + 1;
  if (src[i] === "]") i++;
  for (; i < src.length; i++) {
    if (src[i] === "\\") i++;
    else if (src[i] === "]") return i;
  }
  throw new GiveUp();
}

function skipGroup(src: string, p: number): number {
  let depth = 0;
  for (let i = p; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(src, i);
    else if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new GiveUp();
}

/** Skips one atom and its quantifier, without reading what it matches. */
function skipAtom(src: string, p: number): number {
  let i: number;
  const c = src[p]!;
  if (c === "(") i = skipGroup(src, p);
  else if (c === "[") i = classEnd(src, p) + 1;
  else if (c === "\\") i = src[p + 1] === "p" || src[p + 1] === "P" ? src.indexOf("}", p) + 1 : p + 2;
  else i = p + String.fromCodePoint(src.codePointAt(p)!).length;
  if (i <= p) throw new GiveUp();
  // Quantifiers.
  if (src[i] === "{") {
    const close = src.indexOf("}", i);
    if (close < 0) throw new GiveUp();
    i = close + 1;
  } else if (src[i] === "?" || src[i] === "*" || src[i] === "+") i++;
  if (src[i] === "?") i++;
  return i;
}
