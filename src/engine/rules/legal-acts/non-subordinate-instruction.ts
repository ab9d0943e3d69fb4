import type { ActType } from "../../../contract";
import { positionOf, sentenceBounds } from "../helpers";
import { defineRule } from "../types";

/**
 * Art. 24(5): instructions go to state bodies; bodies not subordinate to the issuer are addressed in a recommendatory
 * form or with «(по согласованию)» / «(келісу бойынша)». Which addressees are outside the issuer's control depends
 * on the issuer: akims are part of the single system of executive bodies headed by the Government, so a Government
 * resolution may instruct them, a ministerial order may not.
 */
type Addressee = "akims" | "prosecutor" | "national-bank" | "courts" | "maslikhats" | "audit";

const RU_ADDR: Record<Addressee, string> = {
  akims: "акимам\\s+(?:областей|области|городов|города|районов|района)|акиматам\\s+(?:областей|области|городов|города|районов|района)|местным\\s+исполнительным\\s+органам",
  prosecutor: "генеральной\\s+прокуратуре|органам\\s+прокуратуры|прокуратуре\\s+(?:области|города|района)",
  "national-bank": "национальному\\s+банку",
  courts: "верховному\\s+суду|конституционному\\s+суду|судам",
  maslikhats: "маслихатам|маслихату",
  // The Supreme Audit Chamber reports to the President, not to the Government.
  audit: "высшей\\s+аудиторской\\s+палате|высшая\\s+аудиторская\\s+палата",
};
const KK_ADDR: Record<Addressee, string> = {
  akims:
    "облыстардың[^.;:]{0,80}?(?:әкімдері|әкімдеріне|әкімдіктері|әкімдіктеріне)|облысының\\s+(?:әкіміне|әкімі|әкімдігі)|әкімдеріне|әкімдіктеріне|жергілікті\\s+атқарушы\\s+органдар(?:ына|ы)",
  prosecutor: "бас\\s+прокуратурас(?:ына|ы)|прокуратура\\s+органдар(?:ына|ы)",
  "national-bank": "ұлттық\\s+банк(?:іне|і)",
  courts: "жоғарғы\\s+сотына|конституциялық\\s+сотына|соттарға",
  maslikhats: "мәслихаттарына|мәслихатына",
  audit: "жоғары\\s+аудиторлық\\s+палата(?:сы|сына)",
};

const OUTSIDE: Partial<Record<ActType, readonly Addressee[]>> = {
  "presidential-decree": ["courts", "maslikhats"],
  "government-resolution": ["prosecutor", "national-bank", "courts", "maslikhats", "audit"],
  "ministerial-order": ["akims", "prosecutor", "national-bank", "courts", "maslikhats", "audit"],
  "agency-order": ["akims", "prosecutor", "national-bank", "courts", "maslikhats", "audit"],
  "akimat-resolution": ["prosecutor", "national-bank", "courts", "audit"],
  "akim-decision": ["prosecutor", "national-bank", "courts", "audit"],
  "maslikhat-decision": ["prosecutor", "national-bank", "courts", "audit"],
};

const RU_ORDER =
  /(?<![\p{L}])(?:обеспечить|принять|представить|внести|организовать|провести|осуществить|разработать|утвердить|рассмотреть|предусмотреть|усилить|информировать|направить|создать|выделить|поручить)(?![\p{L}])/u;
const KK_ORDER =
  /(?<![\p{L}])(?:қамтамасыз\s+етсін|қамтамасыз\s+етілсін|қабылдасын|қабылдансын|енгізсін|ұйымдастырсын|жүргізсін|әзірлесін|бекітсін|қарасын|көздесін|күшейтсін|хабардар\s+етсін|жіберсін|құрсын|бөлсін|тапсырылсын)(?![\p{L}])/u;
const RU_SOFT = /по\s+согласованию|рекомендова\p{L}*|предложить/u;
const KK_SOFT = /келісу\s+бойынша|ұсынылсын|ұсыныс\s+жасалсын|ұсынылады/u;

function compile(map: Record<Addressee, string>): Record<Addressee, RegExp> {
  const out = {} as Record<Addressee, RegExp>;
  for (const k of Object.keys(map) as Addressee[]) out[k] = new RegExp(`(?<![\\p{L}])(?:${map[k]})(?![\\p{L}])`, "u");
  return out;
}
const RU_RE = compile(RU_ADDR);
const KK_RE = compile(KK_ADDR);

