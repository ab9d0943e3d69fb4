/**
 * What the RIA rules and the RIA checklist share: where a draft introduces a requirement for business
 * (legal brief §4.3 triggers) and whether it speaks of an RIA, its approval, publication or cancelled
 * requirements. Pure; works on the parsed document.
 *
 * A trigger counts only when, in the same sentence, three signals meet: a trigger word (permit, inspection,
 * report, requirement, fine, mandatory membership), an addressee that is a business (субъекты
 * предпринимательства, юридические лица, лицензиат, заявитель for permits …) and a verb that imposes it
 * (обязан, должен, представляет, подлежит, не допускается без …). A sentence that only refers to duties set
 * elsewhere («в соответствии с законодательством») does not count.
 */
import { LEGISLATIVE_TYPES, SUBORDINATE_TYPES } from "../../data/act-hierarchy";
import type { ActType, Language } from "../../../contract";
import type { ParsedDocument, ParsedParagraph } from "../../document/model";
import { findAll, phraseRegex, wordRegex, type Match } from "../../document/match";
import { sentenceBounds } from "../helpers";

export type TriggerKind = "permit" | "control" | "reporting" | "technical" | "liability" | "membership";

export interface Trigger {
  kind: TriggerKind;
  /** Position in doc.paragraphs. */
  para: number;
  start: number;
  end: number;
  /** The trigger words as written. */
  quote: string;
  /** The sentence (as written) that carries the trigger, for evidence. */
  sentence: string;
  /**
   * Inferred from a duty written in the present tense («Владелец автозаправочной станции устраняет …») rather
   * than named by an instrument word (permit, report, fine): a weaker signal.
   */
  inferred?: boolean;
}

const TRIGGER_WORDS: Record<TriggerKind, Record<Language, readonly string[]>> = {
  permit: {
    ru: [
      "лицензи*",
      "разрешени*",
      "разрешительн* порядк*",
      "разрешительн* документ*",
      "уведомлени* о начале",
      "аккредитаци*",
      "аттестаци*",
      "согласовани* размещени*",
      "согласовани* на размещение",
    ],
    kk: [
      "лицензия*",
      "рұқсат*",
      "қызметтің басталғаны туралы хабарлама*",
      "хабарлама жасау тәртіб*",
      "аккредитте*",
      "аттестатта*",
      "орналастыруды келісу*",
      "орналастыруға келісім*",
    ],
  },
  control: {
    ru: ["проверк*", "контрол* и надзор*", "профилактическ* контрол*", "осмотр*"],
    kk: ["тексеру*", "тексеріс*", "бақылау және қадағалау", "профилактикалық бақылау*"],
  },
  reporting: {
    ru: ["отчет*", "отчетност*", "информиру* уполномоченн* орган*", "сведени* о деятельности", "ежемесячно", "ежеквартально"],
    kk: ["есеп бер*", "есептер*", "есептілік*", "есепті ұсын*", "есеп ұсын*", "уәкілетті органды хабардар ет*", "ай сайын", "тоқсан сайын"],
  },
  technical: {
    ru: ["квалификационн* требовани*", "требовани* к", "обязан* обеспечить", "обязан* обеспечивать", "должн* соответствовать", "являет* обязательн* для", "санитарно-эпидемиологическ* требовани*"],
    kk: ["қойылатын талаптар*", "санитариялық-эпидемиологиялық талаптар*", "біліктілік талаптар*", "қамтамасыз етуге міндетті", "сәйкес болуға тиіс"],
  },
  liability: {
    ru: ["штраф*", "приостановлени* деятельности", "лишени* лицензии"],
    kk: ["айыппұл*", "қызметін тоқтата тұру*", "лицензиядан айыру*"],
  },
  membership: {
    ru: ["обязательн* членств*", "обязательн* страховани*", "членск* взнос*"],
    kk: ["міндетті мүшелік*", "міндетті сақтандыру*", "мүшелік жарна*"],
  },
};

const KINDS = Object.keys(TRIGGER_WORDS) as TriggerKind[];
const TRIGGER_RE: Record<TriggerKind, Record<Language, RegExp>> = Object.fromEntries(
  KINDS.map((k) => [k, { ru: phraseRegex(TRIGGER_WORDS[k].ru), kk: phraseRegex(TRIGGER_WORDS[k].kk) }]),
) as Record<TriggerKind, Record<Language, RegExp>>;

