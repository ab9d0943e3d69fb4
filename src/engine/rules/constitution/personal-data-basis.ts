import { findAll, wordRegex } from "../../document/match";
import type { Language } from "../../../contract";
import { positionOf, sentenceBounds } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/** Personal or biometric data. */
const DATA: Record<Language, RegExp> = {
  ru: wordRegex(
    [
      "(?:персональн|биометрическ)\\p{L}*\\s+данн\\p{L}*",
      // Data about people named by what they are: «сведения о получателях», «индивидуальный идентификационный номер».
      "сведени\\p{L}*\\s+о\\s+(?:получател|физических\\s+лиц|лицах|владельц|покупател|пользовател|клиент|посетител|пациент|заявител|гражданах|работник|обучающ|абонент)\\p{L}*",
      "индивидуальн\\p{L}*\\s+идентификационн\\p{L}*\\s+номер\\p{L}*",
      "сведени\\p{L}*\\s+о\\s+геолокаци\\p{L}*|геолокаци\\p{L}*\\s+(?:пользовател|клиент|граждан|лиц)\\p{L}*",
      "адрес\\p{L}*\\s+(?:места\\s+)?(?:проживания|жительства)",
      "видеозапис\\p{L}*",
      "изображени\\p{L}*\\s+(?:пассажир|посетител|граждан|лиц|клиент|покупател|пользовател)\\p{L}*",
    ].join("|"),
  ),
  kk: wordRegex(
    [
      "(?:дербес|биометриялық)\\s+деректер\\p{L}*",
      "(?:алушылар|тұлғалар|иелер|сатып\\s+алушы|пайдаланушылар|келушілер|өтініш\\s+берушілер|азаматтар|клиенттер)\\p{L}*\\s+туралы\\s+мәліметтер\\p{L}*",
      "жеке\\s+сәйкестендіру\\s+нөмір\\p{L}*",
      "тұрғылықты\\s+(?:жерінің\\s+)?мекенжай\\p{L}*",
      "геолокация\\p{L}*",
      "бейнежазба\\p{L}*",
    ].join("|"),
  ),
};

/** Data opened to anyone, or kept with no end: no purpose or term can make that proportionate. */
const UNBOUNDED: Record<Language, RegExp> = {
  ru: /в\s+открытом\s+доступе|иным\s+заинтересованным|третьим\s+лицам\s+без|без\s+ограничени\p{L}*\s+срок|бессрочно/u,
  kk: /шектеусіз|мерзімсіз|үшінші\s+тұлғаларға|сақтау\s+мерзімін\s+өзі\s+айқындайды|ашық\s+қолжетімділікте/u,
};

/** Collection, processing, storage, transfer or publication. */
const PROCESSING: Record<Language, RegExp> = {
  ru: /(?<![\p{L}])(?:сбор|собира|собран|обработк|обрабатыва|передач|передава|переда[её]т|передают|передаются|передается|хранени|хран(?:ит|ят|ятся|ится)|размеща|публику|опубликов|распростран|предоставля|направля|обмен|использ|получа|фиксир|сканир|внос(?:ит|ят|ится|ятся)|занос)\p{L}*/u,
  kk: /(?<![\p{L}])(?:жина|өңде|беріл|береді|береді|беру|сақта|орналастыр|жарияла|тарат|ұсын|жібер|алмас|пайдалан|ал(?:ады|ынады)|тірке)\p{L}*/u,
};

