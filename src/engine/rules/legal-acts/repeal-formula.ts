import { parseAmendments } from "../../document/amendments";
import { defineRule, type RuleSpan } from "../types";

/**
 * «Признать утратившим силу» / «күші жойылды деп танылсын» applied to an act or unit that the instruction itself
 * says has not yet entered into force (ZPA 27(11): such an act is «отменён»), or to an act whose term has expired
 * (27(12): expired acts are not repealed).
 */
const NOT_IN_FORCE =
  /не\s+вступивш\p{L}*\s+в\s+(?:законную\s+)?силу|не\s+вступил[аои]?\s+в\s+силу|не\s+введенн?\p{L}*\s+в\s+действие|еще\s+не\s+(?:вступ|введ)\p{L}*|вводим\p{L}*\s+в\s+действие\s+с|вступающ\p{L}*\s+в\s+силу\s+с|күшіне\s+енбеген|қолданысқа\s+енгізілмеген|әлі\s+күшіне\s+енбе\p{L}*|қолданысқа\s+енгізілетін|күшіне\s+енетін/u;
const EXPIRED = /срок\s+действия\s+(?:которого\s+|которых\s+)?(?:истек|истекл\p{L}*)|действ\p{L}*\s+срок\s+(?:которого\s+)?истек|қолданылу\s+мерзімі\s+(?:өткен|аяқталған)|мерзімі\s+өткен/u;

export default defineRule({
  id: "LA-REPEAL-FORMULA",
  pack: "legal-acts",
  brief: ["L-19"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "27", paragraph: "11" },
  messages: {
    ru: {
      title: "Формула признания утратившим силу: «{quote}»",
      message: "«{quote}»: {detail_ru}",
      explanation:
        "Нормативный правовой акт или его часть, не вступившие в силу, не могут быть признаны утратившими силу; такой акт может быть отменён (Закон «О правовых актах», п. 11 ст. 27). Акты, срок действия которых истёк, не признаются утратившими силу (п. 12 ст. 27). Неверная формула создаёт неясность в дате прекращения действия нормы. Рекомендуется использовать формулу «отменить» или исключить истёкший акт из перечня.",
    },
    kk: {
      title: "Күші жойылды деп тану тұжырымы: «{quote}»",
      message: "«{quote}»: {detail_kk}",
      explanation:
        "Күшіне енбеген нормативтік құқықтық актінің немесе оның бөлігінің күші жойылды деп танылмайды; мұндай акт жойылуы мүмкін («Құқықтық актілер туралы» Заңның 27-бабының 11-тармағы). Қолданылу мерзімі өткен актілердің күші жойылды деп танылмайды (27-баптың 12-тармағы). Дұрыс емес тұжырым норманың қолданылуы тоқтатылатын күнге қатысты түсініксіздік туғызады. «Жойылсын» тұжырымын қолдану немесе мерзімі өткен актіні тізбеден алып тастау ұсынылады.",
    },
    en: {
      title: "Repeal formula: «{quote}»",
      message: "«{quote}»: {detail_en}",
      explanation:
        "An act or part of an act not yet in force cannot be declared to have lost force; it may be cancelled («отменить») (Law \"On Legal Acts\" art. 27(11)). Acts whose term has expired are not repealed (art. 27(12)). The wrong formula blurs the date on which the norm stops applying. Use «отменить» / «жойылсын», or drop the expired act from the list.",
    },
  },
  detect(ctx) {
    const ps = ctx.doc.paragraphs;
    const spans: RuleSpan[] = [];
    for (const a of parseAmendments(ps).amendments) {
      if (a.kind !== "repeal") continue;
      const p = ps[a.para]!;
      // The instruction: its own paragraph (from where it starts) and the list that follows it.
      const texts = [p.folded.slice(a.instructionStart), ...(a.items ?? []).map((j) => ps[j]!.folded)];
      const whole = texts.join(" ");
      const kk = p.language === "kk";
      if (NOT_IN_FORCE.test(whole)) {
        spans.push({
          para: a.para,
          start: a.start,
          end: a.end,
          data: {
            detail_ru: "в инструкции указано, что акт (элемент) ещё не вступил в силу (не введён в действие); такой акт не признаётся утратившим силу, а отменяется.",
            detail_kk: "нұсқаулықта акт (элемент) әлі күшіне енбегені (қолданысқа енгізілмегені) көрсетілген; мұндай актінің күші жойылды деп танылмайды, ол жойылады.",
            detail_en: "the instruction says the act (unit) has not yet entered into force; such an act is cancelled, not declared to have lost force.",
          },
          suggestion: { replacement: kk ? "жойылсын" : /^П/u.test(p.text.slice(a.start, a.end)) ? "Отменить" : "отменить" },
        });
      } else if (EXPIRED.test(whole)) {
        spans.push({
          para: a.para,
          start: a.start,
          end: a.end,
          citation: { act: "law-on-legal-acts", article: "27", paragraph: "12" },
          data: {
            detail_ru: "в инструкции указано, что срок действия акта истёк; такие акты не признаются утратившими силу.",
            detail_kk: "нұсқаулықта актінің қолданылу мерзімі өткені көрсетілген; мұндай актілердің күші жойылды деп танылмайды.",
            detail_en: "the instruction says the act's term has expired; expired acts are not repealed.",
          },
        });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "2. Признать утратившим силу приказ Министра здравоохранения Республики Казахстан от 1 декабря 2025 года № 300 «Об утверждении Правил выдачи справок», не вступивший в силу.",
        quote: "Признать утратившим силу",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "2. Признать утратившими силу:\n1) постановление Правительства Республики Казахстан от 5 мая 2024 года № 350 «О пилотном проекте», срок действия которого истек;\n2) постановление Правительства Республики Казахстан от 6 июня 2024 года № 420 «О тарифах».",
        quote: "Признать утратившими силу",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "2. Күшіне енбеген «Анықтамалар беру қағидаларын бекіту туралы» Қазақстан Республикасы Денсаулық сақтау министрінің 2025 жылғы 1 желтоқсандағы № 300 бұйрығының күші жойылды деп танылсын.",
        quote: "күші жойылды деп танылсын",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "2. Мыналардың күші жойылды деп танылсын:\n1) қолданылу мерзімі өткен «Пилоттық жоба туралы» Қазақстан Республикасы Үкіметінің 2024 жылғы 5 мамырдағы № 350 қаулысы;\n2) «Тарифтер туралы» Қазақстан Республикасы Үкіметінің 2024 жылғы 6 маусымдағы № 420 қаулысы.",
        quote: "күші жойылды деп танылсын",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "2. Отменить приказ Министра здравоохранения Республики Казахстан от 1 декабря 2025 года № 300 «Об утверждении Правил выдачи справок», не вступивший в силу.",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "2. Признать утратившим силу постановление Правительства Республики Казахстан от 6 июня 2024 года № 420 «О тарифах».\n3. Настоящее постановление вводится в действие со дня его первого официального опубликования.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "2. Күшіне енбеген «Анықтамалар беру қағидаларын бекіту туралы» Қазақстан Республикасы Денсаулық сақтау министрінің 2025 жылғы 1 желтоқсандағы № 300 бұйрығы жойылсын.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "2. «Тарифтер туралы» Қазақстан Республикасы Үкіметінің 2024 жылғы 6 маусымдағы № 420 қаулысының күші жойылды деп танылсын.\n3. Осы қаулы алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.",
      },
    ],
  },
});
