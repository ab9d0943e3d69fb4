import { listLeadInParagraph, phrases, scanContent, sentenceBounds } from "../helpers";
import { defineRule } from "../types";
import { addresseeInSentence } from "./common";

const QUALITY = phrases(
  [
    "для субъектов квазигосударственного сектора",
    "субъектам квазигосударственного сектора",
    "преимущественн* прав*",
    "в течение одного рабочего дня",
    "в течение одного часа",
    "в течение одних суток",
    "в день обращения",
    "все необходимые",
    "всю необходимую",
    "всех необходимых",
    "всеми необходимыми",
    "любые документы",
    "любые сведения",
    "любую информацию",
    "субъекты квазигосударственного сектора",
    "субъект квазигосударственного сектора",
    "субъектов квазигосударственного сектора",
  ],
  [
    "квазимемлекеттік сектор субъектілері үшін",
    "квазимемлекеттік сектор субъектілеріне",
    "басым құқ*",
    "бір жұмыс күні ішінде",
    "бір сағат ішінде",
    "бір тәулік ішінде",
    "жүгінген күні",
    "барлық қажетті",
    "кез келген құжат*",
    "кез келген мәлімет*",
    "кез келген ақпарат*",
    "квазимемлекеттік сектор субъектілері",
    "квазимемлекеттік сектор субъектісі",
  ],
);

/** Civil-law pre-emption rights («преимущественное право покупки доли») are not a market privilege. */
const CIVIL_PREEMPTION = /^(преимущественн\p{L}*\s+прав\p{L}*\s+(покупк|приобретени|выкуп|на заключение договора аренды на новый срок)|басым\s+құқ\p{L}*\s+(сатып\s+алу))/u;

/**
 * Quasi-state entities named as such (not «для субъектов …») are a sign of unequal terms only when the same
 * sentence sets other terms for everyone else: «…, иные субъекты – в течение трех месяцев».
 */