/** A legal basis, the data subject's consent, a purpose or a term. */
const BASIS: Record<Language, RegExp> = {
  ru: /о\s+персональных\s+данных|в\s+соответствии\s+с\s+(?:закон|законодательств|кодекс|пункт|стать|подпункт)|(?:предусмотренн|установленн)\p{L}*\s+(?:закон|законодательств|кодекс)|законодательств\p{L}*\s+(?:республики\s+казахстан\s+)?о\s+персональн|с\s+соблюдением\s+(?:требований\s+)?законодательств|согласи|в\s+целях|для\s+целей|с\s+целью|для\s+(?:учета|оказания|предоставления|проведения|назначения|исполнения|обеспечения|идентификаци|осуществления|выполнения|расчета|начисления|получения)|цел(?:ь|и)\s+(?:сбора|обработки)|срок\p{L}*\s+хранени|в\s+течение\s+\S+\s+(?:лет|год|месяц|дн)/u,
  kk: /дербес\s+деректер\s+және\s+оларды\s+қорғау\s+туралы|(?:заң|заңнама|кодекс)\p{L}*\s+сәйкес|(?:заң|заңнама|кодекс)\p{L}*\s+(?:көзделген|белгіленген)|келісім|мақсатында|(?:алу|көрсету|ұсыну|жүргізу|тағайындау|орындау|қамтамасыз\s+ету|сәйкестендіру|есептеу|есепке\s+алу)\s+үшін|мақсаттары\s+үшін|мақсаты\s+үшін|сақтау\s+мерзім|(?:жыл|ай|күн)\s+ішінде|жыл\s+бойы/u,
};

/** Norms that protect the data or define it, not process it. */
const PROTECTIVE: Record<Language, RegExp> = {
  ru: /разглаш|защит|без\s+указания|обеспечива\p{L}*\s+(?:хранени|сохранност|целостност)|за\s+исключением|кроме\s+сведений|конфиденциальн|не\s+допуска|запрещ|не\s+вправе|безопасност|понятия|означает|(?:персональн\p{L}*\s+данн\p{L}*)\s*[–—-]\s*сведени/u,
  kk: /жария\s+етуге\s+жол\s+берілмейді|көрсетпей|көрсетілмей|қорға|қоспағанда|құпия|тыйым|жол\s+берілмейді|құқығы\s+жоқ|қауіпсіздіг|ұғымдар|дегеніміз/u,
};

