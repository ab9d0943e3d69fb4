import { SUBORDINATE_ACT_TYPES } from "../../document/act-type";
import type { ParsedParagraph } from "../../document/model";
import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";
import { addresseeOf, inQuotes, preambleFolded, refersToLaw, sentenceAt, subordinateStatus } from "./common-rights";

/** A payment: a tax, a fee, «плата за …», a contribution, a mandatory payment, a duty. */
const RU_PAYMENT =
  /(?<![\p{L}])(?:плат(?:а|у|ы|ой)\s+(?:за(?!\s+сч[её]т)|в\s+размере)|налог(?:а|и|ов|ом)?|сбор(?:а|ы|ов)?\s+(?:за|в\s+размере|в\s+(?:местный|республиканский)\s+бюджет)|взнос(?:а|ы|ов)?(?!\s+в\s+уставн)|обязательн\p{L}*\s+плат[её]ж\p{L}*|(?<=(?:уплачива|взима)\p{L}*\s+)сбор\p{L}*|пошлин\p{L}*)(?![\p{L}])/gu;
/** A norm that introduces, levies or raises it. */
const RU_LEVY =
  /(?<![\p{L}])(?:взима\p{L}*|устанавлива(?:ется|ются)|установ(?:ить|лен[аоы]?)|ввод(?:ится|ятся)|ввести|уплачива\p{L}*|уплат(?:ить|ят)|подлеж\p{L}*\s+уплате|внос(?:ит|ят|ится|ятся)|оплачива(?:ет|ют|ется|ются)|повыс(?:ить|ится)|увелич(?:ить|ивается))(?![\p{L}])/u;
const RU_FREE = /бесплатн|безвозмездн|(?<![\p{L}])без\s+взимания|(?<![\p{L}])не\s+взима|(?<![\p{L}])не\s+уплачива|освобожда|освобожд|за\s+сч[её]т\s+(?:средств\s+)?(?:бюджет|государств)|уставн\p{L}*\s+капитал|общеустановленн|в\s+установленном\s+порядке/u;

const KK_PAYMENT =
  /(?<![\p{L}])(?:(?:үшін\s+)?ақы(?:сы|ны)?|төлемақы\p{L}*|алым(?:ы|ды|дар\p{L}*)?|жарна(?!ма)\p{L}*|міндетті\s+төлем\p{L}*|салық(?:ты|тар\p{L}*)?|баж\p{L}*)(?![\p{L}])/gu;
const KK_LEVY =
  /(?<![\p{L}])(?:алынады|алынсын|белгіленсін|белгіленеді|енгізіледі|енгізілсін|төлейді|төленеді|төлеуге\s+міндетті|өндіріледі|өндіріп\s+алынады|арттырылсын|ұлғайтылсын)(?![\p{L}])/u;
const KK_FREE = /жарғылық\s+капитал|жалпы\s+белгіленген\s+тәртіппен|белгіленген\s+тәртіппен|тегін|ақысыз|өтеусіз|алынбайды|төленбейді|босатыл|бюджет\s+қаражаты\s+есебінен/u;

const RU_CREATE = /(?<![\p{L}])(?:взима\p{L}*|устанавлива(?:ется|ются)|установ(?:ить|лен[аоы]?)|ввод(?:ится|ятся)|ввести|повыс(?:ить|ится)|увелич(?:ить|ивается))(?![\p{L}])/u;
const KK_CREATE = /(?<![\p{L}])(?:алынады|алынсын|белгіленсін|белгіленеді|енгізіледі|енгізілсін|арттырылсын|ұлғайтылсын)(?![\p{L}])/u;

/**
 * Budget revenue and crediting («зачисляется в местный бюджет», «түсімдер») describe an existing payment, unless the
 * same sentence levies it with a finite verb («взимается плата …, которая зачисляется на счет органа»).
 */
const RU_REVENUE = /поступлени|доход\p{L}*\s+бюджет|зачисл/u;
const KK_REVENUE = /түсімдер|кірістер|есепке\s+жатқызыл|аударыл/u;
const RU_FINITE = /(?<![\p{L}])(?:взима(?:ется|ются)|уплачива(?:ется|ются)|подлеж\p{L}*\s+уплате|ввод(?:ится|ятся))(?![\p{L}])/u;
const KK_FINITE = /(?<![\p{L}])(?:алынады|төленеді|төлеуге\s+міндетті|енгізіледі)(?![\p{L}])/u;

/**
 * The act is about payments (its title or preamble speaks of rates, fees, charges): a law cited in its preamble is
 * then likely the delegation to set them. A preamble that cites a law empowering the body to approve rules on
 * something else is no delegation to levy a payment.
 */
const PAY_TOPIC =
  /(?<![\p{L}])(?:плат[аыуе]\p{L}*|ставк\p{L}*|тариф\p{L}*|сбор(?:а|ов|ы)?(?!\p{L})|взнос\p{L}*|пошлин\p{L}*|налог\p{L}*|ақы\p{L}*|төлем\p{L}*|мөлшерлеме\p{L}*|алым\p{L}*|жарна\p{L}*|баж\p{L}*|салық\p{L}*)/u;

