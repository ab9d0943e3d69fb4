import { actTypesAtLevels } from "../../data/act-hierarchy";
import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";
import { operativeFormula } from "./common";
import { RIGHTS_TRIGGER } from "./entry-into-force-signing";

/** Orders of heads of agencies (level 9 of art. 10(2)): committees and other agencies of central bodies. */
const AGENCY_TYPES = actTypesAtLevels(9, 9);

/** Deprivation or restriction of a right: «лишаются права заниматься … деятельностью», «… айналысу құқығынан айырылады». */
const DEPRIVATION: Record<"ru" | "kk", RegExp> = {
  ru: /(?<![\p{L}])лиша(?:ется|ются)\s+(?:права|прав)(?:\s+[\p{L}-]+(?:ть|ться|ти))?(?:\s+[\p{L}-]{3,}){0,2}?(?=\s*(?:[.,;:]|$|\s(?:в|на|до|с|со|по|при|после|сроком)\s))/gu,
  kk: /(?<![\p{L}])(?:(?!(?:бойы|жыл\p{L}*|ай\p{L}*|күн\p{L}*|мерзім\p{L}*|бір|екі|үш|төрт|бес)\s)[\p{L}-]+\s+){0,2}?[\p{L}-]+у\s+құқығынан\s+айырыл(?:ады|атын|сын)(?![\p{L}])/gu,
};

