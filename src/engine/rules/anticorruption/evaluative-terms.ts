import { phrases, scanContent } from "../helpers";
import { defineRule } from "../types";

/**
 * Evaluative words that make a condition depend on judgement (legal brief AC-08, factor 9 of §5.2).
 * KZ «тиісінше» mostly means «respectively»; it counts only right before the verb it qualifies, where it means
 * «properly» («тиісінше бақылайды», «тиісінше күтіп-ұстауды қамтамасыз етеді»).
 */
const EVALUATIVE = phrases(
  [
    "надлежащим образом",
    "существенн* нарушени*",
    "уважительн* причин*",
    "значительн* ущерб*",
    "значительн* вред*",
    "как правило",
    "в необходимых случаях",
    "иные уважительные причины",
    "существенно наруш*",
  ],
  [
    "елеулі бұзушылық*",
    "елеулі бұз*",
    "елеулі түрде бұз*",
    "дәлелді себеп*",
    "едәуір залал*",
    "едәуір зиян*",
    "әдетте",
    "қажетті жағдайларда",
    "тиісінше",
  ],
);

export default defineRule({
  id: "AC-EVALUATIVE-TERMS",
  pack: "anticorruption",
  brief: ["AC-08"],
  severity: "info",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "24", paragraph: "3" },
  messages: {
    ru: {
      title: "Оценочное понятие: «{quote}»",
      message: "«{quote}» — оценочное понятие без критериев; его применение зависит от усмотрения.",
      explanation:
        "Текст нормативного правового акта должен иметь чёткий смысл, не подлежащий различному толкованию; многозначные слова не допускаются (Закон «О правовых актах», п. 3 ст. 24). Оценочные понятия без критериев («уважительные причины», «существенное нарушение») — юридико-лингвистическая неопределённость, которую учитывает антикоррупционная экспертиза (п. 6 ст. 30). Рекомендуется раскрыть понятие перечнем или измеримым критерием либо сослаться на акт, где оно определено.",
    },
    kk: {
      title: "Бағалау ұғымы: «{quote}»",
      message: "«{quote}» — өлшемшарттарсыз бағалау ұғымы; оны қолдану қалауға байланысты.",
      explanation:
        "Нормативтік құқықтық акт мәтінінің мағынасы анық болуға және әртүрлі түсіндірілмеуге тиіс; көп мағыналы сөздерге жол берілмейді («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы). Өлшемшарттарсыз бағалау ұғымдары («дәлелді себептер», «елеулі бұзушылық») — сыбайлас жемқорлыққа қарсы сараптама ескеретін заңдық-лингвистикалық айқынсыздық (30-баптың 6-тармағы). Ұғымды тізбемен немесе өлшенетін өлшемшартпен ашу не ол айқындалған актіге сілтеме жасау ұсынылады.",
    },
    en: {
      title: "Evaluative term: «{quote}»",
      message: "«{quote}» is an evaluative term without criteria; applying it depends on discretion.",
      explanation:
        "The text of a normative legal act must have a clear meaning not open to different readings; ambiguous words are not allowed (Law \"On Legal Acts\" art. 24(3)). Evaluative terms without criteria («good reasons», «material breach») are a legal-linguistic vagueness that anti-corruption expertise takes into account (art. 30(6)). Define the term by a list or a measurable criterion, or refer to the act that defines it.",
    },
  },
  detect(ctx) {
    return scanContent(ctx, EVALUATIVE, (p, m) => {
      if (!/^тиісінше$/u.test(p.folded.slice(m.start, m.end))) return true;
      // «properly» before a verb or a verbal noun; not «respectively» after a list («… және …, тиісінше …»).
      const after = p.folded.slice(m.end, m.end + 40);
      const before = p.folded.slice(Math.max(0, m.start - 3), m.start);
      return !/,\s*$/u.test(before) && /^\s+(?:\p{L}+(?:йды|йді|ады|еді|ды|ді|ты|ті|уды|уді|уын|уін|уға|уге|уы|уі)|күтіп|орында|бақыла|қамтамасыз|ұста)(?![\p{L}])/u.test(after);
    });
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "8. Срок продлевается при наличии уважительных причин.",
        quote: "уважительных причин",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "9. Договор расторгается при существенном нарушении условий.",
        quote: "существенном нарушении",
      },
      { lang: "kk", actType: "ministerial-order", text: "8. Дәлелді себептер болған кезде мерзім ұзартылады.", quote: "Дәлелді себептер" },
      { lang: "kk", actType: "maslikhat-decision", text: "9. Әдетте комиссия отырысы айына бір рет өткізіледі.", quote: "Әдетте" },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "11. Грант подлежит возврату получателем, существенно нарушившим условия договора о предоставлении гранта.",
        quote: "существенно нарушившим",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "11. Грант беру туралы шарттың талаптарын елеулі бұзған алушы грантты қайтаруға тиіс.",
        quote: "елеулі бұзған",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "8. Срок продлевается при временной нетрудоспособности заявителя, подтвержденной листом нетрудоспособности.",
      },
      { lang: "ru", actType: "maslikhat-decision", text: "9. Договор расторгается при неуплате арендной платы более двух раз подряд." },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "8. Өтініш берушінің уақытша еңбекке жарамсыздығы еңбекке жарамсыздық парағымен расталған кезде мерзім ұзартылады.",
      },
      { lang: "kk", actType: "maslikhat-decision", text: "9. Комиссия отырысы айына бір рет өткізіледі." },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "11. Грант подлежит возврату получателем, не представившим отчет о целевом использовании гранта в срок, установленный пунктом 9 настоящих Правил.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "11. Осы Қағидалардың 9-тармағында белгіленген мерзімде гранттың нысаналы пайдаланылуы туралы есеп ұсынбаған алушы грантты қайтаруға тиіс.",
      },
    ],
  },
});