/** Who a requirement binds: businesses (not citizens, not state bodies). */
const BUSINESS = {
  ru: phraseRegex([
    "субъект* предпринимательств*",
    "субъект* частного предпринимательства",
    "субъект* малого предпринимательства",
    "субъект* среднего предпринимательства",
    "субъект* крупного предпринимательства",
    "индивидуальн* предпринимател*",
    "юридическ* лиц*",
    "хозяйствующ* субъект*",
    "субъект* рынка",
    "участник* рынка",
    "лицензиат*",
    "заявител*",
    "перевозчик*",
    "недропользовател*",
    "застройщик*",
    "поставщик*",
    "производител*",
    "импортер*",
    "экспортер*",
    "продав*",
    "владел*",
    "оператор*",
    "предприяти*",
    "работодател*",
    "субъект* квазигосударственного сектора",
    "организаци* осуществляющ*",
    "организаци*, осуществляющ*",
    "лиц*, осуществляющ*",
    "землепользовател*",
    "пастбищепользовател*",
    "природопользовател*",
    "охранн* организаци*",
    "агентств*",
    "промышленн* абонент*",
    "производственн* абонент*",
    "объект* оказывающ*",
    "объект*, оказывающ*",
    "организаци* оказывающ*",
    "организаци*, оказывающ*",
  ]),
  kk: phraseRegex([
    "кәсіпкерлік субъекті*",
    "жеке кәсіпкер*",
    "заңды тұлға*",
    "шаруашылық жүргізуші субъекті*",
    "нарық субъекті*",
    "нарыққа қатысушы*",
    "лицензиат*",
    "өтініш беруші*",
    "тасымалдаушы*",
    "жер қойнауын пайдаланушы*",
    "құрылыс салушы*",
    "өнім беруші*",
    "өндіруші*",
    "импорттаушы*",
    "экспорттаушы*",
    "сатушы*",
    "иес*",
    "оператор*",
    "кәсіпорын*",
    "жұмыс беруші*",
    "квазимемлекеттік сектор субъекті*",
    "жүзеге асыратын ұйым*",
    "жүзеге асыратын тұлға*",
    "жер пайдаланушы*",
    "жайылым пайдаланушы*",
    "табиғат пайдаланушы*",
    "күзет ұйым*",
    "агенттіг*",
    "агенттікт*",
    "өндірістік абонент*",
    "қызмет* көрсететін объекті*",
    "қызмет* көрсететін ұйым*",
  ]),
};

/** Verbs and turns that impose something on the addressee. */
const IMPOSES = {
  ru: phraseRegex([
    "обязан",
    "обязана",
    "обязаны",
    "обязуются",
    "должен",
    "должна",
    "должно",
    "должны",
    "представля*",
    "проводится",
    "проводятся",
    "представит*",
    "получа*",
    "получить",
    "подлеж*",
    "не допускается",
    "запрещается",
    "при наличии",
    "на основании лицензии",
    "на основании разрешения",
    "уведомля*",
    "проходят",
    "проходит",
    "влечет",
    "налагается",
    "налагаются",
    "устанавливаются",
    "предъявляются",
    "направля*",
    "взыскива*",
    "является обязательным",
    "являются обязательными",
    "утвердить",
  ]),
  kk: phraseRegex([
    "міндетті",
    "міндетті*",
    "тиіс",
    "тиісті емес",
    "ұсынады",
    "ұсынуға",
    "жүргізіледі",
    "алуға",
    "алады",
    "жатады",
    "жатпайды",
    "жол берілмейді",
    "тыйым салынады",
    "болған кезде",
    "негізінде",
    "хабардар етеді",
    "береді",
    "өтеді",
    "әкеп соғады",
    "салынады",
    "белгіленеді",
    "қойылады",
    "жібереді",
    "өндіріп алынады",
    "бекітілсін",
  ]),
};

/** The sentence only points to duties set elsewhere. */
const REFERS_ELSEWHERE =
  /в соответствии с (действующим )?законодательств|в порядке,? (установленном|предусмотренном) законодательств|законодательством республики казахстан|заңнамасына сәйкес|заңнамасында (белгіленген|көзделген)/u;

/** «разрешение споров», «рұқсат етілген» (allowed) and the like are not permits. */
const NOT_A_PERMIT = /^(разрешени\p{L}*\s+(спор|вопрос|конфликт|ситуац|проблем|разноглас)|рұқсат\s+етіл|рұқсат\s+етпейді|рұқсат\s+етеді)/u;

