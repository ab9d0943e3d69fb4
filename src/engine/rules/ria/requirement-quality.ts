import { phrases, scanContent, sentenceBounds } from "../helpers";
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
    "любые документы",
    "любые сведения",
    "любую информацию",
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
  ],
);

/** Civil-law pre-emption rights («преимущественное право покупки доли») are not a market privilege. */
const CIVIL_PREEMPTION = /^(преимущественн\p{L}*\s+прав\p{L}*\s+(покупк|приобретени|выкуп|на заключение договора аренды на новый срок)|басым\s+құқ\p{L}*\s+(сатып\s+алу))/u;

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
      return addresseeInSentence(p, b.start, Math.max(b.end, m.end), m.start);
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
    ],
  },
});

