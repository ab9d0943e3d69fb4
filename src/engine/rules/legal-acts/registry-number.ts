import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";
import { insideQuotes } from "./common";

/**
 * A registered act is cited with its number in the Register of state registration (art. 25(5)): «решение маслихата …
 * от … № … «…» (зарегистрировано в Реестре государственной регистрации нормативных правовых актов под № …)».
 * Reported only where the draft itself cites registration numbers for other acts (so the omission is an
 * inconsistency, not a style) and the act lacking it has a registrable form: a decision of a maslikhat or akim, a
 * resolution of an akimat, an order. Government resolutions and laws are not registered. A second mention of an act
 * whose number was already given with its registration is fine.
 */
const RU_CITE =
  /(?<![\p{L}])(?:решени\p{L}*|постановлени\p{L}*|приказ\p{L}*)\s+[^«»;()]{0,150}?\s*от\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+года\s+№\s*([^\s,;«»()]+)/gu;
const KK_CITE = /(?<![\p{L}\d])\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+\s+№\s*([^\s,;«»()]+)\s+(?:шешім\p{L}*|қаулы\p{L}*|бұйрығ\p{L}*|бұйрық\p{L}*)/gu;
const RU_ISSUER = /маслихат|акимат|аким\p{L}*|министр|председател|руководител|приказ/u;
const KK_ISSUER = /мәслихат|әкімдіг|әкімінің|министрінің|төрағасының|басшысының/u;
const GOVERNMENT = /правительств|үкімет/u;
const REGISTERED_MARK = /зарегистрирован\p{L}*\s+в\s+реестре\s+государственной\s+регистрации|(?:тіркеу\s+тізілімінде|тізілімінде)\s+№\s*\S+\s+болып\s+тіркелген|реестре\s+государственной\s+регистрации\s+нормативных\s+правовых\s+актов\s+под\s+№/u;
/**
 * Only acts this draft amends or repeals are checked (where the omission matters and the drafter gives numbers for
 * the others): the paragraph itself is the instruction, or it is a list item under such an instruction. Annex stamps
 * («Приложение к приказу …») and lists of legislation to study are not references of this kind.
 */
const AMEND_CONTEXT =
  /признать\s+утратившим\p{L}*\s+силу|утратившим\p{L}*\s+силу|внести\s+(?:в\s|следующ)|отменить|изменени\p{L}*\s+(?:и\s+дополнени\p{L}*\s+)?в\s|күші\s+жойылды|өзгеріс\p{L}*(?:\s+(?:мен|және)\s+толықтыру\p{L}*)?\s+енгізілсін|жойылсын/u;
const NEAR_REGISTERED = /зарегистрирован|тіркелген|под\s+№|№\s*\S+\s+болып/u;