/** Reporting with words between the report and the verb: «есепті ай сайын ұсынуға міндетті». */
const REPORT_GAP: Record<Language, RegExp | null> = {
  ru: null,
  kk: wordRegex("есеп(?:ті|терді|тер)?\\s+(?:\\p{L}+\\s+){1,3}(?:ұсын|тапсыр|жібер)\\p{L}*"),
};

/**
 * A business named beyond doubt, in the nominative, as the subject of a duty written in the present tense:
 * «Собственники и арендаторы торговых объектов ежедневно очищают …», «Автожанармай құю станциясының иесі … жояды».
 * Applicants, citizens and bare «владелец»/«иесі» are left out: they are as often private persons.
 */
const COMMERCIAL_OWNER_RU =
  "(?:собственник(?:и)?|владел(?:ец|ьцы)|арендатор(?:ы)?|пользовател(?:ь|и))(?:\\s+(?:и|или)\\s+(?:собственник|владел|арендатор|пользовател)\\p{L}*)?(?:\\s+\\p{L}+){0,2}?\\s+(?:торгов|коммерческ|автозаправочн|киоск|павильон|магазин|рынк|рынок|ресторан|кафе|гостиниц|склад|производствен|объект\\p{L}*\\s+(?:торговли|общественного\\s+питания|бытового|сервиса|придорожного))\\p{L}*(?:\\s+(?:объект|точк|станци|сет|центр|комплекс|павильон|помещени)\\p{L}*)?";
const COMMERCIAL_OWNER_KK =
  "(?:сауда|коммерциялық|автожанармай\\s+құю|жанармай\\s+құю|қоғамдық\\s+тамақтану|тұрмыстық\\s+қызмет\\s+көрсету|базар|дүкен|дүңгіршек|павильон|қойма|өндірістік)\\p{L}*(?:\\s+\\p{L}+){0,2}?\\s+(?:меншік\\s+иелері|меншік\\s+иесі|иелері|иесі|жалға\\s+алушылары|жалға\\s+алушысы)(?:\\s+(?:мен|және|немесе)\\s+(?:меншік\\s+иелері|иелері|иесі|жалға\\s+алушылары|жалға\\s+алушысы))?";
const DUTY_SUBJECT: Record<Language, RegExp> = {
  ru: wordRegex(
    [
      "субъект(?:ы)?\\s+(?:частного\\s+|малого\\s+|среднего\\s+|крупного\\s+)?предпринимательства",
      "субъект(?:ы)?\\s+квазигосударственного\\s+сектора",
      "индивидуальн(?:ый|ые)\\s+предпринимател(?:ь|и)",
      "юридическ(?:ое|ие)\\s+(?:лицо|лица)",
      "хозяйствующ(?:ий|ие)\\s+субъект(?:ы)?",
      "работодател(?:ь|и)",
      "лицензиат(?:ы)?",
      "перевозчик(?:и)?",
      "недропользовател(?:ь|и)",
      "застройщик(?:и)?",
      "производител(?:ь|и)",
      "импортер(?:ы)?",
      "экспортер(?:ы)?",
      "организаци(?:я|и),?\\s+осуществляющ(?:ая|ие)",
      COMMERCIAL_OWNER_RU,
    ].join("|"),
  ),
  kk: wordRegex(
    [
      "кәсіпкерлік\\s+субъектілері",
      "кәсіпкерлік\\s+субъектісі",
      "жеке\\s+кәсіпкерлер",
      "жеке\\s+кәсіпкер",
      "заңды\\s+тұлғалар",
      "заңды\\s+тұлға",
      "жұмыс\\s+берушілер",
      "жұмыс\\s+беруші",
      "квазимемлекеттік\\s+сектор\\s+субъектілері",
      "квазимемлекеттік\\s+сектор\\s+субъектісі",
      "лицензиаттар",
      "лицензиат",
      "тасымалдаушылар",
      "тасымалдаушы",
      "жер\\s+қойнауын\\s+пайдаланушылар",
      "жер\\s+қойнауын\\s+пайдаланушы",
      "құрылыс\\s+салушылар",
      "құрылыс\\s+салушы",
      "өндірушілер",
      "импорттаушылар",
      "экспорттаушылар",
      "(?:\\p{L}+\\s+){1,4}жүзеге\\s+асыратын\\s+ұйым(?:дар)?",
      COMMERCIAL_OWNER_KK,
    ].join("|"),
  ),
};

