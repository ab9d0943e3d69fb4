import { findAll, wordRegex } from "../../document/match";
import type { Language } from "../../../contract";
import { BODY } from "../anticorruption/common";
import { positionOf, sentenceBounds } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/** Taking property: «изымается», «подлежит изъятию», «безвозмездно изымается», «принудительное отчуждение». */
const TAKING: Record<Language, RegExp> = {
  ru: wordRegex(
    "(?:безвозмездно\\s+)?(?:изымается|изымаются|изымает|изымают|подлеж(?:ит|ат)\\s+(?:безвозмездному\\s+)?изъятию|конфискуется|конфискуются|подлежит\\s+конфискации|подлежат\\s+конфискации)(?:\\s+безвозмездно)?|принудительн\\p{L}*\\s+отчуждени\\p{L}*|отчуждается\\s+принудительно",
  ),
  kk: wordRegex(
    "(?:өтеусіз\\s+)?(?:алып\\s+қойылады|алып\\s+қояды|алынып\\s+қойылады|алып\\s+қоюға\\s+жатады|тәркіленеді|тәркілеуге\\s+жатады)|өтеусіз\\s+алынады|мәжбүрлеп\\s+иеліктен\\s+шығар\\p{L}*",
  ),
};

/** What is taken is property (not a licence, a sample, an application). */
const PROPERTY: Record<Language, RegExp> = {
  ru: /имуществ|земельн\p{L}*\s+участ|недвижим|жил\p{L}*\s+(?:помещени|дом)|жилищ|квартир|здани|сооружени|транспортн\p{L}*\s+средств|автомобил|скот|животн|товар|денежн\p{L}*\s+средств|деньг|урожа|вещ(?:ь|и|ей)(?![\p{L}])|груз|киоск|павильон|нестационарн|торгов\p{L}*\s+объект|рекламн\p{L}*\s+конструкци|строени|гараж|оборудовани|памятник|объект\p{L}*\s+историко-культурн|велосипед|самокат|инвентар|плавательн\p{L}*\s+средств|судн|лодк|катер|щит|спецтехник|специальн\p{L}*\s+техник|аппаратур|инструмент|музыкальн|документ\p{L}*\s+(?:частн|архив)/u,
  kk: /мүлі?к|мүлк|жер\s+учаске|жылжымайтын|тұрғын\s+үй|пәтер|ғимарат|құрылыс|көлік\s+құрал|мал(?![\p{L}])|малы|жануар|тауар|ақша|өнім|жүк|дүңгіршек|павильон|сауда\s+объекті|жарнама\s+конструкция|гараж|жабдық|такси|автокөлік|көлік|ескерткіш|аспап|аппаратура|велосипед|техника|кеме|қайық|щит|құрал-жабдық/u,
};

/** From persons: an owner or holder, or a body acting against them. */
const OWNER: Record<Language, RegExp> = {
  ru: /собственник|владел|граждан|физическ\p{L}*\s+лиц|юридическ\p{L}*\s+лиц|землепользовател|арендатор|нарушител|принадлежащ|частн\p{L}*\s+собственност|хозяйств|у\s+лиц|предпринимател/u,
  kk: /меншік\s+иес|иелен|азамат|жеке\s+тұлға|заңды\s+тұлға|жер\s+пайдаланушы|жалға\s+алушы|бұзушы|тиесілі|жеке\s+меншік|шаруашылық|қожалық|кәсіпкер/u,
};

