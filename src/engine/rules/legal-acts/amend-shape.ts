import { bodyHead, leadingNumber, parseAmendments, type Amendment, type AmendUnit } from "../../document/amendments";
import { numberParts } from "../../document/structure";
import { defineRule, type RuleSpan } from "../types";

/**
 * The new text must have the shape the instruction announces: «дополнить пунктом 3-1» → a block opening
 * «3-1.»; «пункт 5 изложить в следующей редакции» → «5. …»; «подпунктом 4-1)» → «4-1)»; «статью 7 изложить»
 * → «Статья 7.». And an insertion numbered as a plain next number («дополнить пунктом 4») while the same
 * amendment block shows that point 4 or a later one already exists (it restates, changes or excludes it) must
 * take the «-1» form (ZPA 26(7)).
 */
const CHECKED: readonly AmendUnit[] = ["point", "subpoint", "article", "chapter"];

const FORM: Record<string, (n: string, lang: "ru" | "kk") => string> = {
  point: (n) => `${n}.`,
  subpoint: (n) => `${n})`,
  article: (n, lang) => (lang === "kk" ? `${n}-бап.` : `Статья ${n}.`),
  chapter: (n, lang) => (lang === "kk" ? `${n}-тарау.` : `Глава ${n}.`),
};

const UNIT_NAME: Record<string, { ru: string; kk: string; en: string }> = {
  point: { ru: "пункт", kk: "тармақ", en: "point" },
  subpoint: { ru: "подпункт", kk: "тармақша", en: "subpoint" },
  article: { ru: "статья", kk: "бап", en: "article" },
  chapter: { ru: "глава", kk: "тарау", en: "chapter" },
};

/** Where a unit of `unit` kind lives: the numbers of the levels above it. */
function containerKey(a: Amendment, unit: AmendUnit): string {
  const t = a.target;
  const parts = [a.block, t.annex ?? ""];
  if (unit === "point" || unit === "subpoint") parts.push(t.article ?? "");
  if (unit === "subpoint") parts.push(t.point ?? "");
  return parts.join("|");
}

