import { around, listLeadIn, matchIn, phrases, scanContent, sentenceOf } from "../helpers";
import type { ParsedParagraph } from "../../document/model";
import { defineRule, type RuleContext } from "../types";

/**
 * Certificates the body can obtain itself from state information systems (address registration, tax debt,
 * criminal record, registration of a legal entity): demanding them from the applicant is a burden.
 */
const STATE_DB_RU = [
  "справк* о прописке",
  "справк* о регистрации по месту жительства",
  "адресн* справк*",
  "справк* об отсутствии налогов* задолженност*",
  "справк* об отсутствии задолженност* по налогам",
  "справк* о несудимости",
  "справк* об отсутствии судимост*",
  "справк* о наличии или отсутствии судимост*",
  "справк* о наличии либо отсутствии судимост*",
  "справк* о государственной регистрации юридическ* лиц*",
  "справк* о зарегистрированн* правах",
];
const STATE_DB_KK = [
  "тіркелген жері туралы анықтама*",
  "мекенжай анықтамасы*",
  "мекенжай туралы анықтама*",
  "тұрғылықты жері бойынша тіркелгені туралы анықтама*",
  "салық берешегінің жоқ екені туралы анықтама*",
  "салық берешегі жоқ екені туралы анықтама*",
  "салық берешегінің жоқтығы туралы анықтама*",
  "сотталмағандығы туралы анықтама*",
  "соттылығының жоқ екені туралы анықтама*",
  "соттылығының болуы не болмауы туралы анықтама*",
  "заңды тұлғаны мемлекеттік тіркеу туралы анықтама*",
  "тіркелген құқықтар туралы анықтама*",
];
const STATE_DB_WORD = /^(?:справк|адресн|анықтама|тіркелген\s+жері|мекенжай|тұрғылықты|салық|сотталмаған|соттылығ|заңды\s+тұлғаны|тіркелген\s+құқық)/u;

/** The body takes the certificate from an information system itself, or it is not demanded. */
const FROM_SYSTEM: Record<"ru" | "kk", RegExp> = {
  ru: /(?:получа|запрашива|истребу|провер)\p{L}*\s+(?:\p{L}+\s+){0,6}?(?:из|в|посредством|через)\s+(?:\p{L}+\s+){0,2}информационн|не\s+(?:требуется|истребуется|представляется)|запрещается\s+(?:требовать|истребовать)|не\s+вправе\s+(?:требовать|истребовать)/u,
  kk: /ақпараттық\s+жүйе\p{L}*\s+(?:\p{L}+\s+){0,4}(?:алады|алынады|тексереді|алу)|талап\s+етілмейді|талап\s+етуге\s+(?:жол\s+берілмейді|тыйым)|талап\s+етуге\s+құқылы\s+емес/u,
};

/** Presenting an identity document to be identified is ordinary (unless the sentence also asks for a state-database certificate). */
const IDENTITY: Record<"ru" | "kk", RegExp> = {
  ru: /идентификац|удостоверяющ\p{L}*\s+личност/u,
  kk: /сәйкестендір|жеке\s+басын\s+куәландыратын/u,
};

/** Notarised copies, originals, personal presence demanded from the applicant. */
const BURDEN = phrases(
  [
    "нотариально засвидетельствованн*",
    "нотариально заверенн*",
    "нотариально удостоверенн*",
    "засвидетельствованн* нотариально",
    "заверенн* нотариально",
    "оригинал",
    "оригиналы",
    "оригинала",
    "оригиналов",
    "подлинник",
    "подлинники",
    "подлинника",
    "подлинников",
    "лично",
    "личной явки",
    "личная явка",
    "личном присутствии",
    ...STATE_DB_RU,
  ],
  [
    "нотариат куәландырған",
    "нотариалды куәландырылған",
    "нотариалдық куәландырылған",
    "нотариаттық куәландырылған",
    "нотариат куәландырылған",
    "түпнұсқа*",
    "жеке өзі",
    "жеке келуі",
    "жеке өзінің келуі",
    ...STATE_DB_KK,
  ],
);

const STATE_DB = phrases(STATE_DB_RU, STATE_DB_KK);

