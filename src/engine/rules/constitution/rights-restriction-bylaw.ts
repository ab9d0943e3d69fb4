import { SUBORDINATE_ACT_TYPES } from "../../document/act-type";
import type { ParsedParagraph } from "../../document/model";
import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";
import { KK_STATE, RU_STATE, addresseeOf, inQuotes, negatedBefore, refersToLaw, sentenceAt, subordinateStatus, type Case } from "./common-rights";

/**
 * Restrictions of persons' rights: a ban addressed to a person in the dative («гражданам запрещается»,
 * «азаматтарға тыйым салынады»), a denial addressed to a person in the nominative («заявитель не вправе»,
 * «азаматтар құқылы емес»), or a right that is limited or taken away.
 */
export const RESTRICTIONS: Record<"ru" | "kk", { re: RegExp; cases: Case[] }[]> = {
  ru: [
    { re: /(?<![\p{L}])(?:запрещается|запрещено|воспрещается|не\s+допускается|не\s+разрешается)(?![\p{L}])/gu, cases: ["dat"] },
    { re: /(?<![\p{L}])(?:не\s+вправе|не\s+име(?:ет|ют)\s+права|лиша(?:ется|ются)\s+права)(?![\p{L}])/gu, cases: ["nom"] },
    { re: /(?<![\p{L}])(?:ограничива(?:ется|ются)\s+прав\p{L}*|прав\p{L}*\s+(?:[\p{L}]+\s+){0,6}ограничива(?:ется|ются))(?![\p{L}])/gu, cases: ["nom", "dat", "gen", "other"] },
  ],
  kk: [
    { re: /(?<![\p{L}])(?:тыйым\s+салынады|жол\s+берілмейді|рұқсат\s+етілмейді)(?![\p{L}])/gu, cases: ["dat", "gen"] },
    { re: /(?<![\p{L}])(?:құқылы\s+емес|құқығынан\s+(?:[\p{L}\d]+\s+){0,3}айырылады)(?![\p{L}])/gu, cases: ["nom"] },
    { re: /(?<![\p{L}])құқығы\s+жоқ(?![\p{L}])/gu, cases: ["nom", "gen"] },
    { re: /(?<![\p{L}])құқ(?:ығы|ықтары)\s+шектеледі(?![\p{L}])/gu, cases: ["nom", "gen", "other"] },
  ],
};

/** Restrictions of rights addressed to persons in one paragraph (the sentence does not refer to a law). */
export function personRestrictions(p: ParsedParagraph, opts: { skipLawRef: boolean }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const { re, cases } of RESTRICTIONS[p.language]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.folded)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (negatedBefore(p, start) || inQuotes(p, start)) continue;
      // «Заявителю не допускается отказ в приеме», «өтініш берушіге бас тартуға жол берілмейді»: a ban on the
      // body's action that protects the person.
      if (p.language === "ru" && /^\s*(?:\p{L}+\s+)?(?:отказ|требовани|истребовани|взимани|вмешательств|препятствовани|ограничени|дискриминаци)/u.test(p.folded.slice(end, end + 40))) continue;
      if (p.language === "kk" && /(?:бас\s+тартуға|талап\s+етуге|кедергі\s+(?:келтіруге|жасауға)|араласуға|шектеуге|кемсітуге)\s+$/u.test(p.folded.slice(Math.max(0, start - 40), start))) continue;
      // «Право граждан … ограничивается»: the person is named inside the match.
      const inner = cases.includes("other");
      const who = addresseeOf(p, inner ? end : start, end, cases);
      if (!who || who.kind !== "person") continue;
      if (opts.skipLawRef && refersToLaw(sentenceAt(p, start, end).text, p.language)) continue;
      out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** «Запрещается мойка / проведение / размещение …», «… өндіруге / жерлеуге тыйым салынады»: group 1 is the ban. */
const ACTIVITY_BAN: Record<"ru" | "kk", RegExp> = {
  ru: /(?:^|[.;:]\s*|\d+\.\s*)(запрещается)\s+\p{L}+(?:ние|ка|ля|ство|ход|зд)(?![\p{L}])/du,
  kk: /(?<![\p{L}])\p{L}+(?:уге|уға|уына|уіне)\s+((?:тыйым\s+салынады|жол\s+берілмейді))(?![\p{L}])/du,
};
/**
 * The activity named first and banned at the end of the sentence: «Посещение катка лицами … без сопровождения …
 * не допускается», «Нахождение посетителя … более тридцати минут не допускается». Group 1 is the ban.
 */
