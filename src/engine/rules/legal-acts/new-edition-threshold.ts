import { actQuote, parseAmendments, type Amendment } from "../../document/amendments";
import { isLegislative } from "../../document/act-type";
import { numberParts } from "../../document/structure";
import { defineRule, type RuleSpan } from "../types";

/**
 * ZPA 26(9): when more than half of an act's text changes, a new edition is adopted; the unit of count is the
 * article (laws) or the point (other acts). One draft seldom says how many units the amended act has, so the
 * check is a lower bound: the highest unit number the block of amendments to one act mentions is at most the
 * number of units of that act. When at least ten units are changed and they make up three quarters or more of
 * that bound, the share is clearly high, and it is reported as info for expert review.
 */
const MIN_CHANGED = 10;
const SHARE = 0.75;

export default defineRule({
  id: "LA-NEW-EDITION-THRESHOLD",
  pack: "legal-acts",
  brief: ["L-17"],
  severity: "info",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "26", paragraph: "9" },
  messages: {
    ru: {
      title: "Возможно, требуется новая редакция акта: «{quote}»",
      message: "«{quote}»: изменяется {changed} {unit_ru} из не менее чем {total}; требует экспертной проверки, не превышает ли объём изменений половину текста акта.",
      explanation:
        "Если изменения затрагивают более половины текста нормативного правового акта, принимается новая редакция акта; единица счёта — статья для законов и пункт для иных актов (Закон «О правовых актах», п. 9 ст. 26; не применяется к законопроектам, находящимся на рассмотрении Парламента). Число единиц изменяемого акта проект обычно не указывает, поэтому оценка дана снизу — по наибольшему номеру, упомянутому в изменениях. Рекомендуется сверить объём изменений с текстом действующего акта.",
    },
    kk: {
      title: "Актінің жаңа редакциясы қажет болуы мүмкін: «{quote}»",
      message: "«{quote}»: кемінде {total} {unit_kk} ішінен {changed} өзгертіледі; өзгерістер көлемі акт мәтінінің жартысынан асатын-аспайтыны сараптамалық тексеруді қажет етеді.",
      explanation:
        "Өзгерістер нормативтік құқықтық акт мәтінінің жартысынан астамын қамтыса, актінің жаңа редакциясы қабылданады; есептеу бірлігі заңдар үшін — бап, өзге актілер үшін — тармақ («Құқықтық актілер туралы» Заңның 26-бабының 9-тармағы; Парламенттің қарауындағы заң жобаларына қолданылмайды). Жоба әдетте өзгертілетін актінің бірліктер санын көрсетпейді, сондықтан бағалау төменнен — өзгерістерде аталған ең үлкен нөмір бойынша беріледі. Өзгерістер көлемін қолданыстағы акт мәтінімен салыстыру ұсынылады.",
    },
    en: {
      title: "A new edition of the act may be required: «{quote}»",
      message: "«{quote}»: {changed} {unit_en} of at least {total} are changed; whether the changes exceed half of the act requires expert review.",
      explanation:
        "When changes affect more than half of the text of a normative legal act, a new edition is adopted; the unit of count is the article for laws and the point for other acts (Law \"On Legal Acts\" art. 26(9); not for bills already before Parliament). A draft seldom says how many units the amended act has, so the estimate is a lower bound: the highest number mentioned in the changes. Compare the volume of changes with the act in force.",
    },
  },
  detect(ctx) {
    const ps = ctx.doc.paragraphs;
    const { blocks, amendments } = parseAmendments(ps);
    const spans: RuleSpan[] = [];
    blocks.forEach((b, bi) => {
      const law = b.act.form === "закон" || b.act.form === "кодекс" || b.act.form === "заң" || (b.act.form === undefined && isLegislative(ctx.doc.actType));
      const level: "article" | "point" = law ? "article" : "point";
      const changed = new Set<number>();
      let max = 0;
      const mine = amendments.filter((a: Amendment) => a.block === bi);
      const baseOf = (n: string | undefined) => {
        const b = n ? numberParts(n)[0] : undefined;
        return b === undefined || Number.isNaN(b) ? undefined : b;
      };
      for (const a of mine) {
        // A new unit («пунктом 5-1», «пунктом 12») shows that the units up to its base number exist.
        if (a.kind === "add-unit" && a.newUnit?.unit === level) {
          for (const n of a.newUnit.numbers) max = Math.max(max, baseOf(n) ?? 0);
          continue;
        }
        const base = baseOf(level === "article" ? a.target.article : a.target.point);
        if (base === undefined) continue;
        changed.add(base);
        max = Math.max(max, base);
      }
      if (changed.size < MIN_CHANGED || max === 0 || changed.size < SHARE * max) return;
      const p = ps[b.para]!;
      const q = actQuote(p, b);
      spans.push({
        para: b.para,
        start: q.start,
        end: q.end,
        data: {
          changed: String(changed.size),
          total: String(max),
          unit_ru: law ? "статей" : "пунктов",
          unit_kk: law ? "баптың" : "тармақтың",
          unit_en: law ? "articles" : "points",
        },
      });
    });
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Внести в приказ Министра финансов Республики Казахстан от 5 мая 2023 года № 452 «Об утверждении Правил выдачи справок» следующие изменения:",
          "в Правилах выдачи справок, утвержденных указанным приказом:",
          ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => `пункт ${n} изложить в следующей редакции:\n«${n}. Справка выдается в порядке, установленном настоящими Правилами.»;`),
          "пункт 12 исключить.",
        ].join("\n"),
        quote: "приказ Министра финансов Республики Казахстан от 5 мая 2023 года № 452",
      },
      {
        lang: "ru",
        actType: "amendment-law",
        text: [
          "Статья 1.",
          "1. Внести в Закон Республики Казахстан от 16 апреля 1997 года «О жилищных отношениях» следующие изменения:",
          ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `статью ${n} изложить в следующей редакции:\n«Статья ${n}. Порядок\nЖилище предоставляется в порядке, установленном законодательством.»;`),
        ].join("\n"),
        quote: "Закон Республики Казахстан от 16 апреля 1997 года «О жилищных отношениях»",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. «Анықтамалар беру қағидаларын бекіту туралы» Қазақстан Республикасы Қаржы министрінің 2023 жылғы 5 мамырдағы № 452 бұйрығына мынадай өзгерістер енгізілсін:",
          "көрсетілген бұйрықпен бекітілген Анықтамалар беру қағидаларында:",
          ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => `${n}-тармақ мынадай редакцияда жазылсын:\n«${n}. Анықтама осы Қағидаларда белгіленген тәртіппен беріледі.»;`),
          "12-тармақ алып тасталсын.",
        ].join("\n"),
        quote: "2023 жылғы 5 мамырдағы № 452 бұйрығына",
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: [
          "1-бап.",
          "1. «Тұрғын үй қатынастары туралы» 1997 жылғы 16 сәуірдегі Қазақстан Республикасының Заңына мынадай өзгерістер енгізілсін:",
          ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `${n}-бап мынадай редакцияда жазылсын:\n«${n}-бап. Тәртіп\nТұрғын үй заңнамада белгіленген тәртіппен беріледі.»;`),
        ].join("\n"),
        quote: "1997 жылғы 16 сәуірдегі Қазақстан Республикасының Заңына",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Внести в приказ Министра финансов Республики Казахстан от 5 мая 2023 года № 452 «Об утверждении Правил выдачи справок» следующие изменения:",
          "пункт 3 изложить в следующей редакции:",
          "«3. Справка выдается бесплатно.»;",
          "пункт 40 исключить.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "ПРИКАЗЫВАЮ:",
          "1. Внести в приказ Министра финансов Республики Казахстан от 5 мая 2023 года № 452 «Об утверждении Правил выдачи справок» следующие изменения:",
          ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `пункт ${n * 4} изложить в следующей редакции:\n«${n * 4}. Справка выдается в порядке, установленном настоящими Правилами.»;`),
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. «Анықтамалар беру қағидаларын бекіту туралы» Қазақстан Республикасы Қаржы министрінің 2023 жылғы 5 мамырдағы № 452 бұйрығына мынадай өзгерістер енгізілсін:",
          "3-тармақ мынадай редакцияда жазылсын:",
          "«3. Анықтама тегін беріледі.»;",
          "40-тармақ алып тасталсын.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "БҰЙЫРАМЫН:",
          "1. «Анықтамалар беру қағидаларын бекіту туралы» Қазақстан Республикасы Қаржы министрінің 2023 жылғы 5 мамырдағы № 452 бұйрығына мынадай өзгерістер енгізілсін:",
          ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `${n * 4}-тармақ мынадай редакцияда жазылсын:\n«${n * 4}. Анықтама осы Қағидаларда белгіленген тәртіппен беріледі.»;`),
        ].join("\n"),
      },
    ],
  },
});