/** The applicant must hand something in or appear. */
const DEMAND: Record<"ru" | "kk", RegExp> = {
  ru: /заявител|услугополучател|получател|претендент|участник\p{L}*\s+(?:конкурс|отбор)|кандидат|специалист|иностран|лицензиат|организаци|владел|охранник|физическ\p{L}*\s+лиц|юридическ\p{L}*\s+лиц|граждан|субъект|пациент|обративш\p{L}*|родител|законн\p{L}*\s+представител/u,
  kk: /өтініш\s+беруш|көрсетілетін\s+қызметті\s+алуш|алушы|үміткер|маман|шетелдік|лицензиат|ұйым|адамдар|(?:конкурсқа|іріктеуге)\s+қатысуш|кандидат|жеке\s+тұлға|заңды\s+тұлға|азамат|субъект|пациент|жүгінген|ата-ана|заңды\s+өкіл/u,
};
const SUBMIT: Record<"ru" | "kk", RegExp> = {
  ru: /представля|представить|представлени|предъявля|предъявить|предъявлени|прилага|прилож|подает|подают|подать|подач|направля|явк|явля[её]тся\s+лично|явиться|прибыть|обязан|требу|необходим/u,
  kk: /ұсын|қоса\s+бер|береді|тапсыр|жібер|келу|келеді|міндетті|талап\s+етіл|қажет/u,
};

/** A choice is offered, or the document is issued by the state body, or «лично» is about an official. */
const LEGIT: Record<"ru" | "kk", RegExp> = {
  ru: /(?:либо|или)\s+(?:через\s+(?:представител|портал|государственн\p{L}*\s+корпораци)|посредством|в\s+электронн|(?:его\s+)?копи|нотариально)|(?:копи\p{L}*|электронн\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:либо|или)\s+(?:оригинал|подлинник)|доверенност|выда[её]т|выдаются|выдается|выдач\p{L}*\s+оригинал|возвраща\p{L}*\s+(?:заявител|услугополучател)|лично\s+(?:отвеча|руковод|контролир|несет|обеспечива|рассматрива|провод|принима|подписыва)|руководител\p{L}*\s+(?:\p{L}+\s+){0,2}лично|орфограф/u,
  kk: /(?:немесе|не\s+болмаса|не)\s+(?:өкіл|портал|мемлекеттік\s+корпорация|электрондық|көшірме|нотариат)|көшірме\p{L}*\s+немесе\s+түпнұсқа|сенімхат|береді\s+түпнұсқа|түпнұсқасы\s+(?:\p{L}+\s+){0,2}беріледі|өтініш\s+берушіге\s+қайтарылады|жеке\s+өзі\s+(?:жауап|басшылық|бақылау|қарайды|қол\s+қояды)|қызметті\s+беруші\s[^.;]*(?:береді|қайтарады)|(?:орган|бөлім|басқарма|комиссия)\p{L}*\s[^.;]*түпнұсқа\p{L}*\s[^.;]*береді/u,
};

/** «Перечень документов, подтверждающих …», «Құжаттар тізбесі»: a list of what the applicant hands in. */
const DOCUMENT_LIST = /перечень\s+(?:\p{L}+\s+){0,2}документов|документ\p{L}*,\s+(?:необходим|подтверждающ|представляем|прилагаем)|құжаттар(?:дың)?\s+тізбесі|растайтын\s+құжаттар|ұсынылатын\s+құжаттар/u;

/** The title over a numbered item: the nearest unnumbered paragraph above it (an annex heading), within a few paragraphs. */
function listTitle(ctx: RuleContext, p: ParsedParagraph): string {
  const at = ctx.doc.paragraphs.indexOf(p);
  for (let i = at - 1; i >= Math.max(0, at - 12); i--) {
    const q = ctx.doc.paragraphs[i]!;
    if (q.isNote) continue;
    if (!/^\s*(?:\d+(?:-\d+)*[.)]|[а-яә-ө]\))/u.test(q.folded)) return q.folded;
  }
  return "";
}

