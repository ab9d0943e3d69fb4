/**
 * Draft norms against the norms in force (issue 10, first part), over the near-duplicate index:
 * - LA-REPRODUCES-NORM: a draft paragraph that repeats, verbatim or with light edits, a norm of an imported act of
 *   higher or equal force, with the same numbers. Law "On Legal Acts" art. 25(1): a higher-level norm may be
 *   reproduced only with a reference to its act; a paragraph that names the act and article is left alone.
 * - LA-NUMBER-CONFLICT: the same wording with different figures (deadlines, amounts, ages, percentages): the draft
 *   and the act in force regulate one subject differently; flagged for review with both places.
 * The finding's citation is the norm in force (act, edition, article); the message shows the overlap.
 */
import type { ActType, Finding, Language, Paragraph, UiLanguage } from "../contract";
import { levelOf } from "../engine/data/act-hierarchy";
import { parseDocument, type ParsedDocument } from "../engine/document/model";
import { buildFinding } from "../engine/findings";
import { figuresOf, human } from "../engine/bilingual/parity";
import { fold } from "../engine/document/normalize";
import type { RuleMessages } from "../engine/rules/types";
import { NearDuplicateIndex, type NearDuplicateHit } from "./near-duplicates";

/** The level (act-hierarchy.ts) of each imported act; an act with no known level is never treated as higher. */
export type ActLevels = Readonly<Record<string, number>>;

export const OFFICIAL_ACT_LEVELS: ActLevels = { "constitution-2026": 0, "constitution-1995": 0, "entrepreneurial-code": 3, "law-on-legal-acts": 4 };

/** An example: a norm in force (put into an index of its own) and a draft paragraph of a ministerial order. */
export interface InForceExample {
  lang: Language;
  inForce: { act: string; article: string; text: string };
  draft: string;
}

export interface CorpusCheck {
  id: string;
  pack: "legal-acts";
  severity: "warning" | "info";
  citation: { act: "law-on-legal-acts"; article: string; paragraph?: string };
  messages: Record<UiLanguage, RuleMessages>;
  examples: { bad: InForceExample[]; good: InForceExample[] };
}

const CODE_RU = "Заявление о выдаче разрешения рассматривается уполномоченным органом в течение десяти рабочих дней со дня его регистрации, после чего заявителю направляется разрешение или мотивированный отказ.";
const CODE_KK = "Рұқсат беру туралы өтінішті уәкілетті орган тіркелген күнінен бастап он жұмыс күні ішінде қарайды, содан кейін өтініш берушіге рұқсат немесе дәлелді бас тарту жіберіледі.";

export const LA_REPRODUCES_NORM: CorpusCheck = {
  id: "LA-REPRODUCES-NORM",
  pack: "legal-acts",
  severity: "warning",
  citation: { act: "law-on-legal-acts", article: "25", paragraph: "1" },
  messages: {
    ru: {
      title: "Норма повторяет действующую: {where_ru}",
      message: "Совпадает {overlap}% слов и оборотов с нормой: «{norm}». Воспроизводить норму акта более высокого или равного уровня допускается только со ссылкой на него; рекомендуется заменить повтор ссылкой.",
      explanation:
        "Закон «О правовых актах» (п. 1 ст. 25) допускает воспроизведение норм актов более высокого уровня только со ссылкой на акт; дублирование норм действующих актов запрещено и ведёт к расхождениям, когда меняется один из текстов. Совпадение найдено в импортированных текстах действующих актов; решение — за юристом.",
    },
    kk: {
      title: "Норма қолданыстағы нормамен қайталанады: {where_kk}",
      message: "Сөздер мен тіркестердің {overlap}%-ы мына нормамен сәйкес келеді: «{norm}». Заңдық күші жоғары немесе тең актінің нормасын тек оған сілтеме жасай отырып қайталауға болады; қайталауды сілтемемен ауыстыру ұсынылады.",
      explanation:
        "«Құқықтық актілер туралы» Заң (25-баптың 1-тармағы) жоғары деңгейдегі актілердің нормаларын тек актіге сілтеме жасай отырып қайталауға жол береді; қолданыстағы актілердің нормаларын қайталау мәтіндердің бірі өзгергенде алшақтыққа әкеледі. Сәйкестік қолданыстағы актілердің импортталған мәтіндерінде табылды; шешімді заңгер қабылдайды.",
    },
    en: {
      title: "The norm repeats one in force: {where_en}",
      message: "{overlap}% of the words and phrases match the norm: «{norm}». A norm of an act of higher or equal force may be reproduced only with a reference to it; consider replacing the repetition by a reference.",
      explanation:
        "The Law \"On Legal Acts\" (art. 25(1)) allows the norms of higher-level acts to be reproduced only with a reference to the act; duplicating norms in force leads to divergence when one of the texts changes. The match was found in the imported texts of acts in force; the lawyer decides.",
    },
  },
  examples: {
    bad: [
      { lang: "ru", inForce: { act: "entrepreneurial-code", article: "83", text: `1. ${CODE_RU}` }, draft: "2. Заявление о выдаче разрешения рассматривается уполномоченным органом в течение десяти рабочих дней со дня регистрации, после чего заявителю направляется разрешение либо мотивированный отказ." },
      { lang: "kk", inForce: { act: "entrepreneurial-code", article: "83", text: `1. ${CODE_KK}` }, draft: "2. Рұқсат беру туралы өтінішті уәкілетті орган тіркелген күнінен бастап он жұмыс күні ішінде қарайды, кейін өтініш берушіге рұқсат немесе дәлелді бас тарту жіберіледі." },
    ],
    good: [
      { lang: "ru", inForce: { act: "entrepreneurial-code", article: "83", text: `1. ${CODE_RU}` }, draft: "2. Заявление рассматривается в сроки, установленные статьей 83 Предпринимательского кодекса Республики Казахстан." },
      { lang: "ru", inForce: { act: "entrepreneurial-code", article: "83", text: `1. ${CODE_RU}` }, draft: "2. В соответствии со статьей 83 Кодекса заявление о выдаче разрешения рассматривается уполномоченным органом в течение десяти рабочих дней со дня его регистрации, после чего заявителю направляется разрешение или мотивированный отказ." },
      { lang: "kk", inForce: { act: "entrepreneurial-code", article: "83", text: `1. ${CODE_KK}` }, draft: "2. Өтініш Кәсіпкерлік кодекстің 83-бабында белгіленген мерзімде қаралады." },
    ],
  },
};