export default defineRule({
  id: "LA-NON-SUBORDINATE-INSTRUCTION",
  pack: "legal-acts",
  brief: ["L-26"],
  severity: "warning",
  actTypes: Object.keys(OUTSIDE) as ActType[],
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "24", paragraph: "5" },
  messages: {
    ru: {
      title: "Поручение неподчинённому органу без «(по согласованию)»: «{quote}»",
      message: "Акт даёт поручение «{quote}», хотя этот орган не подчинён издающему органу, без пометки «(по согласованию)» и не в рекомендательной форме.",
      explanation:
        "Поручения в нормативных правовых актах адресуются государственным органам или их руководителям; органам, не подчинённым издающему органу, поручения излагаются в рекомендательной форме либо с пометкой «(по согласованию)» (Закон «О правовых актах», п. 5 ст. 24). Прокуратура, Национальный Банк, суды и маслихаты не подчинены Правительству и министерствам, акимы — министерствам. Рекомендуется добавить «(по согласованию)» после наименования органа или изложить поручение как рекомендацию («рекомендовать …»).",
    },
    kk: {
      title: "Бағынысты емес органға «(келісу бойынша)» белгісінсіз тапсырма: «{quote}»",
      message: "Акт «{quote}» тапсырма береді, алайда бұл орган актіні шығарған органға бағынысты емес, ал «(келісу бойынша)» белгісі де, ұсынымдық нысан да жоқ.",
      explanation:
        "Нормативтік құқықтық актілердегі тапсырмалар мемлекеттік органдарға немесе олардың басшыларына жолданады; актіні шығарған органға бағынысты емес органдарға тапсырмалар ұсынымдық нысанда не «(келісу бойынша)» деген белгімен жазылады («Құқықтық актілер туралы» Заңның 24-бабының 5-тармағы). Прокуратура, Ұлттық Банк, соттар мен мәслихаттар Үкіметке және министрліктерге, ал әкімдер министрліктерге бағынысты емес. Органның атауынан кейін «(келісу бойынша)» деп қосу немесе тапсырманы ұсыным ретінде жазу («… ұсынылсын») ұсынылады.",
    },
    en: {
      title: "Instruction to a non-subordinate body without «(by agreement)»: «{quote}»",
      message: "The act instructs «{quote}», a body not subordinate to the issuer, without «(by agreement)» and not in a recommendatory form.",
      explanation:
        "Instructions in normative acts are addressed to state bodies or their heads; bodies not subordinate to the issuer are addressed in a recommendatory form or with the mark «(по согласованию)» / «(келісу бойынша)» (Law \"On Legal Acts\" art. 24(5)). The prosecutor's office, the National Bank, courts and maslikhats are not subordinate to the Government or ministries; akims are not subordinate to ministries. Add «(by agreement)» after the body's name or word the instruction as a recommendation.",
    },
  },
  detect(ctx) {
    const outside = OUTSIDE[ctx.doc.actType];
    if (!outside) return [];
    for (const p of ctx.content()) {
      const kk = p.language === "kk";
      const res = kk ? KK_RE : RU_RE;
      for (const a of outside) {
        const m = res[a].exec(p.folded);
        if (!m) continue;
        const b = sentenceBounds(p, m.index);
        // The addressee opens the point, follows «поручить», or closes a short list of addressees at its start.
        const lead = p.folded.slice(b.start, m.index).replace(/^\s*(?:\d+(?:-\d+)*[.)]\s*)?/u, "").trim();
        const order = kk ? KK_ORDER : RU_ORDER;
        const leadOk = kk
          ? lead.length < 200 && !order.test(lead)
          : lead === "" || lead === "поручить" || (/(?:,|\sи)$/u.test(lead) && lead.length < 200 && !order.test(lead));
        if (!leadOk) continue;
        const sentence = p.folded.slice(b.start, b.end);
        if (!order.test(sentence)) continue;
        if ((kk ? KK_SOFT : RU_SOFT).test(sentence)) continue;
        return [{ para: positionOf(ctx, p), start: m.index, end: m.index + m[0].length }];
      }
    }
    return [];
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "3. Акимам областей, городов Астаны, Алматы и Шымкента обеспечить ввод сведений в информационную систему до 1 марта.",
        quote: "Акимам областей",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "4. Генеральной прокуратуре Республики Казахстан обеспечить надзор за исполнением настоящего постановления.",
        quote: "Генеральной прокуратуре",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "3. Облыстардың, Астана, Алматы және Шымкент қалаларының әкімдіктері мәліметтерді ақпараттық жүйеге 1 наурызға дейін енгізуді қамтамасыз етсін.",
        quote: "Облыстардың, Астана, Алматы және Шымкент қалаларының әкімдіктері",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "4. Қазақстан Республикасының Бас прокуратурасы осы қаулының орындалуын қадағалауды қамтамасыз етсін.",
        quote: "Бас прокуратурасы",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: "3. Акимам областей, городов Астаны, Алматы и Шымкента обеспечить ввод сведений в информационную систему до 1 марта.",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "4. Генеральной прокуратуре Республики Казахстан (по согласованию) обеспечить надзор за исполнением настоящего постановления.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "3. Облыстардың, Астана, Алматы және Шымкент қалаларының әкімдері мәліметтерді ақпараттық жүйеге 1 наурызға дейін енгізуді қамтамасыз етсін.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "4. Қазақстан Республикасының Бас прокуратурасына (келісу бойынша) осы қаулының орындалуын қадағалауды қамтамасыз ету ұсынылсын.",
      },
    ],
  },
});
