import { parseActRef, parseAmendments } from "../../document/amendments";
import type { ParsedParagraph } from "../../document/model";
import { defineRule, type RuleSpan } from "../types";

/**
 * The title of an amending subordinate act (ZPA 26(1)): «О внесении изменений в приказ … от … № … «…»» /
 * «… 2020 жылғы 30 қазандағы № … бұйрығына өзгерістер енгізу туралы». It names the form, date and number of the
 * amended act, and the word «изменений» / «өзгерістер» comes first. Titles amending several acts («в некоторые
 * приказы», «кейбір бұйрықтарына») and laws are not checked for requisites.
 */
const RU_START = /^\s*(о\s+внесении\s+(?:изменени|дополнени)\p{L}*|об\s+изменени\p{L}*|о\s+дополнени\p{L}*)/u;
const RU_WRONG_ORDER = /^\s*о\s+внесении\s+дополнени\p{L}*\s+и\s+изменени\p{L}*/u;
const KK_END = /(?:өзгерістер|өзгеріс|толықтырулар|толықтыру)(?:\s+(?:мен|және)\s+(?:толықтырулар|өзгерістер))?\s+енгізу\s+туралы\s*$/u;
const KK_WRONG_ORDER = /толықтырулар\s+(?:мен|және)\s+өзгерістер\s+енгізу\s+туралы/u;
const SEVERAL = /некотор\p{L}*|кейбір/u;
const LAW = /(?<![\p{L}])(?:в\s+закон|в\s+кодекс|в\s+конституционн\p{L}*\s+закон|заңына|кодексіне|заңдарына)/u;
const FORM_RU = /(?<![\p{L}])(?:приказ|постановлени|решени|распоряжени|указ)\p{L}*/u;
const FORM_KK = /(?<![\p{L}])(?:бұйрығына|бұйрықтарына|қаулысына|қаулыларына|шешіміне|шешімдеріне|өкіміне|жарлығына)/u;

