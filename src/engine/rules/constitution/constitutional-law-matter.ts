import { wordRegex } from "../../document/match";
import type { Language } from "../../../contract";
import { positionOf, sentenceBounds } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/**
 * Matters the 2026 Constitution reserves for constitutional laws: administrative-territorial structure and the
 * capital (2(3)–(4)), state symbols (11), referendum and elections (35(2)), organisation of the Kurultai,
 * Government, Constitutional Court, courts, prosecution, ombudsman, Қазақстан Халық Кеңесі.
 */
const MATTER_RU =
  "административно-территориальн\\p{L}*\\s+устройств\\p{L}*|статус\\p{L}*\\s+(?:ее\\s+|его\\s+)?столиц\\p{L}*|государственн\\p{L}*\\s+символ\\p{L}*|(?:республиканск|всенародн)\\p{L}*\\s+референдум\\p{L}*|выбор\\p{L}*\\s+(?:депутат\\p{L}*|президент\\p{L}*|в\\s+курултай)|организаци\\p{L}*\\s+и\\s+(?:порядк\\p{L}*\\s+)?деятельност\\p{L}*\\s+(?:правительств|конституционн\\p{L}*\\s+суд|курултай|прокуратур|суд(?:ов|а)|уполномоченн\\p{L}*\\s+по\\s+правам\\s+человека)\\p{L}*";
const MATTER_KK =
  "әкімшілік-аумақтық\\s+құрылыс\\p{L}*|астананың\\s+мәртебесі\\p{L}*|мемлекеттік\\s+рәміздер\\p{L}*|(?:республикалық|жалпыхалықтық)\\s+референдум\\p{L}*|(?:депутаттар\\p{L}*|президентін|құрылтайға)\\s+сайлау\\p{L}*|(?:үкіметтің|конституциялық\\s+соттың|прокуратураның|соттардың)\\s+(?:ұйымдастырылуы|құрылымы)\\s+және\\s+қызмет\\p{L}*";

const MATTER: Record<Language, RegExp> = { ru: wordRegex(MATTER_RU), kk: wordRegex(MATTER_KK) };

/** Title of a whole act on such a matter: «Об административно-территориальном устройстве Республики Казахстан». */
const TITLE_RU =
  "(?:об|о)\\s+(?:административно-территориальном\\s+устройстве|государственных\\s+символах|статусе\\s+столицы|выборах|республиканском\\s+референдуме|правительстве\\s+республики\\s+казахстан|конституционном\\s+суде|прокуратуре|судебной\\s+системе|уполномоченном\\s+по\\s+правам\\s+человека|курултае|қазақстан\\s+халық\\s+кеңесі)";
const TITLE_KK =
  "(?:әкімшілік-аумақтық\\s+құрылыс\\p{L}*|мемлекеттік\\s+рәміздер\\p{L}*|астананың\\s+мәртебесі|сайлау|республикалық\\s+референдум|қазақстан\\s+республикасының\\s+үкіметі|конституциялық\\s+сот|прокуратура|сот\\s+жүйесі\\s+және\\s+судьялардың\\s+мәртебесі|адам\\s+құқықтары\\s+жөніндегі\\s+уәкіл|құрылтай|қазақстан\\s+халық\\s+кеңесі)\\s+туралы";
const TITLE: Record<Language, RegExp> = {
  ru: new RegExp(
    `^\\s*(?:закон\\s+республики\\s+казахстан\\s+)?(?:о\\s+внесении\\s+изменени\\p{L}*(?:\\s+и\\s+дополнени\\p{L}*)?\\s+в\\s+закон\\p{L}*\\s+(?:республики\\s+казахстан\\s+)?)?[«"]?(${TITLE_RU})(?:\\s+республики\\s+казахстан)?[»"]?\\s*$`,
    "u",
  ),
  kk: new RegExp(`^\\s*[«"]?(?:қазақстан\\s+республикасы(?:ндағы|ның)\\s+)?(${TITLE_KK})[»"]?(?:\\s+қазақстан\\s+республикасының\\s+заңы(?:на\\s+өзгерістер(?:\\s+мен\\s+толықтырулар)?\\s+енгізу\\s+туралы)?)?\\s*$`, "u"),
};

/**
 * The act itself forms, abolishes or merges a region or a district («Образовать Алатаускую область», «Іле облысы
 * құрылсын»): a change of the administrative-territorial structure at the top level.
 */
