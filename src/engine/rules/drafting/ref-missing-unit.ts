import type { UiLanguage } from "../../../contract";
import { parseAmendments, quotedRanges } from "../../document/amendments";
import type { ParsedParagraph } from "../../document/model";
import { unitExists, type StructureUnit } from "../../document/structure";
import { positionOf } from "../helpers";
import { defineRule, type RuleContext, type RuleSpan } from "../types";

const NUM = "\\d+(?:-\\d+)*";
const LIST_RU = `${NUM}(?:\\s*(?:,|и|или)\\s*${NUM})*`;
const SUBLIST_RU = `${NUM}\\)(?:\\s*(?:,|и|или)\\s*${NUM}\\))*`;
const LIST_KK = `${NUM}(?:\\s*(?:,|және|мен|немесе)\\s*${NUM})*`;
const SUBLIST_KK = `${NUM}\\)(?:\\s*(?:,|және|мен|немесе)\\s*${NUM}\\))*`;

/**
 * «подпунктом 7) пункта 2 настоящего приказа», «пунктом 12 настоящих Правил», «статьи 15 настоящего Закона»,
 * «пунктом 3 настоящей статьи». Groups: 1 subpoints, 2 points, 3 articles, 4 what «настоящий» refers to.
 */
const RU_REF = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:под)?пункт\\p{L}*\\s+(${SUBLIST_RU})\\s+)?(?:пункт\\p{L}*\\s+(${LIST_RU})\\s+)?(?:стать\\p{L}*\\s+(${LIST_RU})\\s+)?настоящ(?:его|ей|их|ему|им|ими|ую|ий|ее|ая)\\s+(?:квалификационн\\p{L}*\\s+)?(приказ|постановлени|решени|указ|распоряжени|закон|кодекс|правил|положени|инструкци|регламент|порядк|требовани|стандарт|стать|пункт|подпункт)\\p{L}*`,
  "gu",
);
/**
 * «осы Қағидалардың 12-тармағы», «осы бұйрықтың 2-тармағының 7) тармақшасы», «осы Заңның 15-бабы», «осы баптың 3-тармағы».
 * Groups: 1 what «осы» refers to, 2 articles, 3 points, 4 subpoints.
 */
const KK_REF = new RegExp(
  `(?<![\\p{L}\\d])осы\\s+(?:біліктілік\\s+)?(бұйрық|қаулы|шешім|жарлық|өкім|заң|кодекс|қағида|ереже|нұсқаулық|регламент|тәртіп|талап|стандарт|бап|тармақша|тармақ)\\p{L}*(?:\\s+(${LIST_KK})-ба[пб]\\p{L}*)?(?:\\s+(${LIST_KK})-тарма[қғ]\\p{L}*)?(?:\\s+(${SUBLIST_KK})\\s*тармақша\\p{L}*)?`,
  "gu",
);

const HAS_DIGIT = /\d/u;
const PARENS = /\)/gu;
const SPLIT = /\s*(?:,|и|или|және|мен|немесе)\s*/u;
const PLURAL_RU = /(?:пункт(?:ами|ов|ы|ах)|стать(?:ями|ях|и)|подпункт(?:ами|ов|ы|ах))\s+[\d]/u;

type Target = "act" | "annex" | "law" | "article" | "point" | "subpoint";

const TARGET_RU: Record<string, Target> = {
  приказ: "act", постановлени: "act", решени: "act", указ: "act", распоряжени: "act",
  закон: "law", кодекс: "law",
  правил: "annex", положени: "annex", инструкци: "annex", регламент: "annex", порядк: "annex", требовани: "annex", стандарт: "annex",
  стать: "article", пункт: "point", подпункт: "subpoint",
};
const TARGET_KK: Record<string, Target> = {
  бұйрық: "act", қаулы: "act", шешім: "act", жарлық: "act", өкім: "act",
  заң: "law", кодекс: "law",
  қағида: "annex", ереже: "annex", нұсқаулық: "annex", регламент: "annex", тәртіп: "annex", талап: "annex", стандарт: "annex",
  бап: "article", тармақ: "point", тармақша: "subpoint",
};

interface Parsed {
  start: number;
  end: number;
  target: Target;
  articles: string[];
  points: string[];
  subpoints: string[];
  plural: boolean;
}

function parse(p: ParsedParagraph): Parsed[] {
  const out: Parsed[] = [];
  const kk = p.language === "kk";
  const re = kk ? KK_REF : RU_REF;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.folded)) !== null) {
    const [subs, points, articles, targetWord] = kk ? [m[4], m[3], m[2], m[1]!] : [m[1], m[2], m[3], m[4]!];
    if (!subs && !points && !articles) continue;
    const list = (s: string | undefined) => (s ? s.replace(PARENS, "").split(SPLIT).filter(Boolean) : []);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      target: (kk ? TARGET_KK : TARGET_RU)[targetWord]!,
      articles: list(articles),
      points: list(points),
      subpoints: list(subs),
      plural: !kk && PLURAL_RU.test(m[0]),
    });
  }
  return out;
}

/** A missing unit, described per UI language. */
interface Missing {
  article?: string;
  point?: string;
  subpoint?: string;
}

function describe(x: Missing, ui: UiLanguage): string {
  if (ui === "kk") {
    // «15-бап», «2-баптың 3-тармағы», «2-тармақтың 7) тармақшасы», «2-баптың 3-тармағының 7) тармақшасы».
    const parts: string[] = [];
    if (x.article) parts.push(x.point || x.subpoint ? `${x.article}-баптың` : `${x.article}-бап`);
    if (x.point) {
      const inArticle = parts.length > 0;
      parts.push(x.subpoint ? (inArticle ? `${x.point}-тармағының` : `${x.point}-тармақтың`) : inArticle ? `${x.point}-тармағы` : `${x.point}-тармақ`);
    }
    if (x.subpoint) parts.push(parts.length > 0 ? `${x.subpoint}) тармақшасы` : `${x.subpoint}) тармақша`);
    return parts.join(" ");
  }
  const words = ui === "ru" ? { a: "статья", a2: "статьи", p: "пункт", p2: "пункта", s: "подпункт" } : { a: "article", a2: "of article", p: "point", p2: "of point", s: "subpoint" };
  const parts: string[] = [];
  if (x.subpoint) parts.push(`${words.s} ${x.subpoint})`);
  if (x.point) parts.push(`${x.subpoint ? words.p2 : words.p} ${x.point}`);
  if (x.article) parts.push(`${x.point || x.subpoint ? words.a2 : words.a} ${x.article}`);
  return parts.join(" ");
}

/** Numbers of the units of a kind in a part (and, optionally, inside an article or a point). */
function numbers(units: readonly StructureUnit[], kind: StructureUnit["kind"], part: number, article?: string, point?: string): string[] {
  return units
    .filter(
      (u) =>
        u.kind === kind &&
        u.address.part === part &&
        (article === undefined || u.address.article === article) &&
        (point === undefined || u.address.point === point),
    )
    .map((u) => u.number);
}

/** Fragments (a chapter pasted alone) do not start at 1: references outside them cannot be judged. */
function judgeable(nums: readonly string[]): boolean {
  return nums.length > 0 && nums.includes("1");
}

function resolvePart(ctx: RuleContext, p: ParsedParagraph, target: Target): number {
  if (target === "annex") {
    if (p.address.part > 0) return p.address.part;
    return ctx.doc.structure.parts.length > 1 ? 1 : 0;
  }
  if (target === "article" || target === "point" || target === "subpoint") return p.address.part;
  return 0;
}

function findMissing(ctx: RuleContext, p: ParsedParagraph, ref: Parsed): Missing | null {
  const { units } = ctx.doc.structure;
  const structure = ctx.doc.structure;
  const part = resolvePart(ctx, p, ref.target);
  let articles = ref.articles;
  let points = ref.points;
  if (ref.target === "article") {
    if (!p.address.article || articles.length > 0) return null;
    articles = [p.address.article];
  }
  if (ref.target === "point") {
    if (!p.address.point || points.length > 0 || articles.length > 0) return null;
    points = [p.address.point];
    if (p.address.article) articles = [p.address.article];
  }
  if (ref.target === "subpoint") return null;
  // Ranges («пунктами 3-5») are not insertion numbers.
  const usable = (n: string) => !(ref.plural && n.includes("-"));

  const partArticles = numbers(units, "article", part);
  if (articles.length > 0) {
    if (!judgeable(partArticles)) return null;
    for (const a of articles.filter(usable)) {
      if (!partArticles.includes(a)) return { article: a };
    }
    if (articles.length !== 1) return null;
  } else if (partArticles.length > 0 && ref.target !== "point") {
    // «пункт 3 настоящего Закона» without an article: ambiguous in an act made of articles.
    return null;
  }
  const article = articles[0];

  if (points.length > 0) {
    const pointNums = numbers(units, "point", part, article);
    if (article ? pointNums.length === 0 : !judgeable(pointNums)) return null;
    for (const pt of points.filter(usable)) {
      if (!unitExists(structure, { part, article, point: pt })) return ref.target === "point" ? null : { article, point: pt };
    }
    if (points.length !== 1) return null;
  }
  const point = points[0];

  if (ref.subpoints.length > 0) {
    if (point === undefined) return null;
    const subNums = numbers(units, "subpoint", part, article, point);
    if (subNums.length === 0) return null;
    for (const s of ref.subpoints.filter(usable)) {
      if (!subNums.includes(s)) return { article: ref.target === "point" || ref.target === "article" ? undefined : article, point: ref.target === "point" ? undefined : point, subpoint: s };
    }
  }
  return null;
}

export default defineRule({
  id: "DRAFT-REF-MISSING-UNIT",
  pack: "drafting",
  brief: ["X-REF"],
  severity: "error",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "25", paragraph: "2" },
  messages: {
    ru: {
      title: "Ссылка на несуществующий элемент: «{quote}»",
      message: "«{quote}»: в документе нет элемента «{missing_ru}».",
      explanation:
        "Внутренние ссылки допускаются, чтобы показать связь норм или избежать повторений (Закон «О правовых актах», п. 2 ст. 25), и указывают номер элемента (п. 4 ст. 25). Ссылка на пункт, подпункт или статью, которых в акте нет, делает норму неприменимой; обычно она остаётся после перенумерации или удаления элемента. Проверьте номер; тексты на казахском и русском языках должны ссылаться на один и тот же элемент.",
    },
    kk: {
      title: "Жоқ элементке сілтеме: «{quote}»",
      message: "«{quote}»: құжатта «{missing_kk}» деген элемент жоқ.",
      explanation:
        "Ішкі сілтемелерге нормалардың өзара байланысын көрсету немесе қайталауды болдырмау үшін жол беріледі («Құқықтық актілер туралы» Заңның 25-бабының 2-тармағы), олар элементтің нөмірін көрсетеді (25-баптың 4-тармағы). Актіде жоқ тармаққа, тармақшаға немесе бапқа сілтеме норманы қолдануға келмейтін етеді; әдетте ол элемент қайта нөмірленгеннен немесе алып тасталғаннан кейін қалады. Нөмірді тексеріңіз; қазақ және орыс тілдеріндегі мәтіндер бір элементке сілтеме жасауға тиіс.",
    },
    en: {
      title: "Reference to a unit that does not exist: «{quote}»",
      message: "«{quote}»: the document has no {missing_en}.",
      explanation:
        "Internal references are allowed to show how norms connect or to avoid repetition (Law \"On Legal Acts\" art. 25(2)) and give the unit's number (art. 25(4)). A reference to a point, subpoint or article the act does not have makes the norm unworkable; it usually survives a renumbering or deletion. Check the number; the Kazakh and Russian texts must refer to the same unit.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    // Inside an amendment instruction, quoted words and quoted new text belong to the amended act
    // («слова «пунктом 12 настоящих Правил» заменить …», «пункт 5 изложить в следующей редакции: «5. … »»).
    const instructions = new Set(parseAmendments(ctx.doc.paragraphs).amendments.map((a) => a.para));
    for (const p of ctx.operative()) {
      if (!HAS_DIGIT.test(p.folded)) continue;
      const at = positionOf(ctx, p);
      const quoted = instructions.has(at) ? quotedRanges(p.text) : [];
      for (const ref of parse(p)) {
        if (quoted.some((r) => ref.start >= r.start && ref.start < r.end)) continue;
        const missing = findMissing(ctx, p, ref);
        if (!missing) continue;
        spans.push({
          para: positionOf(ctx, p),
          start: ref.start,
          end: ref.end,
          data: { missing_ru: describe(missing, "ru"), missing_kk: describe(missing, "kk"), missing_en: describe(missing, "en") },
        });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемые Правила выдачи справок.",
          "2. Контроль за исполнением подпункта 7) пункта 2 настоящего приказа возложить на вице-министра.",
          "Приложение к приказу",
          "Правила выдачи справок",
          "1. Настоящие Правила определяют порядок выдачи справок.",
          "2. Справка выдается по основаниям, предусмотренным пунктом 12 настоящих Правил.",
        ].join("\n"),
        quote: "пунктом 12 настоящих Правил",
      },
      {
        lang: "ru",
        actType: "law",
        text: [
          "Статья 1. Основные понятия",
          "Основные понятия определяются в соответствии со статьей 15 настоящего Закона.",
          "Статья 2. Порядок выдачи",
          "1. Справка выдается в порядке, предусмотренном пунктом 3 настоящей статьи.",
          "2. Справка выдается бесплатно.",
        ].join("\n"),
        quote: "пунктом 3 настоящей статьи",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Утвердить:",
          "1) Правила выдачи справок;",
          "2) форму справки.",
          "2. Департаменту обеспечить исполнение подпункта 3) пункта 1 настоящего приказа.",
        ].join("\n"),
        quote: "подпункта 3) пункта 1 настоящего приказа",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Қоса беріліп отырған Анықтамалар беру қағидалары бекітілсін.",
          "2. Осы бұйрықтың орындалуын бақылау вице-министрге жүктелсін.",
          "Бұйрыққа қосымша",
          "Анықтамалар беру қағидалары",
          "1. Осы Қағидалар анықтамалар беру тәртібін айқындайды.",
          "2. Анықтама осы Қағидалардың 12-тармағында көзделген негіздер бойынша беріледі.",
        ].join("\n"),
        quote: "осы Қағидалардың 12-тармағында",
      },
      {
        lang: "kk",
        actType: "law",
        text: [
          "1-бап. Негізгі ұғымдар",
          "Негізгі ұғымдар осы Заңның 15-бабына сәйкес айқындалады.",
          "2-бап. Беру тәртібі",
          "1. Анықтама осы баптың 3-тармағында көзделген тәртіппен беріледі.",
          "2. Анықтама тегін беріледі.",
        ].join("\n"),
        quote: "осы баптың 3-тармағында",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Мыналар бекітілсін:",
          "1) Анықтамалар беру қағидалары;",
          "2) анықтаманың нысаны.",
          "2. Департамент осы бұйрықтың 1-тармағының 3) тармақшасының орындалуын қамтамасыз етсін.",
        ].join("\n"),
        quote: "осы бұйрықтың 1-тармағының 3) тармақшасының",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемые Правила выдачи справок.",
          "2. Контроль за исполнением пункта 1 настоящего приказа возложить на вице-министра.",
          "Приложение к приказу",
          "Правила выдачи справок",
          "1. Настоящие Правила определяют порядок выдачи справок.",
          "2. Справка выдается по основаниям, предусмотренным пунктом 1 настоящих Правил.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "law",
        text: [
          "Статья 7. Порядок выдачи",
          "1. Справка выдается в соответствии со статьей 15 настоящего Закона.",
          "2. Порядок выдачи определяется пунктом 1 настоящей статьи.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "2. Департаменту обеспечить исполнение подпункта 3) пункта 1 приказа Министра финансов Республики Казахстан от 5 мая 2023 года № 452.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Внести в приказ Министра финансов Республики Казахстан от 5 мая 2023 года № 452 следующие изменения:",
          "в пункте 5 слова «пунктом 12 настоящих Правил» заменить словами «пунктом 14 настоящих Правил»;",
          "пункт 6 изложить в следующей редакции: «6. Справка выдается по основаниям, предусмотренным пунктом 15 настоящих Правил.».",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Қоса беріліп отырған Анықтамалар беру қағидалары бекітілсін.",
          "Бұйрыққа қосымша",
          "Анықтамалар беру қағидалары",
          "1. Осы Қағидалар анықтамалар беру тәртібін айқындайды.",
          "2. Анықтама осы Қағидалардың 1-тармағында көзделген тәртіппен беріледі.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Қазақстан Республикасы Қаржы министрінің 2023 жылғы 5 мамырдағы № 452 бұйрығына мынадай өзгерістер енгізілсін:",
          "5-тармақтағы «осы Қағидалардың 12-тармағында» деген сөздер «осы Қағидалардың 14-тармағында» деген сөздермен ауыстырылсын;",
          "6-тармақ мынадай редакцияда жазылсын: «6. Анықтама осы Қағидалардың 15-тармағында көзделген негіздер бойынша беріледі.».",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "law",
        text: [
          "7-бап. Беру тәртібі",
          "1. Анықтама осы Заңның 15-бабына сәйкес беріледі.",
          "2. Беру тәртібі осы баптың 1-тармағында айқындалады.",
        ].join("\n"),
      },
    ],
  },
});