/** Verbs of a duty in the present tense (Russian drafting states duties in the indicative). */
export const DUTY_VERB: Record<Language, RegExp> = {
  ru: wordRegex(
    [
      "(?:очища|обеспечива|оснаща|устраня|соблюда|выполня|исполня|представля|предоставля|уведомля|размеща|устанавлива|согласовыва|сообща|направля|убира|заключа|получа|сда|уплачива|оплачива|возмеща|восстанавлива|подключа|переда|обновля)(?:ют|ет)",
      "(?:информиру|оборуду|регистриру|страху|ремонтиру)(?:ют|ет)",
      "(?:вывоз|провод|хран|проход)(?:ят|ит)",
      "принима(?:ют|ет)\\s+(?:\\p{L}+\\s+)?мер\\p{L}*",
      "содерж(?:ат|ит)",
      "вед(?:ут|ет)",
      "нес(?:ут|ет)",
      "обязан(?:ы|а|о)?",
      "должн(?:ы|а|о)?",
    ].join("|"),
  ),
  kk: wordRegex(
    [
      "тазалайды",
      "қамтамасыз\\s+етеді",
      "жарақтандырады",
      "жабдықтайды",
      "жояды",
      "сақтайды",
      "орындайды",
      "ұсынады",
      "жүргізеді",
      "хабардар\\s+етеді",
      "хабарлайды",
      "орнатады",
      "орналастырады",
      "өтеді",
      "жібереді",
      "тіркейді",
      "келіседі",
      "ұстайды",
      "сақтандырады",
      "төлейді",
      "қалпына\\s+келтіреді",
      "өткізеді",
      "жөндейді",
      "тапсырады",
      "міндетті",
      "тиіс",
    ].join("|"),
  ),
};

/** A right, an option or an exemption, not a duty. */
const NOT_A_DUTY: Record<Language, RegExp> = {
  ru: /вправе|(?<!\p{L})(?:может|могут)(?!\p{L})|име(?:ет|ют)\s+право|не\s+(?:обязан|должн)|освобожда|не\s+допускается\s+требовать/u,
  kk: /құқылы|құқығы\s+бар|мүмкін|міндетті\s+емес|тиіс\s+емес|босатылады/u,
};

