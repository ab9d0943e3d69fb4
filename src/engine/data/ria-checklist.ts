/**
 * The RIA checklist (legal brief §4.2): the items of the Entrepreneurial Code's regulatory impact analysis
 * procedure, each with its legal basis and its question in Kazakh, Russian and English. Pure data; the
 * evaluator that answers what the draft itself shows is src/engine/ria.ts.
 */
import type { UiLanguage } from "../../contract";
import type { RuleCitation } from "./acts";

export interface RiaChecklistItem {
  /** Stable id (kept in document settings with the lawyer's ticks). */
  id: string;
  citation: RuleCitation;
  label: Record<UiLanguage, string>;
}

export const RIA_CHECKLIST: readonly RiaChecklistItem[] = [
  {
    id: "trigger",
    citation: { act: "entrepreneurial-code", article: "82", paragraph: "1" },
    label: {
      ru: "Проект вводит новый регуляторный инструмент или требование либо ужесточает регулирование для субъектов предпринимательства",
      kk: "Жоба кәсіпкерлік субъектілері үшін жаңа реттеушілік құралды немесе талапты енгізеді не реттеуді қатаңдатады",
      en: "The draft introduces a new regulatory instrument or requirement for businesses, or tightens regulation",
    },
  },
  {
    id: "ria-reference",
    citation: { act: "entrepreneurial-code", article: "83", paragraph: "5" },
    label: {
      ru: "Анализ регуляторного воздействия проведен, и на него есть ссылка (результаты приложены)",
      kk: "Реттеушілік әсерді талдау жүргізілді және оған сілтеме бар (нәтижелері қоса берілген)",
      en: "A regulatory impact analysis has been done and is referred to (results attached)",
    },
  },
  {
    id: "exemption",
    citation: { act: "entrepreneurial-code", article: "82", paragraph: "3" },
    label: {
      ru: "Применяется исключение (п. 3 ст. 82, п. 4 ст. 80 ПК) или законопроект инициирован Президентом либо депутатами",
      kk: "Ерекшелік қолданылады (КК 82-бабының 3-тармағы, 80-бабының 4-тармағы) немесе заң жобасына Президент не депутаттар бастамашылық еткен",
      en: "An exemption applies (PK art. 82(3), 80(4)), or the bill was initiated by the President or by deputies",
    },
  },
  {
    id: "problem",
    citation: { act: "entrepreneurial-code", article: "83", paragraph: "1" },
    label: {
      ru: "Проблема четко определена и подтверждена данными (статистика, случаи, обращения)",
      kk: "Проблема нақты айқындалған және деректермен (статистика, жағдайлар, өтініштер) расталған",
      en: "The problem is clearly defined and supported by evidence (data, incidents, complaints)",
    },
  },
  {
    id: "goal",
    citation: { act: "entrepreneurial-code", article: "81-1", paragraph: "2" },
    label: {
      ru: "Цель указана и связана с охраняемой ценностью (жизнь и здоровье, окружающая среда, безопасность); есть измеримый показатель",
      kk: "Мақсат көрсетілген және қорғалатын құндылықпен (өмір мен денсаулық, қоршаған орта, қауіпсіздік) байланысты; өлшенетін көрсеткіш бар",
      en: "The goal is stated and tied to a protected value (life and health, environment, security); there is a measurable indicator",
    },
  },
  {
    id: "alternatives",
    citation: { act: "entrepreneurial-code", article: "83", paragraph: "1" },
    label: {
      ru: "Рассмотрены альтернативы, включая сохранение текущего положения, нерегуляторные и более мягкие инструменты (уведомление вместо разрешения)",
      kk: "Баламалар, оның ішінде қазіргі жағдайды сақтау, реттеуші емес және жұмсағырақ құралдар (рұқсаттың орнына хабарлама) қаралды",
      en: "Alternatives were compared, including the status quo, non-regulatory and lighter instruments (notification instead of a permit)",
    },
  },
  {
    id: "affected",
    citation: { act: "entrepreneurial-code", article: "83", paragraph: "1" },
    label: {
      ru: "Определены затрагиваемые субъекты: категории бизнеса, виды деятельности (ОКЭД), их число, доля МСП",
      kk: "Қозғалатын субъектілер айқындалған: бизнес санаттары, қызмет түрлері (ЭҚЖЖ), олардың саны, ШОК үлесі",
      en: "Affected businesses are identified: categories, activity codes (OKED), their number, the SME share",
    },
  },
  {
    id: "costs-benefits",
    citation: { act: "law-on-legal-acts", article: "19", paragraph: "1" },
    label: {
      ru: "Оценены издержки и выгоды: затраты бизнеса, административная нагрузка, влияние на бюджет; в пояснительной записке показано увеличение или снижение затрат бизнеса",
      kk: "Шығындар мен пайда бағаланған: бизнестің шығындары, әкімшілік жүктеме, бюджетке әсері; түсіндірме жазбада бизнес шығындарының ұлғаюы немесе азаюы көрсетілген",
      en: "Costs and benefits are assessed: compliance costs, administrative burden, budget effect; the explanatory note shows the change in business costs",
    },
  },
  {
    id: "competition",
    citation: { act: "entrepreneurial-code", article: "81-1", paragraph: "2" },
    label: {
      ru: "Оценено влияние на конкуренцию; все участники рынка в равных условиях, без преимуществ для квазигосударственного сектора",
      kk: "Бәсекелестікке әсері бағаланған; нарықтың барлық қатысушылары тең жағдайда, квазимемлекеттік сектор үшін артықшылықтарсыз",
      en: "The impact on competition is assessed; all market players are treated equally, with no privileges for quasi-state entities",
    },
  },
  {
    id: "proportionality",
    citation: { act: "entrepreneurial-code", article: "81-1", paragraph: "2" },
    label: {
      ru: "Интенсивность регулирования соразмерна уровню риска",
      kk: "Реттеудің қарқындылығы тәуекел деңгейіне мөлшерлес",
      en: "The intensity of regulation matches the level of risk",
    },
  },
  {
    id: "clarity",
    citation: { act: "entrepreneurial-code", article: "81-1", paragraph: "2" },
    label: {
      ru: "Требование исполнимо и изложено однозначно (без открытых перечней и нереальных сроков)",
      kk: "Талап орындалатын және бір мәнді баяндалған (ашық тізбелерсіз және шынайы емес мерзімдерсіз)",
      en: "The requirement is feasible and unambiguous (no open-ended lists or unrealistic deadlines)",
    },
  },
  {
    id: "one-in-two-out",
    citation: { act: "entrepreneurial-code", article: "82", paragraph: "2" },
    label: {
      ru: "Указаны два отменяемых требования в той же сфере («одно введенное — два отмененных»)",
      kk: "Сол саладағы күші жойылатын екі талап көрсетілген («бір талап енгізілсе — екеуінің күші жойылады»)",
      en: "Two cancelled requirements in the same area are named (\"one in, two out\")",
    },
  },
  {
    id: "liability",
    citation: { act: "entrepreneurial-code", article: "82", paragraph: "5" },
    label: {
      ru: "Проект вводит или ужесточает ответственность бизнеса (тогда: не карательная, соразмерная, требования конкретны)",
      kk: "Жоба бизнестің жауаптылығын енгізеді немесе күшейтеді (онда: жазалаушы емес, мөлшерлес, талаптар нақты)",
      en: "The draft introduces or toughens liability of businesses (then: not punitive, proportionate, requirements concrete)",
    },
  },
  {
    id: "consultation",
    citation: { act: "law-on-legal-acts", article: "19", paragraph: "3" },
    label: {
      ru: "Проект направлен в НПП «Атамекен» и экспертные советы, размещен на интернет-портале открытых НПА; срок не менее 10 (для законов — 15) рабочих дней",
      kk: "Жоба «Атамекен» ҰКП-ға және сараптама кеңестеріне жіберілді, ашық НҚА интернет-порталында орналастырылды; мерзімі кемінде 10 (заңдар үшін — 15) жұмыс күні",
      en: "The draft was sent to NCE \"Atameken\" and expert councils and published on the open NPA portal, for at least 10 (laws: 15) working days",
    },
  },
  {
    id: "lead-time",
    citation: { act: "law-on-legal-acts", article: "42", paragraph: "4-1" },
    label: {
      ru: "Новые обязанности вводятся в действие не ранее чем через 60 календарных дней после опубликования",
      kk: "Жаңа міндеттер жарияланғаннан кейін күнтізбелік 60 күннен ерте емес қолданысқа енгізіледі",
      en: "New duties take effect no earlier than 60 calendar days after publication",
    },
  },
  {
    id: "approval",
    citation: { act: "entrepreneurial-code", article: "82", paragraph: "4" },
    label: {
      ru: "Получено одобрение Межведомственной комиссии (для местных актов — консультативно-совещательного органа при акимате)",
      kk: "Ведомствоаралық комиссияның (жергілікті актілер үшін — әкімдік жанындағы консультативтік-кеңесші органның) мақұлдауы алынды",
      en: "Approved by the Interdepartmental Commission (local acts: the akimat's consultative body)",
    },
  },
  {
    id: "monitoring",
    citation: { act: "entrepreneurial-code", article: "83-1", paragraph: "1" },
    label: {
      ru: "Определены срок последующего анализа в реестре обязательных требований, индикаторы и пересмотр при недостижении целей",
      kk: "Міндетті талаптар тізілімінде кейінгі талдау мерзімі, индикаторлар және мақсаттарға қол жеткізілмеген кезде қайта қарау айқындалған",
      en: "A post-analysis deadline in the registry of requirements, indicators, and review if the goals are missed are set",
    },
  },
];