export const LA_NUMBER_CONFLICT: CorpusCheck = {
  id: "LA-NUMBER-CONFLICT",
  pack: "legal-acts",
  severity: "warning",
  citation: { act: "law-on-legal-acts", article: "10", paragraph: "3" },
  messages: {
    ru: {
      title: "Другие цифры, чем в действующей норме: {where_ru}",
      message: "Та же формулировка, что в норме «{norm}», но в проекте — {mine}, в действующей норме — {theirs}. Рекомендуется проверить, не регулирует ли проект тот же предмет иначе.",
      explanation:
        "Если проект и действующий акт регулируют один предмет разными сроками, суммами, возрастом или процентами, возникает коллизия; акт более низкого уровня не должен противоречить акту более высокого (Закон «О правовых актах», п. 3 ст. 10). Совпадение формулировок найдено в импортированных текстах; решение — за юристом.",
    },
    kk: {
      title: "Қолданыстағы нормадағыдан басқа сандар: {where_kk}",
      message: "«{norm}» нормасындағы тұжырым, бірақ жобада — {mine}, қолданыстағы нормада — {theirs}. Жоба сол мәселені басқаша реттемей ме, тексеру ұсынылады.",
      explanation:
        "Жоба мен қолданыстағы акт бір мәселені әртүрлі мерзімдермен, сомалармен, жаспен немесе пайыздармен реттесе, коллизия туындайды; төмен деңгейдегі акт жоғары деңгейдегі актіге қайшы келмеуге тиіс («Құқықтық актілер туралы» Заңның 10-бабының 3-тармағы). Тұжырымдардың сәйкестігі импортталған мәтіндерде табылды; шешімді заңгер қабылдайды.",
    },
    en: {
      title: "Other figures than in the norm in force: {where_en}",
      message: "The same wording as the norm «{norm}», but the draft has {mine} and the norm in force {theirs}. Check whether the draft regulates the same subject differently.",
      explanation:
        "When a draft and an act in force regulate one subject with different deadlines, amounts, ages or percentages, the two conflict; an act of a lower level must not contradict a higher one (Law \"On Legal Acts\" art. 10(3)). The matching wording was found in the imported texts; the lawyer decides.",
    },
  },
  examples: {
    bad: [
      { lang: "ru", inForce: { act: "entrepreneurial-code", article: "83", text: `1. ${CODE_RU}` }, draft: "2. Заявление о выдаче разрешения рассматривается уполномоченным органом в течение пятнадцати рабочих дней со дня его регистрации, после чего заявителю направляется разрешение или мотивированный отказ." },
      { lang: "kk", inForce: { act: "entrepreneurial-code", article: "83", text: `1. ${CODE_KK}` }, draft: "2. Рұқсат беру туралы өтінішті уәкілетті орган тіркелген күнінен бастап он бес жұмыс күні ішінде қарайды, содан кейін өтініш берушіге рұқсат немесе дәлелді бас тарту жіберіледі." },
    ],
    good: [
      { lang: "ru", inForce: { act: "entrepreneurial-code", article: "83", text: `1. ${CODE_RU}` }, draft: "2. Жалоба на решение об отказе рассматривается вышестоящим органом в течение пятнадцати рабочих дней со дня ее поступления." },
      { lang: "kk", inForce: { act: "entrepreneurial-code", article: "83", text: `1. ${CODE_KK}` }, draft: "2. Бас тарту туралы шешімге шағымды жоғары тұрған орган ол түскен күннен бастап он бес жұмыс күні ішінде қарайды." },
    ],
  },
};

