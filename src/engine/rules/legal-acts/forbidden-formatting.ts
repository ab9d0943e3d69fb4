import { defineRule, type RuleSpan } from "../types";

/**
 * Paragraphs of norms marked by dashes or bullets («– заявление;», «• копия устава;»), ZPA 24(7): enumerations
 * are numbered subpoints «1)», «2)». One finding per marked paragraph. Explanations of the variables
 * of a formula («где: … – расчетные затраты») keep their dashes.
 */
const MARK = /^(\s*)([–—•·▪●◦‣∙-])\s*(?=[\p{L}«"(])/u;
const FORMULA_CONTEXT = /(?:^|\s)(?:где|здесь|мұндағы|мұнда)\s*:?\s*$|=/u;
const MARKDOWN = /\*\*|`/u;

export default defineRule({
  id: "LA-FORBIDDEN-FORMATTING",
  pack: "legal-acts",
  brief: ["L-12"],
  severity: "info",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "24", paragraph: "7" },
  messages: {
    ru: {
      title: "Абзац обозначен тире или маркером: «{quote}»",
      message: "«{quote}»: абзацы нормы обозначены знаком «{mark}» (абзацев подряд: {count}).",
      explanation:
        "В тексте нормативного правового акта не допускается обозначение абзацев тире и иными знаками, а также выделение слов полужирным шрифтом или подчеркиванием (Закон «О правовых актах», п. 7 ст. 24). Перечисления оформляются подпунктами с нумерацией «1)», «2)», на которые можно сослаться. Рекомендуется заменить маркеры нумерацией подпунктов.",
    },
    kk: {
      title: "Абзац сызықшамен немесе маркермен белгіленген: «{quote}»",
      message: "«{quote}»: норманың абзацтары «{mark}» белгісімен белгіленген (қатарынан {count} абзац).",
      explanation:
        "Нормативтік құқықтық актінің мәтінінде абзацтарды сызықшамен және өзге де белгілермен белгілеуге, сондай-ақ сөздерді жартылай қарайтылған қаріппен немесе астын сызып бөліп көрсетуге жол берілмейді («Құқықтық актілер туралы» Заңның 24-бабының 7-тармағы). Тізбелер сілтеме жасауға болатын «1)», «2)» нөмірленген тармақшалармен ресімделеді. Маркерлерді тармақшалардың нөмірленуімен ауыстыру ұсынылады.",
    },
    en: {
      title: "Paragraph marked by a dash or bullet: «{quote}»",
      message: "«{quote}»: paragraphs of a norm are marked with «{mark}» ({count} in a row).",
      explanation:
        "The text of a normative legal act may not mark paragraphs with dashes or other signs, nor highlight words in bold or underline (Law \"On Legal Acts\" art. 24(7)). Enumerations are numbered subpoints «1)», «2)» that can be referred to. Replace the markers with subpoint numbers.",
    },
  },
  detect(ctx) {
    const ps = ctx.doc.paragraphs;
    // A Markdown file (headings «# …», code fences) is not a draft act.
    if (ps.some((p) => /^#{1,6}\s|^```/u.test(p.text))) return [];
    const operative = new Set(ctx.operative());
    const spans: RuleSpan[] = [];
    let formula = false;
    // Every marked paragraph is reported (each needs its own number «1)»); {count} is the length of its run.
    let run: RuleSpan[] = [];
    const close = () => {
      for (const r of run) r.data = { ...r.data!, count: String(run.length) };
      spans.push(...run);
      run = [];
    };
    ps.forEach((p, i) => {
      if (p.kind === "blank") return;
      if (p.kind !== "text") formula = false;
      if (FORMULA_CONTEXT.test(p.folded)) formula = true;
      const m = MARK.exec(p.text);
      if (!m || !operative.has(p) || formula || MARKDOWN.test(p.text) || p.kind !== "text") {
        close();
        return;
      }
      const start = m[1]!.length;
      const rest = p.text.slice(start);
      const words = /^\S+\s*\S*/u.exec(rest)?.[0] ?? rest;
      run.push({ para: i, start, end: start + words.replace(/[.,;:»"]+$/u, "").length, data: { mark: m[2]! } });
    });
    close();
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["5. К заявлению прилагаются:", "– копия устава;", "– справка о регистрации."].join("\n"),
        quote: "– копия",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: ["3. Социальная помощь оказывается:", "• участникам войны;", "• лицам с инвалидностью первой группы."].join("\n"),
        quote: "• участникам",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["5. Өтінішке мыналар қоса беріледі:", "– жарғының көшірмесі;", "– тіркеу туралы анықтама."].join("\n"),
        quote: "– жарғының",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: ["3. Әлеуметтік көмек мыналарға көрсетіледі:", "• соғыс ардагерлеріне;", "• бірінші топтағы мүгедектігі бар адамдарға."].join("\n"),
        quote: "• соғыс",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: ["7. Основаниями для приостановления выплаты являются:", "– выезд получателя на постоянное место жительства за пределы республики;", "– смерть получателя."].join("\n"),
        quote: "– смерть",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: ["7. Төлемді тоқтата тұруға мыналар негіз болып табылады:", "– алушының республикадан тыс жерге тұрақты тұруға кетуі;", "– алушының қайтыс болуы."].join("\n"),
        quote: "– алушының",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["5. К заявлению прилагаются:", "1) копия устава;", "2) справка о регистрации."].join("\n"),
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: ["9. Расчет затрат производится по формуле:", "З = Ч × Н,", "где:", "З – расчетные текущие затраты;", "– количество потребителей услуг."].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["5. Өтінішке мыналар қоса беріледі:", "1) жарғының көшірмесі;", "2) тіркеу туралы анықтама."].join("\n"),
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: ["9. Шығындар мынадай формула бойынша есептеледі:", "Ш = С × Н,", "мұндағы:", "– қызметтерді тұтынушылардың саны."].join("\n"),
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "7. Выплата приостанавливается – при выезде получателя на постоянное место жительства за пределы республики.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "7. Төлем тоқтатыла тұрады – алушы республикадан тыс жерге тұрақты тұруға кеткен кезде.",
      },
    ],
  },
});