/** What may stand before the subject: numbering, an opening quote, a word or two («Физические и», «При этом»). */
const SUBJECT_LEAD = /^[\s«"„(]*(?:\d+(?:[-.]\d+)*[.)]\s*)*(?:\p{L}+[\s,]+){0,2}$/u;

/** The sentences of `p` where a business is the subject of a duty in the present tense (one per sentence). */
function dutySentences(p: ParsedParagraph, aliases: RegExp | null): { start: number; end: number; subject: Match }[] {
  const lang = p.language;
  const out: { start: number; end: number; subject: Match }[] = [];
  const seen = new Set<number>();
  const subjects = [...findAll(DUTY_SUBJECT[lang], p.text, p.folded), ...(aliases ? findAll(aliases, p.text, p.folded) : [])];
  for (const subj of subjects) {
    const b = sentenceBounds(p, subj.start);
    if (seen.has(b.start)) continue;
    const lead = p.folded.slice(b.start, subj.start);
    if (!SUBJECT_LEAD.test(lead) || matches(STATE_BODY, p, b.start, subj.start).length > 0) continue;
    const rest = p.folded.slice(subj.end, Math.max(b.end, subj.end));
    if (lang === "kk" && /^\s*(?:үшін|туралы|бойынша|арасында)/u.test(rest)) continue;
    if (NOT_A_DUTY[lang].test(rest)) continue;
    DUTY_VERB[lang].lastIndex = 0;
    if (!DUTY_VERB[lang].test(rest)) continue;
    seen.add(b.start);
    out.push({ start: b.start, end: Math.max(b.end, subj.end), subject: subj });
  }
  return out;
}

/** The kinds of trigger as words for each UI language (for messages that list what was found). */
export const TRIGGER_KIND_NAMES: Record<TriggerKind, { kk: string; ru: string; en: string }> = {
  permit: { ru: "разрешительный или уведомительный порядок", kk: "рұқсат беру немесе хабарлама жасау тәртібі", en: "permit or notification regime" },
  control: { ru: "проверки, контроль и надзор", kk: "тексерулер, бақылау және қадағалау", en: "inspections, control and supervision" },
  reporting: { ru: "отчетность", kk: "есептілік", en: "reporting" },
  technical: { ru: "требования к деятельности", kk: "қызметке қойылатын талаптар", en: "technical or qualification requirements" },
  liability: { ru: "штрафы и ответственность", kk: "айыппұлдар және жауаптылық", en: "fines and liability" },
  membership: { ru: "обязательное членство, взносы, страхование", kk: "міндетті мүшелік, жарналар, сақтандыру", en: "mandatory membership, fees, insurance" },
};

/** Paragraphs the RIA rules read: quoted new wording counts (it is what an amending act introduces); notes and the heading do not. */
export function riaParagraphs(doc: ParsedDocument): ParsedParagraph[] {
  return doc.paragraphs.filter((p) => p.kind !== "blank" && !p.isNote && !p.isHeading);
}

function matches(re: RegExp, p: ParsedParagraph, from: number, to: number): Match[] {
  return findAll(re, p.text, p.folded).filter((m) => m.start >= from && m.end <= to);
}

/** «(далее – пользователи)», «(бұдан әрі – орындаушы)»: a short name the draft gives to an addressee. */
const ALIAS_DEF = /\((?:далее|бұдан\s+әрі)\s*[-–—]\s*([^)]{2,60})\)/gu;
/** Short names of documents, places and things, not of addressees. */
const NOT_AN_ADDRESSEE =
  /^(?:правил|қағида|закон|заң|кодекс|проект|пилот|жоба|порядок|порядк|тәртіп|перечен|тізбе|требовани|талап|программ|бағдарлам|решени|шешім|приказ|бұйрық|постановлени|қаулы|договор|шарт|реестр|тізілім|систем|жүйе|информационн|ақпараттық|объект|нысан|территори|аумақ|зон|аймақ|услуг|қызмет|заявлени|өтініш|документ|құжат|средств|қаражат|портал|платформ|сайт|интернет|уәкілетті|уполномоченн|орган|комисси|департамент|управлени|басқарма|отдел|бөлім|комитет|министр|әкім|аким|маслихат|мәслихат|центр|орталық|фонд|қор|мкр|цон|хқко|кодекс|мрп|аек|ндс|ққс|ктру|оквэд|экқжж)/u;
const RU_ENDING = /(?:ями|ами|ого|его|ому|ему|ыми|ими|ая|яя|ое|ее|ые|ие|ый|ий|ой|ов|ев|ей|ам|ям|ах|ях|ом|ем|а|я|о|е|и|ы|у|ю|ь|й)$/u;

const aliasCache = new WeakMap<ParsedDocument, RegExp | null>();

/**
 * The short names the draft gives to businesses («… физическими и юридическими лицами (далее – пользователи)»,
 * «Пилоттық жобаға қатысушы (бұдан әрі – қатысушы) – … жеке кәсіпкер немесе заңды тұлға»), as one regex: a duty
 * of «Пользователь» or «Қатысушы» later in the text is a duty of a business.
 */
export function businessAliases(doc: ParsedDocument): RegExp | null {
  if (aliasCache.has(doc)) return aliasCache.get(doc)!;
  const phrases = new Set<string>();
  for (const p of doc.paragraphs) {
    if (p.isNote) continue;
    ALIAS_DEF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ALIAS_DEF.exec(p.folded)) !== null) {
      const alias = m[1]!.trim().replace(/[«»"„“”]/gu, "");
      if (!/^\p{L}/u.test(alias) || alias.split(/\s+/u).length > 4 || NOT_AN_ADDRESSEE.test(alias)) continue;
      if (findAll(STATE_BODY, alias).length > 0) continue;
      const b = sentenceBounds(p, m.index);
      const before = p.folded.slice(Math.max(b.start, m.index - 160), m.index);
      const rest = p.folded.slice(m.index + m[0].length, Math.max(b.end, m.index + m[0].length));
      // The addressee is named just before the short name, or defined right after it («(…) – … заңды тұлға»).
      const named = findAll(BUSINESS[p.language], before).length > 0 || (/^\s*[-–—]/u.test(rest) && findAll(BUSINESS[p.language], rest).length > 0);
      if (!named) continue;
      const words = alias.split(/\s+/u).map((w) => {
        if (p.language === "kk") return `${w}*`;
        const stem = w.replace(RU_ENDING, "");
        return stem.length >= 4 ? `${stem}*` : `${w}*`;
      });
      phrases.add(words.join(" "));
    }
  }
  const re = phrases.size > 0 ? phraseRegex([...phrases]) : null;
  aliasCache.set(doc, re);
  return re;
}

