/**
 * Shared reading for the CONST-* rights rules (C-01…C-09; not a rule itself): who a norm is addressed to (a
 * person or business, or a state body), whether the sentence refers to a law, whether the act is subordinate,
 * the preamble, and retroactivity clauses with the signs that the act worsens someone's position.
 * Everything works on folded text (lower case, ё→е) and returns offsets in the paragraph.
 */
import type { Language } from "../../../contract";
import { LEGISLATIVE_ACT_TYPES, SUBORDINATE_ACT_TYPES } from "../../document/act-type";
import type { ParsedParagraph } from "../../document/model";
import { positionOf, sentenceBounds } from "../helpers";
import type { RuleContext } from "../types";

export type Case = "nom" | "dat" | "gen" | "other";

// Russian persons: stem → nominative and dative endings.
const RU_PERSON_FORMS: [stem: string, nom: string, dat: string, suffix?: string][] = [
  ["граждан", "е|ин", "ам|ину"],
  ["(?:физическ\\p{L}*\\s+и\\s+юридическ\\p{L}*\\s+|юридическ\\p{L}*\\s+и\\s+физическ\\p{L}*\\s+|физическ\\p{L}*\\s+|юридическ\\p{L}*\\s+|иностранн\\p{L}*\\s+)?лиц", "а|о", "ам|у"],
  ["(?:заявител|услугополучател|потребител|жител|посетител|водител|родител|покупател|пользовател|работодател|предпринимател|получател|обладател|отдыхающ)", "ь|и|ие|ий", "ю|ям|им|ему"],
  ["владел", "ец|ьцы", "ьцу|ьцам"],
  ["(?:продав|иностран)", "ец|цы", "цу|цам"],
  ["(?:собственник|налогоплательщик|плательщик|участник|перевозчик|арендатор|пассажир|студент|пациент|пешеход|турист|охотник|рыболов|охранник|кандидат|претендент|индивидуальн\\p{L}*\\s+предпринимател)", "|и|ы|ь", "у|ам|ю|ям"],
  ["субъект", "|ы", "у|ам", "\\s+(?:частного\\s+)?предпринимательства"],
  ["(?:обучающ|учащ)", "ийся|иеся", "емуся|имся"],
];
const RU_PERSON_ANY = new RegExp(
  `(?<![\\p{L}])(?<!(?:должностн|уполномоченн|государственн|ответственн)\\p{L}*\\s+)(?:${RU_PERSON_FORMS.map((f) => `${f[0]}\\p{L}*${f[3] ?? ""}`).join("|")})`,
  "gu",
);
const RU_NOM = new RegExp(`^(?:${RU_PERSON_FORMS.map((f) => `${f[0]}(?:${f[1]})${f[3] ?? ""}`).join("|")})$`, "u");
const RU_DAT = new RegExp(`^(?:${RU_PERSON_FORMS.map((f) => `${f[0]}(?:${f[2]})${f[3] ?? ""}`).join("|")})$`, "u");

const KK_PERSON_ANY =
  /(?<![\p{L}])(?<!(?:лауазымды|уәкілетті|мемлекеттік)\s+)(?:азамат|(?:жеке\s+және\s+заңды\s+|заңды\s+және\s+жеке\s+|жеке\s+|заңды\s+)?тұлға|өтініш\s+беруші|қызметті\s+алушы|тұтынушы|(?:меншік\s+)?ие(?:сі|лері)|кәсіпкерлік\s+субъекті|(?:дара\s+)?кәсіпкер|тұрғын(?!\s+үй)|келуші|жолаушы|жүргізуші|ата-ана|білім\s+алушы|оқушы|студент|пациент|сатып\s+алушы|жалға\s+алушы|(?:салық\s+)?төлеуші|жұмыс\s+беруші|шетелдік|қатысушы|пайдаланушы|сатушы|тасымалдаушы|алушы|аңшы|демалушы|туристер|сөндіруші|мүше|адам(?![\p{L}]*\s+құқ))\p{L}*/gu;
const KK_OBLIQUE = /(?:ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|на|не|ға|ге|қа|ке|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен|сыз|сіз|дай|дей)$/u;
const KK_DATIVE = /(?:ға|ге|қа|ке|на|не)$/u;

