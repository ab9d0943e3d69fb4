/**
 * word/document.xml walked as raw text, for writing into it: the same reading as ./read-paragraphs (deleted
 * revisions out, inserted in, field results not codes, tabs, breaks as spaces, note references as «*», table
 * cells), but every character of a paragraph's text keeps where it came from in the XML, so that a comment can be
 * anchored to exact words by splitting runs at those places. The writer checks that this walk and the reader agree
 * on every paragraph it touches, and leaves a paragraph alone if they do not.
 */

/** One piece of a paragraph's text, with its place in the XML. */
export interface TextPiece {
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
  kind: "text" | "char";
  /** For text: raw XML offsets of the characters (one per UTF-16 unit of the decoded text, and the end). */
  rawOffsets?: number[];
  /** For char (tab, break, note reference): raw offsets of the element. */
  rawStart: number;
  rawEnd: number;
  /** The open tag of the w:t holding the text (raw offsets), to make it keep its spaces when split. */
  tOpen?: { start: number; end: number };
  /** The enclosing run's properties as written (`<w:rPr>…</w:rPr>`), or "". */
  rPr: string;
  /** The complex field whose result this piece is (its extent), if any. */
  field?: FieldExtent;
}

/** A complex field (fldChar begin … separate … end): from its first run to its last, and its result in the text. */
export interface FieldExtent {
  rawStart: number;
  rawEnd: number;
  textStart: number;
  textEnd: number;
}

export interface WalkedParagraph {
  text: string;
  pieces: TextPiece[];
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes a raw XML text node, keeping for each decoded UTF-16 unit its raw offset (and the end). */
function decode(raw: string, base: number): { text: string; offsets: number[] } {
  let text = "";
  const offsets: number[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === "&") {
      const semi = raw.indexOf(";", i);
      const name = raw.slice(i + 1, semi);
      let ch: string;
      if (name.startsWith("#x")) ch = String.fromCodePoint(parseInt(name.slice(2), 16));
      else if (name.startsWith("#")) ch = String.fromCodePoint(parseInt(name.slice(1), 10));
      else ch = ENTITY[name] ?? "";
      for (let k = 0; k < ch.length; k++) offsets.push(base + i);
      text += ch;
      i = semi + 1;
    } else {
      offsets.push(base + i);
      text += raw[i];
      i++;
    }
  }
  offsets.push(base + raw.length);
  return { text, offsets };
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<[^>]+>|[^<]+/g;

function tagName(tag: string): string {
  return /^<\/?([^\s/>]+)/.exec(tag)?.[1] ?? "";
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

export function walkDocumentXml(xml: string): WalkedParagraph[] {
  const out: WalkedParagraph[] = [];
  let depthP = 0;
  let inDel = 0;
  let inText = false;
  let inInstr = false;
  let inRun = 0;
  const fieldStack: ("code" | "result")[] = [];
  // Extents of the open fields (parallel to fieldStack); a field's end is known when its last run closes.
  const extents: FieldExtent[] = [];
  let runStart = -1;
  let closingField: FieldExtent | undefined;
  let current: WalkedParagraph = { text: "", pieces: [] };
  let rPrStart = -1;
  let rPrDepth = 0;
  let rPr = "";
  let tOpen: { start: number; end: number } | undefined;
  const counts = () => depthP > 0 && !inDel && fieldStack.at(-1) !== "code";
  const addChar = (ch: string, start: number, end: number) => {
    current.pieces.push({ start: current.text.length, end: current.text.length + 1, kind: "char", rawStart: start, rawEnd: end, rPr });
    current.text += ch;
  };

  for (const m of xml.matchAll(TOKEN)) {
    const tok = m[0];
    const at = m.index!;
    if (tok[0] !== "<") {
      if (inText && !inInstr && counts()) {
        const { text, offsets } = decode(tok, at);
        current.pieces.push({ start: current.text.length, end: current.text.length + text.length, kind: "text", rawOffsets: offsets, rawStart: at, rawEnd: at + tok.length, tOpen, rPr, field: extents.at(-1) });
        current.text += text;
      }
      continue;
    }
    if (tok.startsWith("<!") || tok.startsWith("<?")) continue;
    const closing = tok.startsWith("</");
    const selfClosing = tok.endsWith("/>");
    const name = tagName(tok);
    if (!closing) {
      switch (name) {
        case "w:p":
          if (selfClosing) {
            if (depthP === 0) out.push({ text: "", pieces: [] });
            break;
          }
          if (depthP === 0) current = { text: "", pieces: [] };
          depthP++;
          break;
        case "w:r":
          if (!selfClosing) {
            inRun++;
            rPr = "";
            runStart = at;
          }
          break;
        case "w:rPr":
          // A run's own properties, not the old ones kept inside w:rPrChange.
          if (inRun > 0 && !selfClosing && rPrDepth++ === 0) rPrStart = at;
          else if (inRun > 0 && selfClosing && rPrDepth === 0) rPr = tok;
          break;
        case "w:del":
        case "w:moveFrom":
          if (!selfClosing) inDel++;
          break;
        case "w:t":
          if (!selfClosing) {
            inText = true;
            tOpen = { start: at, end: at + tok.length };
          }
          break;
        case "w:instrText":
          if (!selfClosing) inInstr = true;
          break;
        case "w:fldChar": {
          const t = attr(tok, "w:fldCharType");
          if (t === "begin") {
            fieldStack.push("code");
            extents.push({ rawStart: runStart, rawEnd: -1, textStart: -1, textEnd: -1 });
          } else if (t === "separate" && fieldStack.length) {
            fieldStack[fieldStack.length - 1] = "result";
            extents[extents.length - 1]!.textStart = current.text.length;
          } else if (t === "end") {
            fieldStack.pop();
            const f = extents.pop();
            if (f) {
              f.textEnd = current.text.length;
              closingField = f;
            }
          }
          break;
        }
        case "w:tab":
          if (inRun > 0 && counts()) addChar("\t", at, at + tok.length);
          break;
        case "w:br":
        case "w:cr":
          if (inRun > 0 && counts()) addChar(" ", at, at + tok.length);
          break;
        case "w:noBreakHyphen":
          if (depthP > 0 && !inDel) addChar("-", at, at + tok.length);
          break;
        case "w:footnoteReference":
        case "w:endnoteReference":
          if (depthP > 0 && !inDel) addChar("*", at, at + tok.length);
          break;
        default:
          break;
      }
      continue;
    }
    switch (name) {
      case "w:r":
        inRun--;
        rPr = "";
        if (closingField) {
          closingField.rawEnd = at + tok.length;
          closingField = undefined;
        }
        break;
      case "w:rPr":
        if (inRun > 0 && --rPrDepth === 0 && rPrStart >= 0) {
          rPr = xml.slice(rPrStart, at + tok.length);
          rPrStart = -1;
        }
        break;
      case "w:p":
        depthP--;
        if (depthP === 0) {
          current.text = current.text.replace(/[\r\n\v]/g, " ");
          out.push(current);
        }
        break;
      case "w:del":
      case "w:moveFrom":
        inDel--;
        break;
      case "w:t":
        inText = false;
        tOpen = undefined;
        break;
      case "w:instrText":
        inInstr = false;
        break;
      default:
        break;
    }
  }
  return out;
}