/** Every sentence of the draft that introduces a requirement for business, one trigger per sentence and kind. */
export function findTriggers(doc: ParsedDocument): readonly Trigger[] {
  // Five rules (RIA, 60-day entry into force, entry on signing, retroactivity) ask for the same document.
  let cached = triggerCache.get(doc);
  if (!cached) triggerCache.set(doc, (cached = computeTriggers(doc)));
  return cached;
}

const triggerCache = new WeakMap<ParsedDocument, Trigger[]>();

function computeTriggers(doc: ParsedDocument): Trigger[] {
  const out: Trigger[] = [];
  const seen = new Set<string>();
  const aliases = businessAliases(doc);
  for (const p of riaParagraphs(doc)) {
    const para = doc.paragraphs.indexOf(p);
    const lang = p.language;
    const isBusiness = (from: number, to: number) =>
      matches(BUSINESS[lang], p, from, to).length > 0 || (aliases !== null && matches(aliases, p, from, to).length > 0);
    for (const kind of KINDS) {
      for (const m of findAll(TRIGGER_RE[kind][lang], p.text, p.folded)) {
        const word = p.folded.slice(m.start, m.start + 60);
        if (kind === "permit" && NOT_A_PERMIT.test(word)) continue;
        const b = sentenceBounds(p, m.start);
        const end = Math.max(b.end, m.end);
        const key = `${para}:${b.start}:${kind}`;
        if (seen.has(key)) continue;
        const sentence = p.folded.slice(b.start, end);
        if (REFERS_ELSEWHERE.test(sentence)) continue;
        if (!isBusiness(b.start, end)) continue;
        if (matches(IMPOSES[lang], p, b.start, end).length === 0) continue;
        // «ежеквартально», «тоқсан сайын» are reporting only when the business acts, not a state body before it
        // («Отдел ежеквартально уведомляет юридические лица …»).
        if (kind === "reporting" && PERIODIC.test(p.folded.slice(m.start, m.end)) && !addresseeInSentence(p, b.start, end, m.start, aliases)) continue;
        seen.add(key);
        out.push({ kind, para, start: m.start, end: m.end, quote: m.text, sentence: p.text.slice(b.start, end).trim() });
      }
    }
    const gap = REPORT_GAP[lang];
    if (gap) {
      for (const m of findAll(gap, p.text, p.folded)) {
        const b = sentenceBounds(p, m.start);
        const end = Math.max(b.end, m.end);
        const key = `${para}:${b.start}:reporting`;
        if (seen.has(key) || REFERS_ELSEWHERE.test(p.folded.slice(b.start, end))) continue;
        if (!isBusiness(b.start, end)) continue;
        seen.add(key);
        out.push({ kind: "reporting", para, start: m.start, end: m.end, quote: m.text, sentence: p.text.slice(b.start, end).trim() });
      }
    }
    // A business as the subject of a present-tense duty, where no instrument word already spoke for the sentence.
    for (const d of dutySentences(p, aliases)) {
      if (KINDS.some((k) => seen.has(`${para}:${d.start}:${k}`))) continue;
      if (REFERS_ELSEWHERE.test(p.folded.slice(d.start, d.end))) continue;
      seen.add(`${para}:${d.start}:technical`);
      out.push({
        kind: "technical",
        para,
        start: d.subject.start,
        end: d.subject.end,
        quote: d.subject.text,
        sentence: p.text.slice(d.start, d.end).trim(),
        inferred: true,
      });
    }
  }
  return out.sort((a, b) => a.para - b.para || a.start - b.start);
}

const RIA_MENTION = phraseRegex([
  "анализ* регуляторного воздействия",
  "анализ регуляторного воздействия",
  "арв",
  "реттеушілік әсерді талдау*",
  "реттеушілік әсерді талдаудың",
  "реттеушілік әсерді талдауды",
  "реттеушілік әсерді талдаудан",
  "regulatory impact analysis",
]);