export const RU_STATE =
  /(?<![\p{L}])(?:министерств\p{L}*|ведомств\p{L}*|комитет\p{L}*|департамент\p{L}*|уполномоченн\p{L}*\s+орган\p{L}*|государственн\p{L}*\s+(?:орган|учреждени|служащ|инспектор)\p{L}*|исполнительн\p{L}*\s+орган\p{L}*|(?:\p{L}+(?:ый|ий|ой|ого|ому|ым)\s+)?орган(?:а|у|ом|ам|ы)?|руководител\p{L}*|акимат\p{L}*|аким(?:а|у|ом|ам|ы|ов)?|должностн\p{L}*\s+лиц\p{L}*|уполномоченн\p{L}*\s+лиц\p{L}*|сотрудник\p{L}*|комисси\p{L}*|правительств\p{L}*|служб(?:а|е|ы|ам)|прокуратур\p{L}*|суд(?:ам|у|ы|ом)?|работник\p{L}*|инспектор\p{L}*|оператор\p{L}*|организаци\p{L}*\s+образования|медицинск\p{L}*\s+организаци\p{L}*)(?![\p{L}])/gu;
export const KK_STATE =
  /(?<![\p{L}])(?:министрлі\p{L}*|ведомство\p{L}*|комитет\p{L}*|департамент\p{L}*|басқарма\p{L}*|уәкілетті\s+(?:орган|адам|тұлға)\p{L}*|мемлекеттік\s+(?:орган|мекеме|қызметші|инспектор)\p{L}*|атқарушы\s+орган\p{L}*|(?:\p{L}+\s+)?орган(?:дар\p{L}*|ға|ы|ның)?|басшы\p{L}*|әкімдік\p{L}*|әкім(?:і|ге|нің|дер\p{L}*)?|лауазымды\s+(?:адам|тұлға)\p{L}*|қызметкер\p{L}*|комиссия\p{L}*|үкімет\p{L}*|қызметі(?:не)?|прокуратура\p{L}*|сот(?:тар\p{L}*|қа|тың|ы)?|оператор\p{L}*|білім\s+беру\s+ұйым\p{L}*|медициналық\s+ұйым\p{L}*)(?![\p{L}])/gu;

export interface Addressee {
  kind: "person" | "state";
  grammaticalCase: Case;
  start: number;
  end: number;
}

function ruCase(word: string): Case {
  const w = word.replace(/\s+/gu, " ");
  if (RU_DAT.test(w)) return "dat";
  if (RU_NOM.test(w)) return "nom";
  return "other";
}

function kkCase(word: string): Case {
  const last = word.split(/\s+/u).pop() ?? word;
  if (KK_DATIVE.test(last)) return "dat";
  if (/(?:ның|нің|дың|дің|тың|тің)$/u.test(last)) return "gen";
  if (KK_OBLIQUE.test(last)) return "other";
  return "nom";
}

/** What follows «оператор» when it is a state operator: of an information system, of e-government, the national one. */
const STATE_OPERATOR = /^\s+(?:государственн|информационн|электронн|един(?:ого|ой)|национальн|портал|систем|инфраструктур|в\s+сфере\s+информатизаци)/u;