const ACTIVITY_BAN_AFTER_RU =
  /(?:^|[.;:]\s*|\d+\.\s*)(?!отказ|истребовани|требовани|вмешательств|ограничени|дискриминаци|взимани|разглашени|препятствовани|принуждени|использовани|передач|обработк)\p{L}+(?:ние|тие|ка|ля|жа)\s[^.;:]{0,200}?\s(не\s+допускается|запрещается|не\s+разрешается)\s*(?:[.;]|$)/du;

/** Bans that protect persons: on refusing, demanding, interfering, restricting, discriminating. */
const PROTECTIVE_BAN: Record<"ru" | "kk", RegExp> = {
  ru: /запрещается\s+(?:отказ|истребовани|вмешательств|ограничени|дискриминаци|взимани|разглашени|препятствовани|принуждени)/u,
  kk: /(?:тартуға|етуге|келтіруге|жасауға|араласуға|араласуына|шектеуге|кемсітуге|жариялауға|мәжбүрлеуге)\s+(?:тыйым|жол)/u,
};
/** The ban addresses a state body or official, not persons. */
// The shared state-body patterns are global (for matchAll); a `test` needs them without `g`.
const STATE_IN_SENTENCE: Record<"ru" | "kk", RegExp> = { ru: new RegExp(RU_STATE.source, "u"), kk: new RegExp(KK_STATE.source, "u") };

