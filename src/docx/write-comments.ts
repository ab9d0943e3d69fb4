/**
 * Findings written into a copy of a .docx as real Word comments (issue 6): for each finding anchored on its words,
 * `w:commentRangeStart` / `w:commentRangeEnd` around exactly those words (runs are split at the offsets; the split
 * halves keep the run's properties), a reference run after the range, and the comment (author «Zanger», date, the
 * text in the UI language) in word/comments.xml — created with its content type and relationship when the document
 * has none, appended to when it has comments already. Only word/document.xml, word/comments.xml,
 * word/_rels/document.xml.rels and [Content_Types].xml change; every other part keeps its bytes.
 *
 * A finding is anchored only when the paragraph, as this walk reads it, is the text the checker saw and the quote is
 * at its offsets; otherwise it is reported as not anchored, never placed by a guess.
 */
import type { Finding } from "../contract";
import { DocxError, openDocx, parseDocumentXml } from "./read-paragraphs";
import { walkDocumentXml, type TextPiece, type WalkedParagraph } from "./xml-walk";
import { xmlEscape } from "./write-comparative-table";

export const COMMENT_AUTHOR = "Zanger";

export interface CommentRequest {
  finding: Finding;
  /** The comment's text; line breaks become paragraphs of the comment. */
  text: string;
}

export interface WriteCommentsResult {
  docx: Buffer;
  written: number;
  /** Findings not written, with the reason (document-level, paragraph changed, quote not at its offsets). */
  skipped: { findingId: string; reason: string }[];
}

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

interface Edit {
  at: number;
  /** Replaces xml[at, at + remove). */
  remove: number;
  insert: string;
  /** Order among edits at the same place: lower first. */
  order: number;
}

/**
 * Where in the XML a paragraph offset falls. Inside a run the run is split there; at the edge of a field's result the
 * markers go around the whole field instead (its code is no text), which every office suite can keep.
 */
function cut(p: WalkedParagraph, offset: number, side: "start" | "end"): { at: number; piece: TextPiece; inText: boolean; between?: boolean } | undefined {
  // A start belongs to the piece that begins at or contains it; an end to the piece that contains or ends at it.
  const piece =
    side === "start"
      ? p.pieces.find((x) => x.start <= offset && offset < x.end)
      : p.pieces.find((x) => x.start < offset && offset <= x.end);
  if (!piece) return undefined;
  const f = piece.field;
  if (f && f.rawEnd > 0 && side === "start" && offset === f.textStart) return { at: f.rawStart, piece, inText: false, between: true };
  if (f && f.rawEnd > 0 && side === "end" && offset === f.textEnd) return { at: f.rawEnd, piece, inText: false, between: true };
  if (piece.kind === "char") return { at: side === "start" ? piece.rawStart : piece.rawEnd, piece, inText: false };
  return { at: piece.rawOffsets![offset - piece.start]!, piece, inText: true };
}

/** Closes the current run, puts the markers, reopens a run with the same properties (or just the markers, between runs). */
function splitWith(markers: string, piece: TextPiece, inText: boolean, between = false): string {
  if (between) return markers;
  return inText
    ? `</w:t></w:r>${markers}<w:r>${piece.rPr}<w:t xml:space="preserve">`
    : `</w:r>${markers}<w:r>${piece.rPr}`;
}