/** Persons and state bodies named in folded text [from, to) of a paragraph, in order. */
export function addressees(p: ParsedParagraph, from: number, to: number): Addressee[] {
  const text = p.folded.slice(0, to);
  const out: Addressee[] = [];
  const person = p.language === "kk" ? KK_PERSON_ANY : RU_PERSON_ANY;
  const state = p.language === "kk" ? KK_STATE : RU_STATE;
  person.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = person.exec(text)) !== null) {
    out.push({
      kind: "person",
      grammaticalCase: p.language === "kk" ? kkCase(m[0]) : ruCase(m[0]),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  state.lastIndex = from;
  while ((m = state.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    // «должностным лицам» is matched by both lists: the state reading wins.
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < e && out[i]!.end > s) out.splice(i, 1);
    const gc: Case = p.language === "kk" ? kkCase(m[0]) : /(?:у|ю|ам|ям|ому|ему|ым)$/u.test(m[0]) ? "dat" : "nom";
    // «оператор проката», «оператор катка» is a business; only the operators of state systems act for the state.
    const business = /^оператор/u.test(m[0]) && !STATE_OPERATOR.test(p.folded.slice(e, e + 60)) && !/(?:ақпараттық|мемлекеттік|электрондық)\s+(?:\p{L}+\s+){0,2}$/u.test(p.folded.slice(Math.max(0, s - 50), s));
    out.push({ kind: business ? "person" : "state", grammaticalCase: gc, start: s, end: e });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The addressee of a modal at [start, end): the last person or state body named before it in the same sentence
 * (Kazakh and Russian both name the addressee before «запрещается» / «тыйым салынады»), or a dative person right
 * after it («Запрещается гражданам …»). `cases` says which grammatical cases count for a person.
 */
export function addresseeOf(p: ParsedParagraph, start: number, end: number, cases: readonly Case[]): Addressee | null {
  const b = sentenceBounds(p, start);
  const all = addressees(p, b.start, start);
  // Kazakh «тыйым салынады» takes its addressee in the dative, or (with a verbal noun) in the genitive: the
  // dative wins when both occur («Лауазымды адамдарға өтініш берушінің деректерін жария етуге тыйым салынады»).
  const preferDative = p.language === "kk" && cases.includes("dat") && cases.includes("gen");
  const dative = preferDative ? all.filter((a) => a.grammaticalCase === "dat") : [];
  const before = dative.length > 0 ? dative : all.filter((a) => cases.includes(a.grammaticalCase));
  const last = before[before.length - 1];
  if (last) return last;
  if (p.language === "ru") {
    const found = addressees(p, end, Math.min(b.end, end + 60)).find((a) => a.start - end < 25);
    if (found && found.grammaticalCase === "dat") return found;
  }
  return null;
}

const RU_LAW_REF =
  /(?<![\p{L}])(?:закон(?:а|у|ом|е|ы|ов|ам|ами|ах)?|законодательств\p{L}*|законодательн\p{L}*\s+акт\p{L}*|кодекс\p{L}*)(?![\p{L}])/u;
const KK_LAW_REF =
  /(?<![\p{L}])(?:заң|заңы|заңына|заңында|заңымен|заңының|заңға|заңда|заңдар\p{L}*|заңнама\p{L}*|кодекс\p{L}*)(?![\p{L}])/u;

/** Does the folded text refer to a law or code («в соответствии с Кодексом …», «заңнамасына сәйкес»)? */
export function refersToLaw(folded: string, lang: Language): boolean {
  return (lang === "kk" ? KK_LAW_REF : RU_LAW_REF).test(folded);
}

/** The folded sentence of `p` around [start, end). */
export function sentenceAt(p: ParsedParagraph, start: number, end = start): { text: string; start: number; end: number } {
  const b = sentenceBounds(p, start);
  const e = Math.max(b.end, end);
  return { text: p.folded.slice(b.start, e), start: b.start, end: e };
}

/** Is position `pos` inside «…» or "…" (a name or quoted wording)? */
export function inQuotes(p: ParsedParagraph, pos: number): boolean {
  let before = p.text.slice(0, pos);
  // New wording quoted in an amending act («2. Фамилия … .»;): its outer quotation marks frame the norm itself,
  // they do not make its words a name or a citation.
  if (p.quoted) {
    const lead = /^\s*[«“„"]/u.exec(before);
    if (lead) before = before.slice(lead[0].length);
  }
  let depth = 0;
  for (const ch of before) {
    if (ch === "«" || ch === "“" || ch === "„") depth++;
    else if ((ch === "»" || ch === "”") && depth > 0) depth--;
  }
  if (depth > 0) return true;
  return (before.match(/"/gu) ?? []).length % 2 === 1;
}

/** «не запрещается», «не ограничивается»: the word right before the match is «не» / the Kazakh negation. */
export function negatedBefore(p: ParsedParagraph, start: number): boolean {
  return /(?<![\p{L}])не\s+$/u.test(p.folded.slice(Math.max(0, start - 4), start));
}

const LAW_LIKE = /(?<![\p{L}])(?:настоящ\p{L}*\s+(?:конституционн\p{L}*\s+)?(?:закон|кодекс|конституци)\p{L}*|осы\s+(?:конституциялық\s+)?(?:заң|кодекс|конституция)\p{L}*)(?![\p{L}])/u;

/**
 * "yes" for subordinate act types, "no" for laws; for "unknown", "no" if the text speaks of itself as a law
 * («настоящим Законом», «осы Заңда») and otherwise "maybe" (rules then report a warning, not an error).
 */
export function subordinateStatus(ctx: RuleContext): "yes" | "no" | "maybe" {
  if (isTreatyText(ctx)) return "no";
  const t = ctx.doc.actType;
  if (SUBORDINATE_ACT_TYPES.includes(t)) return "yes";
  if (LEGISLATIVE_ACT_TYPES.includes(t)) return "no";
  if (ctx.doc.paragraphs.some((p) => !p.isNote && !p.quoted && LAW_LIKE.test(p.folded))) return "no";
  return "maybe";
}

const TREATY = /(?<![\p{L}])(?:договаривающ\p{L}*\s+(?:сторон|государств)\p{L}*|уағдаласушы\s+(?:тарап|мемлекет)\p{L}*)/u;

/** The text is (or reproduces) an international treaty: its duties bind states, not this act's addressees. */
export function isTreatyText(ctx: RuleContext): boolean {
  return ctx.doc.paragraphs.some((p) => !p.isNote && TREATY.test(p.folded));
}

/** "yes" for laws, "no" for subordinate acts; for "unknown", "yes" only if the text calls itself a law. */
export function legislativeStatus(ctx: RuleContext): boolean {
  const t = ctx.doc.actType;
  if (LEGISLATIVE_ACT_TYPES.includes(t)) return true;
  if (SUBORDINATE_ACT_TYPES.includes(t)) return false;
  return ctx.doc.paragraphs.some((p) => !p.isNote && !p.quoted && LAW_LIKE.test(p.folded));
}

const FORMULA = /(?<![\p{L}])(?:постановляет|постановляю|приказываю|приказываем|решил|решила|решили|қаулы\s+етеді|қаулы\s+етемін|бұйырамын|бұйырамыз|шешті|шешім\s+қабылдады)(?![\p{L}])/u;

/** Folded preamble: the paragraphs up to and including the operative formula (or the heading block). */
export function preambleFolded(ctx: RuleContext): string {
  const ps = ctx.doc.paragraphs;
  const parts: string[] = [];
  for (let i = 0; i < Math.min(ps.length, 40); i++) {
    const p = ps[i]!;
    if (p.isNote || p.quoted || p.kind === "blank") continue;
    const m = FORMULA.exec(p.folded);
    if (m) {
      parts.push(p.folded.slice(0, m.index));
      return parts.join("\n");
    }
    if (p.kind !== "text" && !p.isHeading) break;
    parts.push(p.folded);
  }
  return ps.filter((p) => p.isHeading && !p.isNote).map((p) => p.folded).join("\n");
}

// ---------------------------------------------------------------------------------------------------------
// Retroactivity (C-07; usable by an LA retroactivity check, L-24).

export interface RetroClause {
  para: number;
  p: ParsedParagraph;
  start: number;
  end: number;
  /** "relations": extends to earlier relations; "explicit": «имеет обратную силу»; "offences": applies to earlier offences. */
  kind: "relations" | "explicit" | "offences";
}

const DATE_RU = "(?:\\d{1,2}\\s+\\p{L}+\\s+\\d{4}\\s*(?:года|г\\.)?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s*(?:года|г\\.)?)";
const RETRO_RU: [RetroClause["kind"], RegExp][] = [
  [
    "relations",
    new RegExp(
      `(?<![\\p{L}])распространя\\p{L}*\\s+(?:свое\\s+действие\\s+)?на\\s+(?:право)?отношени\\p{L}*,?\\s+возникш\\p{L}*\\s+(?:с\\s+${DATE_RU}|до\\s+(?:дня\\s+)?(?:его|ее|их)?\\s*(?:введения|вступления)\\p{L}*[^.;]{0,40})`,
      "gu",
    ),
  ],
  ["explicit", /(?<![\p{L}])(?:име(?:ет|ют)|придается)\s+обратн\p{L}*\s+сил\p{L}*/gu],
  ["offences", /(?<![\p{L}])(?:применя\p{L}*\s+(?:также\s+)?к|распространя\p{L}*\s+(?:свое\s+действие\s+)?(?:также\s+)?на)\s+(?:административн\p{L}*\s+)?(?:правонарушени|деяни|проступк)\p{L}*,?\s+совершенн\p{L}*\s+до/gu],
  [
    "offences",
    new RegExp(`(?<![\\p{L}])(?:применя\\p{L}*\\s+(?:также\\s+)?к|распространя\\p{L}*\\s+(?:свое\\s+действие\\s+)?(?:также\\s+)?на)\\s+(?:административн\\p{L}*\\s+)?(?:правонарушени|деяни|проступк)\\p{L}*,?\\s+совершенн\\p{L}*\\s+с\\s+${DATE_RU}`, "gu"),
  ],
  // Contracts concluded before the act: «распространяются на договоры, заключенные с 1 января 2026 года».
  [
    "relations",
    new RegExp(`(?<![\\p{L}])распространя\\p{L}*\\s+(?:свое\\s+действие\\s+)?(?:также\\s+)?на\\s+(?:договор|сделк|контракт)\\p{L}*,?\\s+заключенн\\p{L}*\\s+(?:с\\s+${DATE_RU}|до\\s+(?:дня\\s+)?(?:его|ее|их)?\\s*(?:введения|вступления))`, "gu"),
  ],
];
const RETRO_KK: [RetroClause["kind"], RegExp][] = [
  ["relations", /(?<![\p{L}])\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+\s+бастап\s+туындаған\s+(?:құқықтық\s+)?қатынастарға\s+(?:да\s+)?(?:қолданылады|таралады)/gu],
  ["relations", /(?<![\p{L}])(?:қолданысқа\s+енгізілгенге|күшіне\s+енгенге)\s+дейін\s+туындаған\s+(?:құқықтық\s+)?қатынастарға\s+(?:да\s+)?(?:қолданылады|таралады)/gu],
  ["explicit", /(?<![\p{L}])кері\s+күш(?:і|ке)\s+(?:бар|ие|беріледі)/gu],
  ["offences", /(?<![\p{L}])дейін\s+жасалған\s+(?:әкімшілік\s+)?(?:құқық\s+бұзушылықтарға|теріс\s+қылықтарға|әрекеттерге)\s+(?:да\s+)?(?:қолданылады|таралады)/gu],
  ["offences", /(?<![\p{L}])\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+\s+бастап\s+жасалған\s+(?:әкімшілік\s+)?(?:құқық\s+бұзушылықтарға|теріс\s+қылықтарға|әрекеттерге)\s+(?:да\s+)?(?:қолданылады|таралады)/gu],
  ["relations", /(?<![\p{L}])\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+\s+бастап\s+жасалған\s+(?:шарттарға|мәмілелерге|келісімшарттарға)\s+(?:да\s+)?(?:қолданылады|таралады)/gu],
];

/** Retroactivity clauses in the act's own operative text. */
export function retroClauses(ctx: RuleContext): RetroClause[] {
  const out: RetroClause[] = [];
  for (const p of ctx.content()) {
    for (const [kind, re] of p.language === "kk" ? RETRO_KK : RETRO_RU) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.folded)) !== null) {
        const s = sentenceAt(p, m.index, m.index + m[0].length).text;
        // «не имеет обратной силы», «кері күші жоқ» deny retroactivity.
        if (/(?<![\p{L}])не\s+$/u.test(p.folded.slice(Math.max(0, m.index - 4), m.index))) continue;
        if (kind === "explicit" && /кері\s+күші\s+(?:жоқ|болмайды)/u.test(s)) continue;
        out.push({ para: positionOf(ctx, p), p, start: m.index, end: m.index + m[0].length, kind });
      }
    }
  }
  return out;
}

/** Signs that a norm worsens the position of persons: a duty, liability, a fine, a payment or its increase, a ban. */
const RU_WORSEN =
  /(?<![\p{L}])(?:обязан(?:ы|а|о)?|штраф\p{L}*|ответственност\p{L}*|санкци\p{L}*|взыскани\p{L}*|запрещается|не\s+допускается|не\s+вправе|лишаются|лишается|подлеж(?:ит|ат)\s+увольнению|подлежит\s+уплате|подлежат\s+уплате|уплачива\p{L}*|взима\p{L}*|(?:повы|увелич)\p{L}*\s+(?:[\p{L}]+\s+){0,3}(?:ставк|размер|тариф|плат|сбор|налог)\p{L}*|прекраща\p{L}*\s+(?:[\p{L}]+\s+){0,2}(?:выплат|предоставлени)\p{L}*|отмен\p{L}*\s+(?:[\p{L}]+\s+){0,2}льгот\p{L}*|возврат\p{L}*\s+(?:[\p{L}]+\s+){0,2}(?:выплаченн|полученн)\p{L}*|обжаловани\p{L}*\s+не\s+подлеж\p{L}*|не\s+подлеж\p{L}*\s+обжаловани\p{L}*)(?![\p{L}])/u;
const KK_WORSEN =
  /(?<![\p{L}])(?:міндетті|міндеттеледі|айыппұл\p{L}*|жауаптылық\p{L}*|жауапты\s+болады|санкция\p{L}*|тыйым\s+салынады|жол\s+берілмейді|құқылы\s+емес|айырылады|(?:жұмыстан|қызметтен)\s+шығарылуға\s+жатады|лауазымынан\s+босатылуға\s+жатады|(?:ақы|алым|төлемақы|жарна|салық)\p{L}*\s+(?:[\p{L}]+\s+){0,2}(?:алынады|төлейді|төленуге\s+тиіс)|(?:мөлшерлеме|мөлшер|тариф|төлемақы|алым|салық)\p{L}*\s+(?:[\p{L}]+\s+){0,4}(?:арттырыл|ұлғайтыл|көбейтіл)\p{L}*|(?:төлем|жеңілдік)\p{L}*\s+(?:[\p{L}]+\s+){0,2}(?:тоқтатыл|алынып\s+тасталс|жойыл)\p{L}*|шағым\s+(?:жасалмайды|берілмейді)|шағымдануға\s+жатпайды)(?![\p{L}])/u;

/** Where the act worsens someone's position, and the words that show it. */
export interface Worsening {
  para: number;
  quote: string;
}

/**
 * The first sign that the act worsens someone's position, in the operative paragraphs (or only those in `only`),
 * skipping sentences addressed to a state body: a duty of a body («Министерству обеспечить») worsens nobody's position.
 */
export function worseningIn(ctx: RuleContext, skip: ReadonlySet<number>, only?: ReadonlySet<number>): Worsening | null {
  for (const p of ctx.content()) {
    const para = positionOf(ctx, p);
    if (skip.has(para) || (only && !only.has(para))) continue;
    const re = p.language === "kk" ? KK_WORSEN : RU_WORSEN;
    const g = new RegExp(re.source, "gu");
    let m: RegExpExecArray | null;
    while ((m = g.exec(p.folded)) !== null) {
      const word = m[0];
      const cases: Case[] = /^(?:обязан|міндетті|міндеттеледі|не\s+вправе|құқылы|лиша|айырылады|уплачива)/u.test(word)
        ? ["nom"]
        : /^(?:запрещается|не\s+допускается|тыйым|жол\s+берілмейді)/u.test(word)
          ? ["dat"]
          : ["nom", "dat"];
      const who = addresseeOf(p, m.index, m.index + m[0].length, cases);
      // Liability and dismissal fall on officials and civil servants personally: a state addressee does not excuse them.
      const personal = /^(?:штраф|ответственност|санкци|взыскани|айыппұл|жауаптылық|санкция|подлеж\p{L}*\s+увольн|жұмыстан|қызметтен|лауазымынан|обжаловани|не\s+подлеж\p{L}*\s+обжаловани|шағым)/u.test(word);
      if (who && who.kind === "state" && !personal) continue;
      // «Повысить размер жилищной помощи»: raising a benefit is not a worsening.
      if (/^(?:повы|увелич|мөлшерлеме|мөлшер|тариф|төлемақы|алым|салық)/u.test(word) && (p.language === "kk" ? KK_BENEFIT : RU_BENEFIT).test(sentenceAt(p, m.index).text)) continue;
      // «обязан», «міндетті» count only with a person as the addressee; fines, liability and payments count as such.
      if (/^(?:обязан|міндетті|міндеттеледі|запрещается|не\s+допускается|не\s+вправе|тыйым|жол\s+берілмейді|құқылы)/u.test(word) && !who) continue;
      // Nouns (a fine, liability, sanctions) count only with a verb that imposes them: a budget's revenue line
      // «Штрафы, пени, санкции, взыскания, налагаемые …» lists, it does not impose.
      if (/^(?:штраф|ответственност|санкци|взыскани|айыппұл|жауаптылық|санкция)/u.test(word) &&
        !/(?:налага|налож|взыск|уплачива|нес[еу]т|влеч|привлека|устанавлива|увелич|повыш|салынады|салу|жауапты\s+болады|тартылады|төлейді|ұлғайт|арттыр|белгіленеді)/u.test(sentenceAt(p, m.index).text)) continue;
      if (/^(?:штраф|санкци|взыскани|айыппұл|санкция)/u.test(word) && /(?:поступлени|доход|бюджет|тысяч\p{L}*\s+тенге|түсімдер|кірістер|мың\s+теңге)/u.test(sentenceAt(p, m.index).text)) continue;
      // «ответственность за исполнение настоящего приказа» is the control clause, not liability.
      if (/^ответственност|^жауапт/u.test(word) && /(?:контрол|исполнени|орындалуын|бақылау)/u.test(sentenceAt(p, m.index).text)) continue;
      return { para, quote: p.text.slice(m.index, m.index + m[0].length) };
    }
  }
  return null;
}

/** Signs that the retroactive part improves the position: benefits, payments to persons, exemptions, reductions. */
export const RU_BENEFIT =
  /(?<![\p{L}])(?:льгот\p{L}*|социальн\p{L}*\s+помощ\p{L}*|жилищн\p{L}*\s+помощ\p{L}*|выплат\p{L}*|пособи\p{L}*|освобожда\p{L}*|освобожд\p{L}*|сниж\p{L}*|уменьш\p{L}*|смягч\p{L}*|улучш\p{L}*|надбавк\p{L}*|повышени\p{L}*\s+(?:должностн\p{L}*\s+)?оклад\p{L}*)(?![\p{L}])/u;
export const KK_BENEFIT =
  /(?<![\p{L}])(?:жеңілдік\p{L}*|әлеуметтік\s+көмек\p{L}*|тұрғын\s+үй\s+көмег\p{L}*|төлемдер\p{L}*|жәрдемақы\p{L}*|босатыл\p{L}*|төменде\p{L}*|азайт\p{L}*|жеңілдет\p{L}*|жақсарт\p{L}*|үстемеақы\p{L}*)(?![\p{L}])/u;

/**
 * Paragraphs of the points a retroactivity clause names («действие пункта 2 распространяется …», «осы бұйрықтың
 * 2-тармағы … қолданылады»): the point's own paragraph and its subpoints and text up to the next point. Null
 * if the clause names no point of the same part of the act.
 */
export function pointsNamedBy(ctx: RuleContext, c: RetroClause): Set<number> | null {
  const s = sentenceAt(c.p, c.start, c.end).text;
  const nums = new Set<string>();
  const re = c.p.language === "kk" ? /(?<![\p{L}\d])(\d+(?:-\d+)?)-тармағ\p{L}*/gu : /(?<![\p{L}])пункт\p{L}*\s+(\d+(?:-\d+)?)(?![\d-])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) nums.add(m[1]!);
  if (nums.size === 0) return null;
  // «пункта 1 статьи 1 настоящего Закона», «1-бабының 2-тармағы»: the points of that article only.
  const art = (c.p.language === "kk" ? /(?<![\p{L}\d])(\d+(?:-\d+)?)-ба[бп]\p{L}*/u : /(?<![\p{L}])стать\p{L}*\s+(\d+(?:-\d+)?)(?![\d-])/u).exec(s)?.[1];
  const ps = ctx.doc.paragraphs;
  const part = c.p.address.part;
  const out = new Set<number>();
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (p.kind !== "point" || p.address.part !== part || !nums.has(p.number ?? "")) continue;
    if (art !== undefined && p.address.article !== undefined && p.address.article !== art) continue;
    out.add(i);
    for (let j = i + 1; j < ps.length && ps[j]!.kind !== "point" && ps[j]!.kind !== "annex" && ps[j]!.kind !== "article"; j++) out.add(j);
  }
  // «подпункта 3) пункта 1», «1-тармағының 3) тармақшасы»: only that subpoint, when the act has it.
  const sp = (c.p.language === "kk" ? /(?<![\p{L}\d])(\d+(?:-\d+)?)\)\s*тармақша\p{L}*/u : /(?<![\p{L}])подпункт\p{L}*\s+(\d+(?:-\d+)?)\)/u).exec(s)?.[1];
  if (sp !== undefined) {
    const narrow = new Set([...out].filter((i) => ps[i]!.address.subpoint === sp));
    if (narrow.size > 0) return narrow;
  }
  return out.size > 0 ? out : null;
}