export const IN_FORCE_CHECKS: readonly CorpusCheck[] = [LA_REPRODUCES_NORM, LA_NUMBER_CONFLICT];

export interface DuplicationOptions {
  index: NearDuplicateIndex;
  language: Language;
  actType: ActType;
  ui?: UiLanguage;
  levels?: ActLevels;
  /** Titles of imported acts for the messages (act id → title). */
  titles?: Readonly<Record<string, string>>;
  /** Containment above which a paragraph repeats a norm (default 0.6). */
  threshold?: number;
  /** The draft already parsed (the scan parses it to learn its language and type). */
  doc?: ParsedDocument;
}

/** The figures of a norm: its own number («3.», «2)») and its references to articles and points left out. */
function quantityKeys(text: string, lang: Language): string[] {
  const folded = fold(text);
  const own = /^\s*\d+(?:-\d+)?[.)]\s*/u.exec(folded)?.[0].length ?? 0;
  return figuresOf(folded, lang, [[0, own]]).qs.map((q) => q.key).sort();
}
const excerpt = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}…` : s);
const WHERE: Record<UiLanguage, (title: string, article: string) => string> = {
  ru: (t, a) => `${t}, ст. ${a}`,
  kk: (t, a) => `${t}, ${a}-бап`,
  en: (t, a) => `${t}, art. ${a}`,
};

/** A paragraph that already refers to the act and article it repeats (art. 25(1) allows that). */
function refersTo(text: string, hit: NearDuplicateHit, lang: Language): boolean {
  const a = hit.norm.article;
  return (lang === "ru" ? new RegExp(`стать[\\p{L}]*\\s+${a}(?![\\d-])`, "u") : new RegExp(`(?<![\\d-])${a}-ба[пб]`, "u")).test(text.toLowerCase());
}

const ENTRY_INTO_FORCE = /вводится\s+в\s+действие|қолданысқа\s+енгізіледі/iu;

export function duplicationFindings(paragraphs: readonly Paragraph[], opts: DuplicationOptions): Finding[] {
  const ui = opts.ui ?? "ru";
  const levels = opts.levels ?? OFFICIAL_ACT_LEVELS;
  const mine = levelOf(opts.actType);
  const doc = opts.doc ?? parseDocument(paragraphs, { language: opts.language });
  const findings: Finding[] = [];
  doc.paragraphs.forEach((p, i) => {
    // The entry-into-force formula is the wording the law prescribes (art. 67), not a reproduced norm.
    if (p.kind === "blank" || p.isNote || ENTRY_INTO_FORCE.test(p.text)) return;
    const hits = opts.index.query(p.text, p.language, { minContainment: opts.threshold ?? 0.6, limit: 3 });
    // Only acts of higher or equal force; with an unknown draft type, every act of a known level.
    const hit = hits.find((h) => {
      const theirs = levels[h.norm.act];
      return theirs !== undefined && (mine === null || theirs <= mine);
    });
    if (!hit || refersTo(p.text, hit, p.language)) return;
    const title = opts.titles?.[hit.norm.act] ?? hit.norm.act;
    const data = {
      overlap: String(Math.round(hit.containment * 100)),
      norm: excerpt(hit.norm.text),
      where_ru: WHERE.ru(title, hit.norm.article),
      where_kk: WHERE.kk(title, hit.norm.article),
      where_en: WHERE.en(title, hit.norm.article),
    };
    const a = quantityKeys(p.text, p.language);
    const b = quantityKeys(hit.norm.text, hit.norm.lang);
    const same = a.join("|") === b.join("|");
    const check = same ? LA_REPRODUCES_NORM : LA_NUMBER_CONFLICT;
    const start = p.numberEnd ?? 0;
    const f = buildFinding(check, { para: i, start, end: p.text.trimEnd().length, data: same ? data : { ...data, mine: human(a, ui), theirs: human(b, ui) } }, doc, ui);
    findings.push({ ...f, citation: { act: hit.norm.act, actTitle: title, edition: hit.norm.edition, article: hit.norm.article } });
  });
  return findings;
}