/** The preamble relies on the Tax Code: maslikhats set some rates within its delegation. */
const LOCAL_GOV_LAW = /местном\s+государственном\s+управлении|жергілікті\s+мемлекеттік\s+басқару|^"(?:об|о)\s+(?:установлении|утверждении)|(?:белгілеу|бекіту)\s+туралы"$/u;
const TAX_CODE = /налогов\p{L}*\s+кодекс|о\s+налогах\s+и\s+других\s+обязательных\s+платежах|салық\s+кодекс|салық\s+және\s+бюджетке\s+төленетін/u;

function levies(p: ParsedParagraph): { start: number; end: number }[] {
  const kk = p.language === "kk";
  const re = kk ? KK_PAYMENT : RU_PAYMENT;
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.folded)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (inQuotes(p, start)) continue;
    const s = sentenceAt(p, start, end);
    // The levying verb within the same sentence, close to the payment (before or after it).
    const window = p.folded.slice(Math.max(s.start, start - 70), Math.min(s.end, end + 90));
    if (!(kk ? KK_LEVY : RU_LEVY).test(window)) continue;
    // Paying an existing tax or duty («уплачивает налоги», «салықтарды төлейді») creates nothing: for taxes and
    // duties only a verb that introduces, levies or raises them counts.
    if (/^(?:налог|пошлин|салық|баж)/u.test(p.folded.slice(start, end)) && !(kk ? KK_CREATE : RU_CREATE).test(window)) continue;
    if ((kk ? KK_FREE : RU_FREE).test(s.text)) continue;
    if ((kk ? KK_REVENUE : RU_REVENUE).test(s.text) && !(kk ? KK_FINITE : RU_FINITE).test(s.text)) continue;
    if (refersToLaw(s.text, p.language)) continue;
    const who = addresseeOf(p, start, end, ["nom", "dat"]);
    if (who && who.kind === "state") continue;
    out.push({ start, end });
  }
  return out;
}