export default defineRule({
  id: "AC-APPLICANT-BURDEN",
  pack: "anticorruption",
  brief: ["AC-06"],
  severity: "warning",
  actTypes: ["government-resolution", "ministerial-order", "agency-order", "maslikhat-decision", "akimat-resolution", "akim-decision"],
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "30", paragraph: "6" },
  messages: {
    ru: {
      title: "Избыточное требование к заявителю: «{quote}»",
      message: "От заявителя требуется «{quote}»; это может создавать избыточную нагрузку — рекомендуется проверить необходимость.",
      explanation:
        "Избыточные требования к заявителю — нотариально засвидетельствованные копии, оригиналы документов, личная явка, документы, которые государственный орган может получить из информационных систем, — являются коррупциогенным фактором (Закон «О правовых актах», п. 6 ст. 30; Предпринимательский кодекс, ст. 81-1 — необходимость и соразмерность требований). Рекомендуется допустить простые или электронные копии, подачу через портал или представителя и получение сведений из государственных информационных систем.",
    },
    kk: {
      title: "Өтініш берушіге артық талап: «{quote}»",
      message: "Өтініш берушіден «{quote}» талап етіледі; бұл артық жүктеме тудыруы мүмкін — қажеттілігін тексеру ұсынылады.",
      explanation:
        "Өтініш берушіге қойылатын артық талаптар — нотариат куәландырған көшірмелер, құжаттардың түпнұсқалары, жеке өзінің келуі, мемлекеттік орган ақпараттық жүйелерден ала алатын құжаттар — сыбайлас жемқорлық тәуекелінің факторы болып табылады («Құқықтық актілер туралы» Заңның 30-бабының 6-тармағы; Кәсіпкерлік кодекстің 81-1-бабы — талаптардың қажеттілігі мен мөлшерлестігі). Қарапайым немесе электрондық көшірмелерге, портал немесе өкіл арқылы беруге және мәліметтерді мемлекеттік ақпараттық жүйелерден алуға жол беру ұсынылады.",
    },
    en: {
      title: "Excessive burden on the applicant: «{quote}»",
      message: "The applicant is required to provide «{quote}»; this may be an excessive burden — review whether it is needed.",
      explanation:
        "Excessive requirements on applicants — notarised copies, originals, personal attendance, documents the state body can obtain from information systems — are a corruption-risk factor (Law \"On Legal Acts\" art. 30(6); Entrepreneurial Code art. 81-1, necessity and proportionality of requirements). Allow plain or electronic copies, submission through the portal or a representative, and retrieval of data from state information systems.",
    },
  },
  detect(ctx) {
    return scanContent(ctx, BURDEN, (p, m) => {
      const lang = p.language;
      const word = p.folded.slice(m.start, m.end);
      const notarised = /^(?:нотариал|нотариат)/u.test(word);
      const original = /^(?:оригинал|подлинник|түпнұсқа)/u.test(word);
      // A subpoint of a list of documents takes its applicant and verb from the lead-in («Заявитель представляет:»).
      const s = sentenceOf(p, m);
      const lead = listLeadIn(ctx, p);
      // «… представляются в виде нотариально засвидетельствованных копий», «… түпнұсқа түрінде ұсынылады»: the
      // submitter is the applicant even when unnamed.
      const passive = /представля(?:ется|ются)|ұсынылады/u.test(s) && (notarised || original || /^жеке\s+өзі/u.test(word));
      // A notarised copy in a list of documents to hand in («…: 1) нотариально засвидетельствованная копия …») is
      // demanded from whoever applies: the paragraph or its lead-in says that documents are submitted.
      const notarisedInList = notarised && (SUBMIT[lang].test(`${lead} ${p.folded}`) || DOCUMENT_LIST.test(`${lead} ${p.folded} ${listTitle(ctx, p)}`));
      if ((!passive && !notarisedInList && (!DEMAND[lang].test(`${lead} ${s}`) || !SUBMIT[lang].test(`${lead} ${s}`))) || LEGIT[lang].test(s)) return false;
      const stateDb = matchIn(STATE_DB, p).filter((x) => s.includes(p.folded.slice(x.start, x.end)));
      if (STATE_DB_WORD.test(word) && !original) return !FROM_SYSTEM[lang].test(s);
      // Identification by an identity document is ordinary, unless the same demand adds a state-database certificate.
      // Personal presence is a burden even then (the identity document can be shown by a representative or online),
      // and so is a notarised copy of it.
      if (IDENTITY[lang].test(s) && stateDb.length === 0 && !notarised && !/^(?:лично|жеке\s+өзі)/u.test(word)) return false;
      // The original of the identity document itself is shown for identification.
      if (original) {
        const { before, after } = around(p, m, 50);
        if (/^\s*(?:\p{L}+\s+)?документ\p{L}*,?\s+удостоверяющ/u.test(after)) return false;
        if (/жеке\s+басын\s+куәландыратын\s+құжат\p{L}*\s+$/u.test(before)) return false;
      }
      // «лично» counts only as a demand to appear or hand in personally, not as a right («вправе обращаться лично»).
      if (/^лично$/u.test(word)) {
        const { before, after } = around(p, m, 40);
        if (/(?:вправе|право|может|могут)\s+(?:\p{L}+\s+){0,2}$/u.test(before) || /(?:вправе|право)\s+\p{L}+\s+$/u.test(before)) return false;
        const near = `${before.slice(-25)} ${after.slice(0, 25)}`;
        if (!/представля|представ(?:ит|ить)|предъявля|пода[её]т|подают|подать|явля|явиться|прибыва|прибыть|присутств|получа|сда[её]т|сдать|обязан/u.test(near)) return false;
      }
      // «нотариально засвидетельствованная доверенность» is about a representative, not the applicant's papers.
      // (also «засвидетельствованная нотариально», where the word comes second).
      if (/нотариал|нотариат/u.test(word)) {
        const { after } = around(p, m, 40);
        if (!/^\s*(?:\p{L}+\s+){0,1}(?:копи|перевод|документ|справк|көшірме|аударма|құжат|анықтама)/u.test(after)) return false;
      }
      return true;
    });
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "6. Для получения лицензии заявитель представляет нотариально засвидетельствованную копию устава и справку банка.",
        quote: "нотариально засвидетельствованную",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "4. Заявитель лично представляет в отдел оригиналы правоустанавливающих документов на земельный участок.",
        quote: "лично",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "6. Лицензия алу үшін өтініш беруші жарғының нотариат куәландырған көшірмесін және банктің анықтамасын ұсынады.",
        quote: "нотариат куәландырған",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "4. Өтініш беруші жер учаскесіне құқық белгілейтін құжаттардың түпнұсқаларын бөлімге ұсынады.",
        quote: "түпнұсқаларын",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. Для постановки на очередь в дошкольную организацию родитель ребенка представляет в отдел образования справку о регистрации по месту жительства.",
        quote: "справку о регистрации по месту жительства",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "5. Мектепке дейінгі ұйымға кезекке қою үшін баланың ата-анасы білім бөліміне тұрғылықты жері бойынша тіркелгені туралы анықтаманы ұсынады.",
        quote: "тұрғылықты жері бойынша тіркелгені туралы анықтаманы",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "8. Участник отбора обязан представить справку об отсутствии налоговой задолженности на дату подачи заявки.",
        quote: "справку об отсутствии налоговой задолженности",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "8. Іріктеуге қатысушы өтінім берілген күнгі салық берешегінің жоқ екені туралы анықтаманы ұсынуға міндетті.",
        quote: "салық берешегінің жоқ екені туралы анықтаманы",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "4. Пациент лично представляет в поликлинику оригинал документа, удостоверяющего личность, и справку о несудимости.",
        quote: "лично",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "4. Пациент емханаға жеке басын куәландыратын құжаттың түпнұсқасын және сотталмағандығы туралы анықтаманы жеке өзі ұсынады.",
        quote: "жеке өзі",
      },
      {
        lang: "ru",
        actType: "agency-order",
        text: [
          "Перечень документов, подтверждающих соответствие квалификационным требованиям",
          "1. Копия документа, подтверждающего право аренды учебного помещения.",
          "2. Нотариально засвидетельствованные копии дипломов преподавателей.",
        ].join("\n"),
        quote: "Нотариально засвидетельствованные",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "Біліктілік талаптарына сәйкестікті растайтын құжаттар тізбесі",
          "1. Агенттердің жоғары білімі туралы дипломдардың нотариат куәландырған көшірмелері.",
        ].join("\n"),
        quote: "нотариат куәландырған",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "agency-order",
        text: [
          "Перечень документов, подтверждающих соответствие квалификационным требованиям",
          "1. Копии дипломов преподавателей либо сведения о них из информационной системы.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "Біліктілік талаптарына сәйкестікті растайтын құжаттар тізбесі",
          "1. Агенттердің жоғары білімі туралы дипломдардың көшірмелері.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "6. Заявитель (либо его представитель по нотариально удостоверенной доверенности) подает заявление через портал.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "9. Услугодатель выдает услугополучателю оригинал свидетельства о регистрации в течение двух рабочих дней.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "6. Өтініш беруші өтінішті жеке өзі немесе өкілі арқылы не портал арқылы береді.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "9. Көрсетілетін қызметті беруші көрсетілетін қызметті алушыға тіркеу туралы куәліктің түпнұсқасын екі жұмыс күні ішінде береді.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "8. Сведения об отсутствии налоговой задолженности участника отбора уполномоченный орган получает из информационной системы органов государственных доходов; справка об отсутствии налоговой задолженности от заявителя не требуется.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "8. Іріктеуге қатысушының салық берешегінің жоқ екені туралы мәліметтерді уәкілетті орган мемлекеттік кірістер органдарының ақпараттық жүйесінен алады, өтініш берушіден анықтама талап етілмейді.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "3. Для идентификации заявитель предъявляет оригинал документа, удостоверяющего личность.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "3. Өтініш беруші сәйкестендіру үшін жеке басын куәландыратын құжаттың түпнұсқасын көрсетеді.",
      },
    ],
  },
});
