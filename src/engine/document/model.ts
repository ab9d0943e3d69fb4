/** The parsed document every rule sees: paragraphs with language, kind, address and flags. */
import type { ActType, Language, Paragraph } from "../../contract";
import { detectActType } from "./act-type";
import { detectDocumentLanguage, scoreLanguage } from "./language";
import { fold, normaliseParagraphText } from "./normalize";
import { parseStructure, type DocumentStructure, type ParsedStructure } from "./structure";

export interface ParsedParagraph extends ParsedStructure {
  index: number;
  /** Text as the reader sees it (line breaks normalised); offsets of findings refer to this. */
  text: string;
  /** Length-preserving folded text for matching. */
  folded: string;
  language: Language;
  /** Editorial or amendment-history note («Сноска.», «Ескерту.»): old names are legitimate there. */
  isNote: boolean;
  /** Inside transitional provisions: references to abolished bodies may be legitimate. */
  isTransitional: boolean;
  /** In the heading block (before the first structural unit or operative formula). */
  isHeading: boolean;
  style?: string;
}

export interface ParsedDocument {
  paragraphs: ParsedParagraph[];
  structure: DocumentStructure;
  actType: ActType;
  language: Language;
  detected: { actType: ActType; language: Language };
  title?: string;
}

export interface ParseOptions {
  actType?: ActType;
  language?: Language;
  title?: string;
  /** No heading block: every text paragraph is read as text of the act (headers, footers, footnotes). */
  noHeading?: boolean;
}

const TRANSITIONAL = /переходн\p{L}* положени|өтпелі ережел|заключительн\p{L}* и переходн|қорытынды және өтпелі/u;

const OPERATIVE_END = /(постановляет|постановляю|приказываю|решил|бұйырамын|қаулы етеді|қаулы етемін|шешім қабылдады|шешті)\s*:?$/u;

export function parseDocument(input: readonly Paragraph[], opts: ParseOptions = {}): ParsedDocument {
  const ordered = [...input].sort((a, b) => a.index - b.index);
  const texts = ordered.map((p) => normaliseParagraphText(p.text));
  const structure = parseStructure(texts);
  const scores = texts.map(scoreLanguage);
  const detectedLanguage = detectDocumentLanguage(texts, scores);
  const detectedActType = detectActType(texts);
  const language = opts.language ?? detectedLanguage;
  const actType = opts.actType ?? detectedActType;

  let transitional = false;
  let transitionalLevel: "section" | "chapter" | "article" | null = null;
  let operativeSeen = false;
  const paragraphs: ParsedParagraph[] = ordered.map((p, i) => {
    const s = structure.paragraphs[i]!;
    const text = texts[i]!;
    const folded = fold(text);
    if (s.kind === "section" || s.kind === "chapter" || s.kind === "article") {
      // The heading may stand on its own line after «XI бөлім» / «Раздел XI».
      const headingText = s.heading ?? (structure.paragraphs[i + 1]?.kind === "text" ? texts[i + 1] ?? "" : "");
      const isTrans = TRANSITIONAL.test(fold(headingText));
      const rank = { section: 0, chapter: 1, article: 2 }[s.kind];
      const curRank = transitionalLevel ? { section: 0, chapter: 1, article: 2 }[transitionalLevel] : 99;
      if (isTrans) {
        transitional = true;
        transitionalLevel = s.kind;
      } else if (transitional && rank <= curRank) {
        transitional = false;
        transitionalLevel = null;
      }
    }
    if (s.kind === "annex") {
      transitional = false;
      transitionalLevel = null;
    }
    if (s.kind !== "blank" && s.kind !== "text" && s.kind !== "note") operativeSeen = true;
    // The operative formula ends the paragraph: only its last characters need the regex.
    if (OPERATIVE_END.test(folded.trimEnd().slice(-80))) operativeSeen = true;
    const isHeading = !opts.noHeading && !operativeSeen && s.kind === "text" && i < 15;
    return {
      ...s,
      index: p.index,
      text,
      folded,
      language: scores[i]!.language ?? language,
      isNote: s.kind === "note",
      isTransitional: transitional,
      isHeading,
      style: p.style,
    };
  });

  return {
    paragraphs,
    structure,
    actType,
    language,
    detected: { actType: detectedActType, language: detectedLanguage },
    title: opts.title,
  };
}

/** Paragraphs from plain text: one paragraph per line (the CLI's .txt format and rule examples). */
export function paragraphsFromText(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((t, index) => ({ index, text: t }));
}