export default defineRule({
  id: "LA-AGENCY-ORDER-RIGHTS",
  pack: "legal-acts",
  brief: ["L-03"],
  severity: "error",
  actTypes: AGENCY_TYPES,
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "7", paragraph: "6" },
  messages: {
    ru: {
      title: "Приказ руководителя ведомства затрагивает права и обязанности лиц: «{quote}»",
      message: "Приказ руководителя ведомства устанавливает права или обязанности лиц («{quote}»); требует экспертной проверки.",
      explanation:
        "Нормативные правовые приказы руководителей ведомств центральных государственных органов принимаются при наличии компетенции, предоставленной актами государственного органа, в структуру которого входит ведомство, и не могут затрагивать права и свободы человека и гражданина (Закон «О правовых актах», п. 6 ст. 7). Норма о правах или обязанностях физических и юридических лиц в таком приказе — возможное противоречие этой норме. Рекомендуется принять её приказом министра (руководителя центрального государственного органа) либо исключить.",
    },
    kk: {
      title: "Ведомство басшысының бұйрығы адамдардың құқықтары мен міндеттерін қозғайды: «{quote}»",
      message: "Ведомство басшысының бұйрығы адамдардың құқықтарын немесе міндеттерін белгілейді («{quote}»); сараптамалық тексеруді қажет етеді.",
      explanation:
        "Орталық мемлекеттік органдар ведомстволары басшыларының нормативтік құқықтық бұйрықтары ведомство құрылымына кіретін мемлекеттік органның актілерінде берілген құзырет болған кезде қабылданады және адам мен азаматтың құқықтары мен бостандықтарын қозғай алмайды («Құқықтық актілер туралы» Заңның 7-бабының 6-тармағы). Мұндай бұйрықтағы жеке және заңды тұлғалардың құқықтары немесе міндеттері туралы норма — осы нормамен ықтимал қайшылық. Оны министрдің (орталық мемлекеттік орган басшысының) бұйрығымен қабылдау не алып тастау ұсынылады.",
    },
    en: {
      title: "Agency head's order touches persons' rights and duties: «{quote}»",
      message: "The order of an agency head sets rights or duties of persons («{quote}»); requires expert review.",
      explanation:
        "Normative orders of heads of agencies of central state bodies are adopted only with competence granted by the acts of the parent body and may not affect human and civil rights and freedoms (Law \"On Legal Acts\" art. 7(6)). A norm on rights or duties of individuals or legal entities in such an order is a possible conflict with this norm. Adopt it by the minister's (head of the central body's) order or remove it.",
    },
  },
  detect(ctx) {
    // One finding per act, on the first norm that touches persons: the remedy (a minister's order) is for the whole act.
    // Only an act that reads as an order («ПРИКАЗЫВАЮ:», «БҰЙЫРАМЫН:»), and only its text after the formula.
    const f = operativeFormula(ctx);
    if (!f || !/^(?:приказыва|бұйыра)/u.test(f.p.folded.slice(f.start, f.end))) return [];
    // Deprivation or restriction of a right is reported wherever it stands; otherwise the first norm on persons.
    const spans: RuleSpan[] = [];
    let first: RuleSpan | null = null;
    for (const p of ctx.content()) {
      const para = positionOf(ctx, p);
      if (para <= f.para) continue;
      const re = DEPRIVATION[p.language];
      re.lastIndex = 0;
      let d: RegExpExecArray | null;
      while ((d = re.exec(p.folded)) !== null) spans.push({ para, start: d.index, end: d.index + d[0].length });
      if (!first && p.quoted === false) {
        const m = RIGHTS_TRIGGER[p.language].exec(p.folded);
        if (m) first = { para, start: m.index, end: m.index + m[0].length };
      }
    }
    if (spans.length === 0 && first) spans.push(first);
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "agency-order",
        text: [
          "Приказ Председателя Комитета транспорта Министерства транспорта Республики Казахстан",
          "ПРИКАЗЫВАЮ:",
          "1. Владельцы транспортных средств обязаны представлять в Комитет сведения о выполненных рейсах ежемесячно.",
        ].join("\n"),
        quote: "Владельцы транспортных средств обязаны",
      },
      {
        lang: "ru",
        actType: "agency-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Физические и юридические лица, осуществляющие ввоз товаров, представляют уведомление по форме согласно приложению к настоящему приказу.",
        ].join("\n"),
        quote: "юридические лица, осуществляющие ввоз товаров, представляют",
      },
      {
        lang: "kk",
        actType: "agency-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Жеке және заңды тұлғалар тауарларды әкелу туралы хабарламаны осы бұйрыққа қосымшаға сәйкес нысан бойынша ұсынады.",
        ].join("\n"),
        quote: "заңды тұлғалар тауарларды әкелу туралы хабарламаны осы бұйрыққа қосымшаға сәйкес нысан бойынша ұсынады",
      },
      {
        lang: "kk",
        actType: "agency-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Дара кәсіпкерлер есептілікті ай сайын Комитетке тапсыруға міндетті.",
        ].join("\n"),
        quote: "Дара кәсіпкерлер есептілікті ай сайын Комитетке тапсыруға міндетті",
      },
      {
        lang: "ru",
        actType: "agency-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемые Правила аккредитации оценщиков.",
          "2. Оценщики, не представившие отчет в срок, лишаются права проводить оценку в течение одного года.",
        ].join("\n"),
        quote: "лишаются права проводить оценку",
      },
      {
        lang: "kk",
        actType: "agency-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Қоса беріліп отырған Бағалаушыларды аккредиттеу қағидалары бекітілсін.",
          "2. Есепті мерзімінде ұсынбаған бағалаушылар бір жыл бойы бағалау жүргізу құқығынан айырылады.",
        ].join("\n"),
        quote: "бағалау жүргізу құқығынан айырылады",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "agency-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемый Регламент работы аттестационной комиссии Комитета.",
          "2. Член комиссии, имеющий конфликт интересов, не вправе участвовать в голосовании.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "agency-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Комитеттің аттестаттау комиссиясының қоса беріліп отырған жұмыс регламенті бекітілсін.",
          "2. Мүдделер қақтығысы бар комиссия мүшесі дауыс беруге қатыспайды.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "agency-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Утвердить прилагаемую форму отчета территориальных департаментов Комитета о проведенных проверках.",
          "2. Управлению методологии Комитета обеспечить размещение настоящего приказа на интернет-ресурсе Комитета.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Владельцы транспортных средств обязаны представлять сведения о выполненных рейсах ежемесячно.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "agency-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Комитеттің аумақтық департаменттерінің жүргізілген тексерулер туралы есебінің қоса беріліп отырған нысаны бекітілсін.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. Дара кәсіпкерлер есептілікті ай сайын тапсыруға міндетті.",
        ].join("\n"),
      },
    ],
  },
});