export default defineRule({
  id: "LA-REGISTRY-NUMBER",
  pack: "legal-acts",
  brief: ["L-13"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "25", paragraph: "5" },
  messages: {
    ru: {
      title: "Ссылка на зарегистрированный акт без регистрационного номера: «{quote}»",
      message: "«{quote}»: не указан номер государственной регистрации, хотя для других актов в проекте он приводится.",
      explanation:
        "При ссылке на нормативный правовой акт указываются его вид, дата принятия, номер и наименование, а для актов, прошедших государственную регистрацию, — также регистрационный номер в Реестре государственной регистрации нормативных правовых актов (Закон «О правовых актах», пп. 4 и 5 ст. 25). Без номера регистрации акт трудно однозначно идентифицировать. Рекомендуется дополнить ссылку словами «(зарегистрировано в Реестре государственной регистрации нормативных правовых актов под № …)».",
    },
    kk: {
      title: "Тіркелген актіге тіркеу нөмірінсіз сілтеме: «{quote}»",
      message: "«{quote}»: мемлекеттік тіркеу нөмірі көрсетілмеген, ал жобада басқа актілер үшін ол келтірілген.",
      explanation:
        "Нормативтік құқықтық актіге сілтеме жасалғанда оның түрі, қабылданған күні, нөмірі және атауы, ал мемлекеттік тіркеуден өткен актілер үшін Нормативтік құқықтық актілерді мемлекеттік тіркеу тізіліміндегі тіркеу нөмірі де көрсетіледі («Құқықтық актілер туралы» Заңның 25-бабының 4 және 5-тармақтары). Тіркеу нөмірінсіз актіні бір мәнді сәйкестендіру қиын. Сілтемені «(Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № … болып тіркелген)» деген сөздермен толықтыру ұсынылады.",
    },
    en: {
      title: "Registered act cited without its registration number: «{quote}»",
      message: "«{quote}»: the state registration number is missing, although the draft gives it for other acts.",
      explanation:
        "A reference to a normative act gives its form, date, number and title, and for registered acts also the number in the Register of state registration of normative legal acts (Law \"On Legal Acts\" art. 25(4)–(5)). Without it the act is hard to identify unambiguously. Add «(registered in the Register of state registration of normative legal acts under No. …)».",
    },
  },
  detect(ctx) {
    const ps = ctx.operative();
    if (!ps.some((p) => REGISTERED_MARK.test(p.folded))) return [];
    // Numbers of acts already cited with their registration number.
    const known = new Set<string>();
    const cites: { p: (typeof ps)[number]; start: number; end: number; num: string; registered: boolean }[] = [];
    let listContext = false;
    for (const p of ps) {
      const kk = p.language === "kk";
      // A subpoint inherits the context of the instruction that introduces its list.
      if (p.kind !== "subpoint") listContext = AMEND_CONTEXT.test(p.folded) && /:\s*$/u.test(p.text);
      if (!(AMEND_CONTEXT.test(p.folded) || (p.kind === "subpoint" && listContext))) continue;
      const re = kk ? KK_CITE : RU_CITE;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.folded)) !== null) {
        let start = m.index;
        const end = m.index + m[0].length;
        if (kk) {
          // Extend back over the issuer's name («Ақтөбе облыстық мәслихатының»), up to a quote, bracket or list mark.
          const before = p.folded.slice(Math.max(0, start - 120), start);
          const w = /((?:[\p{L}-]+\s+){1,6})$/u.exec(before);
          if (w) {
            const words = w[1]!;
            const cut = Math.max(words.lastIndexOf("»"), words.lastIndexOf(")"));
            start -= words.length - (cut >= 0 ? cut + 1 : 0);
            while (/\s/u.test(p.folded[start] ?? "")) start++;
          }
        }
        if (insideQuotes(p, m.index)) continue;
        const cite = p.folded.slice(start, end);
        if (GOVERNMENT.test(cite) || !(kk ? KK_ISSUER : RU_ISSUER).test(cite)) continue;
        // The registration clause follows the citation (after the title in Russian), within the same list item.
        const rest = p.folded.slice(end);
        const stop = rest.search(/;|(?<!\d)\.\s|\.$/u);
        const tail = stop >= 0 ? rest.slice(0, stop) : rest;
        // In Kazakh the title precedes the citation, in Russian it follows; the registration clause comes after both.
        const registered = NEAR_REGISTERED.test(tail);
        cites.push({ p, start, end, num: m[1]!, registered });
        if (registered) known.add(m[1]!);
      }
    }
    const spans: RuleSpan[] = [];
    for (const c of cites) {
      if (c.registered || known.has(c.num)) continue;
      spans.push({ para: positionOf(ctx, c.p), start: c.start, end: c.end });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: [
          "1. Признать утратившими силу:",
          "1) постановление акимата Костанайской области от 5 мая 2020 года № 210 «Об утверждении схемы пастбищеоборотов» (зарегистрировано в Реестре государственной регистрации нормативных правовых актов под № 9180);",
          "2) постановление акимата Костанайской области от 18 июня 2021 года № 305 «О внесении изменения в постановление акимата Костанайской области от 5 мая 2020 года № 210».",
        ].join("\n"),
        quote: "постановление акимата Костанайской области от 18 июня 2021 года № 305",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Признать утратившими силу:",
          "1) приказ Министра сельского хозяйства Республики Казахстан от 3 марта 2019 года № 88 «Об утверждении Правил учета пасек» (зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 18390);",
          "2) приказ Министра сельского хозяйства Республики Казахстан от 9 ноября 2020 года № 341 «О внесении изменений в приказ Министра сельского хозяйства Республики Казахстан от 3 марта 2019 года № 88».",
        ].join("\n"),
        quote: "приказ Министра сельского хозяйства Республики Казахстан от 9 ноября 2020 года № 341",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: [
          "1. Мыналардың күші жойылды деп танылсын:",
          "1) «Жайылым айналымдарының схемасын бекіту туралы» Қостанай облысы әкімдігінің 2020 жылғы 5 мамырдағы № 210 қаулысы (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 9180 болып тіркелген);",
          "2) «Қостанай облысы әкімдігінің 2020 жылғы 5 мамырдағы № 210 қаулысына өзгеріс енгізу туралы» Қостанай облысы әкімдігінің 2021 жылғы 18 маусымдағы № 305 қаулысы.",
        ].join("\n"),
        quote: "Қостанай облысы әкімдігінің 2021 жылғы 18 маусымдағы № 305 қаулысы",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Мыналардың күші жойылды деп танылсын:",
          "1) «Омарталарды есепке алу қағидаларын бекіту туралы» Қазақстан Республикасы Ауыл шаруашылығы министрінің 2019 жылғы 3 наурыздағы № 88 бұйрығы (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 18390 болып тіркелген);",
          "2) «Қазақстан Республикасы Ауыл шаруашылығы министрінің 2019 жылғы 3 наурыздағы № 88 бұйрығына өзгерістер енгізу туралы» Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 9 қарашадағы № 341 бұйрығы.",
        ].join("\n"),
        quote: "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 9 қарашадағы № 341 бұйрығы",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: [
          "1. Внести в постановление акимата Костанайской области от 5 мая 2020 года № 210 «Об утверждении схемы пастбищеоборотов» (зарегистрировано в Реестре государственной регистрации нормативных правовых актов под № 9180) следующее изменение:",
          "в схеме пастбищеоборотов, утвержденной постановлением акимата Костанайской области от 5 мая 2020 года № 210, приложение изложить в новой редакции.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Признать утратившим силу приказ Министра сельского хозяйства Республики Казахстан от 3 марта 2019 года № 88 «Об утверждении Правил учета пасек» (зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 18390).",
          "2. Правила разработаны во исполнение постановления Правительства Республики Казахстан от 12 мая 2018 года № 254 «О мерах по развитию пчеловодства».",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: [
          "1. «Жайылым айналымдарының схемасын бекіту туралы» Қостанай облысы әкімдігінің 2020 жылғы 5 мамырдағы № 210 қаулысына (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 9180 болып тіркелген) мынадай өзгеріс енгізілсін:",
          "Қостанай облысы әкімдігінің 2020 жылғы 5 мамырдағы № 210 қаулысымен бекітілген схеманың қосымшасы жаңа редакцияда жазылсын.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. «Омарталарды есепке алу қағидаларын бекіту туралы» Қазақстан Республикасы Ауыл шаруашылығы министрінің 2019 жылғы 3 наурыздағы № 88 бұйрығының (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 18390 болып тіркелген) күші жойылды деп танылсын.",
          "2. Қағидалар «Омарта шаруашылығын дамыту шаралары туралы» Қазақстан Республикасы Үкіметінің 2018 жылғы 12 мамырдағы № 254 қаулысын орындау үшін әзірленді.",
        ].join("\n"),
      },
    ],
  },
});