const ATS_CHANGE: Record<Language, RegExp> = {
  ru: wordRegex(
    "(?:образовать|упразднить|объединить|образуется|упраздняется|образуются|упраздняются)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:област(?:ь|и|ей)|район(?:ы|ов)?)",
  ),
  kk: wordRegex("(?:облыс(?:ы|тары)|аудан(?:ы|дары))\\s+(?:құрылсын|таратылсын|құрылады|таратылады|біріктірілсін)|(?:облысын|облыстарын|ауданын|аудандарын)\\s+(?:құру|тарату|біріктіру)"),
};

/** The act itself sets the rules, or a plain law is named as the regulating act. */
const REGULATES: Record<Language, RegExp> = {
  ru: /(?:определя|устанавлива|регулиру)\p{L}*\s+(?:настоящ\p{L}*|законом(?![\p{L}]))|настоящ\p{L}*\s+(?:закон|постановлени|приказ|решени|указ|правил)\p{L}*\s+(?:\p{L}+\s+){0,2}(?:определя|устанавлива|регулиру)\p{L}*|порядок\s+(?:проведения|использования|образования|упразднения|преобразования)\s+(?:\p{L}+\s+){0,3}(?:определяется|устанавливается|утверждается)\s+(?:акимат|маслихат|министерств|уполномоченн|правительств|местн|центральн)/u,
  kk: /осы\s+(?:заң|қаулы|бұйрық|шешім|жарлық|қағидалар)\p{L}*\s+(?:\p{L}+\s+){0,2}(?:айқында|белгіле|ретте)\p{L}*|(?<!конституциялық\s)заңмен\s+(?:айқындалады|белгіленеді|реттеледі)/u,
};
const CONSTITUTIONAL: Record<Language, RegExp> = {
  ru: /конституционн\p{L}*\s+закон|конституци/u,
  kk: /конституциялық\s+заң|конституция/u,
};

