import { findAll, wordRegex } from "../../document/match";
import type { Language } from "../../../contract";
import { BODY } from "../anticorruption/common";
import { positionOf, sentenceBounds } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/** Taking property: «изымается», «подлежит изъятию», «безвозмездно изымается», «принудительное отчуждение». */
const TAKING: Record<Language, RegExp> = {
  ru: wordRegex(
    "(?:безвозмездно\\s+)?(?:изымается|изымаются|изымает|изымают|подлежит\\s+изъятию|подлежат\\s+изъятию|конфискуется|конфискуются|подлежит\\s+конфискации|подлежат\\s+конфискации)(?:\\s+безвозмездно)?|принудительн\\p{L}*\\s+отчуждени\\p{L}*|отчуждается\\s+принудительно",
  ),
  kk: wordRegex(
    "(?:өтеусіз\\s+)?(?:алып\\s+қойылады|алынып\\s+қойылады|алып\\s+қоюға\\s+жатады|тәркіленеді|тәркілеуге\\s+жатады)|өтеусіз\\s+алынады|мәжбүрлеп\\s+иеліктен\\s+шығар\\p{L}*",
  ),
};

/** What is taken is property (not a licence, a sample, an application). */
const PROPERTY: Record<Language, RegExp> = {
  ru: /имуществ|земельн\p{L}*\s+участ|недвижим|жил\p{L}*\s+(?:помещени|дом)|жилищ|квартир|здани|сооружени|транспортн\p{L}*\s+средств|автомобил|скот|животн|товар|денежн\p{L}*\s+средств|деньг|урожа|вещ(?:ь|и|ей)(?![\p{L}])|груз/u,
  kk: /мүлі?к|мүлк|жер\s+учаске|жылжымайтын|тұрғын\s+үй|пәтер|ғимарат|құрылыс|көлік\s+құрал|мал(?![\p{L}])|малы|жануар|тауар|ақша|өнім|жүк/u,
};

/** From persons: an owner or holder, or a body acting against them. */
const OWNER: Record<Language, RegExp> = {
  ru: /собственник|владел|граждан|физическ\p{L}*\s+лиц|юридическ\p{L}*\s+лиц|землепользовател|арендатор|нарушител|принадлежащ|частн\p{L}*\s+собственност|хозяйств|у\s+лиц|предпринимател/u,
  kk: /меншік\s+иес|иелен|азамат|жеке\s+тұлға|заңды\s+тұлға|жер\s+пайдаланушы|жалға\s+алушы|бұзушы|тиесілі|жеке\s+меншік|шаруашылық|кәсіпкер/u,
};

/** Court decision, equivalent compensation or a law that sets the procedure. */
const SAFEGUARD: Record<Language, RegExp> = {
  ru: /суд|возмещени|бесхозяйн|безнадзорн|бродяч|компенсаци|равноценн|выкуп|(?<!без)возмездн(?!\p{L}*\s+основ)|(?:кодекс|закон)\p{L}*\s+(?:республики\s+казахстан\s+)?(?:[«"]|о\s|об\s)|в\s+соответствии\s+с\s+(?:закон|кодекс|законодательств)|установленн\p{L}*\s+законодательств|законодательств\p{L}*\s+порядк|предусмотренн\p{L}*\s+(?:закон|кодекс)|(?:порядке|случаях),?\s+(?:установленн|предусмотренн)\p{L}*\s+(?:закон|кодекс)|из\s+(?:оборота|обращения)|возвращ|возврат|проб|образц|лицензи|удостоверени|документ/u,
  kk: /сот|өтем|иесіз|қараусыз|(?:заң|заңнама)\p{L}*\s+(?:белгіленген|көзделген)|өтеу(?!сіз)|тең\s+(?:бағалы|құн)|сатып\s+алу|кодекс|заңына\s+сәйкес|заңнамасына\s+сәйкес|заңда(?:рында)?\s+көзделген|айналымнан|қайтар|сынама|үлгі|лицензия|куәлік|құжат/u,
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
        if (!PROPERTY[lang].test(s) || SAFEGUARD[lang].test(s)) continue;
        const word = p.folded.slice(m.start, m.end);
        const strong = /безвозмездно|принудительн|конфиск|өтеусіз|мәжбүрлеп|тәркіле/u.test(word);
        const active = /изымает|изымают/u.test(word) && BODY[lang].test(s);
        if (!strong && !active && !OWNER[lang].test(s)) continue;
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
    ],
    good: [
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
