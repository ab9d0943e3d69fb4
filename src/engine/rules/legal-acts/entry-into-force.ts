/**
 * Shared reading of entry-into-force clauses for the LA-ENTRY-INTO-FORCE-* rules (not a rule itself).
 * Law "On Legal Acts" art. 42 distinguishes «вступает в силу» (legal force: on signing or registration) from
 * «вводится в действие» (application: for acts on citizens' rights only after official publication).
 * Russian states the timing after the verb («вводится в действие по истечении десяти календарных дней …»);
 * Kazakh before it («… күнтізбелік он күн өткен соң қолданысқа енгізіледі»).
 */
import type { ParsedParagraph } from "../../document/model";
import type { RuleContext } from "../types";

export type ClauseVerb = "enact" | "force";
export type TimingKind = "signing" | "adoption" | "registration" | "publication" | "days" | "date";

export interface Timing {
  kind: TimingKind;
  start: number;
  end: number;
  /** Calendar days after publication (0 for «со дня опубликования», signing, adoption, registration); null for a date. */
  days: number | null;
}

export interface Clause {
  p: ParsedParagraph;
  para: number;
  verb: ClauseVerb;
  verbStart: number;
  verbEnd: number;
  /** The clause is about this act («Настоящий приказ …», «Осы бұйрық …»), not about some other act or a court decision. */
  own: boolean;
  timing?: Timing;
}

// No word boundary after the verb: adopted texts contain «вводится в действиес 1 января» (a missing space).
const RU_VERB = /(?<![\p{L}])(?:(ввод(?:ит|ят)ся\s+в\s+действие|ввести\s+в\s+действие|введен[аоы]?\s+в\s+действие)|(вступа(?:ет|ют)\s+в\s+силу))/gu;
const KK_VERB = /(?<![\p{L}])(?:(қолданысқа\s+енгізіл(?:еді|сін))|(күшіне\s+ен(?:еді|сін)))(?![\p{L}])/gu;

const RU_OWN =
  /настоящ\p{L}*\s+(?:совместн\p{L}*\s+)?(?:приказ|постановлени|решени|указ|закон|кодекс|распоряжени|правил|положени|инструкци)\p{L}*/u;
const KK_OWN = /осы\s+(?:бірлескен\s+)?(?:бұйрық|қаулы|шешім|заң|жарлық|кодекс|өкім|қағида|ереже|нұсқаулық)\p{L}*/u;

/** «2. Осы бұйрық …»: the paragraph opens with «осы». */
const KK_OPENS_WITH_OSY = /^\s*(?:\d+[.)]\s*)?осы\s/u;
const SPACES = /\s+/u;

const RU_NUMBERS: Record<string, number> = {
  одного: 1, одних: 1, двух: 2, трех: 3, четырех: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
  одиннадцати: 11, двенадцати: 12, тринадцати: 13, четырнадцати: 14, пятнадцати: 15, шестнадцати: 16, семнадцати: 17,
  восемнадцати: 18, девятнадцати: 19, двадцати: 20, тридцати: 30, сорока: 40, пятидесяти: 50, шестидесяти: 60,
  семидесяти: 70, восьмидесяти: 80, девяноста: 90, ста: 100,
};
const KK_NUMBERS: Record<string, number> = {
  бір: 1, екі: 2, үш: 3, төрт: 4, бес: 5, алты: 6, жеті: 7, сегіз: 8, тоғыз: 9, он: 10, жиырма: 20, отыз: 30,
  қырық: 40, елу: 50, алпыс: 60, жетпіс: 70, сексен: 80, тоқсан: 90, жүз: 100,
};

function parseNumber(words: string, table: Record<string, number>): number | null {
  let total = 0;
  for (const w of words.trim().split(SPACES)) {
    if (/^\d+$/.test(w)) total += Number(w);
    else if (w in table) total += table[w]!;
    else return null;
  }
  return total > 0 ? total : null;
}

const RU_NUM_WORDS = `(?:${Object.keys(RU_NUMBERS).join("|")}|\\d+)`;
const KK_NUM_WORDS = `(?:${Object.keys(KK_NUMBERS).join("|")}|\\d+)`;

interface TimingPattern {
  kind: TimingKind;
  re: RegExp;
  /** Days from the captured number (group 1), if any. */
  days: (m: RegExpExecArray, table: Record<string, number>) => number | null;
}

