import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

const RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];
const MONTHS_RU_IN = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"];

/** «31 июня 2026 года», «30 февраля», «29 февраля 2027 г.». Groups: day, month, year. */
const RU_DATE = new RegExp(
  `(?<![\\p{L}\\d.,])(\\d{1,2})\\s+(${RU_MONTHS.join("|")})(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?(?![\\p{L}])`,
  "gu",
);
/** «2026 жылғы 31 маусымнан», «2027 жылғы 29 ақпандағы», «30 ақпан». Groups: year, day, month. */
const KK_DATE = new RegExp(
  `(?<![\\p{L}\\d.,])(?:(\\d{4})\\s+жыл(?:ғы|ы)?\\s+)?(\\d{1,2})\\s+(${KK_MONTHS.join("|")})\\p{L}*`,
  "gu",
);
/** «31.04.2026», «30.02.2027 года». Groups: day, month, year. */
const NUMERIC_DATE = /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])(?:\s*(?:года|г\.|жылғы|ж\.))?/gu;

const HAS_DIGIT = /\d/u;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month (1-based); February has 29 when the year is unknown. */
function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function invalid(day: number, month: number, year: number | null): string | null {
  if (month < 1 || month > 12) return "month";
  if (day < 1 || day > daysIn(month, year)) return "day";
  return null;
}

export default defineRule({
  id: "DRAFT-IMPOSSIBLE-DATE",
  pack: "drafting",
  brief: ["X-DATE"],
  severity: "error",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "24", paragraph: "3" },
  messages: {
    ru: {
      title: "Несуществующая дата: «{quote}»",
      message: "Даты «{quote}» не существует: {why_ru}.",
      explanation:
        "Дата, которой нет в календаре (31 июня, 30 февраля, 29 февраля невисокосного года, 31.04), делает срок или ссылку на акт неопределёнными: неясно, какой день имел в виду разработчик. Текст нормативного правового акта должен иметь чёткий смысл, не подлежащий различному толкованию (Закон «О правовых актах», п. 3 ст. 24). Проверьте дату по источнику; тексты на казахском и русском языках должны совпадать.",
    },
    kk: {
      title: "Жоқ күн: «{quote}»",
      message: "«{quote}» деген күн жоқ: {why_kk}.",
      explanation:
        "Күнтізбеде жоқ күн (31 маусым, 30 ақпан, кібісе емес жылдың 29 ақпаны, 31.04) мерзімді немесе актіге сілтемені айқын емес етеді: әзірлеуші қай күнді меңзегені белгісіз. Нормативтік құқықтық акт мәтінінің мағынасы анық болуға және әртүрлі түсіндірілмеуге тиіс («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы). Күнді дереккөз бойынша тексеріңіз; қазақ және орыс тілдеріндегі мәтіндер сәйкес келуге тиіс.",
    },
    en: {
      title: "Impossible date: «{quote}»",
      message: "The date «{quote}» does not exist: {why_en}.",
      explanation:
        "A date that is not in the calendar (31 June, 30 February, 29 February of a common year, 31.04) makes a term or a reference to an act uncertain: which day the drafter meant is unclear. The text of a normative legal act must have a clear meaning not open to different readings (Law \"On Legal Acts\" art. 24(3)). Check the date against the source; the Kazakh and Russian texts must match.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    // Every paragraph but editorial notes: a wrong date in the title or in quoted new wording is as wrong.
    for (const p of ctx.doc.paragraphs) {
      if (p.kind === "blank" || p.isNote || !HAS_DIGIT.test(p.folded)) continue;
      const push = (start: number, end: number, day: number, month: number, year: number | null) => {
        const bad = invalid(day, month, year);
        if (!bad) return;
        const leap = month === 2 && day === 29 && year !== null;
        const why =
          bad === "month"
            ? { ru: `месяца ${month} нет`, kk: `${month}-ай жоқ`, en: `there is no month ${month}` }
            : leap
              ? { ru: `${year} год не високосный`, kk: `${year} жыл кібісе емес`, en: `${year} is not a leap year` }
              : {
                  ru: `в ${MONTHS_RU_IN[month - 1]} ${daysIn(month, year)} ${daysIn(month, year) === 31 ? "день" : "дней"}`,
                  kk: `${KK_MONTHS[month - 1]} айында ${daysIn(month, year)} күн`,
                  en: `that month has ${daysIn(month, year)} days`,
                };
        spans.push({ para: positionOf(ctx, p), start, end, data: { why_ru: why.ru, why_kk: why.kk, why_en: why.en } });
      };
      const word = p.language === "kk" ? KK_DATE : RU_DATE;
      word.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = word.exec(p.folded)) !== null) {
        const [day, monthName, year] = p.language === "kk" ? [m[2]!, m[3]!, m[1]] : [m[1]!, m[2]!, m[3]];
        const month = (p.language === "kk" ? KK_MONTHS : RU_MONTHS).indexOf(monthName) + 1;
        push(m.index, m.index + m[0].length, Number(day), month, year ? Number(year) : null);
      }
      NUMERIC_DATE.lastIndex = 0;
      while ((m = NUMERIC_DATE.exec(p.folded)) !== null) {
        push(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "3. Отчет представляется до 31 июня 2026 года.",
        quote: "31 июня 2026 года",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "4. Внести в решение маслихата от 29 февраля 2027 года № 12 следующие изменения:",
        quote: "29 февраля 2027 года",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. Прием заявок завершается 31.04.2026.",
        quote: "31.04.2026",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "3. Есеп 2026 жылғы 31 маусымнан кешіктірілмей ұсынылады.",
        quote: "2026 жылғы 31 маусымнан",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "4. Мәслихаттың 2027 жылғы 29 ақпандағы № 12 шешіміне мынадай өзгерістер енгізілсін:",
        quote: "2027 жылғы 29 ақпандағы",
      },
    ],
    good: [
      { lang: "ru", actType: "ministerial-order", text: "3. Отчет представляется до 30 июня 2026 года." },
      { lang: "ru", actType: "maslikhat-decision", text: "4. Внести в решение маслихата от 29 февраля 2028 года № 12 следующие изменения:" },
      { lang: "ru", actType: "akimat-resolution", text: "5. Прием заявок завершается 30.04.2026, тариф составляет 31,5 тенге за 1 кубический метр." },
      { lang: "kk", actType: "ministerial-order", text: "3. Есеп 2026 жылғы 30 маусымнан кешіктірілмей ұсынылады." },
      { lang: "kk", actType: "maslikhat-decision", text: "4. Мәслихаттың 2028 жылғы 29 ақпандағы № 12 шешіміне мынадай өзгерістер енгізілсін:" },
    ],
  },
});
