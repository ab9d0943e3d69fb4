import type { UiLanguage } from "../../../contract";
import { ACTS } from "../../data/acts";
import { TOPIC_1995 } from "../../data/constitution-1995-topics";
import { CONSTITUTION_1995_TO_2026, articleMoved, singleSuccessor } from "../../data/constitution-article-map";
import type { ParsedParagraph } from "../../document/model";
import { positionOf, sentenceOf } from "../helpers";
import { operativeFormula } from "../legal-acts/common";
import { defineRule, type RuleSpan } from "../types";

const NUM = "\\d+(?:-\\d+)?";
// «статьями 61 и 62», «85 – 89-баптарында» (a range of articles)
const LIST_RU = `${NUM}(?:\\s*(?:,|и|или|[–—]|-(?=\\s))\\s*${NUM})*`;
const LIST_KK = `${NUM}(?:\\s*(?:,|және|мен|[–—]|-(?=\\s))\\s*${NUM})*`;

/**
 * «подпункт 3) пункта 1 статьи 44 Конституции», «пунктом 4 статьи 62 Конституции», «статьями 61 и 62 Конституции».
 * Groups: 1 subpoint, 2 point(s), 3 article(s). «Конституционного закона» is not the Constitution.
 */
const RU_REF = new RegExp(
  `(?<![\\p{L}\\d])(?:подпункт\\p{L}*\\s+(${NUM})\\)\\s+)?(?:пункт\\p{L}*\\s+(${LIST_RU})\\s+)?стать\\p{L}*\\s+(${LIST_RU})\\s+конституци(?:и|ей|я|ю)(?![\\p{L}])`,
  "dgu",
);
/**
 * «Конституцияның 61-бабы», «Конституцияның 62-бабының 4-тармағы», «Қазақстан Республикасы Конституциясының
 * 44-бабының 1-тармағының 3) тармақшасы». Groups: 1 article(s), 2 point(s), 3 subpoint.
 */
const KK_REF = new RegExp(
  `(?<![\\p{L}\\d])(?:қазақстан\\s+республикасы(?:ның)?\\s+)?конституция(?:сы)?ның\\s+(${LIST_KK})-ба[пб]\\p{L}*(?:\\s+(${LIST_KK})-тарма[қғ]\\p{L}*)?(?:\\s+(${NUM})\\)\\s*тармақша\\p{L}*)?`,
  "dgu",
);

/** «Конституции Республики Казахстан от 30 августа 1995 года», «Конституции 1995 года», «…, принятой на референдуме 30 августа 1995 года». */
const RU_AFTER_1995 =
  /^\s*(?:республики\s+казахстан\s*)?,?\s*\(?\s*(?:принят\p{L}*\s+(?:на\s+)?(?:республиканск\p{L}*\s+)?(?:референдум\p{L}*\s+)?)?(?:от\s+)?(?:30\s+августа\s+|30\.08\.)?1995\s*(?:года|г\.?)/u;
const RU_AFTER_2026 =
  /^\s*(?:республики\s+казахстан\s*)?,?\s*\(?\s*(?:принят\p{L}*\s+(?:на\s+)?(?:республиканск\p{L}*\s+)?(?:референдум\p{L}*\s+)?)?(?:от\s+)?(?:15\s+марта\s+|15\.03\.)?2026\s*(?:года|г\.?)/u;
/** «1995 жылғы 30 тамыздағы Конституциясының», «Қазақстан Республикасының 1995 жылғы Конституциясы». */
const KK_BEFORE_1995 = /1995\s+жылғы(?:\s+30\s+тамыздағы)?\s+(?:қазақстан\s+республикасы(?:ның)?\s+)?$/u;
const KK_BEFORE_2026 = /2026\s+жылғы(?:\s+15\s+наурыздағы)?\s+(?:қазақстан\s+республикасы(?:ның)?\s+)?$/u;
/** The legal basis before the operative formula sits in the heading block; it is where the Constitution is cited most. */
const LEGAL_BASIS = /^(в\s+соответствии|согласно|на\s+основании|руководствуясь)|сәйкес|негізінде|басшылыққа ала/u;

const MENTIONS_CONSTITUTION = /конституци/u;
const SPLIT_LIST = /\s*(?:,|и|или|және|мен)\s*/u;

/** «61, 62», «85 – 89» → the article numbers, a short range expanded. */
function articleList(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(SPLIT_LIST).filter(Boolean)) {
    const range = /^(\d+)\s*(?:[–—]|-\s)\s*(\d+)$/u.exec(part);
    if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) <= 15) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(String(n));
    } else out.push(part.split(/\s*[–—]\s*/u)[0]!);
  }
  return out;
}

