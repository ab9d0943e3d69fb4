import { parseAmendments } from "../../document/amendments";
import type { ParsedParagraph } from "../../document/model";
import { defineRule, type RuleSpan } from "../types";

/**
 * «Статья 5.» / «5-бап.», «Глава 2» / «2-тарау», «Раздел 1» / «1-бөлім», «Параграф 1» / «1-параграф» without a
 * heading (ZPA 23(9)). Not required in the budget law and in the articles of amending legislative acts; a heading
 * written on the next line («Глава 2» / «Общие положения») counts.
 */
const BUDGET = /о\s+(?:республиканском|местном|областном|городском|районном)\s+бюджете|бюджет\s+туралы|бюджеті\s+туралы/u;
/** An amending law's article: «Внести в … изменения», «… өзгерістер енгізілсін», or an instruction list. */
const AMENDING = /(?<![\p{L}])внести\s|изменени\p{L}*\s+и\s+дополнени|өзгерістер\s+(?:мен\s+толықтырулар\s+)?енгізілсін|өзгерістер\s+енгізу|о\s+внесении\s+изменени|признать\s+утратившим|күші\s+жойылды\s+деп/u;
/** A line that can be a heading: short, no final period or semicolon, starts with a capital letter. */
function headingLine(p: ParsedParagraph | undefined): boolean {
  if (!p || p.kind !== "text" || p.quoted) return false;
  const t = p.text.trim();
  return t.length > 0 && t.length < 200 && !/[.;:,]$/u.test(t) && /^[\p{Lu}«"]/u.test(t);
}

export default defineRule({
  id: "LA-MISSING-HEADING",
  pack: "legal-acts",
  brief: ["L-10"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "23", paragraph: "9" },
  messages: {
    ru: {
      title: "Структурный элемент без заголовка: «{quote}»",
      message: "«{quote}»: у элемента нет заголовка.",
      explanation:
        "Статьи, главы, разделы, параграфы и подразделы нормативного правового акта имеют заголовки, отражающие их содержание (Закон «О правовых актах», п. 9 ст. 23). Заголовки не обязательны только в законе о республиканском бюджете и в статьях законодательных актов о внесении изменений и дополнений. Рекомендуется дополнить заголовок, кратко отражающий предмет регулирования элемента.",
    },
    kk: {
      title: "Тақырыбы жоқ құрылымдық элемент: «{quote}»",
      message: "«{quote}»: элементтің тақырыбы жоқ.",
      explanation:
        "Нормативтік құқықтық актінің баптарының, тарауларының, бөлімдерінің, параграфтары мен кіші бөлімдерінің мазмұнын көрсететін тақырыптары болады («Құқықтық актілер туралы» Заңның 23-бабының 9-тармағы). Тақырыптар тек республикалық бюджет туралы заңда және өзгерістер мен толықтырулар енгізу туралы заңнамалық актілердің баптарында міндетті емес. Элементтің реттеу нысанасын қысқаша көрсететін тақырып қосу ұсынылады.",
    },
    en: {
      title: "Structural unit without a heading: «{quote}»",
      message: "«{quote}» has no heading.",
      explanation:
        "Articles, chapters, sections, paragraphs and subsections of a normative legal act have headings reflecting their content (Law \"On Legal Acts\" art. 23(9)). Headings are not required only in the republican budget law and in the articles of amending legislative acts. Add a heading that states the subject of the unit.",
    },
  },
  detect(ctx) {
    const ps = ctx.doc.paragraphs;
    const head = ps.filter((p) => p.isHeading || ps.indexOf(p) < 10).map((p) => p.folded).join(" ");
    if (BUDGET.test(head)) return [];
    const amendingAct = ctx.doc.actType === "amendment-law" || /о\s+внесении\s+изменени|өзгерістер\s+(?:мен\s+толықтырулар\s+)?енгізу\s+туралы/u.test(head);
    const { amendments } = parseAmendments(ps);
    const spans: RuleSpan[] = [];
    ps.forEach((p, i) => {
      if (p.quoted || p.isNote) return;
      if (p.kind !== "article" && p.kind !== "chapter" && p.kind !== "section" && p.kind !== "paragraph-heading") return;
      if (p.heading || p.numberStart === undefined || p.numberEnd === undefined) return;
      let j = i + 1;
      while (j < ps.length && ps[j]!.kind === "blank") j++;
      if (headingLine(ps[j])) return;
      if (p.kind === "article") {
        if (amendingAct) return;
        // The article's own text amends acts: an amending article of a law.
        let k = j;
        let amending = false;
        for (; k < ps.length && k < j + 4; k++) {
          if (ps[k]!.kind === "article") break;
          if (AMENDING.test(ps[k]!.folded) || amendments.some((a) => a.para === k)) amending = true;
        }
        if (amending) return;
      }
      spans.push({ para: i, start: p.numberStart, end: p.numberEnd });
    });
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "law",
        text: ["Статья 1. Основные понятия", "1. В настоящем Законе используются понятия.", "Статья 2.", "1. Справка выдается бесплатно.", "2. Справка действительна один год."].join("\n"),
        quote: "Статья 2.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["Глава 1. Общие положения", "1. Настоящие Правила определяют порядок выдачи справок.", "Глава 2", "2. Справка выдается в течение трех рабочих дней."].join("\n"),
        quote: "Глава 2",
      },
      {
        lang: "kk",
        actType: "law",
        text: ["1-бап. Негізгі ұғымдар", "1. Осы Заңда ұғымдар пайдаланылады.", "2-бап.", "1. Анықтама тегін беріледі.", "2. Анықтама бір жыл бойы жарамды."].join("\n"),
        quote: "2-бап.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["1-тарау. Жалпы ережелер", "1. Осы Қағидалар анықтамалар беру тәртібін айқындайды.", "2-тарау", "2. Анықтама үш жұмыс күні ішінде беріледі."].join("\n"),
        quote: "2-тарау",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "law",
        text: ["Статья 2. Порядок выдачи справок", "1. Справка выдается бесплатно.", "Глава 3", "Заключительные положения", "Статья 3. Порядок введения в действие"].join("\n"),
      },
      {
        lang: "ru",
        actType: "amendment-law",
        text: ["ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН", "О внесении изменений в Закон Республики Казахстан «О жилищных отношениях»", "Статья 1.", "Внести в Закон Республики Казахстан от 16 апреля 1997 года «О жилищных отношениях» следующие изменения:", "Статья 2.", "Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования."].join("\n"),
      },
      {
        lang: "kk",
        actType: "law",
        text: ["2-бап. Анықтамалар беру тәртібі", "1. Анықтама тегін беріледі.", "3-тарау", "Қорытынды ережелер", "3-бап. Осы Заңды қолданысқа енгізу тәртібі"].join("\n"),
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: ["ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ", "«Тұрғын үй қатынастары туралы» Қазақстан Республикасының Заңына өзгерістер енгізу туралы", "1-бап.", "«Тұрғын үй қатынастары туралы» 1997 жылғы 16 сәуірдегі Қазақстан Республикасының Заңына мынадай өзгерістер енгізілсін:", "2-бап.", "Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі."].join("\n"),
      },
    ],
  },
});