const QUASI = /квазигосударственн|квазимемлекеттік/u;
const QUASI_FOR = /^(?:для\s+|субъектам\s+)|үшін|субъектілеріне/u;
/** A privilege in the same sentence: priority, exemption from a check, «вне очереди». */
const PRIVILEGE = /преимущественн|без\s+(?:прохождени|проведени|конкурс|торг|тендер)|льготн|освобожда|вне\s+очереди|первоочередн|басым|босатылады|кезектен\s+тыс|бірінші\s+кезекте|жеңілдікті|(?:тендер|конкурс|сауда-саттық)\p{L}*\s+өткізбей/u;
/** A requirement written as a noun in a list of requirements: «Наличие всех необходимых приборов», «… жарақтандырылуы». */
const REQUIREMENT_ITEM = /^\s*(?:\d+(?:-\d+)*[.)]\s*)?(?:наличи|оснащени|обеспечени|соответстви)|(?:болуы|жарақтандырылуы|қамтамасыз\s+етілуі|сәйкестігі)[.;]?\s*$/u;
const OTHERS = /(?:ины|други|остальн|прочи)\p{L}*\s+(?:\p{L}+\s+)?(?:субъект|участник|лиц|организац)|(?:өзге|басқа|қалған)\s+(?:да\s+)?(?:\p{L}+\s+)?(?:субъектіл|қатысушы|тұлға|ұйым)/u;
export default defineRule({
  id: "RIA-REQUIREMENT-QUALITY",
  pack: "ria",
  brief: ["R-03"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "entrepreneurial-code", article: "81-1", paragraph: "2" },
  messages: {
    ru: {
      title: "Качество требования к бизнесу: «{quote}»",
      message: "Требование к субъектам предпринимательства со словами «{quote}» может не отвечать условиям равенства, исполнимости или определенности.",
      explanation:
        "Регуляторные требования должны быть обоснованными, равными для всех участников рынка (без более выгодных условий для субъектов квазигосударственного сектора или отдельных лиц), исполнимыми, определенными и соразмерными риску (Предпринимательский кодекс, ст. 81-1). Преимущества отдельным участникам, нереально короткие сроки и открытые формулировки («все необходимые», «любые документы») — признаки возможного несоответствия этим условиям. Рекомендуется уточнить норму; требует экспертной проверки.",
    },
    kk: {
      title: "Бизнеске қойылатын талаптың сапасы: «{quote}»",
      message: "Кәсіпкерлік субъектілеріне «{quote}» деген сөздермен қойылған талап теңдік, орындалу немесе айқындылық шарттарына сәйкес келмеуі мүмкін.",
      explanation:
        "Реттеушілік талаптар негізді, нарықтың барлық қатысушылары үшін тең (квазимемлекеттік сектор субъектілеріне немесе жекелеген тұлғаларға тиімдірек жағдайларсыз), орындалатын, айқын және тәуекелге мөлшерлес болуға тиіс (Кәсіпкерлік кодекстің 81-1-бабы). Жекелеген қатысушыларға артықшылықтар, шынайы емес қысқа мерзімдер және ашық тұжырымдар («барлық қажетті», «кез келген құжаттар») — осы шарттарға ықтимал сәйкессіздіктің белгілері. Норманы нақтылау ұсынылады; сараптамалық тексеруді қажет етеді.",
    },
    en: {
      title: "Quality of a requirement for business: «{quote}»",
      message: "A requirement for businesses worded «{quote}» may not meet the conditions of equality, feasibility or certainty.",
      explanation:
        "Regulatory requirements must be justified, equal for all market players (no better terms for quasi-state entities or particular persons), feasible, certain and proportionate to the risk (Entrepreneurial Code art. 81-1). Privileges for particular players, unrealistically short deadlines and open wording («all necessary», «any documents») are signs of a possible mismatch with these conditions. Make the norm precise; requires expert review.",
    },
  },
  detect(ctx) {
    return scanContent(ctx, QUALITY, (p, m) => {
      if (CIVIL_PREEMPTION.test(p.folded.slice(m.start, m.start + 80))) return false;
      const b = sentenceBounds(p, m.start);
      const word = p.folded.slice(m.start, m.end);
      const sentence = p.folded.slice(b.start, b.end);
      if (QUASI.test(word) && !QUASI_FOR.test(p.folded.slice(m.start, m.end + 8)) && !/из\s+числа\s+$/u.test(p.folded.slice(Math.max(0, m.start - 12), m.start)) && !OTHERS.test(sentence) && !PRIVILEGE.test(sentence)) return false;
      if (QUASI.test(word) && PRIVILEGE.test(sentence)) return true; // a privilege for quasi-state entities
      if (addresseeInSentence(p, b.start, Math.max(b.end, m.end), m.start)) return true;
      // A requirement item: its addressee is in the list's lead-in, or the item itself is a requirement.
      const lead = listLeadInParagraph(ctx, p);
      if (lead && addresseeInSentence(lead, 0, lead.folded.length, 0)) return true;
      return /^(?:все|барлық)/u.test(word) && REQUIREMENT_ITEM.test(p.folded);
    });
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: "4. Субъекты предпринимательства представляют в уполномоченный орган все необходимые сведения о происхождении продукции.",
        quote: "все необходимые",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. Заявитель в течение одного рабочего дня со дня получения замечаний обязан представить исправленную проектную документацию.",
        quote: "в течение одного рабочего дня",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "4. Кәсіпкерлік субъектілері уәкілетті органға өнімнің шығу тегі туралы барлық қажетті мәліметтерді ұсынады.",
        quote: "барлық қажетті",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "5. Өтініш беруші ескертулерді алған күннен бастап бір жұмыс күні ішінде түзетілген жобалау құжаттамасын ұсынуға міндетті.",
        quote: "бір жұмыс күні ішінде",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "3. Субъекты квазигосударственного сектора обязаны перейти на электронные накладные в течение трех лет, другие участники рынка – в течение шести месяцев.",
        quote: "Субъекты квазигосударственного сектора",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "3. Квазимемлекеттік сектор субъектілері электрондық жүкқұжаттарға үш жыл ішінде, өзге нарыққа қатысушылар алты ай ішінде көшуге міндетті.",
        quote: "Квазимемлекеттік сектор субъектілері",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "6. Владелец склада нефтепродуктов устраняет выявленные нарушения в течение одного рабочего дня со дня получения предписания.",
        quote: "в течение одного рабочего дня",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "6. Мұнай өнімдері қоймасының иесі анықталған бұзушылықтарды нұсқама алған күннен бастап бір жұмыс күні ішінде жояды.",
        quote: "бір жұмыс күні ішінде",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "7. Владелец склада нефтепродуктов обеспечивает все необходимые меры пожарной безопасности.",
        quote: "все необходимые",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "7. Мұнай өнімдері қоймасының иесі өрт қауіпсіздігінің барлық қажетті шараларын қамтамасыз етеді.",
        quote: "барлық қажетті",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "3. Квазимемлекеттік сектор субъектілеріне үй-жайлар тендер өткізбей, жеңілдікті жалдау ақысымен беріледі.",
        quote: "Квазимемлекеттік сектор субъектілеріне",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "3. Субъектам квазигосударственного сектора помещения предоставляются без проведения торгов по льготной арендной плате.",
        quote: "Субъектам квазигосударственного сектора",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. Уполномоченный орган в течение одного рабочего дня со дня поступления заявки уведомляет заявителя о ее регистрации.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "3. Участники товарищества с ограниченной ответственностью пользуются преимущественным правом покупки доли, продаваемой другим участником.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "5. Уәкілетті орган өтінім түскен күннен бастап бір жұмыс күні ішінде өтініш берушіні оның тіркелгені туралы хабардар етеді.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "4. Мемлекеттік органдар өз құзыреті шегінде барлық қажетті шараларды қабылдайды.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "5. Субъекты квазигосударственного сектора осуществляют закупки товаров, работ и услуг через веб-портал закупок.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "5. Квазимемлекеттік сектор субъектілері тауарларды, жұмыстарды және көрсетілетін қызметтерді сатып алуды сатып алу веб-порталы арқылы жүзеге асырады.",
      },
    ],
  },
});