type Reason = "explicit" | "missing-article" | "missing-point" | "subpoint-without-point" | "moved";

const REASON: Record<Reason, Record<UiLanguage, (a: string, p?: string) => string>> = {
  explicit: {
    ru: () => "ссылка прямо указывает на Конституцию 1995 года, утратившую силу 1 июля 2026 года",
    kk: () => "сілтеме 2026 жылғы 1 шілдеде күшін жойған 1995 жылғы Конституцияны тікелей көрсетеді",
    en: () => "the reference names the 1995 Constitution, which ceased on 1 July 2026",
  },
  "missing-article": {
    ru: (a) => `статьи ${a} в Конституции 2026 года нет`,
    kk: (a) => `2026 жылғы Конституцияда ${a}-бап жоқ`,
    en: (a) => `the 2026 Constitution has no article ${a}`,
  },
  "missing-point": {
    ru: (a, p) => `в статье ${a} Конституции 2026 года нет пункта ${p}, а в статье ${a} Конституции 1995 года он есть`,
    kk: (a, p) => `2026 жылғы Конституцияның ${a}-бабында ${p}-тармақ жоқ, ал 1995 жылғы Конституцияның ${a}-бабында бар`,
    en: (a, p) => `article ${a} of the 2026 Constitution has no point ${p}, while article ${a} of the 1995 Constitution has`,
  },
  "subpoint-without-point": {
    ru: (a, p) => `подпункт ${p}) назван прямо в статье ${a}, но статья ${a} Конституции 2026 года делится на пункты; подпункты без пунктов были в статье ${a} Конституции 1995 года`,
    kk: (a, p) => `${p}) тармақша тікелей ${a}-бапта аталған, бірақ 2026 жылғы Конституцияның ${a}-бабы тармақтарға бөлінеді; тармақсыз тармақшалар 1995 жылғы Конституцияның ${a}-бабында болған`,
    en: (a, p) => `subpoint ${p}) is cited directly in article ${a}, but article ${a} of the 2026 Constitution is divided into points; subpoints without points were in article ${a} of the 1995 Constitution`,
  },
  moved: {
    ru: (a) => `по предмету нормы ссылка соответствует статье ${a} Конституции 1995 года, которая перенумерована; рекомендуется проверить номер`,
    kk: (a) => `норманың мәні бойынша сілтеме 1995 жылғы Конституцияның нөмірі өзгерген ${a}-бабына сәйкес келеді; нөмірді тексеру ұсынылады`,
    en: (a) => `by its subject the reference matches article ${a} of the 1995 Constitution, which was renumbered; check the number`,
  },
};

function target(old: string, ui: UiLanguage): string {
  const move = CONSTITUTION_1995_TO_2026[old];
  if (!move) {
    return { ru: "такой статьи не было и в Конституции 1995 года", kk: "1995 жылғы Конституцияда да мұндай бап болмаған", en: "no such article in the 1995 Constitution either" }[ui];
  }
  let base: string;
  if (move.to.length === 0) base = { ru: "соответствующей статьи нет", kk: "тиісті бап жоқ", en: "no corresponding article" }[ui];
  else if (ui === "kk") base = `${move.to.join(", ")}-бап${move.to.length > 1 ? "тар" : ""}${move.partial ? " (ішінара)" : ""}`;
  else if (ui === "ru") base = `${move.to.length > 1 ? "статьи" : "статья"} ${move.to.join(", ")}${move.partial ? " (частично)" : ""}`;
  else base = `art. ${move.to.join(", ")}${move.partial ? " (partly)" : ""}`;
  return move.note ? `${base}; ${move.note[ui]}` : base;
}

export interface Ref {
  start: number;
  end: number;
  articles: string[];
  /** Offsets of the article list inside the paragraph (for the suggestion). */
  articleSpan: [number, number];
  points: string[];
  subpoint?: string;
  explicit: "1995" | "2026" | null;
}

