import { LOCAL_TYPES, ORDER_TYPES } from "../../data/act-hierarchy";
import type { ParsedParagraph } from "../../document/model";
import { defineRule, type RuleSpan } from "../types";
import { operativeFormula } from "./common";

/**
 * Art. 7(5): territorial subdivisions of authorised bodies («Департамент … по … области») and local executive
 * bodies authorised by the akim and financed from local budgets («управление … области») may not issue normative
 * acts. The issuer is read from the title or signature block («Приказ руководителя Департамента …», «Руководитель
 * управления …», «… облысы бойынша … департаменті басшысының бұйрығы»), not from mentions in the text.
 */
const TERR_RU = "(?:по\\s+(?:[\\p{L}-]+\\s+){0,3}(?:област|город|район)\\p{L}*|(?:[\\p{L}-]+\\s+){1,2}(?:област|район)\\p{L}*|(?:город|города)\\s+[\\p{L}-]+)";
const ISSUER_RU = new RegExp(
  `(?:(?<![\\p{L}])(?:приказ|постановлени\\p{L}*|решени\\p{L}*)\\s+)?(?:и\\.\\s*о\\.\\s*)?(?<![\\p{L}])(?:руководител|начальник|директор)\\p{L}*\\s+(?:территориальн\\p{L}*\\s+)?(?:департамент|управлени|инспекци)\\p{L}*\\s+[^\\n]{0,150}?${TERR_RU}`,
  "u",
);
const BODY_LINE_RU = new RegExp(`^\\s*(?:территориальн\\p{L}*\\s+)?(?:департамент|управлени)\\p{L}*\\s+[^\\n]{0,150}?${TERR_RU}`, "u");
const TERR_KK = "(?:облысы|облысының|қаласы|қаласының|ауданы|ауданының)";
const ISSUER_KK = new RegExp(
  `(?:[\\p{L}-]+\\s+)?${TERR_KK}\\s+(?:бойынша\\s+)?[^\\n]{0,150}?(?:департамент|басқарма|инспекция)\\p{L}*\\s+(?:басшысының|бастығының|директорының)(?:\\s+(?:міндетін\\s+атқарушының|бұйрығы))?`,
  "u",
);
const BODY_LINE_KK = new RegExp(`^\\s*[^\\n]{0,80}?${TERR_KK}\\s+(?:бойынша\\s+)?[^\\n]{0,150}?(?:департаменті|басқармасы)(?![\\p{L}])`, "u");
const SIGNATURE_KK = new RegExp(`(?:[\\p{L}-]+\\s+)?${TERR_KK}\\s+(?:бойынша\\s+)?[^\\n]{0,150}?(?:департамент|басқарма)\\p{L}*\\s+(?:басшысы|бастығы|директоры)(?![\\p{L}])`, "u");

const NORMATIVE_RU =
  /утвердить\s+(?:прилагаем\p{L}*\s+)?(?:правил|инструкци|положени|порядок|регламент|норм|квалификационн)\p{L}*|государственн\p{L}*\s+регистрац|официальн\p{L}*\s+опубликован|нормативн\p{L}*\s+правов/u;
const NORMATIVE_KK = /(?:қағидалар\p{L}*|нұсқаулық\p{L}*|ереже\p{L}*|тәртіб\p{L}*|норма\p{L}*)\s+бекітілсін|мемлекеттік\s+тіркел|ресми\s+жариялан|нормативтік\s+құқықтық/u;

