import { LEGISLATIVE_ACT_TYPES } from "../../document/act-type";
import { positionOf } from "../helpers";
import { defineRule } from "../types";
import type { ParsedParagraph } from "../../document/model";
import { isTreatyText, legislativeStatus, sentenceAt } from "./common-rights";
import { personRestrictions } from "./rights-restriction-bylaw";

/** An aim from art. 41(1) or a statement of necessity / proportionality anywhere in the law. */
const RU_AIM =
  /в\s+целях\s+(?:[\p{L}-]+\s+){0,4}?(?:защит|охран|обеспечени|предупреждени|предотвращени|профилактик)\p{L}*|(?:защит|охран)\p{L}*\s+(?:основ\s+конституционного\s+строя|общественного\s+порядка|здоровья|нравственност|прав\s+и\s+свобод|жизни|окружающей)|национальн\p{L}*\s+безопасност|в\s+той\s+мере,?\s+в\s+какой|соразмерн\p{L}*|необходим\p{L}*\s+(?:и\s+достаточн|в\s+целях)/u;
const KK_AIM =
  /(?:қорғау|қамтамасыз\s+ету|сақтау|алдын\s+алу)\s+мақсатында|мақсаттарында|ұлттық\s+қауіпсіздік\p{L}*|қоғамдық\s+тәртіп\p{L}*|денсаулығын\s+(?:қорғау|сақтау)|мөлшерлес\p{L}*|қажетті\s+шамада/u;

/**
 * Places where assemblies may not be held, typically an item added to the law's list of such places
 * («6-1) проведения мирных собраний вблизи объектов …», «… объектілердің маңында бейбіт жиналыстар өткізуге;»):
 * the ban word sits in the amended list's lead-in, outside the new wording.
 */
const ASSEMBLY_PLACE: Record<"ru" | "kk", RegExp> = {
  ru: /(?<![\p{L}])проведени\p{L}*\s+(?:мирн\p{L}*\s+)?(?:собрани|митинг|пикет|шестви|демонстраци)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:вблизи|около|возле|ближе|в\s+радиусе|на\s+расстоянии)(?![\p{L}])/gu,
  kk: /(?<![\p{L}])(?:маңында|жанында|жақын\s+жерде|радиусында)\s+(?:бейбіт\s+)?(?:жиналыс|митинг|пикет|шеру)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?өткіз(?:у|уге|уіне)(?![\p{L}])/gu,
};
const PERMITS: Record<"ru" | "kk", RegExp> = {
  ru: /(?<![\p{L}])(?<!не\s)(?:допускается|разрешается|вправе|может\s+проводиться)(?![\p{L}])/u,
  kk: /рұқсат\s+етіледі|жол\s+беріледі|құқылы(?!\s+емес)|өткізілуі\s+мүмкін/u,
};