export default defineRule({
  id: "CONST-PAYMENT-WITHOUT-LAW",
  pack: "constitution",
  brief: ["C-09"],
  severity: "error",
  actTypes: SUBORDINATE_ACT_TYPES,
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "60", paragraph: "3", subparagraph: "4" },
  messages: {
    ru: {
      title: "Платёж, установленный подзаконным актом: «{quote}»",
      message: "Подзаконный акт вводит или взимает платёж («{quote}») без ссылки на закон или Налоговый кодекс; требует экспертной проверки.",
      explanation:
        "Налогообложение, установление или отмена сборов и других обязательных платежей регулируются законами (Конституция 2026 года, подп. 4) п. 3 ст. 60); уплачиваются только законно установленные налоги, сборы и иные обязательные платежи (ст. 38). Подзаконный акт может определять ставки и порядок только в пределах прямого делегирования закона (например, Налогового кодекса) и не может выходить за пределы законов (Закон «О правовых актах», п. 1 ст. 24). Плата, сбор или взнос, введённые подзаконным актом без такой опоры, — возможное противоречие этим нормам. Рекомендуется указать норму закона, которая предусматривает платёж и делегирует установление его размера.",
    },
    kk: {
      title: "Заңға тәуелді актімен белгіленген төлем: «{quote}»",
      message: "Заңға тәуелді акт заңға немесе Салық кодексіне сілтемесіз төлем («{quote}») енгізеді немесе алады; сараптамалық тексеруді қажет етеді.",
      explanation:
        "Салық салу, алымдар мен басқа да міндетті төлемдерді белгілеу немесе алып тастау заңдармен реттеледі (2026 жылғы Конституцияның 60-бабы 3-тармағының 4) тармақшасы); заңды түрде белгіленген салықтар, алымдар және өзге де міндетті төлемдер ғана төленеді (38-бап). Заңға тәуелді акт мөлшерлемелер мен тәртіпті тек заңның (мысалы, Салық кодексінің) тікелей өкілеттігі шегінде айқындай алады және заңдардың шегінен шыға алмайды («Құқықтық актілер туралы» Заңның 24-бабының 1-тармағы). Мұндай негізі жоқ, заңға тәуелді актімен енгізілген ақы, алым немесе жарна — осы нормалармен ықтимал қайшылық. Төлемді көздейтін және оның мөлшерін белгілеу өкілеттігін беретін заң нормасын көрсету ұсынылады.",
    },
    en: {
      title: "Payment set by a subordinate act: «{quote}»",
      message: "The subordinate act introduces or levies a payment («{quote}») without referring to a law or the Tax Code; requires expert review.",
      explanation:
        "Taxation and the introduction or abolition of fees and other mandatory payments are matters for laws (Constitution 2026 art. 60(3)(4)); only lawfully established taxes, fees and mandatory payments are due (art. 38). A subordinate act may set rates and procedure only within a direct delegation by a law (e.g. the Tax Code) and may not go beyond the laws (Law \"On Legal Acts\" art. 24(1)). A charge, fee or contribution introduced by a subordinate act without such a basis is a possible conflict with these norms. Cite the statutory norm that provides for the payment and delegates setting its amount.",
    },
  },
  detect(ctx) {
    const status = subordinateStatus(ctx);
    if (status === "no") return [];
    // A preamble that relies on a law or the Tax Code («В соответствии со статьей 547 Налогового кодекса …»).
    const pre = preambleFolded(ctx);
    // The general Law on local government gives maslikhats and akimats no power to set fees: citing it alone is no
    // legal basis for a payment («В соответствии со статьей 6 Закона «О местном государственном управлении …»»).
    const titles = pre.match(/"[^"]{3,200}"/gu) ?? [];
    const onlyLocalGov = titles.length > 0 && titles.every((t) => LOCAL_GOV_LAW.test(t));
    if (TAX_CODE.test(pre) || (!onlyLocalGov && (refersToLaw(pre, "ru") || refersToLaw(pre, "kk")) && PAY_TOPIC.test(pre))) return [];
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      for (const l of levies(p)) spans.push({ para: positionOf(ctx, p), ...l, ...(status === "maybe" ? { severity: "warning" as const } : {}) });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "В соответствии с подпунктом 8) пункта 1 статьи 27 Закона Республики Казахстан «О местном государственном управлении и самоуправлении в Республике Казахстан» акимат города ПОСТАНОВЛЯЕТ:\n1. Утвердить прилагаемые Правила размещения наружной рекламы.\n5. За согласование эскиза рекламной конструкции взимается плата в размере трех месячных расчетных показателей.",
        quote: "плата в размере",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» Қазақстан Республикасы Заңының 27-бабы 1-тармағының 8) тармақшасына сәйкес қала әкімдігі ҚАУЛЫ ЕТЕДІ:\n1. Қоса беріліп отырған Сыртқы (көрнекі) жарнаманы орналастыру қағидалары бекітілсін.\n5. Жарнама конструкциясының эскизін келіскені үшін үш айлық есептік көрсеткіш мөлшерінде алым төленеді.",
        quote: "алым",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "3. С владельцев автотранспортных средств, въезжающих на территорию центральной части города, взимается плата за въезд в размере двух месячных расчетных показателей в сутки.",
        quote: "плата за",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "6. Участники отбора уплачивают организационный взнос в размере 50 000 тенге до подачи заявки.",
        quote: "взнос",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "3. Қаланың орталық бөлігінің аумағына кіретін автокөлік құралдарының иелерінен тәулігіне екі айлық есептік көрсеткіш мөлшерінде кіргені үшін ақы алынады.",
        quote: "үшін ақы",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "6. Іріктеуге қатысушылар өтінім бергенге дейін 50 000 теңге мөлшерінде ұйымдастыру жарнасын төлейді.",
        quote: "жарнасын",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "Об установлении тарифов на регулярные пассажирские перевозки\nВ соответствии с пунктом 2 статьи 19 Закона Республики Казахстан «Об автомобильном транспорте» акимат области ПОСТАНОВЛЯЕТ:\n1. Установить тарифы на регулярные пассажирские перевозки согласно приложению.\n2. Плата за проезд взимается в размере, установленном приложением к настоящему постановлению.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "Тұрақты жолаушылар тасымалына тарифтер белгілеу туралы\n«Автомобиль көлігі туралы» Қазақстан Республикасы Заңының 19-бабының 2-тармағына сәйкес облыс әкімдігі ҚАУЛЫ ЕТЕДІ:\n1. Тұрақты жолаушылар тасымалына тарифтер қосымшаға сәйкес белгіленсін.\n2. Жол жүру ақысы осы қаулыға қосымшада белгіленген мөлшерде алынады.",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "В соответствии со статьей 510 Кодекса Республики Казахстан «О налогах и других обязательных платежах в бюджет» (Налоговый кодекс) маслихат РЕШИЛ:",
          "1. Установить ставки платы за пользование земельными участками согласно приложению к настоящему решению.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "7. Справка выдается услугополучателю бесплатно; плата за ее выдачу не взимается.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "4. Плата за пользование жилищем из государственного жилищного фонда вносится нанимателем в размере, определенном в соответствии с Законом Республики Казахстан «О жилищных отношениях».",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: [
          "«Салық және бюджетке төленетін басқа да міндетті төлемдер туралы» Қазақстан Республикасы Кодексінің (Салық кодексі) 510-бабына сәйкес мәслихат ШЕШТІ:",
          "1. Жер учаскелерін пайдаланғаны үшін төлемақы мөлшерлемелері осы шешімге қосымшаға сәйкес белгіленсін.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "7. Анықтама көрсетілетін қызметті алушыға тегін беріледі; оны бергені үшін ақы алынбайды.",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "9. Получатель субсидии уплачивает налоги и другие обязательные платежи в бюджет в общеустановленном порядке.",
      },
    ],
  },
});