function titleParagraphs(ps: readonly ParsedParagraph[]): { kk: boolean; paras: ParsedParagraph[] } | null {
  const head = ps.filter((p) => p.isHeading && p.kind !== "blank");
  for (let k = 0; k < head.length; k++) {
    const p = head[k]!;
    if (RU_START.test(p.folded)) {
      const paras = [p];
      for (let n = k + 1; n < head.length && paras.length < 3; n++) {
        const q = head[n]!;
        if (!/^\s*[\p{Ll}«"(№]/u.test(q.text)) break;
        paras.push(q);
      }
      return { kk: false, paras };
    }
    if (KK_END.test(p.folded)) {
      const paras = [p];
      for (let n = k - 1; n >= 0 && paras.length < 3 && /^\s*[\p{Ll}]/u.test(paras[0]!.text); n--) paras.unshift(head[n]!);
      return { kk: true, paras };
    }
  }
  return null;
}

export default defineRule({
  id: "LA-AMENDING-TITLE",
  pack: "legal-acts",
  brief: ["L-14"],
  severity: "warning",
  actTypes: ["presidential-decree", "government-resolution", "ministerial-order", "agency-order", "maslikhat-decision", "akimat-resolution", "akim-decision", "amendment-law", "unknown"],
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "26", paragraph: "1" },
  messages: {
    ru: {
      title: "Заголовок акта о внесении изменений: «{quote}»",
      message: "«{quote}»: {detail_ru}",
      explanation:
        "В заголовке акта о внесении изменений и (или) дополнений указываются форма, дата, регистрационный номер и заголовок изменяемого акта; слово «изменений» ставится первым: «О внесении изменений (и дополнений) в приказ … от … № … «…»» (Закон «О правовых актах», п. 1–2 ст. 26). Для законов эти реквизиты не требуются. Полный заголовок позволяет однозначно установить изменяемый акт. Рекомендуется привести заголовок в соответствие с этой формулой.",
    },
    kk: {
      title: "Өзгерістер енгізу туралы актінің тақырыбы: «{quote}»",
      message: "«{quote}»: {detail_kk}",
      explanation:
        "Өзгерістер және (немесе) толықтырулар енгізу туралы актінің тақырыбында өзгертілетін актінің нысаны, күні, тіркеу нөмірі және тақырыбы көрсетіледі; «өзгерістер» деген сөз бірінші тұрады: «… 2020 жылғы … № … бұйрығына өзгерістер (мен толықтырулар) енгізу туралы» («Құқықтық актілер туралы» Заңның 26-бабының 1–2-тармақтары). Заңдар үшін бұл деректемелер талап етілмейді. Толық тақырып өзгертілетін актіні бірмәнді анықтауға мүмкіндік береді. Тақырыпты осы тұжырымға сәйкес келтіру ұсынылады.",
    },
    en: {
      title: "Title of an amending act: «{quote}»",
      message: "«{quote}»: {detail_en}",
      explanation:
        "The title of an amending act names the form, date, registration number and title of the amended act, and the word «изменений» / «өзгерістер» (amendments) comes first: «On amendments (and additions) to order … of … No. … «…»» (Law \"On Legal Acts\" art. 26(1)–(2)). Laws are exempt. A full title identifies the amended act without doubt. Bring the title in line with this formula.",
    },
  },
  detect(ctx) {
    const ps = ctx.doc.paragraphs;
    const found = titleParagraphs(ps);
    if (!found) return [];
    const { kk, paras } = found;
    const first = paras[0]!;
    const last = paras[paras.length - 1]!;
    const text = paras.map((p) => p.text).join(" ");
    const folded = paras.map((p) => p.folded).join(" ");
    const at = (p: ParsedParagraph) => ps.indexOf(p);
    const { blocks, amendments } = parseAmendments(ps);
    const amending = blocks.length > 0 || amendments.length > 0;
    if (LAW.test(folded)) return [];
    if (ctx.doc.actType === "amendment-law" && !(kk ? FORM_KK : FORM_RU).test(folded)) return [];

    const spans: RuleSpan[] = [];
    const detail = (ru: string, kkText: string, en: string) => ({ detail_ru: ru, detail_kk: kkText, detail_en: en });
    if (!kk) {
      const start = RU_START.exec(first.folded)!;
      const s = start.index + start[0].length - start[0].trimStart().length;
      const wrong = RU_WRONG_ORDER.exec(first.folded);
      if (wrong) {
        spans.push({ para: at(first), start: s, end: wrong.index + wrong[0].length, data: detail("слово «изменений» ставится первым: «О внесении изменений и дополнений».", "«өзгерістер» деген сөз бірінші тұрады: «өзгерістер мен толықтырулар енгізу туралы».", "the word «изменений» comes first: «О внесении изменений и дополнений».") });
        return spans;
      }
      if (/^\s*(?:об\s+изменени|о\s+дополнени)/u.test(first.folded)) {
        if (!amending || !FORM_RU.test(folded)) return [];
        spans.push({ para: at(first), start: s, end: start.index + start[0].length, data: detail("заголовок акта о внесении изменений начинается со слов «О внесении изменений».", "орыс тіліндегі өзгерістер енгізу туралы актінің тақырыбы «О внесении изменений» деген сөздерден басталады.", "the title of an amending act starts with «О внесении изменений».") });
        return spans;
      }
    } else if (KK_WRONG_ORDER.test(last.folded)) {
      const m = KK_WRONG_ORDER.exec(last.folded)!;
      spans.push({ para: at(last), start: m.index, end: m.index + m[0].length, data: detail("слово «өзгерістер» ставится первым: «өзгерістер мен толықтырулар енгізу туралы».", "«өзгерістер» деген сөз бірінші тұрады: «өзгерістер мен толықтырулар енгізу туралы».", "the word «өзгерістер» comes first: «өзгерістер мен толықтырулар енгізу туралы».") });
      return spans;
    }

    // Requisites of the amended act.
    if (SEVERAL.test(folded)) return [];
    const form = (kk ? FORM_KK : FORM_RU).exec(folded);
    if (!form) return [];
    const ref = parseActRef(text, folded);
    const missing: [string, string, string][] = [];
    if (!ref?.date) missing.push(["дата", "күні", "date"]);
    if (!ref?.number) missing.push(["номер", "нөмірі", "number"]);
    if (!/["«“„]/u.test(text)) missing.push(["заголовок", "тақырыбы", "title"]);
    if (missing.length === 0 || (ref?.date && ref?.number)) return [];
    const list = (k: 0 | 1 | 2) => missing.map((m) => m[k]).join(", ");
    if (kk) {
      const m = KK_END.exec(last.folded)!;
      const w = /(\S+\s+)$/u.exec(last.folded.slice(0, m.index));
      const s = w ? m.index - w[0].length : m.index;
      spans.push({ para: at(last), start: s, end: m.index + m[0].trimEnd().length, data: detail(`в заголовке не указаны реквизиты изменяемого акта: ${list(0)}.`, `тақырыпта өзгертілетін актінің деректемелері көрсетілмеген: ${list(1)}.`, `the title omits the amended act's ${list(2)}.`) });
    } else {
      const fm = FORM_RU.exec(first.folded);
      const start = RU_START.exec(first.folded)!;
      const s = start.index + start[0].length - start[0].trimStart().length;
      const e = fm ? fm.index + fm[0].length : start.index + start[0].length;
      spans.push({ para: at(first), start: s, end: e, data: detail(`в заголовке не указаны реквизиты изменяемого акта: ${list(0)}.`, `тақырыпта өзгертілетін актінің деректемелері көрсетілмеген: ${list(1)}.`, `the title omits the amended act's ${list(2)}.`) });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["ПРИКАЗ МИНИСТРА ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН", "О внесении изменений в приказ Министра здравоохранения Республики Казахстан об утверждении Правил выдачи справок", "ПРИКАЗЫВАЮ:", "1. Внести в приказ Министра здравоохранения Республики Казахстан от 30 октября 2020 года № 175 следующие изменения:"].join("\n"),
        quote: "О внесении изменений в приказ",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: ["РЕШЕНИЕ МАСЛИХАТА", "О внесении дополнений и изменений в решение маслихата города Косшы от 25 декабря 2023 года № 12-3 «О бюджете города Косшы на 2024–2026 годы»", "Маслихат города Косшы РЕШИЛ:", "1. Внести в решение маслихата города Косшы от 25 декабря 2023 года № 12-3 следующие изменения и дополнения:"].join("\n"),
        quote: "О внесении дополнений и изменений",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ДЕНСАУЛЫҚ САҚТАУ МИНИСТРІНІҢ БҰЙРЫҒЫ", "«Анықтамалар беру қағидаларын бекіту туралы» Қазақстан Республикасы Денсаулық сақтау министрінің бұйрығына өзгерістер енгізу туралы", "БҰЙЫРАМЫН:", "1. «Анықтамалар беру қағидаларын бекіту туралы» Қазақстан Республикасы Денсаулық сақтау министрінің 2020 жылғы 30 қазандағы № 175 бұйрығына мынадай өзгерістер енгізілсін:"].join("\n"),
        quote: "бұйрығына өзгерістер енгізу туралы",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: ["МӘСЛИХАТЫНЫҢ ШЕШІМІ", "«Қосшы қаласының 2024–2026 жылдарға арналған бюджеті туралы» Қосшы қаласы мәслихатының 2023 жылғы 25 желтоқсандағы № 12-3 шешіміне толықтырулар мен өзгерістер енгізу туралы", "Қосшы қаласының мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:", "1. Қосшы қаласы мәслихатының 2023 жылғы 25 желтоқсандағы № 12-3 шешіміне мынадай өзгерістер енгізілсін:"].join("\n"),
        quote: "толықтырулар мен өзгерістер енгізу туралы",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["ПРИКАЗ МИНИСТРА ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН", "О внесении изменений в приказ Министра здравоохранения Республики Казахстан от 30 октября 2020 года № 175 «Об утверждении Правил выдачи справок»", "ПРИКАЗЫВАЮ:", "1. Внести в приказ Министра здравоохранения Республики Казахстан от 30 октября 2020 года № 175 следующие изменения:"].join("\n"),
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: ["ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН", "О внесении изменений в некоторые решения Правительства Республики Казахстан", "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:", "1. Утвердить прилагаемые изменения, которые вносятся в некоторые решения Правительства Республики Казахстан."].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ДЕНСАУЛЫҚ САҚТАУ МИНИСТРІНІҢ БҰЙРЫҒЫ", "«Анықтамалар беру қағидаларын бекіту туралы» Қазақстан Республикасы Денсаулық сақтау министрінің 2020 жылғы 30 қазандағы № 175 бұйрығына өзгерістер енгізу туралы", "БҰЙЫРАМЫН:"].join("\n"),
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: ["ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҮКІМЕТІНІҢ ҚАУЛЫСЫ", "Қазақстан Республикасы Үкіметінің кейбір шешімдеріне өзгерістер енгізу туралы", "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:"].join("\n"),
      },
    ],
  },
});