function assemblyPlaceLimits(p: ParsedParagraph): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = ASSEMBLY_PLACE[p.language];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.folded)) !== null) {
    if (PERMITS[p.language].test(sentenceAt(p, m.index, m.index + m[0].length).text)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export default defineRule({
  id: "CONST-RESTRICTION-NO-AIM",
  pack: "constitution",
  brief: ["C-02"],
  severity: "warning",
  actTypes: LEGISLATIVE_ACT_TYPES,
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "41", paragraph: "1" },
  messages: {
    ru: {
      title: "Ограничение права без указанной цели: «{quote}»",
      message: "Закон ограничивает права лиц («{quote}»; всего ограничений: {count}), но в тексте не указана цель ограничения из п. 1 ст. 41 Конституции; рекомендуется обосновать цель и соразмерность.",
      explanation:
        "Права и свободы могут быть ограничены только законами и лишь в той мере, в какой это необходимо в целях защиты основ конституционного строя, прав и свобод человека и гражданина, обеспечения национальной безопасности, охраны общественного порядка, здоровья граждан и нравственности общества (Конституция 2026 года, п. 1 ст. 41). Ограничение прав должно быть адекватно законной цели, справедливо, соразмерно и необходимо (Закон «О правовых актах», ст. 14-2). Если ни текст закона, ни пояснительная записка не называют такую цель, ограничение требует экспертной проверки. Рекомендуется указать цель («в целях защиты …») и обосновать необходимость в пояснительной записке.",
    },
    kk: {
      title: "Мақсаты көрсетілмеген құқықты шектеу: «{quote}»",
      message: "Заң тұлғалардың құқықтарын шектейді («{quote}»; барлық шектеулер саны: {count}), бірақ мәтінде Конституцияның 41-бабының 1-тармағында көзделген шектеу мақсаты көрсетілмеген; мақсат пен мөлшерлестікті негіздеу ұсынылады.",
      explanation:
        "Құқықтар мен бостандықтар тек заңдармен және конституциялық құрылыстың негіздерін, адам мен азаматтың құқықтары мен бостандықтарын қорғау, ұлттық қауіпсіздікті қамтамасыз ету, қоғамдық тәртіпті, азаматтардың денсаулығын және қоғамның имандылығын сақтау мақсатында қажетті шамада ғана шектелуі мүмкін (2026 жылғы Конституцияның 41-бабының 1-тармағы). Құқықтарды шектеу заңды мақсатқа барабар, әділ, мөлшерлес және қажетті болуы тиіс («Құқықтық актілер туралы» Заңның 14-2-бабы). Заң мәтіні де, түсіндірме жазба да мұндай мақсатты атамаса, шектеу сараптамалық тексеруді қажет етеді. Мақсатты («… қорғау мақсатында») көрсету және қажеттілігін түсіндірме жазбада негіздеу ұсынылады.",
    },
    en: {
      title: "Right restricted without a stated aim: «{quote}»",
      message: "The law restricts persons' rights («{quote}»; restrictions in total: {count}) but the text states no aim from Constitution art. 41(1); justify the aim and proportionality.",
      explanation:
        "Rights and freedoms may be restricted only by laws and only as far as necessary to protect the constitutional order, human and civil rights and freedoms, national security, public order, health and morals (Constitution 2026 art. 41(1)). A restriction must be adequate to a lawful aim, fair, proportionate and necessary (Law \"On Legal Acts\" art. 14-2). If neither the law nor its explanatory note names such an aim, the restriction requires expert review. State the aim («in order to protect …») and justify the necessity in the explanatory note.",
    },
  },
  detect(ctx) {
    if (!legislativeStatus(ctx) || isTreatyText(ctx)) return [];
    const paragraphs = ctx.doc.paragraphs.filter((p) => !p.isNote);
    if (paragraphs.some((p) => (p.language === "kk" ? KK_AIM : RU_AIM).test(p.folded))) return [];
    const found: { para: number; start: number; end: number }[] = [];
    for (const p of ctx.content()) {
      for (const r of personRestrictions(p, { skipLawRef: false })) found.push({ para: positionOf(ctx, p), ...r });
      for (const r of assemblyPlaceLimits(p)) found.push({ para: positionOf(ctx, p), ...r });
    }
    if (found.length === 0) return [];
    // One finding per law, on its first restriction: the aim is a property of the law, not of each sentence.
    return [{ ...found[0]!, data: { count: String(found.length) } }];
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "amendment-law",
        text: "1. В Закон Республики Казахстан «О порядке организации и проведения мирных собраний в Республике Казахстан» внести следующее дополнение:\nпункт 2 статьи 10 дополнить подпунктом 4-1) следующего содержания:\n«4-1) проведения митингов и пикетов вблизи зданий организаций образования;».",
        quote: "проведения митингов и пикетов вблизи",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: "1. «Қазақстан Республикасында бейбіт жиналыстарды ұйымдастыру және өткізу тәртібі туралы» Қазақстан Республикасының Заңына мынадай толықтыру енгізілсін:\n10-баптың 2-тармағы мынадай мазмұндағы 4-1) тармақшамен толықтырылсын:\n«4-1) білім беру ұйымдары ғимараттарының маңында митингілер мен пикеттер өткізуге;».",
        quote: "маңында митингілер мен пикеттер өткізуге",
      },
      {
        lang: "ru",
        actType: "law",
        text: [
          "Статья 5. Ограничения при размещении объектов",
          "1. Физическим лицам запрещается размещать нестационарные торговые объекты ближе двухсот метров от зданий школ.",
        ].join("\n"),
        quote: "запрещается",
      },
      {
        lang: "ru",
        actType: "code",
        text: "2. Собственник не вправе сдавать жилище в наем на срок менее одного месяца.",
        quote: "не вправе",
      },
      {
        lang: "kk",
        actType: "law",
        text: [
          "5-бап. Объектілерді орналастыру кезіндегі шектеулер",
          "1. Жеке тұлғаларға мектеп ғимараттарынан екі жүз метрден жақын жерде стационарлық емес сауда объектілерін орналастыруға тыйым салынады.",
        ].join("\n"),
        quote: "тыйым салынады",
      },
      {
        lang: "kk",
        actType: "code",
        text: "2. Меншік иесі тұрғын үйді бір айдан аз мерзімге жалға беруге құқылы емес.",
        quote: "құқылы емес",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "amendment-law",
        text: "1. В Закон Республики Казахстан «О порядке организации и проведения мирных собраний в Республике Казахстан» внести следующее дополнение:\nстатью 10 дополнить пунктом 5 следующего содержания:\n«5. Проведение мирных собраний вблизи зданий организаций образования допускается во внеучебное время.»;",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: "1. «Қазақстан Республикасында бейбіт жиналыстарды ұйымдастыру және өткізу тәртібі туралы» Қазақстан Республикасының Заңына мынадай толықтыру енгізілсін:\n10-бап мынадай мазмұндағы 5-тармақпен толықтырылсын:\n«5. Білім беру ұйымдары ғимараттарының маңында бейбіт жиналыстар өткізуге оқу уақытынан тыс рұқсат етіледі.»;",
      },
      {
        lang: "ru",
        actType: "law",
        text: "1. В целях охраны здоровья детей физическим лицам запрещается размещать нестационарные торговые объекты ближе двухсот метров от зданий школ.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "2. Собственник не вправе сдавать жилище в наем на срок менее одного месяца.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "3. Уполномоченному органу запрещается требовать от физических лиц документы, не предусмотренные настоящим Законом.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "1. Балалардың денсаулығын қорғау мақсатында жеке тұлғаларға мектеп ғимараттарынан екі жүз метрден жақын жерде стационарлық емес сауда объектілерін орналастыруға тыйым салынады.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3. Уәкілетті органға жеке тұлғалардан осы Заңда көзделмеген құжаттарды талап етуге тыйым салынады.",
      },
    ],
  },
});
