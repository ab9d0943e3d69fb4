import type { Language } from "../../../contract";
import type { RuleCitation } from "../../data/acts";
import type { ParsedParagraph } from "../../document/model";
import { findTriggers } from "../ria/common";
import { defineRule, type RuleContext, type RuleSpan } from "../types";
import { contentParagraphs, entryIntoForceClauses } from "./entry-into-force";

type Burden = "liability" | "permit" | "duty";

/**
 * What makes the 60-day minimum apply (legal brief L-21..L-23): new or stricter liability (ZPA 42(5)),
 * qualification or permit requirements and the documents proving them (42(6)), new duties of businesses (42(4-1)).
 * A mere reference to existing liability («несут ответственность в соответствии с законодательством») is not a trigger.
 */
const TRIGGERS: Record<Burden, Record<Language, RegExp>> = {
  liability: {
    ru: /(?<![\p{L}])(?:влеч[её]т\s+(?:наложение\s+)?штраф\p{L}*|штраф\p{L}*\s+в\s+размере|влеч[её]т\s+(?:административн\p{L}*|уголовн\p{L}*)\s+ответственност\p{L}*|наказыва\p{L}*\s+штраф\p{L}*)(?![\p{L}])/u,
    kk: /(?<![\p{L}])(?:айыппұл\s+салуға\s+әкеп\s+соғады|мөлшер\p{L}*\s+айыппұл\p{L}*|айыппұл\s+салынады|әкімшілік\s+жауаптылыққа\s+әкеп\s+соғады)(?![\p{L}])/u,
  },
  // The act approves the requirements (operative «Утвердить …» or the title «Об утверждении …»); the words alone
  // also occur where a law merely describes such acts.
  permit: {
    ru: /(?<![\p{L}])(?:(?:утвердить|об\s+утверждении)\s[^.;]{0,250}?(?:квалификационн|разрешительн)\p{L}*\s+(?:\p{L}+\s+){0,2}?требовани\p{L}*|(?:утвердить|об\s+утверждении)\s+[^.;]{0,200}?перечн\p{L}*\s+документов,?\s+подтверждающих\s+соответствие)(?![\p{L}])/u,
    kk: /(?<![\p{L}])(?:(?:біліктілік|рұқсат\s+беру)\s+талаптар\p{L}*[^.;]{0,200}?(?:бекітілсін|бекіту\s+туралы)|растайтын\s+құжаттар\p{L}*\s+тізбе\p{L}*[^.;]{0,100}?(?:бекітілсін|бекіту\s+туралы))(?![\p{L}])/u,
  },
  duty: {
    ru: /(?<![\p{L}])(?:субъект\p{L}*\s+предпринимательств\p{L}*|работодател\p{L}*|индивидуальн\p{L}*\s+предпринимател\p{L}*\s+и\s+юридическ\p{L}*\s+лиц\p{L}*|владел\p{L}*|лицензиат\p{L}*|перевозчик\p{L}*|некоммерческ\p{L}*\s+организаци\p{L}*)[^.;:]{0,80}?(?<![\p{L}])(?:обязан\p{L}*|должн[ыа]\s+(?:обеспеч|представ|соответств|име)\p{L}*)(?![\p{L}])/u,
    kk: /(?<![\p{L}])(?:кәсіпкерлік\s+субъектілер\p{L}*|жұмыс\s+берушілер\p{L}*|дара\s+кәсіпкерлер\s+мен\s+заңды\s+тұлғалар|\p{L}+\s+иелері|пайдаланушылар\p{L}*|лицензиат\p{L}*|тасымалдаушы\p{L}*|коммерциялық\s+емес\s+ұйымдар)[^.;:]{0,100}?(?<![\p{L}])(?:міндетті|тиіс|ұсынады)(?![\p{L}])/u,
  },
};

const ORDER: Burden[] = ["liability", "permit", "duty"];

const CITATION: Record<Burden, RuleCitation> = {
  liability: { act: "law-on-legal-acts", article: "42", paragraph: "5" },
  permit: { act: "law-on-legal-acts", article: "42", paragraph: "6" },
  duty: { act: "law-on-legal-acts", article: "42", paragraph: "4-1" },
};

/** ZPA 42(4-1) part four: quarantine, veterinary restrictions, emergencies and financial organizations are exempt. */
const DUTY_EXEMPT: Record<Language, RegExp> = {
  ru: /карантин|ветеринарн\p{L}*\s+ограничительн|чрезвычайн\p{L}*\s+ситуаци|финансов\p{L}*\s+организаци/u,
  kk: /карантин|шектеу\s+іс-шаралар|төтенше\s+жағдай|қаржы\s+ұйым/u,
};