export default defineRule({
  id: "CONST-CONSTITUTIONAL-LAW-MATTER",
  pack: "constitution",
  brief: ["C-15"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "2", paragraph: "3" },
  messages: {
    ru: {
      title: "Вопрос конституционного закона: «{quote}»",
      message: "«{quote}» — вопрос, который Конституция 2026 года относит к конституционным законам; регулирование в этом акте требует экспертной проверки.",
      explanation:
        "Конституция 2026 года относит к предмету конституционных законов административно-территориальное устройство и статус столицы (п. 3, 4 ст. 2), государственные символы (ст. 11), выборы и референдум (п. 2 ст. 35), организацию и деятельность Курултая, Правительства, Конституционного Суда, судов, прокуратуры, Уполномоченного по правам человека, Қазақстан Халық Кеңесі. Регулирование этих вопросов обычным законом или подзаконным актом (а не исполнение конституционного закона) создаёт возможное противоречие. Рекомендуется проверить, что акт лишь исполняет конституционный закон и ссылается на него.",
    },
    kk: {
      title: "Конституциялық заңның мәселесі: «{quote}»",
      message: "«{quote}» — 2026 жылғы Конституция конституциялық заңдарға жатқызған мәселе; осы актіде реттелуі сараптамалық тексеруді қажет етеді.",
      explanation:
        "2026 жылғы Конституция әкімшілік-аумақтық құрылысты және астананың мәртебесін (2-баптың 3, 4-тармақтары), мемлекеттік рәміздерді (11-бап), сайлау мен референдумды (35-баптың 2-тармағы), Құрылтайдың, Үкіметтің, Конституциялық Соттың, соттардың, прокуратураның, Адам құқықтары жөніндегі уәкілдің, Қазақстан Халық Кеңесінің ұйымдастырылуы мен қызметін конституциялық заңдардың нысанасына жатқызады. Бұл мәселелерді қарапайым заңмен немесе заңға тәуелді актімен реттеу (конституциялық заңды орындау емес) ықтимал қайшылық туғызады. Актінің конституциялық заңды тек орындайтынын және оған сілтеме жасайтынын тексеру ұсынылады.",
    },
    en: {
      title: "Matter for a constitutional law: «{quote}»",
      message: "«{quote}» is a matter the 2026 Constitution reserves for constitutional laws; regulating it in this act requires expert review.",
      explanation:
        "The 2026 Constitution reserves for constitutional laws the administrative-territorial structure and the status of the capital (art. 2(3)–(4)), state symbols (art. 11), elections and referendum (art. 35(2)), and the organisation and activity of the Kurultai, the Government, the Constitutional Court, courts, the prosecution, the ombudsman and Қазақстан Халық Кеңесі. Regulating these matters by an ordinary law or a subordinate act (rather than implementing a constitutional law) is a possible conflict. Check that the act only implements the constitutional law and refers to it.",
    },
  },
  detect(ctx) {
    if (ctx.doc.actType === "constitutional-law") return [];
    const spans: RuleSpan[] = [];
    // 1. The title: the whole act is on such a matter.
    for (const p of ctx.doc.paragraphs.slice(0, 15)) {
      if (!p.isHeading || p.text.length > 300) continue;
      if (/конституционн|конституциялық/u.test(p.folded)) break;
      const m = TITLE[p.language].exec(p.folded);
      if (m) {
        const start = m.index + m[0].indexOf(m[1]!);
        spans.push({ para: positionOf(ctx, p), start, end: start + m[1]!.length });
        break;
      }
    }
    if (spans.length > 0) return spans;
    // 2. The act itself forms or abolishes a region or district.
    for (const p of ctx.content()) {
      const re = ATS_CHANGE[p.language];
      re.lastIndex = 0;
      const m = re.exec(p.folded);
      if (!m) continue;
      const b = sentenceBounds(p, m.index);
      if (CONSTITUTIONAL[p.language].test(p.folded.slice(b.start, b.end))) continue;
      // «в составе района образовать сельский округ» is a lower-level change made by local bodies.
      if (/сельск\p{L}*\s+округ|ауылдық\s+округ/u.test(p.folded.slice(m.index, m.index + m[0].length))) continue;
      spans.push({ para: positionOf(ctx, p), start: m.index, end: m.index + m[0].length });
      return spans;
    }
    // 3. A norm of this act sets the rules on such a matter itself.
    for (const p of ctx.content()) {
      const re = MATTER[p.language];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.folded)) !== null) {
        const b = sentenceBounds(p, m.index);
        const s = p.folded.slice(b.start, b.end);
        if (CONSTITUTIONAL[p.language].test(s) || !REGULATES[p.language].test(s)) continue;
        if (/в\s+соответствии\s+с|сәйкес/u.test(s)) continue;
        spans.push({ para: positionOf(ctx, p), start: m.index, end: m.index + m[0].length });
        break;
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "presidential-decree",
        text: "1. Образовать Прибалхашский район с административным центром в поселке Сарышаган.",
        quote: "Образовать Прибалхашский район",
      },
      {
        lang: "kk",
        actType: "presidential-decree",
        text: "1. Әкімшілік орталығы Сарышаған кенті болатын Балқаш маңы ауданы құрылсын.",
        quote: "ауданы құрылсын",
      },
      {
        lang: "ru",
        actType: "law",
        text: "О государственных символах Республики Казахстан\nСтатья 1. Государственные символы\n1. Настоящий Закон определяет государственные символы Республики Казахстан и порядок их использования.",
        quote: "О государственных символах",
      },
      {
        lang: "ru",
        actType: "law",
        text: "Статья 3. Административно-территориальные единицы\n1. Административно-территориальное устройство Республики Казахстан и статус ее столицы определяются законом.",
        quote: "Административно-территориальное устройство",
      },
      {
        lang: "kk",
        actType: "law",
        text: "Мемлекеттік рәміздер туралы\n1-бап. Мемлекеттік рәміздер\n1. Осы Заң Қазақстан Республикасының мемлекеттік рәміздерін және оларды пайдалану тәртібін айқындайды.",
        quote: "Мемлекеттік рәміздер туралы",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3-бап. Әкімшілік-аумақтық бірліктер\n1. Қазақстан Республикасының әкімшілік-аумақтық құрылысы мен астананың мәртебесі заңмен айқындалады.",
        quote: "әкімшілік-аумақтық құрылысы",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "presidential-decree",
        text: "1. В соответствии с Конституционным законом Республики Казахстан об административно-территориальном устройстве образовать Прибалхашский район.",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "1. Аудан құрамында Жаңаталап ауылдық округі құрылсын.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "В соответствии с Конституционным законом Республики Казахстан «Об административно-территориальном устройстве Республики Казахстан» акимат области ПОСТАНОВЛЯЕТ:\n1. Переименовать село Жанаауыл Аксуского района в село Береке.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "5. На зданиях государственных органов размещается Государственный Флаг в порядке, установленном Конституционным законом Республики Казахстан «О государственных символах Республики Казахстан».",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "«Қазақстан Республикасының әкімшілік-аумақтық құрылысы туралы» Конституциялық заңға сәйкес облыс әкімдігі ҚАУЛЫ ЕТЕДІ:\n1. Ақсу ауданының Жаңаауыл ауылы Береке ауылы болып қайта аталсын.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "5. Мемлекеттік органдардың ғимараттарында Қазақстан Республикасының Мемлекеттік Туы «Қазақстан Республикасының мемлекеттік рәміздері туралы» Конституциялық заңда белгіленген тәртіппен орналастырылады.",
      },
    ],
  },
});
