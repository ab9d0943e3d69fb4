/**
 * Parser for official texts in the adilet plain-text form (../shared/corpus): one paragraph per line, optional
 * `# ` header lines, structural headings (Раздел / Глава / Параграф; «N бөлім», «N-тарау»), article headings
 * («Статья N.», «Статья N. Title», «Статья N» alone; «N-бап», «N-бап. Title»), points and subpoints as plain
 * lines, and editorial notes («Сноска.», «Примечание …», «Ескерту.», «Примечание ИЗПИ!») kept apart from the
 * norms. Pure: text in, structure out.
 */
import type { Language } from "../contract";

export interface CorpusArticle {
  /** «12», «14-1». */
  number: string;
  /** Position in the act, from 0. */
  ord: number;
  title: string | null;
  section: string | null;
  chapter: string | null;
  /** The norms of the article, one paragraph per line; empty for an article excluded from the act. */
  text: string;
}

export interface CorpusNote {
  /** The article the note follows, or null before the first article. */
  article: string | null;
  text: string;
}

export interface ParsedAct {
  title: string | null;
  source: string | null;
  /** Text before the first article (preamble, formula), without headings and notes. */
  preamble: string;
  articles: CorpusArticle[];
  notes: CorpusNote[];
}

export class CorpusFormatError extends Error {}

const NUM = "\\d+(?:-\\d+)?";
/** «Статья 5.», «Статья 5. Title», «Статья 5» alone; not «Статья 22 вводится в действие …» (a note in the Code). */
const RU_ARTICLE = new RegExp(`^Статья\\s+(${NUM})(?:\\.\\s*(.*)|\\s*)$`, "u");
/** «5-бап», «5-бап.», «5-бап. Title». */
const KK_ARTICLE = new RegExp(`^(${NUM})-бап(?:\\.\\s*(.*)|\\s*)$`, "u");
const RU_SECTION = /^(?:РАЗДЕЛ|Раздел)\s+\S+/u;
const RU_CHAPTER = /^(?:ГЛАВА|Глава)\s+\S+/u;
const RU_PARAGRAPH = /^Параграф\s+\S+/u;
/** «І бөлім», «II БӨЛІМ», «1-тарау», «1-параграф». */
const KK_SECTION = /^[IVXLCІ\d]+(?:-)?\s*(?:бөлім|БӨЛІМ)\.?\s*(.*)$/u;
const KK_CHAPTER = /^\d+(?:-\d+)?-(?:тарау|ТАРАУ)\.?\s*(.*)$/u;
const KK_PARAGRAPH = /^\d+(?:-\d+)?-параграф\.?\s*(.*)$/u;
const NOTE = /^(?:Сноска|Примечание|Примечания|ПРИМЕЧАНИЕ|Ескерту|ЕСКЕРТУ|Ескертпе)(?=[\s.:!,]|$)/u;

export function parseAdiletText(input: string, lang: Language): ParsedAct {
  const lines = input.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n").split("\n");
  const header: string[] = [];
  let i = 0;
  while (i < lines.length && lines[i]!.startsWith("# ")) header.push(lines[i++]!.slice(2).trim());

  const articles: CorpusArticle[] = [];
  const notes: CorpusNote[] = [];
  const preamble: string[] = [];
  const seen = new Set<string>();
  let section: string | null = null;
  let chapter: string | null = null;
  let current: { a: CorpusArticle; body: string[] } | null = null;
  /** A kk section heading may carry its title on the next line. */
  let pendingSectionTitle = false;

  const close = () => {
    if (current) current.a.text = current.body.join("\n");
  };

  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    if (NOTE.test(line)) {
      notes.push({ article: current?.a.number ?? null, text: line });
      continue;
    }
    const art = (lang === "kk" ? KK_ARTICLE : RU_ARTICLE).exec(line) ?? (lang === "kk" ? RU_ARTICLE.exec(line) : null);
    if (art) {
      close();
      const number = art[1]!;
      if (seen.has(number)) throw new CorpusFormatError(`article ${number} appears twice (line ${i + 1})`);
      seen.add(number);
      const a: CorpusArticle = { number, ord: articles.length, title: art[2]?.trim() || null, section, chapter, text: "" };
      articles.push(a);
      current = { a, body: [] };
      pendingSectionTitle = false;
      continue;
    }
    if (RU_SECTION.test(line) || (lang === "kk" && KK_SECTION.test(line))) {
      close();
      current = null;
      section = line;
      chapter = null;
      pendingSectionTitle = lang === "kk" && (KK_SECTION.exec(line)?.[1] ?? "") === "";
      continue;
    }
    if (RU_CHAPTER.test(line) || RU_PARAGRAPH.test(line) || (lang === "kk" && (KK_CHAPTER.test(line) || KK_PARAGRAPH.test(line)))) {
      close();
      current = null;
      chapter = line;
      pendingSectionTitle = false;
      continue;
    }
    if (pendingSectionTitle) {
      section = `${section} ${line}`;
      pendingSectionTitle = false;
      continue;
    }
    if (current) current.body.push(line);
    else if (articles.length === 0) preamble.push(line);
    // Text between a structural heading and the next article (a chapter's title line) belongs to that heading.
    else chapter = chapter ? `${chapter} ${line}` : line;
  }
  close();
  if (articles.length === 0) {
    throw new CorpusFormatError(
      lang === "kk"
        ? "no article headings found («N-бап»): is this an adilet text in Kazakh?"
        : "no article headings found («Статья N.»): is this an adilet text in Russian?",
    );
  }
  return { title: header[0] ?? null, source: header[1] ?? null, preamble: preamble.join("\n"), articles, notes };
}