export default defineRule({
  id: "LA-ISSUER-NOT-ALLOWED",
  pack: "legal-acts",
  brief: ["L-04"],
  severity: "error",
  actTypes: [...ORDER_TYPES, ...LOCAL_TYPES],
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "7", paragraph: "5" },
  messages: {
    ru: {
      title: "Нормативный акт издаёт орган, которому это не разрешено: «{quote}»",
      message: "Акт издаётся от имени «{quote}» и содержит признаки нормативного правового акта; требует экспертной проверки полномочия.",
      explanation:
        "Территориальные подразделения уполномоченных органов, а также местные исполнительные органы, уполномоченные акимом и финансируемые из местных бюджетов (управления, отделы), не вправе издавать нормативные правовые акты (Закон «О правовых актах», п. 5 ст. 7). Нормы, которые они готовят, принимаются приказом руководителя центрального государственного органа или постановлением акимата. Рекомендуется проверить, кто издаёт акт, и при необходимости изменить форму акта.",
    },
    kk: {
      title: "Нормативтік актіні оған құқығы жоқ орган шығарады: «{quote}»",
      message: "Акт «{quote}» атынан шығарылады және нормативтік құқықтық актінің белгілерін қамтиды; өкілеттікті сараптамалық тексеруді қажет етеді.",
      explanation:
        "Уәкілетті органдардың аумақтық бөлімшелері, сондай-ақ әкім уәкілеттік берген, жергілікті бюджеттерден қаржыландырылатын жергілікті атқарушы органдар (басқармалар, бөлімдер) нормативтік құқықтық актілер шығаруға құқылы емес («Құқықтық актілер туралы» Заңның 7-бабының 5-тармағы). Олар дайындайтын нормалар орталық мемлекеттік орган басшысының бұйрығымен немесе әкімдіктің қаулысымен қабылданады. Актіні кім шығаратынын тексеру және қажет болса актінің нысанын өзгерту ұсынылады.",
    },
    en: {
      title: "Normative act issued by a body not allowed to issue one: «{quote}»",
      message: "The act is issued in the name of «{quote}» and has the features of a normative act; the issuer's power requires expert review.",
      explanation:
        "Territorial subdivisions of authorised bodies and local executive bodies authorised by the akim and financed from local budgets (departments, divisions) may not issue normative legal acts (Law \"On Legal Acts\" art. 7(5)). Their norms are adopted by an order of the head of the central body or by an akimat resolution. Check who issues the act and change its form if needed.",
    },
  },
  detect(ctx) {
    const ps = ctx.doc.paragraphs;
    const normative = ps.some((p) => !p.isNote && !p.quoted && (p.language === "kk" ? NORMATIVE_KK : NORMATIVE_RU).test(p.folded));
    if (!normative) return [];
    const f = operativeFormula(ctx);
    const headEnd = f ? f.para : Math.min(ps.length, 10);
    const candidates: ParsedParagraph[] = [];
    for (let i = 0; i <= Math.min(headEnd, ps.length - 1); i++) candidates.push(ps[i]!);
    // Signature block: the last non-blank paragraphs of the act before its annexes.
    const firstAnnex = ctx.doc.structure.parts.find((pt) => pt.kind === "annex")?.startParagraph ?? ps.length;
    const tail = ps.slice(0, firstAnnex).filter((p) => p.kind !== "blank" && !p.isNote && !p.quoted).slice(-4);
    const spans: RuleSpan[] = [];
    const seen = new Set<ParsedParagraph>();
    const check = (p: ParsedParagraph, signature: boolean) => {
      if (seen.has(p) || p.isNote || p.quoted || p.kind === "blank") return;
      seen.add(p);
      const kk = p.language === "kk";
      const text = p.folded.slice(0, p === f?.p ? f.start : p.folded.length);
      const res = kk ? (signature ? [SIGNATURE_KK] : [ISSUER_KK, BODY_LINE_KK]) : signature ? [ISSUER_RU] : [ISSUER_RU, BODY_LINE_RU];
      for (const re of res) {
        const m = re.exec(text);
        if (!m) continue;
        if (!signature && p !== f?.p && re === BODY_LINE_RU && text.length > 250) continue;
        spans.push({ para: ps.indexOf(p), start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].length });
        return;
      }
    };
    for (const p of candidates) check(p, false);
    for (const p of tail) if (p.text.length < 250) check(p, true);
    return spans.slice(0, 1);
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "Приказ руководителя Департамента экологии по Карагандинской области",
          "Об утверждении Правил учета выбросов загрязняющих веществ",
          "ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемые Правила учета выбросов загрязняющих веществ.",
        ].join("\n"),
        quote: "Приказ руководителя Департамента экологии по Карагандинской области",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемый Порядок приема детей в дошкольные организации города.",
          "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
          "Руководитель управления образования Павлодарской области",
        ].join("\n"),
        quote: "Руководитель управления образования Павлодарской области",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "Қарағанды облысы бойынша экология департаменті басшысының бұйрығы",
          "БҰЙЫРАМЫН:",
          "1. Ластаушы заттардың шығарындыларын есепке алудың қоса беріліп отырған қағидалары бекітілсін.",
        ].join("\n"),
        quote: "Қарағанды облысы бойынша экология департаменті басшысының бұйрығы",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Балаларды мектепке дейінгі ұйымдарға қабылдаудың қоса беріліп отырған тәртібі бекітілсін.",
          "2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
          "Павлодар облысының білім беру басқармасы басшысы",
        ].join("\n"),
        quote: "Павлодар облысының білім беру басқармасы басшысы",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "Приказ Министра экологии и природных ресурсов Республики Казахстан",
          "ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемые Правила учета выбросов загрязняющих веществ.",
          "2. Департаменту экологии по Карагандинской области обеспечить разъяснение настоящего приказа.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "Приказ руководителя управления образования Павлодарской области",
          "ПРИКАЗЫВАЮ:",
          "1. Назначить Иванова И.И. директором школы-гимназии № 3 города Павлодара.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "Қазақстан Республикасы Экология және табиғи ресурстар министрінің бұйрығы",
          "БҰЙЫРАМЫН:",
          "1. Ластаушы заттардың шығарындыларын есепке алудың қоса беріліп отырған қағидалары бекітілсін.",
          "2. Қарағанды облысы бойынша экология департаменті осы бұйрықты түсіндіруді қамтамасыз етсін.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "Павлодар облысының білім беру басқармасы басшысының бұйрығы",
          "БҰЙЫРАМЫН:",
          "1. Иванов И.И. Павлодар қаласының № 3 мектеп-гимназиясының директоры болып тағайындалсын.",
        ].join("\n"),
      },
    ],
  },
});