/** A mention of the RIA anywhere in the document (notes and headings included). */
export function findRiaMention(doc: ParsedDocument): { para: number; start: number; end: number; sentence: string } | null {
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i]!;
    const m = findAll(RIA_MENTION, p.text, p.folded)[0];
    if (m) {
      const b = sentenceBounds(p, m.start);
      return { para: i, start: m.start, end: m.end, sentence: p.text.slice(b.start, Math.max(b.end, m.end)).trim() };
    }
  }
  return null;
}

/** First match of a phrase set anywhere in the document (notes excluded), with its sentence. */
export function findPhraseInDoc(
  doc: ParsedDocument,
  re: RegExp,
  accept: (p: ParsedParagraph) => boolean = (p) => !p.isNote,
  acceptMatch: (p: ParsedParagraph, m: { start: number; end: number }, foldedSentence: string) => boolean = () => true,
): { para: number; start: number; end: number; sentence: string } | null {
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i]!;
    if (!accept(p)) continue;
    for (const m of findAll(re, p.text, p.folded)) {
      const b = sentenceBounds(p, m.start);
      const end = Math.max(b.end, m.end);
      if (!acceptMatch(p, m, p.folded.slice(b.start, end))) continue;
      return { para: i, start: m.start, end: m.end, sentence: p.text.slice(b.start, end).trim() };
    }
  }
  return null;
}

/** Cancelling requirements: «признать утратившим силу», «исключить», «күші жойылды деп танылсын», «алып тасталсын». */
export const CANCELLATION = phraseRegex([
  "утратившим силу",
  "утратившими силу",
  "утратил* силу",
  "исключить",
  "исключается",
  "исключаются",
  "отменить требовани*",
  "отменяется",
  "отменяются",
  "күші жойылды деп танылсын",
  "күші жойылды деп танылсын",
  "күшін жойды",
  "алып тасталсын",
  "алып тасталады",
  "талапты алып тастау",
  "талаптар алып тасталады",
]);

/**
 * Requirements cancelled by the draft (PK 82(2)): a deletion («исключить», «алып тасталсын») or a repeal of
 * specific units («признать утратившими силу пункты 4 и 7 Требований»). Repealing a whole earlier act that the
 * draft replaces («Признать утратившим силу приказ … «Об утверждении квалификационных требований …»») re-approves
 * the requirements rather than cancelling two of them, so it does not count.
 */
export function findCancellation(doc: ParsedDocument): { para: number; start: number; end: number; sentence: string } | null {
  return findPhraseInDoc(doc, CANCELLATION, (p) => !p.isNote, (p, m, sentence) =>
    /исключ|алып\s+таст|отмен|талап/u.test(p.folded.slice(m.start, m.end)) ||
    /(?:пункт|подпункт|стать|абзац)\p{L}*\s+\d|\d+(?:-\d+)*\)?[-\s]*(?:тармақ|тармақша|бап|абзац)|тармақтар|тармақшалар/u.test(sentence),
  );
}

/** Approval of new instruments by the Interdepartmental Commission or the akimat's consultative body. */
export const APPROVAL = phraseRegex([
  "межведомственн* комисси* по вопросам регулирования предпринимательской деятельности",
  "межведомственн* комисси*",
  "консультативно-совещательн* орган* при акимате",
  "консультативно-совещательн* орган*",
  "ведомствоаралық комиссия*",
  "ведомствоаралық комиссияның",
  "консультативтік-кеңесші орган*",
]);

/** Publication of the RIA results online. */
export const PUBLICATION = phraseRegex([
  "интернет-портал* открытых нормативных правовых актов",
  "интернет-ресурс*",
  "опубликован* результат*",
  "размещ* результат*",
  "ашық нормативтік құқықтық актілердің интернет-портал*",
  "интернет-ресурс*",
  "нәтижелері жарияланады",
  "нәтижелері орналастырылады",
]);

/**
 * PK 80(4) and 82(3): areas RIA does not cover (emergencies, weapons and drugs, state secrets, quarantine,
 * AML/CFT, martial law, industrial safety, financial, tax and customs regulation, the National Bank).
 * Read from the title and heading only: that is where an act says what it regulates.
 */
