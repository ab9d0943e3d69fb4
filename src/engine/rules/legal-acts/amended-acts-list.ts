import { actQuote, parseAmendments, type ActRef } from "../../document/amendments";
import { defineRule, type RuleSpan } from "../types";

/**
 * ZPA 26(4)–(5), 27(5) for non-legislative acts: three or more acts amended or repealed in the operative part go
 * into a separate annex (a list); all changes to one act go into one point.
 */
const ANNEX_LIST = /(?:перечень|перечня)\s+[^.]{0,120}(?:изменени|утративш)|(?:изменени|дополнени)\p{L}*,\s+которые\s+вносятся|өзгерістер\p{L}*\s+(?:мен\s+толықтырулар\p{L}*\s+)?енгізілетін|күші\s+жойылған\s+[^.]{0,120}тізбесі|тізбесі/u;
const BY_ANNEX = /согласно\s+приложени\p{L}*|прилагаем\p{L}*|қосымшаға\s+сәйкес|қоса\s+беріліп\s+отырған/u;

const key = (a: ActRef) => (a.isoDate && a.number ? `${a.isoDate}|${a.number.toLowerCase()}` : null);

export default defineRule({
  id: "LA-AMENDED-ACTS-LIST",
  pack: "legal-acts",
  brief: ["L-18"],
  severity: "info",
  actTypes: ["presidential-decree", "government-resolution", "ministerial-order", "agency-order", "maslikhat-decision", "akimat-resolution", "akim-decision"],
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "26", paragraph: "4" },
  messages: {
    ru: {
      title: "Перечень изменяемых (утрачивающих силу) актов: «{quote}»",
      message: "«{quote}»: {detail_ru}",
      explanation:
        "Если изменения вносятся в три и более акта либо три и более акта (элемента) признаются утратившими силу, они оформляются отдельным приложением — перечнем (Закон «О правовых актах», п. 4 ст. 26, п. 5 ст. 27; кроме законодательных актов). Все изменения в один акт излагаются в одном пункте (подпункте) (п. 5 ст. 26). Рекомендуется вынести акты в перечень, утверждаемый приложением, и свести изменения одного акта в один пункт.",
    },
    kk: {
      title: "Өзгертілетін (күші жойылатын) актілердің тізбесі: «{quote}»",
      message: "«{quote}»: {detail_kk}",
      explanation:
        "Өзгерістер үш және одан көп актіге енгізілсе не үш және одан көп актінің (элементтің) күші жойылды деп танылса, олар жеке қосымша — тізбе болып ресімделеді («Құқықтық актілер туралы» Заңның 26-бабының 4-тармағы, 27-бабының 5-тармағы; заңнамалық актілерді қоспағанда). Бір актіге енгізілетін барлық өзгерістер бір тармақта (тармақшада) жазылады (26-баптың 5-тармағы). Актілерді қосымшамен бекітілетін тізбеге шығару және бір актінің өзгерістерін бір тармаққа біріктіру ұсынылады.",
    },
    en: {
      title: "List of amended (repealed) acts: «{quote}»",
      message: "«{quote}»: {detail_en}",
      explanation:
        "When three or more acts are amended, or three or more acts (units) repealed, they go into a separate annex — a list (Law \"On Legal Acts\" art. 26(4), 27(5); not for legislative acts). All changes to one act go into one point (subpoint) (art. 26(5)). Move the acts into a list approved as an annex and gather the changes to one act in one point.",
    },
  },
  detect(ctx) {
    const ps = ctx.doc.paragraphs;
    const { blocks, amendments } = parseAmendments(ps);
    const spans: RuleSpan[] = [];
    // Several points for one act.
    const seen = new Map<string, number>();
    for (const b of blocks) {
      const k = key(b.act);
      if (!k) continue;
      if (seen.has(k)) {
        const p = ps[b.para]!;
        const q = actQuote(p, b);
        spans.push({
          para: b.para,
          start: q.start,
          end: q.end,
          data: {
            detail_ru: "изменения в этот акт уже вносятся другим пунктом проекта; все изменения в один акт излагаются в одном пункте.",
            detail_kk: "бұл актіге өзгерістер жобаның басқа тармағымен де енгізіледі; бір актіге енгізілетін барлық өзгерістер бір тармақта жазылады.",
            detail_en: "another point of the draft already amends this act; all changes to one act go into one point.",
          },
          citation: { act: "law-on-legal-acts", article: "26", paragraph: "5" },
        });
      } else seen.set(k, b.para);
    }

    // Three or more acts amended or repealed without a list.
    if (ps.some((p) => !p.quoted && ANNEX_LIST.test(p.folded) && (p.kind === "annex" || p.isHeading || p.address.part > 0))) return spans;
    const acts = new Set<string>();
    let first: { para: number; start: number; end: number } | null = null;
    for (const b of blocks) {
      acts.add(key(b.act) ?? `block${b.para}`);
      first ??= { para: b.para, ...actQuote(ps[b.para]!, b) };
    }
    for (const a of amendments) {
      if (a.kind !== "repeal" && a.kind !== "cancel") continue;
      const p = ps[a.para]!;
      if (p.address.part > 0 || BY_ANNEX.test(p.folded.slice(a.instructionStart))) return spans;
      if (a.items) {
        for (const j of a.items) acts.add(`item${j}`);
      } else if (a.target.act && key(a.target.act) && a.block < 0) acts.add(key(a.target.act)!);
      else continue;
      first ??= { para: a.para, start: a.start, end: a.end };
    }
    if (acts.size >= 3 && first) {
      spans.push({
        para: first.para,
        start: first.start,
        end: first.end,
        data: {
          detail_ru: `проект изменяет или признаёт утратившими силу ${acts.size} акта (элемента) без отдельного перечня в приложении.`,
          detail_kk: `жоба ${acts.size} актіні (элементті) жеке қосымша-тізбесіз өзгертеді немесе олардың күшін жояды.`,
          detail_en: `the draft amends or repeals ${acts.size} acts (units) without a separate list in an annex.`,
        },
      });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: [
          "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:",
          "1. Признать утратившими силу:",
          "1) постановление Правительства Республики Казахстан от 5 мая 2019 года № 250 «О тарифах»;",
          "2) постановление Правительства Республики Казахстан от 6 июня 2020 года № 380 «О ставках»;",
          "3) постановление Правительства Республики Казахстан от 7 июля 2021 года № 470 «О сборах».",
          "2. Настоящее постановление вводится в действие со дня его подписания.",
        ].join("\n"),
        quote: "Признать утратившими силу",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Внести в приказ Министра финансов Республики Казахстан от 5 мая 2023 года № 452 следующее изменение:",
          "пункт 3 изложить в следующей редакции:",
          "«3. Справка выдается бесплатно.»;",
          "2. Внести в приказ Министра финансов Республики Казахстан от 5 мая 2023 года № 452 следующее изменение:",
          "пункт 7 исключить.",
        ].join("\n"),
        quote: "приказ Министра финансов Республики Казахстан от 5 мая 2023 года № 452",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: [
          "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
          "1. Мыналардың күші жойылды деп танылсын:",
          "1) «Тарифтер туралы» Қазақстан Республикасы Үкіметінің 2019 жылғы 5 мамырдағы № 250 қаулысы;",
          "2) «Мөлшерлемелер туралы» Қазақстан Республикасы Үкіметінің 2020 жылғы 6 маусымдағы № 380 қаулысы;",
          "3) «Алымдар туралы» Қазақстан Республикасы Үкіметінің 2021 жылғы 7 шілдедегі № 470 қаулысы.",
          "2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "күші жойылды деп танылсын",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Қазақстан Республикасы Қаржы министрінің 2023 жылғы 5 мамырдағы № 452 бұйрығына мынадай өзгеріс енгізілсін:",
          "3-тармақ мынадай редакцияда жазылсын:",
          "«3. Анықтама тегін беріледі.»;",
          "2. Қазақстан Республикасы Қаржы министрінің 2023 жылғы 5 мамырдағы № 452 бұйрығына мынадай өзгеріс енгізілсін:",
          "7-тармақ алып тасталсын.",
        ].join("\n"),
        quote: "2023 жылғы 5 мамырдағы № 452 бұйрығына",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: [
          "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:",
          "1. Признать утратившими силу некоторые решения Правительства Республики Казахстан согласно приложению к настоящему постановлению.",
          "2. Настоящее постановление вводится в действие со дня его подписания.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Признать утратившими силу:",
          "1) приказ Министра финансов Республики Казахстан от 5 мая 2019 года № 250;",
          "2) приказ Министра финансов Республики Казахстан от 6 июня 2020 года № 380.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: [
          "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
          "1. Осы қаулыға қосымшаға сәйкес Қазақстан Республикасы Үкіметінің кейбір шешімдерінің күші жойылды деп танылсын.",
          "2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Мыналардың күші жойылды деп танылсын:",
          "1) Қазақстан Республикасы Қаржы министрінің 2019 жылғы 5 мамырдағы № 250 бұйрығы;",
          "2) Қазақстан Республикасы Қаржы министрінің 2020 жылғы 6 маусымдағы № 380 бұйрығы.",
        ].join("\n"),
      },
    ],
  },
});