export function refsIn(p: ParsedParagraph): Ref[] {
  const out: Ref[] = [];
  const re = p.language === "kk" ? KK_REF : RU_REF;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.folded)) !== null) {
    const idx = m.indices!;
    const artGroup = p.language === "kk" ? 1 : 3;
    const pointGroup = 2;
    const subGroup = p.language === "kk" ? 3 : 1;
    const before = p.folded.slice(Math.max(0, m.index - 80), m.index);
    const after = p.folded.slice(m.index + m[0].length, m.index + m[0].length + 120);
    let explicit: Ref["explicit"] = null;
    if (p.language === "kk") explicit = KK_BEFORE_1995.test(before) ? "1995" : KK_BEFORE_2026.test(before) ? "2026" : null;
    else explicit = RU_AFTER_1995.test(after) ? "1995" : RU_AFTER_2026.test(after) ? "2026" : null;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      articles: articleList(m[artGroup]!),
      articleSpan: idx[artGroup] as [number, number],
      points: m[pointGroup] ? m[pointGroup].split(SPLIT_LIST).filter(Boolean) : [],
      subpoint: m[subGroup],
      explicit,
    });
  }
  return out;
}

const NEW = ACTS["constitution-2026"].articles;
const OLD = ACTS["constitution-1995"].articles;

/**
 * The subject of each renumbered 1995 article (data/constitution-1995-topics): a reference to that number on that
 * subject follows the 1995 numbering (1995 art. 61, the legislative process, is art. 60 in 2026).
 */
function judge(ref: Ref, sentence: string, lang: "ru" | "kk"): { article: string; point?: string; reason: Reason } | null {
  let moved: string | undefined;
  for (const a of ref.articles) {
    if (ref.explicit === null && moved === undefined && articleMoved(a) && TOPIC_1995[a]?.[lang].test(sentence)) moved = a;
    if (ref.explicit === "1995") {
      if (articleMoved(a) || !OLD[a]) return { article: a, reason: "explicit" };
      continue;
    }
    if (!NEW[a]) return { article: a, reason: "missing-article" };
    if (ref.explicit === "2026" || ref.articles.length > 1) continue;
    for (const pt of ref.points) {
      if (!NEW[a]!.includes(pt) && OLD[a]?.includes(pt)) return { article: a, point: pt, reason: "missing-point" };
    }
    // «44-бабының 20) тармақшасы»: a subpoint straight under the article. The 1995 article had its subpoints so
    // (no points); the 2026 article of that number has points.
    if (ref.subpoint && ref.points.length === 0 && NEW[a]!.length > 0 && OLD[a] !== undefined && OLD[a]!.length === 0) {
      return { article: a, point: ref.subpoint, reason: "subpoint-without-point" };
    }
  }
  // The number exists in 2026 too, but the subject of the norm is that of the 1995 article.
  return moved !== undefined ? { article: moved, reason: "moved" } : null;
}

