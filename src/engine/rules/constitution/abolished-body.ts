import { ABOLISHED_BODIES, LEGITIMATE_CONTEXT } from "../../data/abolished-bodies";
import { quotedRanges } from "../../document/amendments";
import { findAll, phraseRegex } from "../../document/match";
import type { Language } from "../../../contract";
import { around, dropContained, matchCase, positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

const COMPILED = ABOLISHED_BODIES.map((b) => ({
  body: b,
  re: { ru: phraseRegex(b.patterns.ru), kk: phraseRegex(b.patterns.kk) } as Record<Language, RegExp>,
}));

const MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

/**
 * «от 12 мая 2025 года», «от 12.05.2025», «2025 жылғы 12 мамырдағы», «до 1 июля 2026 года»: a date before 1 July 2026
 * nearby means an adopted act.
 */
function mentionsEarlierAct(text: string): boolean {
  // «принятые Парламентом до 1 июля 2026 года», «2026 жылғы 1 шілдеге дейін қабылдаған»: before the Kurultai.
  if (/до\s+(?:1\s+июля\s+2026|01\.07\.2026)|2026\s+жылғы\s+1\s+шілдеге\s+дейін/u.test(text)) return true;
  const ru = /от\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s*(года|г\.)/u.exec(text);
  if (ru) {
    const y = Number(ru[3]);
    const mo = MONTHS_RU.indexOf(ru[2]!) + 1;
    return y < 2026 || (y === 2026 && mo > 0 && mo < 7);
  }
  const num = /от\s+(\d{1,2})\.(\d{1,2})\.(\d{4})/u.exec(text);
  if (num) {
    const y = Number(num[3]);
    return y < 2026 || (y === 2026 && Number(num[2]) < 7);
  }
  const kk = /(\d{4})\s+жылғы/u.exec(text);
  if (kk) return Number(kk[1]) < 2026;
  return false;
}

const ADOPTED_BEFORE_RU = /(?:одобренн\p{L}*|принят\p{L}*|утвержденн\p{L}*)\s*$/u;
const ADOPTED_AFTER_KK = /^\s*(?:мақұлда|қабылда)\p{L}*/u;

/** Word-level amendment formulas: what precedes them in quotes are the words being removed. */
const WORD_CHANGE = /заменить\s+словами|заменить\s+слов\p{L}*|исключить|деген\s+сөз\p{L}*\s+ауыстырылсын|ауыстырылсын|алып\s+тасталсын/u;

/**
 * Quoted ranges that are the OLD words of «слова «…» заменить словами «…»» / «слова «…» исключить» /
 * ««…» деген сөздер «…» деген сөздермен ауыстырылсын»: naming the abolished body there is how it is removed.
 */
function replacedWords(text: string, folded: string): { start: number; end: number }[] {
  const formula = WORD_CHANGE.exec(folded);
  if (!formula) return [];
  const ranges = quotedRanges(text);
  if (ranges.length === 0) return [];
  const isKkReplace = /ауыстырылсын/u.test(formula[0]);
  // Kazakh: «old» деген сөздер «new» деген сөздермен ауыстырылсын — the quotes before the last one before the formula.
  const beforeFormula = ranges.filter((r) => r.end <= formula.index);
  return isKkReplace ? beforeFormula.slice(0, Math.max(1, beforeFormula.length - 1)) : beforeFormula;
}

export default defineRule({
  id: "CONST-ABOLISHED-BODY",
  pack: "constitution",
  brief: ["C-11"],
  severity: "error",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "95", paragraph: "1" },
  messages: {
    ru: {
      title: "Упразднённый орган: «{quote}»",
      message: "«{quote}» — орган, упразднённый с 1 июля 2026 года; вместо него: {replacement}.",
      explanation:
        "По Конституции 2026 года законодательную власть осуществляет однопалатный Курултай (ст. 52–62); полномочия Парламента прекращены с 1 июля 2026 года (п. 1 ст. 95). Действующие акты применяются в части, не противоречащей Конституции (п. 1 ст. 96). В новом или изменяющем тексте упоминание упразднённого органа требует замены; сноски об истории изменений, ссылки на ранее принятые акты и переходные положения не отмечаются.",
    },
    kk: {
      title: "Таратылған орган: «{quote}»",
      message: "«{quote}» — 2026 жылғы 1 шілдеден бастап таратылған орган; оның орнына: {replacement}.",
      explanation:
        "2026 жылғы Конституция бойынша заң шығарушы билікті бір палаталы Құрылтай жүзеге асырады (52–62-баптар); Парламенттің өкілеттігі 2026 жылғы 1 шілдеден бастап тоқтатылды (95-баптың 1-тармағы). Қолданыстағы актілер Конституцияға қайшы келмейтін бөлігінде қолданылады (96-баптың 1-тармағы). Жаңа немесе өзгертетін мәтінде таратылған органды атау ауыстыруды талап етеді; өзгерістер тарихы туралы ескертпелер, бұрын қабылданған актілерге сілтемелер және өтпелі ережелер белгіленбейді.",
    },
    en: {
      title: "Abolished body: «{quote}»",
      message: "«{quote}» names a body abolished on 1 July 2026; use instead: {replacement}.",
      explanation:
        "Under the 2026 Constitution legislative power belongs to the unicameral Kurultai (arts. 52–62); Parliament's powers ended on 1 July 2026 (art. 95(1)). Acts in force apply insofar as they do not contradict the Constitution (art. 96(1)). New or amending text that names an abolished body needs the new name; amendment-history notes, references to acts adopted earlier and transitional provisions are not flagged.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    // Operative text, plus the new wording quoted inside an amending act: that is where an amendment would
    // bring an abolished name back into force.
    const newWording = ctx.doc.paragraphs.filter((p) => p.quoted && !p.isNote && p.kind !== "blank");
    const scope = [...ctx.operative(), ...newWording];
    for (const p of scope) {
      if (p.isTransitional) continue;
      const lang = p.language;
      const oldWords = replacedWords(p.text, p.folded);
      const legit = LEGITIMATE_CONTEXT[lang];
      for (const { body, re } of COMPILED) {
        for (const m of findAll(re[lang], p.text, p.folded)) {
          if (oldWords.some((r) => m.start >= r.start && m.end <= r.end)) continue;
          const { before, after } = around(p, m, 80);
          // In new wording, «закон, принятый Парламентом», «Парламент қабылдаған заң» without the date of an
          // earlier act describes how future acts are adopted: the abolished body is given a role again.
          const futureAdoption =
            p.quoted &&
            (lang === "ru" ? ADOPTED_BEFORE_RU.test(before) : ADOPTED_AFTER_KK.test(after)) &&
            !mentionsEarlierAct(after.slice(0, 80)) &&
            !/\d{4}\s*(?:года|г\.|жылғы)/u.test(before.slice(-60));
          if (!futureAdoption && (legit.before.test(before) || legit.after.test(after))) continue;
          if (mentionsEarlierAct(after.slice(0, 80)) || (!futureAdoption && /(принят\p{L}*|одобрен\p{L}*)\s+\p{L}*\s*$/u.test(before))) continue;
          const word = p.folded.slice(m.start, m.end);
          const inflected = body.inflections?.[lang]?.[word];
          const replacement = inflected ? matchCase(m.text, inflected) : body.replacement[lang];
          spans.push({
            para: positionOf(ctx, p),
            start: m.start,
            end: m.end,
            data: { replacement },
            ...(inflected ? { suggestion: { replacement } } : {}),
          });
        }
      }
    }
    return dropContained(spans);
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "amendment-law",
        text: "1. В Закон Республики Казахстан «О Высшем Судебном Совете Республики Казахстан» внести следующее изменение:\nподпункт 3) пункта 1 статьи 4 изложить в следующей редакции:\n«3) законов о бюджете, принятых Парламентом Республики Казахстан;»;",
        quote: "Парламентом",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: "1. «Қазақстан Республикасының Жоғары Сот Кеңесі туралы» Қазақстан Республикасының Заңына мынадай өзгеріс енгізілсін:\n4-баптың 1-тармағының 3) тармақшасы мынадай редакцияда жазылсын:\n«3) Парламент қабылдаған бюджет туралы заңдардың;»;",
        quote: "Парламент",
      },
      { lang: "ru", actType: "law", text: "1. Правительство ежегодно представляет отчет Парламенту Республики Казахстан.", quote: "Парламенту" },
      { lang: "ru", actType: "law", text: "2. Проект закона вносится в Мажилис Парламента.", quote: "Мажилис Парламента" },
      { lang: "ru", actType: "government-resolution", text: "3. Министерству направить информацию в Сенат до 1 декабря 2026 года.", quote: "Сенат" },
      { lang: "kk", actType: "law", text: "1. Үкімет жыл сайын Қазақстан Республикасының Парламентіне есеп береді.", quote: "Парламентіне" },
      { lang: "kk", actType: "law", text: "2. Заң жобасы Парламент Мәжілісіне енгізіледі.", quote: "Парламент Мәжілісіне" },
      { lang: "kk", actType: "law", text: "3. Бұл мәселе Қазақстан халқы Ассамблеясының қарауына жіберіледі.", quote: "Қазақстан халқы Ассамблеясының" },
      {
        lang: "ru",
        actType: "amendment-law",
        text: "1. В Закон Республики Казахстан от 6 апреля 2016 года «О правовых актах» внести следующие изменения:\nпункт 3 статьи 19 изложить в следующей редакции:\n«3. Проект закона вносится в Мажилис вместе с заключением.»;",
        quote: "Мажилис",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: "1. «Құқықтық актілер туралы» 2016 жылғы 6 сәуірдегі Қазақстан Республикасының Заңына мынадай өзгерістер енгізілсін:\n19-баптың 3-тармағы мынадай редакцияда жазылсын:\n«3. Заң жобасы қорытындымен бірге Мәжіліске енгізіледі.»;",
        quote: "Мәжіліске",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "amendment-law",
        text: "1. В Закон Республики Казахстан «О Высшем Судебном Совете Республики Казахстан» внести следующее изменение:\nпункт 2 статьи 4 изложить в следующей редакции:\n«2. Решения, принятые до 1 июля 2026 года на основании Закона, принятого Парламентом Республики Казахстан 6 января 2023 года, сохраняют силу.»;",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: "1. «Қазақстан Республикасының Жоғары Сот Кеңесі туралы» Қазақстан Республикасының Заңына мынадай өзгеріс енгізілсін:\n4-баптың 3) тармақшасы мынадай редакцияда жазылсын:\n«3) Құрылтай қабылдаған бюджет туралы заңдардың;»;",
      },
      { lang: "ru", actType: "law", text: "1. Правительство ежегодно представляет отчет Курултаю Республики Казахстан." },
      { lang: "ru", actType: "law", text: "Сноска. Статья 5 с изменением, внесенным Законом РК, одобренным Мажилисом Парламента 12.05.2025." },
      { lang: "ru", actType: "law", text: "1. Высший Судебный Совет рассматривает представление (Ведомости Парламента Республики Казахстан, 2016 г., № 7)." },
      { lang: "kk", actType: "law", text: "1. Үкімет жыл сайын Қазақстан Республикасының Құрылтайына есеп береді." },
      { lang: "kk", actType: "amendment-law", text: "3) 12-баптың 2-тармағындағы «Парламент Сенатының Төрағасы» деген сөздер «Құрылтай Төрағасы» деген сөздермен ауыстырылсын;" },
      { lang: "ru", actType: "amendment-law", text: "3) в пункте 2 статьи 12 слова «Председателя Сената Парламента» заменить словами «Председателя Курултая»;" },
      { lang: "ru", actType: "amendment-law", text: "4) в подпункте 5) статьи 8 слова «и Ассамблеи народа Казахстана» исключить;" },
      { lang: "kk", actType: "law", text: "Ескерту. 5-бапқа өзгеріс енгізілді – ҚР Парламенті Мәжілісінің 2025 жылғы 12 мамырдағы қаулысымен." },
      { lang: "kk", actType: "law", text: "1. Жоғары Сот Кеңесі ұсынымды қарайды (Қазақстан Республикасы Парламентінің Жаршысы, 2016 ж., № 7)." },
    ],
  },
});