/** `withTitle` adds the headings: the title «Об утверждении квалификационных требований …» names what is approved. */
function findBurden(paragraphs: readonly ParsedParagraph[], withTitle: readonly ParsedParagraph[]): { kind: Burden; text: string } | null {
  for (const kind of ORDER) {
    for (const p of kind === "permit" ? withTitle : paragraphs) {
      const m = TRIGGERS[kind][p.language].exec(p.folded);
      if (!m) continue;
      if (kind === "duty" && paragraphs.some((q) => DUTY_EXEMPT[q.language].test(q.folded))) return null;
      return { kind, text: p.text.slice(m.index, m.index + m[0].length) };
    }
  }
  return null;
}

/**
 * A new requirement for business found the way the RIA rules find it (a permit, a report, an inspection, a
 * duty of the operator or of the addressee the draft names «(далее – пользователи)»): a new duty under 42(4-1).
 */
function businessDuty(ctx: RuleContext, content: readonly ParsedParagraph[]): { kind: Burden; text: string } | null {
  if (content.some((q) => DUTY_EXEMPT[q.language].test(q.folded))) return null;
  const t = findTriggers(ctx.doc).find((x) => x.kind !== "liability");
  return t ? { kind: "duty", text: t.quote } : null;
}

export default defineRule({
  id: "LA-ENTRY-INTO-FORCE-60D",
  pack: "legal-acts",
  brief: ["L-21", "L-22", "L-23"],
  severity: "error",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "42", paragraph: "4-1" },
  messages: {
    ru: {
      title: "Срок введения в действие короче 60 дней: «{quote}»",
      message: "Акт вводит новые требования или ответственность («{trigger}»), но вводится в действие «{quote}» — ранее шестидесяти календарных дней после первого официального опубликования.",
      explanation:
        "Нормы, устанавливающие новые обязанности субъектов регулирования или дополнительную нагрузку на субъектов предпринимательства, не могут быть введены в действие ранее шестидесяти календарных дней после дня первого официального опубликования (Закон «О правовых актах», п. 4-1 ст. 42); то же для законов, вводящих или усиливающих ответственность (п. 5 ст. 42), и для актов, утверждающих квалификационные или разрешительные требования и перечни подтверждающих документов (п. 6 ст. 42). Исключения (карантин, чрезвычайные ситуации, финансовые организации, отдельные экспортно-импортные меры) требуют экспертной проверки. Рекомендуется установить срок не менее шестидесяти календарных дней для соответствующих норм.",
    },
    kk: {
      title: "Қолданысқа енгізу мерзімі 60 күннен қысқа: «{quote}»",
      message: "Акт жаңа талаптарды немесе жауаптылықты енгізеді («{trigger}»), бірақ «{quote}» — алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күннен ерте қолданысқа енгізіледі.",
      explanation:
        "Реттеу субъектілерінің жаңа міндеттерін немесе кәсіпкерлік субъектілеріне қосымша жүктемені белгілейтін нормалар алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күннен ерте қолданысқа енгізілмейді («Құқықтық актілер туралы» Заңның 42-бабының 4-1-тармағы); жауаптылықты енгізетін немесе күшейтетін заңдарға (42-баптың 5-тармағы) және біліктілік немесе рұқсат беру талаптарын және растайтын құжаттар тізбесін бекітетін актілерге (42-баптың 6-тармағы) де осы талап қолданылады. Ерекшеліктер (карантин, төтенше жағдайлар, қаржы ұйымдары, жекелеген экспорттық-импорттық шаралар) сараптамалық тексеруді қажет етеді. Тиісті нормалар үшін кемінде күнтізбелік алпыс күн мерзім белгілеу ұсынылады.",
    },
    en: {
      title: "Brought into effect sooner than 60 days: «{quote}»",
      message: "The act introduces new requirements or liability («{trigger}») but is brought into effect «{quote}», sooner than sixty calendar days after first official publication.",
      explanation:
        "Norms that impose new duties on regulated subjects or extra burden on businesses may not be brought into effect earlier than sixty calendar days after first official publication (Law \"On Legal Acts\" art. 42(4-1)); the same holds for laws introducing or toughening liability (art. 42(5)) and for acts approving qualification or permit requirements and the lists of documents proving them (art. 42(6)). Exceptions (quarantine, emergencies, financial organizations, certain export/import measures) require expert review. Set at least sixty calendar days for these norms.",
    },
  },
  detect(ctx) {
    const clauses = entryIntoForceClauses(ctx).filter((c) => c.own && c.timing);
    if (clauses.length === 0) return [];
    // A fixed date cannot be judged here, and a 60-day (or longer) clause means the drafter split the dates.
    if (clauses.some((c) => c.timing!.days === null || c.timing!.days >= 60)) return [];
    const content = contentParagraphs(ctx);
    const burden = findBurden(content, ctx.doc.paragraphs.filter((p) => p.kind !== "blank" && !p.isNote)) ?? businessDuty(ctx, content);
    if (!burden) return [];
    const hasEnact = clauses.some((c) => c.verb === "enact");
    const spans: RuleSpan[] = [];
    for (const c of clauses) {
      if (c.verb === "force" && hasEnact) continue;
      spans.push({
        para: c.para,
        start: c.timing!.start,
        end: c.timing!.end,
        data: { trigger: burden.text },
        citation: CITATION[burden.kind],
      });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "amendment-law",
        text: [
          "Статья 1. Внести в Кодекс Республики Казахстан об административных правонарушениях следующие дополнения:",
          "1) дополнить статьей 462-1 следующего содержания:",
          "«Статья 462-1. Нарушение правил содержания пасек",
          "1. Нарушение правил содержания пасек –",
          "влечет штраф на физических лиц в размере десяти месячных расчетных показателей.»;",
          "Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
        quote: "по истечении десяти календарных дней",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить квалификационные требования, предъявляемые к осуществлению деятельности в сфере оценки, и перечень документов, подтверждающих соответствие им.",
          "2. Настоящий приказ вводится в действие со дня его первого официального опубликования.",
        ].join("\n"),
        quote: "со дня его первого официального опубликования",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: [
          "1-бап. Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексіне мынадай толықтыру енгізілсін:",
          "1) мынадай мазмұндағы 462-1-баппен толықтырылсын:",
          "«462-1-бап. Омарталарды ұстау қағидаларын бұзу",
          "1. Омарталарды ұстау қағидаларын бұзу –",
          "жеке тұлғаларға он айлық есептік көрсеткіш мөлшерінде айыппұл салуға әкеп соғады.»;",
          "2-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "күнтізбелік он күн өткен соң",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Бағалау саласындағы қызметке қойылатын біліктілік талаптары және оларға сәйкестікті растайтын құжаттардың тізбесі бекітілсін.",
          "2. Осы бұйрық алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "алғашқы ресми жарияланған күнінен бастап",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: [
          "1. Работодатели обязаны обеспечить работников, занятых на уборке улиц, светоотражающими жилетами.",
          "2. Настоящее постановление вводится в действие со дня его подписания.",
        ].join("\n"),
        quote: "со дня его подписания",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: [
          "1. Жұмыс берушілер көшелерді жинауға тартылған қызметкерлерді жарық шағылыстыратын кеудешелермен қамтамасыз етуге міндетті.",
          "2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "қол қойылған күнінен бастап",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "1. Настоящие Правила определяют порядок содержания зон отдыха физическими и юридическими лицами (далее – пользователи).",
          "2. Пользователи ежемесячно представляют в отдел предпринимательства сведения о количестве отдыхающих.",
          "3. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
        quote: "по истечении десяти календарных дней",
      },
      {
        lang: "kk",
        actType: "agency-order",
        text: [
          "1. Осы Қағидалар кілем тазалау қызметтерін көрсететін жеке кәсіпкерлер мен заңды тұлғалардың (бұдан әрі – орындаушы) қызмет көрсету тәртібін айқындайды.",
          "2. Орындаушы тоқсан сайын аумақтық департаментке көрсетілген қызметтер туралы есеп ұсынады.",
          "3. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "күнтізбелік он күн өткен соң",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: [
          "1. Работодатели обязаны обеспечить работников, занятых на уборке улиц, светоотражающими жилетами.",
          "2. Настоящее постановление вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: [
          "1. Жұмыс берушілер көшелерді жинауға тартылған қызметкерлерді жарық шағылыстыратын кеудешелермен қамтамасыз етуге міндетті.",
          "2. Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "amendment-law",
        text: [
          "Статья 1. Внести в Кодекс Республики Казахстан об административных правонарушениях следующие дополнения:",
          "1) дополнить статьей 462-1 следующего содержания:",
          "«Статья 462-1. Нарушение правил содержания пасек",
          "1. Нарушение правил содержания пасек –",
          "влечет штраф на физических лиц в размере десяти месячных расчетных показателей.»;",
          "Статья 2. Настоящий Закон вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. За нарушение настоящих Правил виновные лица несут ответственность в соответствии с законами Республики Казахстан.",
          "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: [
          "1-бап. Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексіне мынадай толықтыру енгізілсін:",
          "«462-1-бап. Омарталарды ұстау қағидаларын бұзу",
          "1. Омарталарды ұстау қағидаларын бұзу –",
          "жеке тұлғаларға он айлық есептік көрсеткіш мөлшерінде айыппұл салуға әкеп соғады.»;",
          "2-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Осы Қағидаларды бұзғаны үшін кінәлі адамдар Қазақстан Республикасының заңдарына сәйкес жауапты болады.",
          "2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
      },
    ],
  },
});