export default defineRule({
  id: "CONST-1995-ARTICLE-REF",
  pack: "constitution",
  brief: ["C-12"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "94", paragraph: "1" },
  messages: {
    ru: {
      title: "Ссылка на нумерацию Конституции 1995 года: «{quote}»",
      message: "«{quote}»: {reason_ru}. В Конституции 2026 года: {target_ru}.",
      explanation:
        "С 1 июля 2026 года действует Конституция, принятая на референдуме 15 марта 2026 года; Конституция 1995 года утратила силу (п. 1 ст. 94). Нумерация статей изменилась: например, законодательная инициатива — ст. 60 (ранее ст. 61), акты Курултая — ст. 61 (ранее ст. 62), права человека начинаются со ст. 12. Ссылка, которая указывает на Конституцию 1995 года или называет статью либо пункт, которых в новой Конституции нет, вероятно, следует старой нумерации и требует экспертной проверки. Соответствие статей дано на уровне статьи: номер пункта проверьте по тексту.",
    },
    kk: {
      title: "1995 жылғы Конституцияның нөмірленуіне сілтеме: «{quote}»",
      message: "«{quote}»: {reason_kk}. 2026 жылғы Конституцияда: {target_kk}.",
      explanation:
        "2026 жылғы 1 шілдеден бастап 2026 жылғы 15 наурызда референдумда қабылданған Конституция қолданылады; 1995 жылғы Конституция күшін жойды (94-баптың 1-тармағы). Баптардың нөмірленуі өзгерді: мысалы, заң шығару бастамасы — 60-бап (бұрын 61-бап), Құрылтай актілері — 61-бап (бұрын 62-бап), адам құқықтары 12-баптан басталады. 1995 жылғы Конституцияны көрсететін немесе жаңа Конституцияда жоқ бапты не тармақты атайтын сілтеме ескі нөмірленуге сүйенуі ықтимал және сараптамалық тексеруді қажет етеді. Баптардың сәйкестігі бап деңгейінде берілген: тармақтың нөмірін мәтін бойынша тексеріңіз.",
    },
    en: {
      title: "Reference to the 1995 Constitution's numbering: «{quote}»",
      message: "«{quote}»: {reason_en}. In the 2026 Constitution: {target_en}.",
      explanation:
        "Since 1 July 2026 the Constitution adopted by referendum on 15 March 2026 is in force and the 1995 Constitution has ceased (art. 94(1)). Article numbers changed: legislative initiative is now art. 60 (was 61), acts of the Kurultai art. 61 (was 62), human rights start at art. 12. A reference that names the 1995 Constitution, or an article or point the new Constitution does not have, probably follows the old numbering and requires expert review. The map is article-level: check the point number against the text.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    const paragraphs = ctx.doc.paragraphs.filter(
      // the new wording quoted in an amending act counts: a 1995 number there would go into force
      (p) => p.kind !== "blank" && !p.isNote && (!p.isHeading || LEGAL_BASIS.test(p.folded.trimStart())),
    );
    // The legal basis of an act names a Constitution article for the act's whole subject: its title says what it is.
    const title = ctx.doc.paragraphs
      .filter((p) => p.isHeading && !p.isNote)
      .slice(0, 3)
      .map((p) => p.folded)
      .join(" ");
    // The operative formula closes the preamble that holds the legal basis.
    const formula = operativeFormula(ctx)?.p;
    for (const p of paragraphs) {
      if (!MENTIONS_CONSTITUTION.test(p.folded)) continue;
      const basis = LEGAL_BASIS.test(p.folded.trimStart()) || p === formula;
      for (const ref of refsIn(p)) {
        const verdict = judge(ref, basis ? `${sentenceOf(p, ref)} ${title}` : sentenceOf(p, ref), p.language);
        if (!verdict) continue;
        const { article, point, reason } = verdict;
        const data: Record<string, string> = { article };
        for (const ui of ["ru", "kk", "en"] as const) {
          data[`reason_${ui}`] = REASON[reason][ui](article, point);
          data[`target_${ui}`] = target(article, ui);
        }
        const span: RuleSpan = { para: positionOf(ctx, p), start: ref.start, end: ref.end, data };
        const next = singleSuccessor(article);
        if (reason !== "moved" && next && ref.articles.length === 1 && ref.points.length === 0 && !ref.subpoint) {
          const [a0, a1] = ref.articleSpan;
          let replacement = p.text.slice(ref.start, a0) + next + p.text.slice(a1, ref.end);
          // The 1995 edition named next to the reference goes with the new number, or the fixed text would still
          // point at the old Constitution: «статьей 61 Конституции Республики Казахстан 1995 года» → «статьей 60
          // Конституции Республики Казахстан»; «1995 жылғы Конституциясының 61-бабына» → «Конституциясының 60-бабына».
          const ruYear = /^(\s+Республики\s+Казахстан)?(?:\s+от\s+30\s+августа)?\s+1995\s+года/u.exec(p.text.slice(ref.end));
          const kkYear = /1995\s+жылғы\s+(?:30\s+тамыздағы\s+)?$/u.exec(p.text.slice(0, ref.start));
          if (ruYear) {
            span.end = ref.end + ruYear[0].length;
            replacement += ruYear[1] ?? "";
          } else if (kkYear) {
            span.start = ref.start - kkYear[0].length;
          }
          span.suggestion = {
            replacement,
            note: {
              ru: "Соответствие дано на уровне статьи; проверьте содержание нормы.",
              kk: "Сәйкестік бап деңгейінде берілген; норманың мазмұнын тексеріңіз.",
              en: "Article-level mapping; check the content of the norm.",
            },
          };
        }
        spans.push(span);
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "amendment-law",
        text: "1. В Закон Республики Казахстан «О местном государственном управлении и самоуправлении в Республике Казахстан» внести следующее дополнение:\nстатью 39-3 дополнить пунктом 4 следующего содержания:\n«4. Собрание местного сообщества созывается в порядке, предусмотренном статьей 89 Конституции.»;",
        quote: "статьей 89 Конституции",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: "1. «Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» Қазақстан Республикасының Заңына мынадай толықтыру енгізілсін:\n39-3-бап мынадай мазмұндағы 4-тармақпен толықтырылсын:\n«4. Жергілікті қоғамдастық жиналысы Конституцияның 89-бабында көзделген тәртіппен шақырылады.»;",
        quote: "Конституцияның 89-бабында",
      },
      {
        lang: "ru",
        actType: "law",
        text: "1. Законопроект вносится в порядке, установленном пунктом 4 статьи 62 Конституции Республики Казахстан.",
        quote: "пунктом 4 статьи 62 Конституции",
      },
      {
        lang: "ru",
        actType: "law",
        text: "2. Право законодательной инициативы осуществляется в соответствии со статьей 61 Конституции Республики Казахстан от 30 августа 1995 года.",
        // The quote takes the 1995 date with it: the suggestion drops the date along with the old number.
        quote: "статьей 61 Конституции Республики Казахстан от 30 августа 1995 года",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "3. Уполномоченный по правам человека действует в пределах, установленных статьей 83-1 Конституции.",
        quote: "статьей 83-1 Конституции",
      },
      {
        lang: "kk",
        actType: "law",
        text: "1. Заң жобасы Конституцияның 62-бабының 4-тармағында белгіленген тәртіппен енгізіледі.",
        quote: "Конституцияның 62-бабының 4-тармағында",
      },
      {
        lang: "kk",
        actType: "law",
        text: "2. Заң шығару бастамасы Қазақстан Республикасының 1995 жылғы 30 тамыздағы Конституциясының 61-бабына сәйкес жүзеге асырылады.",
        quote: "1995 жылғы 30 тамыздағы Конституциясының 61-бабына",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3. Қазақстан Республикасы Конституциясының 98-бабында көзделген жағдайларда өкілеттіктер сақталады.",
        quote: "Қазақстан Республикасы Конституциясының 98-бабында",
      },
      {
        lang: "ru",
        actType: "presidential-decree",
        text: "В соответствии с подпунктом 20) статьи 44 Конституции Республики Казахстан ПОСТАНОВЛЯЮ:",
        quote: "подпунктом 20) статьи 44 Конституции",
      },
      {
        lang: "kk",
        actType: "presidential-decree",
        text: "Қазақстан Республикасы Конституциясының 44-бабының 20) тармақшасына сәйкес ҚАУЛЫ ЕТЕМІН:",
        quote: "Қазақстан Республикасы Конституциясының 44-бабының 20) тармақшасына",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "amendment-law",
        text: "«4. Собрание местного сообщества созывается в порядке, предусмотренном статьей 2 Конституции.»;",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: "«4. Жергілікті қоғамдастық жиналысы Конституцияның 2-бабында көзделген тәртіппен шақырылады.»;",
      },
      { lang: "ru", actType: "law", text: "1. Законопроект рассматривается в порядке, установленном пунктом 3 статьи 60 Конституции Республики Казахстан." },
      {
        lang: "ru",
        actType: "presidential-decree",
        text: "В соответствии с подпунктом 3) пункта 1 статьи 44 Конституции Республики Казахстан ПОСТАНОВЛЯЮ:\n1. Утвердить прилагаемое Положение.",
      },
      { lang: "ru", actType: "law", text: "2. Порядок определяется статьей 5 Конституционного закона «О Президенте Республики Казахстан»." },
      { lang: "kk", actType: "law", text: "1. Заң жобасы Конституцияның 60-бабының 3-тармағында белгіленген тәртіппен қаралады." },
      { lang: "kk", actType: "law", text: "2. Үкімет мүшелері Конституцияның 56-бабының 17) тармақшасында көзделген жағдайда Құрылтайға есеп береді." },
      {
        lang: "kk",
        actType: "law",
        text: "Ескерту. 5-бапқа өзгеріс енгізілді – Конституцияның 61-бабына сәйкес 2025 жылғы 12 мамырдағы Заңмен.",
      },
    ],
  },
});