export default defineRule({
  id: "CONST-PERSONAL-DATA-BASIS",
  pack: "constitution",
  brief: ["C-18"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "21", paragraph: "1" },
  messages: {
    ru: {
      title: "Персональные данные без основания и цели: «{quote}»",
      message: "Норма предусматривает обработку («{quote}»), но в том же пункте не указаны правовое основание, цель, согласие или срок; требует экспертной проверки.",
      explanation:
        "Конституция 2026 года гарантирует защиту персональных данных от незаконного сбора, обработки, хранения и использования, в том числе с применением цифровых технологий (п. 1 ст. 21). Сбор, обработка и передача персональных (в том числе биометрических) данных должны основываться на законе (Закон «О персональных данных и их защите»), иметь определённую цель и срок либо согласие субъекта. Норма без этих условий создаёт возможное противоречие. Рекомендуется указать цель, срок хранения и правовое основание («в соответствии с Законом Республики Казахстан «О персональных данных и их защите»»).",
    },
    kk: {
      title: "Негізі мен мақсаты жоқ дербес деректер: «{quote}»",
      message: "Норма өңдеуді көздейді («{quote}»), бірақ сол тармақта құқықтық негіз, мақсат, келісім немесе мерзім көрсетілмеген; сараптамалық тексеруді қажет етеді.",
      explanation:
        "2026 жылғы Конституция дербес деректерді, оның ішінде цифрлық технологияларды қолдана отырып, заңсыз жинаудан, өңдеуден, сақтаудан және пайдаланудан қорғауға кепілдік береді (21-баптың 1-тармағы). Дербес (оның ішінде биометриялық) деректерді жинау, өңдеу және беру заңға («Дербес деректер және оларды қорғау туралы» Заң) негізделуге, белгілі бір мақсаты мен мерзімі болуға немесе субъектінің келісіміне сүйенуге тиіс. Мұндай шарттары жоқ норма ықтимал қайшылық туғызады. Мақсатын, сақтау мерзімін және құқықтық негізін көрсету ұсынылады («Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңына сәйкес»).",
    },
    en: {
      title: "Personal data without basis or purpose: «{quote}»",
      message: "The norm provides for processing («{quote}») but the same unit names no legal basis, purpose, consent or term; requires expert review.",
      explanation:
        "The 2026 Constitution protects personal data against unlawful collection, processing, storage and use, including with digital technologies (art. 21(1)). Collecting, processing or transferring personal (including biometric) data must rest on the law (Law \"On Personal Data and Their Protection\"), have a defined purpose and term, or the data subject's consent. A norm without these conditions is a possible conflict. State the purpose, the retention term and the legal basis (e.g. «in accordance with the Law \"On Personal Data and Their Protection\"»).",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const lang = p.language;
      // The unit: one paragraph (a point or subpoint of the act).
      const unbounded = UNBOUNDED[lang].exec(p.folded);
      if (!PROCESSING[lang].test(p.folded) || PROTECTIVE[lang].test(p.folded)) continue;
      if (!unbounded && BASIS[lang].test(p.folded)) continue;
      // «персональные данные, в том числе биометрические данные»: the biometric data are the graver part, quoted.
      const all = findAll(DATA[lang], p.text, p.folded);
      const m =
        all.find((x) => /биометр/u.test(p.folded.slice(x.start, x.end))) ??
        all.find((x) => /персональн|дербес/u.test(p.folded.slice(x.start, x.end))) ??
        all[0];
      if (!m) continue;
      // The quote takes in what is done with the data («передает сведения о получателях», «деректерін жинайды»)
      // and, where the text says so, that it is opened to anyone or kept without end.
      const b = sentenceBounds(p, m.start);
      const verbs = [...p.folded.slice(b.start, b.end).matchAll(new RegExp(PROCESSING[lang].source, "gu"))].map((v) => ({
        start: b.start + v.index!,
        end: b.start + v.index! + v[0].length,
      }));
      const verb = verbs.sort((x, y) => Math.abs(x.start - m.start) - Math.abs(y.start - m.start)).find((v) => v.end <= m.start || v.start >= m.end);
      const ends = [m, ...(verb && Math.abs(verb.start - m.start) < 160 ? [verb] : []), ...(unbounded && unbounded.index >= b.start && unbounded.index < b.end ? [{ start: unbounded.index, end: unbounded.index + unbounded[0].length }] : [])];
      spans.push({ para: positionOf(ctx, p), start: Math.min(...ends.map((e) => e.start)), end: Math.max(...ends.map((e) => e.end)) });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. Организации образования ежемесячно передают персональные данные обучающихся и их родителей в отдел образования.",
        quote: "передают персональные данные",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "9. При входе в здание осуществляется сбор биометрических данных посетителей с использованием системы видеонаблюдения.",
        quote: "сбор биометрических данных",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "5. Білім беру ұйымдары ай сайын білім алушылар мен олардың ата-аналарының дербес деректерін білім бөліміне береді.",
        quote: "дербес деректерін білім бөліміне береді",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "9. Ғимаратқа кіру кезінде бейнебақылау жүйесін пайдалана отырып, келушілердің биометриялық деректері жиналады.",
        quote: "биометриялық деректері жиналады",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "3. Сведения о физических лицах, сдавших лом, включая индивидуальный идентификационный номер и фотографию, ежедневно передаются в органы внутренних дел.",
        quote: "Сведения о физических лицах, сдавших лом, включая индивидуальный идентификационный номер и фотографию, ежедневно передаются",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "3. Тіркеу кезінде иесі өзінің дербес деректерін ұсынады, бұл деректер үшінші тұлғаларға шектеусіз беріледі.",
        quote: "дербес деректерін ұсынады, бұл деректер үшінші тұлғаларға",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "7. Отдел размещает на своем интернет-ресурсе перечень учтенных пасек без указания персональных данных их владельцев.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "7. Бөлім өзінің интернет-ресурсында есепке алынған омарталардың тізбесін иелерінің дербес деректерін көрсетпей орналастырады.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. Организации образования передают персональные данные обучающихся в отдел образования в соответствии с Законом Республики Казахстан «О персональных данных и их защите».",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "9. Члены комиссии не вправе разглашать персональные данные кандидатов, ставшие им известными в ходе конкурса.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "5. Білім беру ұйымдары білім алушылардың дербес деректерін «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңына сәйкес білім бөліміне береді.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "9. Комиссия мүшелері конкурс барысында өздеріне белгілі болған кандидаттардың дербес деректерін жария етуге құқығы жоқ.",
      },
    ],
  },
});