export default defineRule({
  id: "LA-AMEND-SHAPE",
  pack: "legal-acts",
  brief: ["L-16"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "26", paragraph: "7" },
  messages: {
    ru: {
      title: "Новый текст не соответствует формуле изменения: «{quote}»",
      message: "«{quote}»: {detail_ru}",
      explanation:
        "Изменяемый структурный элемент излагается в новой редакции целиком, с его номером (Закон «О правовых актах», п. 6 ст. 26), а новые элементы включаются под дополнительными номерами, дублирующими номер предыдущего: пункты 2-1, 2-2, подпункты 8-1) (п. 7 ст. 26); номера существующих элементов не изменяются (п. 6 ст. 27). Если номер в новом тексте расходится с формулой («дополнить пунктом 3-1» — «3-2.»), или вставка между существующими элементами получает следующий целый номер, после внесения изменений в акте появятся два элемента с одним номером или элемент не на своём месте. Рекомендуется сверить номер в формуле и в новом тексте.",
    },
    kk: {
      title: "Жаңа мәтін өзгеріс тұжырымына сәйкес келмейді: «{quote}»",
      message: "«{quote}»: {detail_kk}",
      explanation:
        "Өзгертілетін құрылымдық элемент өз нөмірімен бірге толық жаңа редакцияда жазылады («Құқықтық актілер туралы» Заңның 26-бабының 6-тармағы), ал жаңа элементтер алдыңғы элементтің нөмірін қайталайтын қосымша нөмірлермен енгізіледі: 2-1, 2-2-тармақтар, 8-1) тармақша (26-баптың 7-тармағы); қолданыстағы элементтердің нөмірлері өзгертілмейді (27-баптың 6-тармағы). Жаңа мәтіндегі нөмір тұжырыммен сәйкес келмесе («3-1-тармақпен толықтырылсын» — «3-2.») немесе қолданыстағы элементтердің арасына енгізілетін элемент келесі бүтін нөмірді алса, өзгерістер енгізілгеннен кейін актіде нөмірі бірдей екі элемент пайда болады. Тұжырымдағы және жаңа мәтіндегі нөмірді салыстыру ұсынылады.",
    },
    en: {
      title: "New text does not match the amendment formula: «{quote}»",
      message: "«{quote}»: {detail_en}",
      explanation:
        "An amended unit is restated in full with its number (Law \"On Legal Acts\" art. 26(6)); new units take added numbers repeating the preceding one: points 2-1, 2-2, subpoints 8-1) (art. 26(7)); existing numbers are not changed (art. 27(6)). When the number in the new text differs from the formula («add point 3-1» — «3-2.»), or an insertion between existing units takes the next whole number, the amended act ends up with two units under one number or a unit out of place. Check the number in the formula and in the new text.",
    },
  },
  detect(ctx) {
    const paragraphs = ctx.doc.paragraphs;
    const { amendments } = parseAmendments(paragraphs);
    const spans: RuleSpan[] = [];
    for (const a of amendments) {
      if (a.kind !== "restate" && a.kind !== "add-unit") continue;
      const lang = paragraphs[a.para]!.language;
      const unit = a.kind === "add-unit" ? a.newUnit?.unit : a.target.unit;
      const number = a.kind === "add-unit" ? a.newUnit?.numbers[0] : a.target.numbers?.[0];
      if (!unit || !number || !CHECKED.includes(unit) || !/^\d+(?:-\d+)*$/u.test(number)) continue;
      const expected = FORM[unit]!(number, lang);
      const name = UNIT_NAME[unit]!;
      const head = bodyHead(paragraphs, a);
      if (!head) continue;
      const hp = paragraphs[head.para]!;
      const rest = hp.text.slice(head.start, head.end);
      const ln = leadingNumber(rest);
      if (ln) {
        if (ln.unit === unit && ln.number === number) continue;
        // A restated point may open with its first subpoint only when the whole point is a list: never.
        spans.push({
          para: head.para,
          start: head.start,
          end: head.start + rest.slice(0, ln.length).trimEnd().length,
          data: {
            detail_ru: `по формуле изменения новый текст должен начинаться с «${expected}» (${name.ru} ${number}).`,
            detail_kk: `өзгеріс тұжырымы бойынша жаңа мәтін «${expected}» деп басталуға тиіс (${number} ${name.kk}).`,
            detail_en: `by the amendment formula the new text should open with «${expected}» (${name.en} ${number}).`,
          },
          suggestion: { replacement: expected },
        });
      } else if (unit === "point" || unit === "subpoint") {
        // The new text of a point or subpoint opens with its number; a bare text is a part or an indent.
        const words = /^\S+(?:\s+\S+){0,2}/u.exec(rest)?.[0];
        if (!words) continue;
        // Older acts restated points without their numbers: a style matter, reported as info.
        spans.push({
          para: head.para,
          start: head.start,
          end: head.start + words.replace(/[«»"“”„.,;:]+$/u, "").length,
          severity: "info",
          data: {
            detail_ru: `новый текст не начинается с номера «${expected}», объявленного в формуле изменения.`,
            detail_kk: `жаңа мәтін өзгеріс тұжырымында аталған «${expected}» нөмірінен басталмайды.`,
            detail_en: `the new text does not open with the number «${expected}» the formula announces.`,
          },
        });
      }
    }

    // «дополнить пунктом 4» while the same block restates, changes or excludes point 4 or a later one.
    const existing = new Map<string, number[]>();
    for (const a of amendments) {
      if (a.kind === "add-unit" || a.kind === "repeal" || a.kind === "cancel" || a.block < 0) continue;
      const unit = a.target.unit;
      if (!unit || !CHECKED.includes(unit)) continue;
      const key = `${unit}|${containerKey(a, unit)}`;
      for (const n of a.target.numbers ?? []) {
        const base = numberParts(n)[0];
        if (base !== undefined && !Number.isNaN(base)) existing.set(key, [...(existing.get(key) ?? []), base]);
      }
    }
    for (const a of amendments) {
      if (a.kind !== "add-unit" || !a.newUnit || a.block < 0) continue;
      const { unit, numbers } = a.newUnit;
      const n = numbers[0];
      if (!CHECKED.includes(unit) || !n || !/^\d+$/u.test(n) || Number(n) < 2) continue;
      const known = existing.get(`${unit}|${containerKey(a, unit)}`) ?? [];
      const later = known.filter((k) => k >= Number(n));
      if (later.length === 0) continue;
      const name = UNIT_NAME[unit]!;
      const ins = `${Number(n) - 1}-1`;
      const shown = Math.max(...later);
      spans.push({
        para: a.para,
        start: a.newUnit.start,
        end: a.newUnit.end,
        severity: "error",
        data: {
          detail_ru: `${name.ru} ${shown} уже есть в изменяемом акте (он изменяется в этом же пункте проекта), поэтому новый элемент, включаемый между существующими, получает номер «${ins}», а не ${n}.`,
          detail_kk: `өзгертілетін актіде ${shown} ${name.kk} бар (ол жобаның осы тармағында өзгертіледі), сондықтан қолданыстағы элементтердің арасына енгізілетін жаңа элемент ${n} емес, «${ins}» нөмірін алады.`,
          detail_en: `the amended act already has ${name.en} ${shown} (this draft amends it), so a unit inserted between existing ones is numbered «${ins}», not ${n}.`,
        },
        suggestion: { replacement: paragraphs[a.para]!.text.slice(a.newUnit.start, a.newUnit.end).replace(n, ins) },
      });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "в Правилах выдачи справок:\nдополнить пунктом 3-1 следующего содержания:\n«3-2. Справка выдается бесплатно.»;",
        quote: "3-2.",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "пункт 5 изложить в следующей редакции:\n«6. Заявление рассматривается в течение пяти рабочих дней.»;",
        quote: "6.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Внести в приказ Министра финансов Республики Казахстан от 5 мая 2023 года № 452 «Об утверждении Правил выдачи справок» следующие изменения:",
          "в Правилах выдачи справок, утвержденных указанным приказом:",
          "дополнить пунктом 4 следующего содержания:",
          "«4. Справка выдается бесплатно.»;",
          "пункт 7 изложить в следующей редакции:",
          "«7. Справка действительна один год.».",
        ].join("\n"),
        quote: "пунктом 4",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "пункт 5 дополнить подпунктом 4-1) следующего содержания:\n«4-1. план работ;»;",
        quote: "4-1.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "Анықтамалар беру қағидаларында:\nмынадай мазмұндағы 3-1-тармақпен толықтырылсын:\n«3-2. Анықтама тегін беріледі.»;",
        quote: "3-2.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "5-тармақ мынадай редакцияда жазылсын:\n«6. Өтініш бес жұмыс күні ішінде қаралады.»;",
        quote: "6.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. «Анықтамалар беру қағидаларын бекіту туралы» Қазақстан Республикасы Қаржы министрінің 2023 жылғы 5 мамырдағы № 452 бұйрығына мынадай өзгерістер енгізілсін:",
          "көрсетілген бұйрықпен бекітілген Анықтамалар беру қағидаларында:",
          "мынадай мазмұндағы 4-тармақпен толықтырылсын:",
          "«4. Анықтама тегін беріледі.»;",
          "7-тармақ мынадай редакцияда жазылсын:",
          "«7. Анықтама бір жыл бойы жарамды.».",
        ].join("\n"),
        quote: "4-тармақпен",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "5-тармақ мынадай мазмұндағы 4-1) тармақшамен толықтырылсын:\n«4-1. жұмыс жоспары;»;",
        quote: "4-1.",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Внести в приказ Министра финансов Республики Казахстан от 5 мая 2023 года № 452 «Об утверждении Правил выдачи справок» следующие изменения:",
          "в Правилах выдачи справок, утвержденных указанным приказом:",
          "дополнить пунктом 3-1 следующего содержания:",
          "«3-1. Справка выдается бесплатно.»;",
          "пункт 7 изложить в следующей редакции:",
          "«7. Справка действительна один год.»;",
          "дополнить пунктом 12 следующего содержания:",
          "«12. Споры разрешаются в судебном порядке.».",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "абзац второй пункта 5 изложить в следующей редакции:\n«Заявление рассматривается комиссией.»;\nпункт 6 дополнить подпунктом 4-1) следующего содержания:\n«4-1) план работ;»;",
      },
      {
        lang: "ru",
        actType: "law",
        text: "статью 7 изложить в следующей редакции:\n«Статья 7. Порядок выдачи справок\n1. Справка выдается бесплатно.»;",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. «Анықтамалар беру қағидаларын бекіту туралы» Қазақстан Республикасы Қаржы министрінің 2023 жылғы 5 мамырдағы № 452 бұйрығына мынадай өзгерістер енгізілсін:",
          "көрсетілген бұйрықпен бекітілген Анықтамалар беру қағидаларында:",
          "мынадай мазмұндағы 3-1-тармақпен толықтырылсын:",
          "«3-1. Анықтама тегін беріледі.»;",
          "7-тармақ мынадай редакцияда жазылсын:",
          "«7. Анықтама бір жыл бойы жарамды.»;",
          "мынадай мазмұндағы 12-тармақпен толықтырылсын:",
          "«12. Даулар сот тәртібімен шешіледі.».",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "5-тармақтың екінші абзацы мынадай редакцияда жазылсын:\n«Өтінішті комиссия қарайды.»;\n6-тармақ мынадай мазмұндағы 4-1) тармақшамен толықтырылсын:\n«4-1) жұмыс жоспары;»;",
      },
      {
        lang: "kk",
        actType: "law",
        text: "7-бап мынадай редакцияда жазылсын:\n«7-бап. Анықтамалар беру тәртібі\n1. Анықтама тегін беріледі.»;",
      },
    ],
  },
});