const zero = () => 0;
const RU_TIMING: TimingPattern[] = [
  {
    kind: "days",
    re: new RegExp(`по\\s+истечении\\s+((?:${RU_NUM_WORDS}\\s+){1,3})(?:полных\\s+)?(?:календарн\\p{L}*\\s+)?(?:дн(?:ей|я))`, "gu"),
    days: (m, t) => parseNumber(m[1]!, t),
  },
  {
    kind: "days",
    re: new RegExp(`по\\s+истечении\\s+((?:${RU_NUM_WORDS}\\s+){1,2})месяц\\p{L}*`, "gu"),
    days: (m, t) => {
      const n = parseNumber(m[1]!, t);
      return n === null ? null : n * 30;
    },
  },
  { kind: "signing", re: /со\s+дня\s+(?:его\s+|их\s+)?подписания/gu, days: zero },
  { kind: "adoption", re: /со\s+дня\s+(?:его\s+|их\s+)?принятия/gu, days: zero },
  { kind: "registration", re: /со\s+дня\s+(?:его\s+|их\s+)?государственн\p{L}*\s+регистрации/gu, days: zero },
  {
    kind: "publication",
    re: /(?:со\s+дня|после\s+дня|с\s+момента|после)\s+(?:его\s+|их\s+)?(?:перв\p{L}*\s+)?официальн\p{L}*\s+опубликовани\p{L}*/gu,
    days: zero,
  },
  { kind: "date", re: /(?<![\p{L}])с\s*(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})/gu, days: () => null },
];
const KK_TIMING: TimingPattern[] = [
  {
    kind: "days",
    re: new RegExp(`(?:күнтізбелік\\s+)?((?:${KK_NUM_WORDS}\\s+){1,3})(?:күнтізбелік\\s+)?күн\\s+өткен\\s+соң`, "gu"),
    days: (m, t) => parseNumber(m[1]!, t),
  },
  {
    kind: "days",
    re: new RegExp(`((?:${KK_NUM_WORDS}\\s+){1,2})ай\\s+өткен\\s+соң`, "gu"),
    days: (m, t) => {
      const n = parseNumber(m[1]!, t);
      return n === null ? null : n * 30;
    },
  },
  { kind: "signing", re: /қол\s+қойылған\s+күн\p{L}*\s+бастап/gu, days: zero },
  { kind: "adoption", re: /қабылданған\s+күн\p{L}*\s+бастап/gu, days: zero },
  { kind: "registration", re: /мемлекеттік\s+тіркелген\s+күн\p{L}*\s+бастап/gu, days: zero },
  { kind: "publication", re: /(?:алғашқы\s+)?ресми\s+жарияланған\s+күн\p{L}*\s+(?:бастап|кейін)/gu, days: zero },
  { kind: "date", re: /\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+/gu, days: () => null },
];

/** The timing expression inside [from, to) of the folded paragraph: the first (ru) or the last (kk) one. */
function timingIn(p: ParsedParagraph, from: number, to: number, lang: "ru" | "kk"): Timing | undefined {
  const slice = p.folded.slice(from, to);
  const patterns = lang === "kk" ? KK_TIMING : RU_TIMING;
  const table = lang === "kk" ? KK_NUMBERS : RU_NUMBERS;
  let best: Timing | undefined;
  for (const pat of patterns) {
    pat.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pat.re.exec(slice)) !== null) {
      const t: Timing = { kind: pat.kind, start: from + m.index, end: from + m.index + m[0].length, days: pat.days(m, table) };
      // A «days» pattern that contains «после дня опубликования» wins over the publication pattern inside it.
      const better = !best || (lang === "ru" ? t.start < best.start : t.end > best.end) || (t.start === best.start && t.end > best.end);
      const inside = best && t.start >= best.start && t.end <= best.end;
      if (better && !inside) best = t;
    }
  }
  return best;
}

/** Every entry-into-force clause in the operative paragraphs, with its timing. */
export function entryIntoForceClauses(ctx: RuleContext): Clause[] {
  const out: Clause[] = [];
  for (const p of ctx.operative()) {
    const kk = p.language === "kk";
    const re = kk ? KK_VERB : RU_VERB;
    re.lastIndex = 0;
    const verbs: RegExpExecArray[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.folded)) !== null) verbs.push(m);
    if (verbs.length === 0) continue;
    const para = ctx.doc.paragraphs.indexOf(p);
    verbs.forEach((v, i) => {
      const verbStart = v.index;
      const verbEnd = v.index + v[0].length;
      const verb: ClauseVerb = v[1] ? "enact" : "force";
      let timing: Timing | undefined;
      let own: boolean;
      if (kk) {
        const prevEnd = i > 0 ? verbs[i - 1]!.index + verbs[i - 1]![0].length : 0;
        const from = Math.max(prevEnd, verbStart - 200);
        timing = timingIn(p, from, verbStart, "kk");
        own = KK_OWN.test(p.folded.slice(Math.max(0, verbStart - 250), verbStart)) || KK_OPENS_WITH_OSY.test(p.folded);
      } else {
        const nextStart = i + 1 < verbs.length ? verbs[i + 1]!.index : p.folded.length;
        const to = Math.min(nextStart, verbEnd + 200);
        timing = timingIn(p, verbEnd, to, "ru");
        own = RU_OWN.test(p.folded.slice(Math.max(0, verbStart - 120), verbStart)) || RU_OWN.test(p.folded.slice(verbEnd, verbEnd + 40));
      }
      // «вступает в силу со дня подписания и вводится в действие …»: a later verb shares the subject.
      if (!own && i > 0) own = out.some((c) => c.p === p && c.own);
      out.push({ p, para, verb, verbStart, verbEnd, own, timing });
    });
  }
  return out;
}

/** Does the document say when it is brought into effect at all? */
export function hasEntryIntoForce(ctx: RuleContext): boolean {
  return ctx.operative().some((p) => {
    const re = p.language === "kk" ? KK_VERB : RU_VERB;
    re.lastIndex = 0;
    return re.test(p.folded);
  });
}

/** Paragraphs where triggers of content are searched: the act's own text and the text it inserts into other acts. */
export function contentParagraphs(ctx: RuleContext): ParsedParagraph[] {
  return ctx.doc.paragraphs.filter((p) => p.kind !== "blank" && !p.isNote && !p.isHeading);
}

/** The act states that it is subject to state registration, or orders its registration. */
export const REGISTERED =
  /подлежит\s+государственн\p{L}*\s+регистрации|обеспечить\s+(?:в\s+установленном\s+[^.;]{0,80}?\s)?государственн\p{L}*\s+регистраци\p{L}*\s+настоящ|мемлекеттік\s+тіркелуге\s+жатады|осы\s+(?:бұйрықтың|қаулының|шешімнің)\s+[^.;]{0,120}?мемлекеттік\s+тіркелуін\s+қамтамасыз/u;