function commentXml(id: number, text: string, date: string): string {
  const paras = text
    .split("\n")
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r></w:p>`)
    .join("");
  return `<w:comment w:id="${id}" w:author="${COMMENT_AUTHOR}" w:date="${date}" w:initials="Z">${paras}</w:comment>`;
}

/** Writes the comments into a copy of `input` (the input buffer is not changed). */
export async function writeComments(input: Uint8Array, requests: readonly CommentRequest[], now = new Date()): Promise<WriteCommentsResult> {
  const { zip, documentXml: xml } = await openDocx(input);
  const read = parseDocumentXml(xml);
  const walked = walkDocumentXml(xml);
  const skipped: WriteCommentsResult["skipped"] = [];

  // Comment ids already used (in comments.xml and in the document's ranges) stay theirs.
  const commentsEntry = zip.file("word/comments.xml");
  const commentsXml = commentsEntry ? await commentsEntry.async("string") : undefined;
  let nextId = 0;
  for (const m of `${commentsXml ?? ""}${xml}`.matchAll(/<w:(?:comment|commentRangeStart|commentReference)\b[^>]*\sw:id="(\d+)"/g)) {
    nextId = Math.max(nextId, Number(m[1]) + 1);
  }

  const edits: Edit[] = [];
  const comments: string[] = [];
  const date = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const preserve = new Map<number, { start: number; end: number }>();
  for (const { finding: f, text } of requests) {
    const pi = f.paragraphIndex;
    if (pi === null) {
      skipped.push({ findingId: f.id, reason: "the finding is about the whole document" });
      continue;
    }
    const p = walked[pi];
    if (!p || !read[pi] || p.text !== read[pi]!.text) {
      skipped.push({ findingId: f.id, reason: `paragraph ${pi + 1} could not be matched to the document's XML` });
      continue;
    }
    if (p.text.slice(f.start, f.end) !== f.quote || f.end <= f.start) {
      skipped.push({ findingId: f.id, reason: "the words are not at the finding's offsets" });
      continue;
    }
    const a = cut(p, f.start, "start");
    const b = cut(p, f.end, "end");
    if (!a || !b) {
      skipped.push({ findingId: f.id, reason: "the words could not be located in the runs" });
      continue;
    }
    const id = nextId++;
    edits.push({ at: a.at, remove: 0, insert: splitWith(`<w:commentRangeStart w:id="${id}"/>`, a.piece, a.inText, a.between), order: 2 });
    edits.push({
      at: b.at,
      remove: 0,
      insert: splitWith(`<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`, b.piece, b.inText, b.between),
      order: 1,
    });
    // A split text keeps its spaces on both sides.
    for (const c of [a, b]) if (c.inText && !c.between && c.piece.tOpen) preserve.set(c.piece.tOpen.start, c.piece.tOpen);
    comments.push(commentXml(id, text, date));
  }

  for (const t of preserve.values()) {
    const open = xml.slice(t.start, t.end);
    if (!/xml:space="preserve"/.test(open)) edits.push({ at: t.start, remove: t.end - t.start, insert: open.replace(/^<w:t\b/, '<w:t xml:space="preserve"'), order: 0 });
  }

  if (comments.length === 0) return { docx: Buffer.from(input), written: 0, skipped };

  // Apply from the end so that earlier offsets stay valid; at one place, ends before starts.
  edits.sort((x, y) => y.at - x.at || y.order - x.order);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  zip.file("word/document.xml", out);

  if (commentsXml !== undefined) {
    const close = commentsXml.lastIndexOf("</w:comments>");
    if (close < 0) throw new DocxError("bad_xml", "word/comments.xml has no </w:comments>");
    zip.file("word/comments.xml", commentsXml.slice(0, close) + comments.join("") + commentsXml.slice(close));
  } else {
    zip.file("word/comments.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W_NS}">${comments.join("")}</w:comments>`);
    const ctEntry = zip.file("[Content_Types].xml");
    if (!ctEntry) throw new DocxError("not_a_docx", "the package has no [Content_Types].xml");
    const ct = await ctEntry.async("string");
    if (!ct.includes('PartName="/word/comments.xml"')) {
      zip.file("[Content_Types].xml", ct.replace("</Types>", `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_TYPE}"/></Types>`));
    }
    const relsPath = "word/_rels/document.xml.rels";
    const relsEntry = zip.file(relsPath);
    const rels = relsEntry
      ? await relsEntry.async("string")
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    if (!rels.includes(COMMENTS_REL)) {
      const used = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
      let n = used.size + 1;
      while (used.has(`rId${n}`)) n++;
      zip.file(relsPath, rels.replace("</Relationships>", `<Relationship Id="rId${n}" Type="${COMMENTS_REL}" Target="comments.xml"/></Relationships>`));
    }
  }
  const docx = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return { docx, written: comments.length, skipped };
}
