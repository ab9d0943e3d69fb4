import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";
import { inQuotes, sentenceAt } from "./common-rights";

/**
 * Limits on the rights that art. 41(3) puts beyond any restriction (arts. 12, 14, 16, 17, 20, 22, 25): a duty to
 * state one's nationality or religion, a ban on using one's native language, loss of legal personality,
 * extradition of a citizen, torture or corporal punishment, the death penalty, compulsory religious practice.
 * Court access (art. 12(2)) is reported by CONST-COURT-ACCESS; discrimination (art. 16) by CONST-DISCRIMINATORY-CRITERION.
 */
const RU: { re: RegExp; article: string }[] = [
  { re: /(?<![\p{L}])обязан(?:ы|а)?\s+(?:[\p{L}]+\s+){0,2}указ(?:ать|ывать)\s+(?:свою\s+|его\s+|их\s+)?(?:национальност\p{L}*|национальн\p{L}*\s+принадлежност\p{L}*|этническ\p{L}*\s+принадлежност\p{L}*)(?![\p{L}])/gu, article: "22" },
  { re: /(?<![\p{L}])(?:указание|указания)\s+(?:национальности|национальной\s+принадлежности)\s+(?:является\s+)?обязательн\p{L}*(?![\p{L}])/gu, article: "22" },
  { re: /(?<![\p{L}])с\s+обязательным\s+указанием\s+(?:национальности|национальной\s+принадлежности|вероисповедания|религиозной\s+принадлежности)(?![\p{L}])/gu, article: "22" },
  { re: /(?<![\p{L}])обязан(?:ы|а)?\s+(?:[\p{L}]+\s+){0,2}(?:указ|сообщ)(?:ать|ить|ывать)\s+(?:свое\s+|свою\s+)?(?:вероисповедани\p{L}*|религиозн\p{L}*\s+(?:принадлежност|убеждени)\p{L}*|отношени\p{L}*\s+к\s+религии)(?![\p{L}])/gu, article: "25" },
  { re: /(?<![\p{L}])обязан(?:ы|а)?\s+(?:[\p{L}]+\s+){0,2}(?:участвовать\s+в\s+религиозн\p{L}*|посещать\s+(?:богослужени|религиозн)\p{L}*|исповедовать)(?![\p{L}])/gu, article: "25" },
  { re: /(?<![\p{L}])(?:запрещается|не\s+допускается)\s+(?:[\p{L}]+\s+){0,2}(?:использовани\p{L}*|использовать|пользоваться|общени\p{L}*|общаться|разговаривать)\s+(?:[\p{L}]+\s+){0,2}(?:родн\p{L}*\s+язык\p{L}*|на\s+родном\s+языке)(?![\p{L}])/gu, article: "22" },
  { re: /(?<![\p{L}])лиша(?:ется|ются)\s+(?:правоспособности|правосубъектности)(?![\p{L}])/gu, article: "12" },
  { re: /(?<![\p{L}])гражданин\s+республики\s+казахстан\s+(?:может\s+быть\s+выдан|подлежит\s+выдаче)\s+иностранн\p{L}*\s+государств\p{L}*(?![\p{L}])/gu, article: "14" },
  { re: /(?<![\p{L}])(?:допускается|разрешается|может\s+применяться)\s+(?:применение\s+)?(?:пыт(?:ки|ок)|телесн\p{L}*\s+наказани\p{L}*|насили\p{L}*)(?![\p{L}])/gu, article: "20" },
  { re: /(?<![\p{L}])(?:назнача\p{L}*|применя\p{L}*)\s+(?:[\p{L}]+\s+){0,2}смертн\p{L}*\s+казн\p{L}*(?![\p{L}])/gu, article: "17" },
];
const KK: { re: RegExp; article: string }[] = [
  { re: /(?<![\p{L}])(?:өзінің\s+)?ұлтын\s+(?:[\p{L}-]+\s+){0,4}?көрсетуге\s+міндетті(?![\p{L}])/gu, article: "22" },
  { re: /(?<![\p{L}])ұлтын\s+міндетті\s+түрде\s+көрсет\p{L}*(?![\p{L}])/gu, article: "22" },
  { re: /(?<![\p{L}])ұлтын\s+көрсету\s+міндетті(?![\p{L}])/gu, article: "22" },
  { re: /(?<![\p{L}])(?:дінін|діни\s+(?:сенімін|нанымын|ұстанымын))\s+(?:міндетті\s+түрде\s+)?көрсетуге\s+міндетті(?![\p{L}])/gu, article: "25" },
  { re: /(?<![\p{L}])діни\s+(?:жораларға|рәсімдерге)\s+қатысуға\s+міндетті(?![\p{L}])/gu, article: "25" },
  { re: /(?<![\p{L}])ана\s+тілін\s+(?:пайдалануға|қолдануға)\s+(?:тыйым\s+салынады|жол\s+берілмейді)(?![\p{L}])/gu, article: "22" },
  { re: /(?<![\p{L}])ана\s+тілінде\s+сөйлесуге\s+(?:тыйым\s+салынады|жол\s+берілмейді)(?![\p{L}])/gu, article: "22" },
  { re: /(?<![\p{L}])құқық\s+(?:қабілеттілігінен|субъектілігінен)\s+айырылады(?![\p{L}])/gu, article: "12" },
  { re: /(?<![\p{L}])қазақстан\s+республикасының\s+азаматы\s+шет\s+мемлекетке\s+берілуі\s+(?:мүмкін|тиіс)(?![\p{L}])/gu, article: "14" },
  { re: /(?<![\p{L}])(?:азаптауды|азаптау|дене\s+жазасын|күш\s+қолдануды)\s+қолдануға\s+жол\s+беріледі(?![\p{L}])/gu, article: "20" },
  { re: /(?<![\p{L}])өлім\s+жазасы\s+(?:тағайындалады|қолданылады)(?![\p{L}])/gu, article: "17" },
];