const EXEMPT_AREA = phraseRegex([
  "чрезвычайн* ситуаци*",
  "оружи*",
  "наркотическ*",
  "психотропн*",
  "государственн* секрет*",
  "карантин*",
  "легализаци*",
  "отмывани*",
  "финансировани* терроризма",
  "экстремизм*",
  "военн* положени*",
  "промышленн* безопасност*",
  "контрразведыват*",
  "оперативно-розыскн*",
  "налог*",
  "таможен*",
  "финансов* организаци*",
  "национальн* банк*",
  "финансового рынка",
  "төтенше жағдай*",
  "қару*",
  "есірткі*",
  "мемлекеттік құпия*",
  "карантин*",
  "заңсыз жолмен алынған кірістерді заңдастыру*",
  "терроризмді қаржыландыру*",
  "экстремизм*",
  "соғыс жағдайы*",
  "өнеркәсіптік қауіпсіздік*",
  "салық*",
  "кеден*",
  "қаржы ұйымдар*",
  "ұлттық банк*",
  "қаржы нарығ*",
]);

/** An international treaty (its parties): ratified treaties are outside PK chapter 7 (art. 80(4)). */
const TREATY = phraseRegex(["договаривающ* сторон*", "договаривающ* государств*", "уағдаласушы тарап*", "уағдаласушы мемлекет*"]);

/** The exempt area named in the document's title or heading, if any (or the draft is a treaty). */
export function findExemptArea(doc: ParsedDocument): { para: number; start: number; end: number; sentence: string } | null {
  const treaty = findPhraseInDoc(doc, TREATY);
  if (treaty) return treaty;
  if (doc.title) {
    const m = findAll(EXEMPT_AREA, doc.title)[0];
    if (m) return { para: -1, start: m.start, end: m.end, sentence: doc.title };
  }
  return findPhraseInDoc(doc, EXEMPT_AREA, (p) => p.isHeading && !p.isNote);
}

/** Acts for which PK 80(3) has the drafter run an RIA (laws initiated by the Government, bylaws, local acts). */
export const RIA_ACT_TYPES: readonly ActType[] = [
  ...LEGISLATIVE_TYPES.filter((t) => t !== "constitutional-law"),
  ...SUBORDINATE_TYPES,
];

/** Whether the draft introduces requirements for business that call for an RIA (and no exemption applies). */
export function riaTriggered(doc: ParsedDocument): { triggers: readonly Trigger[]; exempt: ReturnType<typeof findExemptArea> } {
  const triggers = findTriggers(doc);
  const exempt = triggers.length > 0 ? findExemptArea(doc) : null;
  return { triggers, exempt };
}

/** «лицензию», «ежеквартально представляет отчет» — up to `max` distinct trigger quotes for a message. */
export function triggerList(triggers: readonly Trigger[], max = 4): string {
  const quotes: string[] = [];
  for (const t of triggers) {
    const q = `«${t.quote}»`;
    if (!quotes.includes(q)) quotes.push(q);
    if (quotes.length >= max) break;
  }
  return quotes.join(", ");
}

const PERIODIC = /ежемесячно|ежеквартально|ай\s+сайын|тоқсан\s+сайын/u;

/** State bodies as the subject of a sentence: then the duty is the state's, not the business's. */
const STATE_BODY = phraseRegex([
  "уполномоченн* орган*",
  "местн* исполнительн* орган*",
  "государственн* орган*",
  "акимат*",
  "аким*",
  "министерств*",
  "комитет*",
  "уәкілетті орган*",
  "жергілікті атқарушы орган*",
  "мемлекеттік орган*",
  "әкімдік*",
  "әкім*",
  "министрлік*",
  "отдел*",
  "бөлім*",
  "басқарма*",
]);

/**
 * Whether the sentence [from, to) of `p` binds a business: a business addressee in it, an imposing verb in it
 * (or a present-tense duty verb after the addressee), and no state body named before the addressee (where the state body acts, the duty is its own).
 */
export function addresseeInSentence(p: ParsedParagraph, from: number, to: number, _at: number, aliases: RegExp | null = null): boolean {
  const lang = p.language;
  const biz = [...matches(BUSINESS[lang], p, from, to), ...(aliases ? matches(aliases, p, from, to) : [])].sort((a, b) => a.start - b.start)[0];
  if (!biz) return false;
  if (matches(IMPOSES[lang], p, from, to).length === 0 && matches(DUTY_VERB[lang], p, biz.end, to).length === 0) return false;
  const state = matches(STATE_BODY, p, from, to)[0];
  return !(state && state.start < biz.start);
}

/** Whether the sentence [from, to) of `p` names a business addressee at all. */
export function businessInSentence(p: ParsedParagraph, from: number, to: number): boolean {
  return matches(BUSINESS[p.language], p, from, to).length > 0;
}
