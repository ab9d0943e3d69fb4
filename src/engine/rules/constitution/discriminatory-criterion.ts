import { mayMatch, prefiltered } from "../../document/match";
import { listLeadIn, positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";
import { inQuotes, refersToLaw, sentenceAt, subordinateStatus } from "./common-rights";

type Ground = "sex" | "age" | "nationality" | "language" | "residence" | "marital" | "religion";

const NUM_RU = "(?:\\d+|одного|двух|трех|пяти|десяти)";
const NUM_KK = "(?:\\d+|бір|екі|үш|бес|он)";

const RU: { re: RegExp; ground: Ground }[] = [
  { re: /(?<![\p{L}])лиц\p{L}*\s+(?:мужского|женского)\s+пола(?![\p{L}])/gu, ground: "sex" },
  { re: /(?<![\p{L}])(?:только|исключительно)\s+(?:мужчин\p{L}*|женщин\p{L}*)(?![\p{L}])/gu, ground: "sex" },
  { re: /(?<![\p{L}])(?:мужчин(?:ы|ам|ами)?|женщин(?:ы|ам|ами)?)(?![\p{L}-])/gu, ground: "sex" },
  { re: /(?<![\p{L}])(?:в\s+возрасте\s+)?не\s+старше\s+(?:\d+|\p{L}+(?:\s+\p{L}+)?)\s+(?:лет|года)(?![\p{L}])/gu, ground: "age" },
  { re: /(?<![\p{L}])в\s+возрасте\s+до\s+\d+\s+(?:лет|года)(?![\p{L}])/gu, ground: "age" },
  { re: /(?<![\p{L}])возраст\p{L}*\s+(?:которых\s+|которого\s+)?не\s+превыша\p{L}*\s+\d+\s+(?:лет|года)(?![\p{L}])/gu, ground: "age" },
  { re: /(?<![\p{L}])по\s+национальности(?![\p{L}])/gu, ground: "nationality" },
  { re: /(?<![\p{L}])(?:казахской|русской|корейской|узбекской|уйгурской|украинской|немецкой|татарской)\s+национальности(?![\p{L}])/gu, ground: "nationality" },
  { re: /(?<![\p{L}])(?:национальн|этническ)\p{L}*\s+принадлежност\p{L}*(?![\p{L}])/gu, ground: "nationality" },
  { re: /(?<![\p{L}])владеющ\p{L}*\s+(?:казахским|русским|государственным|английским)\s+языком(?![\p{L}])/gu, ground: "language" },
  { re: new RegExp(`(?<![\\p{L}])(?:постоянно\\s+)?проживающ\\p{L}*\\s+[^.;]{0,60}?не\\s+менее\\s+${NUM_RU}\\s+(?:лет|года|год)(?![\\p{L}])`, "gu"), ground: "residence" },
  // «постоянно проживающим в городе Шымкенте» — a local residence condition; living in the country is not one.
  { re: /(?<![\p{L}])постоянно\s+проживающ\p{L}*\s+(?:в|на)\s+(?!республик|территории\s+республик|казахстан)(?:\p{L}+\s+){0,2}\p{L}+/gu, ground: "residence" },
  { re: /(?<![\p{L}])(?:не\s+)?зарегистрированн\p{L}*\s+по\s+месту\s+(?:жительства|постоянного\s+проживания)(?![\p{L}])/gu, ground: "residence" },
  { re: /(?<![\p{L}])(?:не\s+)?состоящ\p{L}*\s+в\s+(?:зарегистрированном\s+)?браке(?![\p{L}])/gu, ground: "marital" },
  { re: /(?<![\p{L}])(?:холост\p{L}*|незамужн\p{L}*|замужн\p{L}*|женат\p{L}*)(?![\p{L}])/gu, ground: "marital" },
  { re: /(?<![\p{L}])(?:исповедующ\p{L}*|вероисповедани\p{L}*|религиозн\p{L}*\s+(?:принадлежност|убеждени)\p{L}*)(?![\p{L}])/gu, ground: "religion" },
];
const KK: { re: RegExp; ground: Ground }[] = [
  { re: /(?<![\p{L}])(?:ер|әйел)\s+жынысты(?:\s+(?:адамдар|тұлғалар)\p{L}*)?(?![\p{L}])/gu, ground: "sex" },
  { re: /(?<![\p{L}])(?:тек\s+)?(?:ер\s+адамдар\p{L}*|әйелдер\p{L}*|ерлер\p{L}*)(?![\p{L}])/gu, ground: "sex" },
  { re: /(?<![\p{L}])\d+\s+жастан\s+(?:аспаған|аспайтын|үлкен\s+емес)(?![\p{L}])/gu, ground: "age" },
  { re: /(?<![\p{L}])жасы\s+\d+\s+жастан\s+аспайтын(?![\p{L}])/gu, ground: "age" },
  { re: /(?<![\p{L}])\d+\s+жасқа\s+дейінгі(?![\p{L}])/gu, ground: "age" },
  { re: /(?<![\p{L}])жасы\s+(?:\p{L}+\s+)?\p{L}+(?:тен|тан|ден|дан|нен|нан)\s+(?:аспаған|аспайтын)(?![\p{L}])/gu, ground: "age" },
  { re: /(?<![\p{L}])(?:\d+|\p{L}+(?:\s+\p{L}+)?)\s+жастан\s+(?:асқан|асатын|жоғары)(?![\p{L}])/gu, ground: "age" },
  { re: /(?<![\p{L}])(?:ұлты\s+бойынша|ұлтына\s+қарай|ұлты\s+қазақ|қазақ\s+ұлтының|(?:ұлттық|этникалық)\s+тиесілігі\p{L}*)(?![\p{L}])/gu, ground: "nationality" },
  { re: /(?<![\p{L}])(?:мемлекеттік|қазақ|орыс|ағылшын)\s+тілін\s+(?:меңгерген|білетін)(?![\p{L}])/gu, ground: "language" },
  { re: new RegExp(`(?<![\\p{L}])кемінде\\s+${NUM_KK}\\s+жыл\\s+(?:бойы\\s+)?(?:тұрақты\\s+)?тұратын(?![\\p{L}])`, "gu"), ground: "residence" },
  { re: /(?<![\p{L}])(?:\p{L}+\s+)?(?:қала|аудан|облыс|аумағ|ауыл|округ)\p{L}*\s+тұрақты\s+(?:тұратын|тұрмаған|тұрмайтын|тұрған)(?![\p{L}])/gu, ground: "residence" },
  { re: /(?<![\p{L}])(?:тұрғылықты\s+жері\s+бойынша\s+(?:тіркелмеген|тіркелген)|тұрғылықты\s+жерде\s+тіркелмеген)(?![\p{L}])/gu, ground: "residence" },
  { re: /(?<![\p{L}])(?:некеде\s+(?:тұрмайтын|тұратын|тұрған|тұрмаған)|тұрмысқа\s+шықпаған|үйленбеген)(?![\p{L}])/gu, ground: "marital" },
  { re: /(?<![\p{L}])(?:дінін\s+ұстанатын|діни\s+(?:наным|сенім|ұстаным)\p{L}*\s+(?:бойынша|қарай)|дінге\s+сенетін)(?![\p{L}])/gu, ground: "religion" },
];

for (const { re } of [...RU, ...KK]) prefiltered(re);

/** The criterion decides who may get, take part or be admitted. */
const RU_FRAME =
  /(?<![\p{L}])(?:име(?:ет|ют)\s+право|прав\p{L}*\s+на\s+(?:получени|участи|назначени|зачислени|предоставлени)\p{L}*|вправе\s+(?:претендовать|участвовать|получ\p{L}*|подать)|допуска(?:ется|ются)|принима(?:ется|ются)|зачисля(?:ется|ются)|могут\s+быть\s+(?:назначен|принят|зачислен|кандидат|участник|получател)\p{L}*|предоставля(?:ется|ются)|назнача(?:ется|ются)|выда(?:ется|ются)|явля(?:ется|ются)\s+(?:получател|участник|кандидат)\p{L}*|услови\p{L}*\s+(?:получения|предоставления|участия|допуска|назначения|приема)|требовани\p{L}*\s+к\s+(?:кандидат|претендент|участник|получател)\p{L}*|к\s+участию|(?:только|исключительно)|отказыва(?:ется|ют)|включа(?:ются|ется)\s+в\s+(?:список|реестр|очередь)|не\s+(?:предоставля|допуска|принима|назнача|выда)\p{L}*|запрещается|присужда(?:ется|ются)|право\s+на\s+(?:участие|получение|предоставление)|являются\s+(?:\p{L}+\s+)?(?:выпускник|граждан|лиц|молод)\p{L}*|призна(?:ется|ются)\s+(?:\p{L}+\s+){0,2}граждан\p{L}*|преимущественн\p{L}*\s+прав\p{L}*|квалификационн\p{L}*\s+требовани\p{L}*|категори\p{L}*\s+(?:граждан|лиц)|оказани\p{L}*\s+(?:социальн\p{L}*\s+)?(?:поддержк|помощ)\p{L}*|прав\p{L}*\s+на\s+[^.;]{0,100}?\s+име(?:ет|ют)|могут\s+быть\s+(?:\p{L}+\s+)?лица|должн\p{L}*\s+быть|бесплатн\p{L}*|льготн\p{L}*|пользу(?:ется|ются)\s+(?:правом|льгот\p{L}*|бесплатно)|освобожда(?:ется|ются)|освободить\s+от)(?![\p{L}])/u;
const KK_FRAME =
  /(?<![\p{L}])(?:құқығы\s+бар|құқылы|жіберіледі|қабылданады|қатыса\s+алады|беріледі|көрсетіледі|тағайындалады|ұсынылады|алушылар\p{L}*|үміткер\p{L}*|кандидат\p{L}*|шарты|тек|ғана|бас\s+тартылады|енгізіледі|ұсынылмайды|берілмейді|жіберілмейді|қабылданбайды|тағайындалмайды|тыйым\s+салынады|біліктілік\s+талап\p{L}*|санаттар\p{L}*|болуға\s+тиіс|тегін|жеңілдікті|жеңілдік\p{L}*|ақы\s+төлемей|ақысыз|босатылады)(?![\p{L}])/u;

/** Protective or neutral context: maternity, children, disability, old age, need, victims, youth policy; anti-discrimination clauses. */
const RU_PROTECTIVE =
  /беременн|(?<![\p{L}])род(?:ам|ов|ы|ах)(?![\p{L}])|материнств|многодетн|мать-героин|матер(?:ям|и|ей)(?![\p{L}])|кормящ|усыновивш|удочеривш|уход\p{L}*\s+за\s+(?:ребенк|детьми)|инвалид|пенсионн\p{L}*\s+возраст|пенсионер|ветеран|несовершеннолетн|(?<![\p{L}])дет(?:и|ям|ей|ьми)(?![\p{L}])|ребен|малоимущ|нуждающ|насили|одиноко|престарел|сирот|молодеж|молод\p{L}*\s+(?:специалист|сем)|независимо\s+от|равн\p{L}*\s+(?:прав|возможност)|равенств|(?<![\p{L}])не\s+(?:может|могут)\s+(?:быть|служить)\s+основани|дискриминац|(?<![\p{L}])не\s+допускается\s+(?:отказ|требовать)|запрещается\s+(?:отказ|требовать)/u;
const KK_PROTECTIVE =
  /жүкті|босану|бала\s+күтім|көп\s+балалы|алтын\s+алқа|күміс\s+алқа|батыр\s+ана|аналар|мүгедек|зейнет|ардагер|кәмелетке\s+толмаған|(?<![\p{L}])бала(?!ма)|аз\s+қамтылған|мұқтаж|зорлық|жалғыз\s+басты|жетім|жастар|жас\s+маман|жас\s+отбасы|қарамастан|кемсіт|тең\s+(?:құқ|мүмкіндік)\p{L}*|теңдіг|негіз\s+бола\s+алмайды/u;
/** A person is the subject of the criterion (not «транспортные средства не старше 10 лет»). */
const RU_PERSON = /(?<![\p{L}])(?:лиц|граждан|кандидат|претендент|участник|заявител|получател|мужчин|женщин|работник|специалист|спортсмен|студент|выпускник|абитуриент|исполнител|природопользовател|пользовател|жител|водител|предпринимател|пенсионер|дет(?:и|ей|ям|ьми)|сем(?:ья|ьи|ьям|ей)|родител|посетител)\p{L}*/u;
const KK_PERSON = /(?<![\p{L}])(?:тұлға|азамат|үміткер|кандидат|қатысушы|өтініш\s+беруші|алушы|қызметкер|маман|спортшы|студент|түлек|талапкер|адам|әйел|ер|жүргізуші|тасымалдаушы|тұрғын|пайдаланушы|зейнеткер|отбасы|бала|ата-ана|келуші)\p{L}*/u;

const GROUND_NAMES: Record<Ground, { ru: string; kk: string; en: string }> = {
  sex: { ru: "пол", kk: "жынысы", en: "sex" },
  age: { ru: "возраст", kk: "жасы", en: "age" },
  nationality: { ru: "национальность", kk: "ұлты", en: "nationality" },
  language: { ru: "язык", kk: "тілі", en: "language" },
  residence: { ru: "место жительства", kk: "тұрғылықты жері", en: "place of residence" },
  marital: { ru: "семейное положение", kk: "отбасылық жағдайы", en: "marital status" },
  religion: { ru: "отношение к религии", kk: "дінге көзқарасы", en: "religion" },
};

export default defineRule({
  id: "CONST-DISCRIMINATORY-CRITERION",
  pack: "constitution",
  brief: ["C-04"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "16", paragraph: "2" },
  messages: {
    ru: {
      title: "Возможный дискриминационный критерий: «{quote}»",
      message: "Право, льгота или допуск поставлены в зависимость от признака «{ground_ru}» («{quote}»); требует экспертной проверки наличия законной цели.",
      explanation:
        "Никто не может подвергаться дискриминации по мотивам происхождения, пола, расы, национальности, языка, отношения к религии, убеждений, места жительства или по любым иным обстоятельствам (Конституция 2026 года, п. 2 ст. 16; нормативное постановление Конституционного Суда № 49-НП 2024 года). Различие по такому признаку допустимо, только если оно установлено законом, преследует законную цель и соразмерно ей (например, защита материнства и детства). В подзаконном акте такой критерий отбора — возможное противоречие этим нормам. Рекомендуется исключить критерий или указать закон и цель, которые его оправдывают.",
    },
    kk: {
      title: "Ықтимал кемсітушілік өлшемшарт: «{quote}»",
      message: "Құқық, жеңілдік немесе қатысуға жіберу «{ground_kk}» белгісіне байланысты қойылған («{quote}»); заңды мақсаттың болуы сараптамалық тексеруді қажет етеді.",
      explanation:
        "Ешкімді шыққан тегіне, жынысына, нәсіліне, ұлтына, тіліне, дінге көзқарасына, нанымына, тұрғылықты жеріне немесе кез келген өзге жағдаяттарға байланысты ешқандай кемсітуге болмайды (2026 жылғы Конституцияның 16-бабының 2-тармағы; Конституциялық Соттың 2024 жылғы № 49-НҚ нормативтік қаулысы). Мұндай белгі бойынша айырмашылыққа ол заңмен белгіленген, заңды мақсатты көздейтін және оған мөлшерлес болған жағдайда ғана жол беріледі (мысалы, ана мен баланы қорғау). Заңға тәуелді актідегі мұндай іріктеу өлшемшарты — осы нормалармен ықтимал қайшылық. Өлшемшартты алып тастау немесе оны негіздейтін заң мен мақсатты көрсету ұсынылады.",
    },
    en: {
      title: "Possible discriminatory criterion: «{quote}»",
      message: "A right, benefit or admission depends on {ground_en} («{quote}»); whether a legitimate aim exists requires expert review.",
      explanation:
        "No one may be discriminated against on grounds of origin, sex, race, nationality, language, attitude to religion, beliefs, place of residence or any other circumstance (Constitution 2026 art. 16(2); Constitutional Court normative resolution 49-NP of 2024). A distinction on such a ground is acceptable only if a law sets it, it pursues a legitimate aim and is proportionate (e.g. protecting maternity and childhood). In a subordinate act such a selection criterion is a possible conflict with these norms. Remove the criterion, or cite the law and the aim that justify it.",
    },
  },
  detect(ctx) {
    const status = subordinateStatus(ctx);
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const kk = p.language === "kk";
      const para = positionOf(ctx, p);
      for (const { re, ground } of kk ? KK : RU) {
        if (!mayMatch(re, p.folded)) continue;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(p.folded)) !== null) {
          const start = m.index;
          const end = start + m[0].length;
          if (inQuotes(p, start)) continue;
          const s = sentenceAt(p, start, end).text;
          // A subpoint takes its frame and its person from the list's lead-in («… следующим категориям граждан:»).
          const framed = `${listLeadIn(ctx, p)} ${s}`;
          if (!(kk ? KK_FRAME : RU_FRAME).test(framed)) continue;
          if (!(kk ? KK_PERSON : RU_PERSON).test(framed)) continue;
          // A protective aim (maternity, children, youth, need) can justify a criterion of sex, age or marital status;
          // it does not make a residence, nationality, language or religion requirement neutral.
          // Requiring marriage is not protective («многодетным матерям, состоящим в браке»); being unmarried can be.
          const protectable = ground === "sex" || ground === "age" || (ground === "marital" && !/^состоящ|^некеде\s+тұрат|^некеде\s+тұрған|^замужн|^женат/u.test(m[0]));
          if (protectable && (kk ? KK_PROTECTIVE : RU_PROTECTIVE).test(s)) continue;
          // «мужчины и женщины», «әйелдер мен ерлер»: both sexes named, so sex is not the criterion.
          if (ground === "sex" && (kk ? /әйел/u.test(s) && /(?<![\p{L}])ер(?:лер|\s+адам|\s+жынысты)/u.test(s) : /женщин/u.test(s) && /мужчин/u.test(s))) continue;
          if (refersToLaw(s, p.language)) continue;
          // Local social assistance goes to the area's residents by law; a minimum term of residence is the defect.
          if (ground === "residence" && !/не\s+менее|кемінде/u.test(m[0]) && /социальн\p{L}*\s+(?:помощ|поддержк)|әлеуметтік\s+(?:көмек|қолдау)/u.test(s)) continue;
          if (spans.some((o) => o.para === para && o.start < end && o.end > start)) continue;
          const names = GROUND_NAMES[ground];
          spans.push({
            para,
            start,
            end,
            data: { ground_ru: names.ru, ground_kk: names.kk, ground_en: names.en },
            // Age limits and language requirements are often set by a law the bylaw does not name (service, youth
            // policy, pensions): they stay warnings; the other grounds are errors in a subordinate act.
            ...(status === "yes" && ground !== "age" && ground !== "language" ? { severity: "error" as const } : {}),
          });
        }
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "2. Единовременная помощь на подготовку детей к школе предоставляется гражданам, постоянно проживающим на территории района не менее двух лет.",
        quote: "постоянно проживающим на территории района не менее двух лет",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "2. Балаларды мектепке дайындауға біржолғы көмек аудан аумағында кемінде екі жыл тұрақты тұратын азаматтарға көрсетіледі.",
        quote: "кемінде екі жыл тұрақты тұратын",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. К участию в конкурсе на получение гранта допускаются лица мужского пола в возрасте не старше 40 лет.",
        quote: "лица мужского пола",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "3. Право на получение стипендии имеют студенты, не состоящие в браке.",
        quote: "не состоящие в браке",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "4. Единовременная выплата предоставляется гражданам, постоянно проживающим на территории района не менее пяти лет.",
        quote: "постоянно проживающим на территории района не менее пяти лет",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "5. Грант алуға арналған конкурсқа 40 жастан аспаған ер жынысты тұлғалар жіберіледі.",
        quote: "40 жастан аспаған",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "3. Некеде тұрмайтын студенттердің шәкіртақы алуға құқығы бар.",
        quote: "Некеде тұрмайтын",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "5. От платы, указанной в пункте 4 настоящих Правил, освобождаются лица с инвалидностью, пенсионеры, а также дети, постоянно проживающие в городе Павлодаре.",
        quote: "постоянно проживающие в городе Павлодаре",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "5. Ауылдық округте тұрақты тұратын зейнеткерлер мен көп балалы отбасылардың мүшелері моншаға ақы төлемей барады.",
        quote: "Ауылдық округте тұрақты тұратын",
      },
      {
        lang: "ru",
        actType: "agency-order",
        text: "3. Преподавателями-мастерами могут быть лица не старше пятидесяти пяти лет.",
        quote: "не старше пятидесяти пяти лет",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "5. От платы, указанной в пункте 4 настоящих Правил, освобождаются лица с инвалидностью и пенсионеры.",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "5. Зейнеткерлер мен көп балалы отбасылардың мүшелері моншаға ақы төлемей барады.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "2. Единовременная помощь на подготовку детей к школе предоставляется малообеспеченным семьям, имеющим детей школьного возраста, независимо от срока проживания в районе.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "2. Балаларды мектепке дайындауға біржолғы көмек мектеп жасындағы балалары бар аз қамтылған отбасыларға ауданда тұрған мерзіміне қарамастан көрсетіледі.",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "6. Единовременная социальная помощь предоставляется женщинам, находящимся в отпуске по беременности и родам.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "2. Право на участие в конкурсе имеют граждане Республики Казахстан независимо от пола, возраста и национальности.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "7. К перевозке пассажиров допускаются автобусы не старше 10 лет с даты выпуска.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "4. Доля женщин в составе комиссии составляет не менее тридцати процентов.",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "6. Біржолғы әлеуметтік көмек жүктілігіне және босануына байланысты демалыстағы әйелдерге беріледі.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "2. Конкурсқа Қазақстан Республикасының азаматтары жынысына, жасына және ұлтына қарамастан қатыса алады.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "3. Комиссия құрамына әйелдер мен ерлер тең үлесте енгізіледі.",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "5. Социальная помощь предоставляется гражданам, постоянно проживающим на территории района.",
      },
    ],
  },
});