/** «не обязан указывать национальность», «вправе не указывать»: the norm protects the right. */
const RU_PROTECT = /(?<![\p{L}])не\s+обязан\p{L}*|вправе\s+не\s+указ|по\s+(?:его|ее|их|своему)\s+желанию|по\s+желанию|не\s+допускается\s+требовать/u;
const KK_PROTECT = /міндетті\s+емес|көрсетпеуге\s+құқылы|өз\s+қалауы\s+бойынша|қалауы\s+бойынша|талап\s+етуге\s+жол\s+берілмейді/u;

export default defineRule({
  id: "CONST-ABSOLUTE-RIGHT",
  pack: "constitution",
  brief: ["C-03"],
  severity: "error",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "41", paragraph: "3" },
  messages: {
    ru: {
      title: "Ограничение права, не подлежащего ограничению: «{quote}»",
      message: "Слова «{quote}» затрагивают право, которое по Конституции не подлежит ограничению ни в каких случаях (ст. {article}); требует экспертной проверки.",
      explanation:
        "Ни в каких случаях не подлежат ограничению права и свободы, предусмотренные статьями 12, 14, 16, 17, 20, 22 и 25 Конституции 2026 года (п. 3 ст. 41): правосубъектность и судебная защита, запрет выдачи гражданина, равенство, право на жизнь, достоинство и запрет пыток, право определять и не указывать национальную принадлежность и пользоваться родным языком, свобода совести. Обязанность указать национальность или вероисповедание, запрет пользоваться родным языком, лишение правосубъектности и подобные нормы — возможное противоречие этому положению, в том числе в законе. Рекомендуется исключить норму или сделать указание сведений добровольным.",
    },
    kk: {
      title: "Шектелуге жатпайтын құқықты шектеу: «{quote}»",
      message: "«{quote}» деген сөздер Конституция бойынша ешқандай жағдайда шектелмейтін құқыққа қатысты ({article}-бап); сараптамалық тексеруді қажет етеді.",
      explanation:
        "2026 жылғы Конституцияның 12, 14, 16, 17, 20, 22 және 25-баптарында көзделген құқықтар мен бостандықтар ешқандай жағдайда шектелмейді (41-баптың 3-тармағы): құқық субъектілігі және сот арқылы қорғалу, азаматты беруге тыйым салу, теңдік, өмір сүру құқығы, қадір-қасиет және азаптауға тыйым салу, ұлттық тиесілігін айқындау және көрсетпеу, ана тілін пайдалану құқығы, ар-ождан бостандығы. Ұлтын немесе дінін көрсету міндеті, ана тілін пайдалануға тыйым салу, құқық субъектілігінен айыру және осыған ұқсас нормалар — осы ережемен ықтимал қайшылық, оның ішінде заңда да. Норманы алып тастау немесе мәліметтерді көрсетуді ерікті ету ұсынылады.",
    },
    en: {
      title: "Limit on a right that may not be restricted: «{quote}»",
      message: "The words «{quote}» touch a right the Constitution protects from any restriction (art. {article}); requires expert review.",
      explanation:
        "The rights and freedoms in arts. 12, 14, 16, 17, 20, 22 and 25 of the 2026 Constitution may not be restricted in any case (art. 41(3)): legal personality and judicial protection, no extradition of citizens, equality, life, dignity and the ban on torture, the right to determine and not to state one's nationality and to use one's native language, freedom of conscience. A duty to state one's nationality or religion, a ban on using one's native language, loss of legal personality and similar norms are a possible conflict with this provision, even in a law. Remove the norm or make the information voluntary.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const kk = p.language === "kk";
      for (const { re, article } of kk ? KK : RU) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(p.folded)) !== null) {
          const start = m.index;
          const end = start + m[0].length;
          if (inQuotes(p, start)) continue;
          if (/(?<![\p{L}])не\s+$/u.test(p.folded.slice(Math.max(0, start - 4), start))) continue;
          const s = sentenceAt(p, start, end).text;
          if ((kk ? KK_PROTECT : RU_PROTECT).test(s)) continue;
          // Extradition «если иное не установлено международными договорами» repeats art. 14(1).
          if (article === "14" && /международн\p{L}*\s+договор|халықаралық\s+шарт/u.test(s)) continue;
          if (spans.some((o) => o.para === positionOf(ctx, p) && o.start < end && o.end > start)) continue;
          spans.push({ para: positionOf(ctx, p), start, end, data: { article } });
        }
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "6. В анкете участника заявитель обязан указать свою национальность и место рождения.",
        quote: "обязан указать свою национальность",
      },
      {
        lang: "ru",
        actType: "law",
        text: "4. Работникам организации запрещается использование родного языка в общении между собой в рабочее время.",
        quote: "запрещается использование родного языка",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "3. Сведения о кандидате представляются с обязательным указанием национальности.",
        quote: "с обязательным указанием национальности",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "6. Өтініш беруші қатысушы сауалнамасында өзінің ұлтын және туған жерін көрсетуге міндетті.",
        quote: "өзінің ұлтын және туған жерін көрсетуге міндетті",
      },
      {
        lang: "kk",
        actType: "law",
        text: "4. Ұйым қызметкерлеріне жұмыс уақытында өзара қарым-қатынаста ана тілін пайдалануға тыйым салынады.",
        quote: "ана тілін пайдалануға тыйым салынады",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "6. Заявитель не обязан указывать свою национальность; графа заполняется по его желанию.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "2. Гражданин Республики Казахстан не может быть выдан иностранному государству, если иное не установлено международными договорами Республики Казахстан.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "7. Сотрудники обязаны указать в отчете номер и дату обращения заявителя.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "6. Өтініш беруші өзінің ұлтын көрсетуге міндетті емес; баған өз қалауы бойынша толтырылады.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "2. Әркім ана тілін пайдалануға, қарым-қатынас, тәрбие, оқу және шығармашылық тілін еркін таңдауға құқылы.",
      },
    ],
  },
});