export default defineRule({
  id: "CONST-RIGHTS-RESTRICTION-BYLAW",
  pack: "constitution",
  brief: ["C-01"],
  severity: "error",
  actTypes: SUBORDINATE_ACT_TYPES,
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "41", paragraph: "1" },
  messages: {
    ru: {
      title: "Ограничение прав в подзаконном акте: «{quote}»",
      message: "Подзаконный акт устанавливает для граждан или организаций запрет или ограничение («{quote}») без ссылки на закон; требует экспертной проверки.",
      explanation:
        "Права и свободы человека и гражданина могут быть ограничены только законами и лишь в той мере, в какой это необходимо для защиты конституционного строя, прав и свобод, национальной безопасности, общественного порядка, здоровья и нравственности (Конституция 2026 года, п. 1 ст. 41). Подзаконный акт только детализирует закон и не может содержать норм, выходящих за его пределы (Закон «О правовых актах», п. 1 ст. 24). Запрет или ограничение, адресованные лицам в подзаконном акте без опоры на закон, — возможное противоречие этим нормам. Рекомендуется указать норму закона, которая устанавливает ограничение, или исключить его.",
    },
    kk: {
      title: "Заңға тәуелді актідегі құқықтарды шектеу: «{quote}»",
      message: "Заңға тәуелді акт азаматтарға немесе ұйымдарға заңға сілтемесіз тыйым немесе шектеу («{quote}») белгілейді; сараптамалық тексеруді қажет етеді.",
      explanation:
        "Адам мен азаматтың құқықтары мен бостандықтары тек заңдармен және конституциялық құрылысты, адам құқықтары мен бостандықтарын, ұлттық қауіпсіздікті, қоғамдық тәртіпті, денсаулық пен имандылықты қорғау үшін қажетті шамада ғана шектелуі мүмкін (2026 жылғы Конституцияның 41-бабының 1-тармағы). Заңға тәуелді акт заңды тек нақтылайды және оның шегінен шығатын нормаларды қамтуы мүмкін емес («Құқықтық актілер туралы» Заңның 24-бабының 1-тармағы). Заңға тәуелді актіде заңға сүйенбей тұлғаларға бағытталған тыйым немесе шектеу — осы нормалармен ықтимал қайшылық. Шектеуді белгілейтін заң нормасын көрсету немесе шектеуді алып тастау ұсынылады.",
    },
    en: {
      title: "Rights restricted by a subordinate act: «{quote}»",
      message: "The subordinate act imposes a ban or restriction on persons or businesses («{quote}») without referring to a law; requires expert review.",
      explanation:
        "Human and civil rights and freedoms may be restricted only by laws and only as far as necessary to protect the constitutional order, rights and freedoms, national security, public order, health and morals (Constitution 2026 art. 41(1)). A subordinate act only details the law and may not go beyond it (Law \"On Legal Acts\" art. 24(1)). A ban or restriction addressed to persons in a subordinate act with no basis in a law is a possible conflict with these norms. Cite the statutory norm that sets the restriction, or remove it.",
    },
  },
  detect(ctx) {
    const status = subordinateStatus(ctx);
    if (status === "no") return [];
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const found = personRestrictions(p, { skipLawRef: true });
      for (const r of found) {
        spans.push({ para: positionOf(ctx, p), ...r, ...(status === "maybe" ? { severity: "warning" as const } : {}) });
      }
      // A ban on an activity with nobody named («Запрещается мойка транспортных средств вне …», «… құм өндіруге
      // тыйым салынады») restricts everyone who would do it: a warning, since the addressee is left implicit.
      if (found.length === 0) {
        const m = ACTIVITY_BAN[p.language].exec(p.folded) ?? (p.language === "ru" ? ACTIVITY_BAN_AFTER_RU.exec(p.folded) : null);
        if (m && !negatedBefore(p, m.index)) {
          const start = m.indices![1]![0];
          const s = sentenceAt(p, start, start + m[1]!.length).text;
          if (!refersToLaw(s, p.language) && !STATE_IN_SENTENCE[p.language].test(s) && !inQuotes(p, start) && !PROTECTIVE_BAN[p.language].test(m[0])) {
            spans.push({ para: positionOf(ctx, p), start, end: start + m[1]!.length, severity: "warning" });
          }
        }
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "kk",
        actType: "agency-order",
        text: "7. Біліктілік емтиханын тапсырмаған адамдар екі жыл бойы бағалау қызметімен айналысу құқығынан айырылады.",
        quote: "құқығынан айырылады",
      },
      {
        lang: "ru",
        actType: "agency-order",
        text: "7. Лица, не сдавшие квалификационный экзамен, лишаются права заниматься оценочной деятельностью в течение двух лет.",
        quote: "лишаются права",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "7. Гражданам запрещается разводить костры и устанавливать палатки на территории городских парков.",
        quote: "запрещается",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "15. Заявитель не вправе повторно обращаться за получением субсидии в течение трех лет.",
        quote: "не вправе",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "4. Запрещается физическим лицам осуществлять торговлю с рук на остановках общественного транспорта.",
        quote: "Запрещается",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "7. Азаматтарға қалалық саябақтардың аумағында от жағуға және шатыр орнатуға тыйым салынады.",
        quote: "тыйым салынады",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "15. Өтініш беруші үш жыл ішінде субсидия алу үшін қайта жүгінуге құқылы емес.",
        quote: "құқылы емес",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "4. Азаматтардың қалалық саябақтарда от жағуына тыйым салынады.",
        quote: "тыйым салынады",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "8. Нахождение посетителя в общественном туалете более тридцати минут не допускается.",
        quote: "не допускается",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "4. Он төрт жасқа толмаған балалардың мұз айдынына ата-анасының алып жүруінсіз кіруіне жол берілмейді.",
        quote: "жол берілмейді",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "8. Истребование у посетителя документов, не предусмотренных настоящими Правилами, не допускается.",
      },
      {
        lang: "kk",
        actType: "agency-order",
        text: "7. Біліктілік емтиханын тапсырмаған адамдар оны алты айдан кейін қайта тапсыруға құқылы.",
      },
      {
        lang: "ru",
        actType: "agency-order",
        text: "7. Лица, не сдавшие квалификационный экзамен, вправе пересдать его по истечении шести месяцев.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "9. Министерству запрещается требовать от заявителя документы, не предусмотренные настоящими Правилами.",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "7. Гражданам запрещается нарушать правила благоустройства, за что они несут ответственность в соответствии с Кодексом Республики Казахстан об административных правонарушениях.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "5. Гражданам запрещается разводить костры в пожароопасный период в лесах государственного лесного фонда.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "12. Услугодатель не вправе отказать в приеме заявления, если услугополучатель представил полный пакет документов.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "9. Министрлікке өтініш берушіден осы Қағидаларда көзделмеген құжаттарды талап етуге тыйым салынады.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "8. Лауазымды адамдарға өтініш берушінің дербес деректерін жария етуге тыйым салынады.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "10. Заявителю не допускается отказ в приеме документов по мотивам их неполноты.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "3. Азаматтардың құқықтары мен бостандықтарын саяси себептермен шектеуге жол берілмейді.",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "7. Азаматтарға Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексіне сәйкес көріктендіру қағидаларын бұзуға тыйым салынады.",
      },
    ],
  },
});