/** «без решения суда», «сот шешімінсіз», «не возвращаются», «иесіне қайтарылмайды»: a safeguard named only to be excluded. */
const NO_COURT: Record<Language, RegExp> = {
  ru: /без\s+(?:решения\s+суда|судебного\s+решения|суда)|внесудебн\p{L}*|не\s+(?:возвраща|возвращ)\p{L}*|без\s+(?:возмещени|компенсаци|возврат)\p{L}*/gu,
  kk: /сот\s+шешімінсіз|сотсыз|соттан\s+тыс|қайтарылмайды|қайтарылмай|өтемсіз/gu,
};
/** Court decision, equivalent compensation or a law that sets the procedure. */
const LEGAL_SAFEGUARD: Record<Language, RegExp> = {
  ru: /(?<![\p{L}])суд|возмещени|компенсаци|равноценн|выкуп|(?<!без)возмездн(?!\p{L}*\s+основ)|(?:кодекс|закон)\p{L}*\s+(?:республики\s+казахстан\s+)?(?:[«"]|о\s|об\s)|в\s+соответствии\s+с\s+(?:закон|кодекс|законодательств)|установленн\p{L}*\s+законодательств|законодательств\p{L}*\s+порядк|предусмотренн\p{L}*\s+(?:закон|кодекс)/u,
  kk: /(?<![\p{L}])сот|өтем|(?:заң|заңнама)\p{L}*\s+(?:белгіленген|көзделген)|өтеу(?!сіз)|тең\s+(?:бағалы|құн)|сатып\s+алу|кодекс|заңына\s+сәйкес|заңнамасына\s+сәйкес|заңда(?:рында)?\s+көзделген/u,
};

/** …and what is taken is not someone's property: strays, goods withdrawn from circulation, samples, licences, documents. */
const NOT_PROPERTY: Record<Language, string> = {
  ru: "бесхозяйн|безнадзорн|бродяч|(?:порядке|случаях),?\\s+(?:установленн|предусмотренн)\\p{L}*\\s+(?:закон|кодекс)|из\\s+(?:оборота|обращения)|возвращ|возврат|проб|образц|лицензи|удостоверени|документ",
  kk: "иесіз|қараусыз|айналымнан|қайтар|сынама|үлгі|лицензия|куәлік|құжат",
};
const SAFEGUARD: Record<Language, RegExp> = {
  ru: new RegExp(`${LEGAL_SAFEGUARD.ru.source}|${NOT_PROPERTY.ru}`, "u"),
  kk: new RegExp(`${LEGAL_SAFEGUARD.kk.source}|${NOT_PROPERTY.kk}`, "u"),
};


/** A breach of the act is what the taking answers. */
const VIOLATION: Record<Language, RegExp> = {
  ru: /с\s+нарушением|нарушени\p{L}*\s+(?:настоящ|требовани|правил)|самовольн|без\s+согласовани|не\s+(?:выполнивш|исполнивш|переданн|прошедш)|вне\s+(?:мест|установленн|отведенн|согласованн)|в\s+неустановленн\p{L}*\s+мест/u,
  kk: /бұза\s+отырып|бұзылған\s+жағдайда|бұзған|бұзылып|келісілмей|өз\s+бетінше|орындамаған|заңсыз\s+(?:орналастырылған|пайдаланылған)|белгіленбеген\s+жер|белгіленген\s+жерлерден\s+тыс|рұқсатсыз|өтпеген/u,
};

export default defineRule({
  id: "CONST-PROPERTY-TAKING",
  pack: "constitution",
  brief: ["C-17"],
  severity: "error",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "29", paragraph: "3" },
  messages: {
    ru: {
      title: "Изъятие имущества без суда или возмещения: «{quote}»",
      message: "«{quote}»: не указаны решение суда или равноценное возмещение; возможное противоречие, требует экспертной проверки.",
      explanation:
        "Никто не может быть лишён своего имущества иначе как по решению суда; принудительное отчуждение имущества для государственных нужд допускается в исключительных случаях, предусмотренных законом, при условии равноценного возмещения (п. 3 ст. 29 Конституции 2026 года; см. также нормативное постановление Конституционного Суда № 64-НП 2025 года). Норма, предусматривающая изъятие, конфискацию или принудительное отчуждение имущества лиц без указания на решение суда, равноценное возмещение или закон, устанавливающий порядок, создаёт возможное противоречие. Рекомендуется указать судебный порядок или условия возмещения со ссылкой на закон.",
    },
    kk: {
      title: "Мүлікті сотсыз немесе өтемсіз алып қою: «{quote}»",
      message: "«{quote}»: сот шешімі немесе тең құнды өтеу көрсетілмеген; ықтимал қайшылық, сараптамалық тексеруді қажет етеді.",
      explanation:
        "Сот шешімінсіз ешкімді өз мүлкінен айыруға болмайды; заңмен көзделген айрықша жағдайларда мемлекет мұқтажы үшін мүлікті мәжбүрлеп иеліктен шығаруға оның тең құны өтелген жағдайда жол беріледі (2026 жылғы Конституцияның 29-бабының 3-тармағы; сондай-ақ Конституциялық Соттың 2025 жылғы № 64-НҚ нормативтік қаулысын қараңыз). Адамдардың мүлкін сот шешіміне, тең құнды өтеуге немесе тәртібін белгілейтін заңға сілтемесіз алып қоюды, тәркілеуді немесе мәжбүрлеп иеліктен шығаруды көздейтін норма ықтимал қайшылық туғызады. Заңға сілтеме жасай отырып, сот тәртібін немесе өтеу шарттарын көрсету ұсынылады.",
    },
    en: {
      title: "Property taken without court or compensation: «{quote}»",
      message: "«{quote}»: no court decision or equivalent compensation is stated; possible conflict, requires expert review.",
      explanation:
        "No one may be deprived of property except by a court decision; compulsory alienation for state needs is allowed only in exceptional cases set by law and with equivalent compensation (2026 Constitution art. 29(3); see also Constitutional Court normative resolution No. 64-НП of 2025). A provision on seizure, confiscation or forced alienation of persons' property that names neither a court decision, nor equivalent compensation, nor the law setting the procedure is a possible conflict. State the court procedure or the compensation terms with a reference to the law.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const lang = p.language;
      for (const m of findAll(TAKING[lang], p.text, p.folded)) {
        const b = sentenceBounds(p, m.start);
        const s = p.folded.slice(b.start, Math.max(b.end, m.end));
        // What is taken is property when the text says so, or when it is taken from an owner or for a breach.
        const sanction = VIOLATION[lang].test(s);
        if (!PROPERTY[lang].test(s) && !sanction && !OWNER[lang].test(s)) continue;
        const word = p.folded.slice(m.start, m.end);
        // Taken for nothing, or handed to the state: «безвозмездно», «в доход государства», «коммуналдық меншікке».
        const strong =
          /безвозмездно|принудительн|конфиск|өтеусіз|мәжбүрлеп|тәркіле/u.test(word) ||
          /безвозмездн|в\s+доход\s+государства|в\s+(?:коммунальн|государственн|республиканск)\p{L}*\s+собственност|өтеусіз|коммуналдық\s+меншік|мемлекет\s+меншіг|мемлекет\s+кіріс/u.test(s);
        // With the thing taken for nothing or into state ownership, samples, licences and documents are property too.
        const guarded = strong ? LEGAL_SAFEGUARD[lang] : SAFEGUARD[lang];
        if (guarded.test(s.replace(NO_COURT[lang], " "))) continue;
        const active = /изымает|изымают|алып\s+қояды/u.test(word) && BODY[lang].test(s);
        // Taken as a sanction for a breach («используемые с нарушением настоящих Правил», «бұза отырып», «келісілмей»):
        // someone's property, even when the owner is not named.
        if (!strong && !active && !sanction && !OWNER[lang].test(s)) continue;
        spans.push({ para: positionOf(ctx, p), start: m.start, end: m.end });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "6. Самовольно размещенные нестационарные торговые объекты безвозмездно изымаются акиматом района и передаются в коммунальную собственность.",
        quote: "безвозмездно изымаются",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "6. Өз бетінше орналастырылған стационарлық емес сауда объектілерін аудан әкімдігі өтеусіз алып қояды және коммуналдық меншікке береді.",
        quote: "өтеусіз алып қояды",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "6. Скот, выпасаемый гражданами вне отведенных мест, изымается и передается на баланс коммунального предприятия.",
        quote: "изымается",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "4. Земельные участки, не используемые собственниками по назначению в течение одного года, безвозмездно изымаются в коммунальную собственность.",
        quote: "безвозмездно изымаются",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "6. Азаматтар белгіленген жерлерден тыс жайып жүрген мал алып қойылады және коммуналдық кәсіпорынның балансына беріледі.",
        quote: "алып қойылады",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "4. Меншік иелері бір жыл ішінде нысаналы мақсаты бойынша пайдаланбаған жер учаскелері коммуналдық меншікке өтеусіз алынады.",
        quote: "өтеусіз алынады",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "9. Плавательные средства, используемые с нарушением настоящих Правил, подлежат изъятию аппаратом акима сельского округа.",
        quote: "подлежат изъятию",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "8. Осы Қағидалар бұзылған жағдайда өнер көрсету кезінде пайдаланылған музыкалық аспаптар мен аппаратура алып қойылады.",
        quote: "алып қойылады",
      },
      {
        lang: "kk",
        actType: "akim-decision",
        text: "6) келісілмей орналастырылған жарнамалық щиттер қала әкімі аппаратының шешімімен алып қойылады және иесіне қайтарылмайды;",
        quote: "алып қойылады",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "9. Плавательные средства, используемые с нарушением настоящих Правил, подлежат изъятию по решению суда.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "8. Осы Қағидалар бұзылған жағдайда пайдаланылған аппаратура Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексінде белгіленген тәртіппен алып қойылады.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "6. Самовольно размещенные нестационарные торговые объекты демонтируются их владельцами; принудительный снос осуществляется на основании решения суда.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "6. Өз бетінше орналастырылған стационарлық емес сауда объектілерін олардың иелері бөлшектейді; мәжбүрлеп бұзу сот шешімі негізінде жүзеге асырылады.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "3. Товары, явившиеся предметом контрабанды, подлежат конфискации по решению суда.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "8. При прекращении действия лицензии бланк лицензии изымается у владельца территориальным подразделением.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3. Контрабанданың нысанасы болған тауарлар сот шешімі бойынша тәркіленеді.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "5. Мемлекет мұқтажы үшін жер учаскесі Жер кодексінде көзделген тәртіппен меншік иесіне тең құнды өтемақы төлене отырып, мәжбүрлеп иеліктен шығарылады.",
      },
    ],
  },
});
