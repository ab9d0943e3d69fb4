import type { ActType } from "../../../contract";
import { defineRule } from "../types";
import { RIA_ACT_TYPES, findCancellation, riaTriggered, triggerList } from "./common";

const TYPES: readonly ActType[] = RIA_ACT_TYPES.filter((t) => t !== "presidential-decree");

export default defineRule({
  id: "RIA-ONE-IN-TWO-OUT",
  pack: "ria",
  brief: ["R-02"],
  severity: "warning",
  actTypes: TYPES,
  languages: ["ru", "kk"],
  citation: { act: "entrepreneurial-code", article: "82", paragraph: "2" },
  messages: {
    ru: {
      title: "Принцип «одно введенное — два отмененных требования»",
      message: "Проект вводит требования ({triggers}), но не видно, какие два требования в той же сфере отменяются.",
      explanation:
        "При введении нового требования или ужесточении регулирования должны отменяться два действующих требования в той же сфере регулирования (Предпринимательский кодекс, п. 2 ст. 82). Исключения: угроза массового причинения вреда жизни, здоровью, окружающей среде или национальной безопасности, первичное регулирование, финансовый сектор, ПОД/ФТ. Рекомендуется указать отменяемые требования в проекте или обосновать исключение в результатах АРВ; требует экспертной проверки.",
    },
    kk: {
      title: "«Бір талап енгізілсе — екеуінің күші жойылады» қағидаты",
      message: "Жоба талаптар енгізеді ({triggers}), бірақ сол салада қандай екі талаптың күші жойылатыны көрінбейді.",
      explanation:
        "Жаңа талап енгізілген немесе реттеу қатаңдатылған кезде сол реттеу саласындағы қолданыстағы екі талаптың күші жойылуға тиіс (Кәсіпкерлік кодекстің 82-бабының 2-тармағы). Ерекшеліктер: өмірге, денсаулыққа, қоршаған ортаға немесе ұлттық қауіпсіздікке жаппай зиян келтіру қатері, алғашқы реттеу, қаржы секторы, КЖ/ТҚ. Күші жойылатын талаптарды жобада көрсету немесе ерекшелікті РӘТ нәтижелерінде негіздеу ұсынылады; сараптамалық тексеруді қажет етеді.",
    },
    en: {
      title: "\"One in, two out\"",
      message: "The draft introduces requirements ({triggers}) but does not show which two requirements in the same area are cancelled.",
      explanation:
        "A new requirement or tighter regulation must cancel two existing requirements in the same area of regulation (Entrepreneurial Code art. 82(2)). Exceptions: a threat of mass harm to life, health, the environment or national security; first-time regulation; the financial sector; AML/CFT. State the cancelled requirements in the draft or justify the exception in the RIA results; requires expert review.",
    },
  },
  detect(ctx) {
    const { triggers: all, exempt } = riaTriggered(ctx.doc);
    // PK 82(2) asks to cancel two *requirements* for a new requirement or tightening. Liability is a separate
    // regulatory instrument (PK 81(2)(3)) whose introduction PK 82(5) governs on its own terms (RIA-BUSINESS-LIABILITY),
    // so a draft that only adds liability is not flagged here. Duties inferred from the present tense are too weak
    // a signal for this document-level warning; the requirement must be named (permit, report, inspection …).
    const triggers = all.filter((t) => t.kind !== "liability" && !t.inferred);
    if (triggers.length === 0 || exempt) return [];
    if (findCancellation(ctx.doc)) return [];
    return [{ para: null, start: 0, end: 0, data: { triggers: triggerList(triggers) }, confidence: 0.6 }];
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "1. Субъекты предпринимательства, осуществляющие деятельность по сбору и вывозу коммунальных отходов, обязаны получить разрешение уполномоченного органа.",
        quote: "",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "2. Перевозчики обязаны проходить аттестацию в уполномоченном органе один раз в три года.",
        quote: "",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "1. Коммуналдық қалдықтарды жинау және шығару жөніндегі қызметті жүзеге асыратын кәсіпкерлік субъектілері уәкілетті органнан рұқсат алуға міндетті.",
        quote: "",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "2. Тасымалдаушылар үш жылда бір рет уәкілетті органда аттестаттаудан өтуге міндетті.",
        quote: "",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: [
          "1. Операторы связи ежеквартально представляют в уполномоченный орган отчет о качестве услуг связи.",
          "2. Неисполнение обязанности, предусмотренной пунктом 1, влечет штраф на юридических лиц в размере ста месячных расчетных показателей.",
        ].join("\n"),
        quote: "",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: [
          "1. Байланыс операторлары уәкілетті органға байланыс қызметтерінің сапасы туралы есепті тоқсан сайын ұсынады.",
          "2. 1-тармақта көзделген міндетті орындамау заңды тұлғаларға жүз айлық есептік көрсеткіш мөлшерінде айыппұл салуға әкеп соғады.",
        ].join("\n"),
        quote: "",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Субъекты предпринимательства, осуществляющие деятельность по сбору и вывозу коммунальных отходов, обязаны получить разрешение уполномоченного органа.",
          "2. Признать утратившими силу пункты 5 и 7 Правил сбора и вывоза коммунальных отходов, утвержденных приказом Министра экологии от 1 марта 2022 года № 45.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "1. Уполномоченный орган в течение пяти рабочих дней рассматривает заявку и выдает разрешение либо мотивированный отказ.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Коммуналдық қалдықтарды жинау және шығару жөніндегі қызметті жүзеге асыратын кәсіпкерлік субъектілері уәкілетті органнан рұқсат алуға міндетті.",
          "2. Коммуналдық қалдықтарды жинау және шығару қағидаларының 5 және 7-тармақтары алып тасталсын.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "1. Уәкілетті орган өтінімді бес жұмыс күні ішінде қарайды.",
      },
      {
        lang: "ru",
        actType: "amendment-law",
        text: [
          "Статья 1. Внести в Кодекс Республики Казахстан об административных правонарушениях следующее дополнение:",
          "статью 281 дополнить частью 3 следующего содержания:",
          "«3. Нарушение субъектами предпринимательства правил ввоза семян, совершенное повторно в течение года после наложения административного взыскания, – влечет штраф на юридических лиц в размере двухсот месячных расчетных показателей.».",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "amendment-law",
        text: [
          "1-бап. Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексіне мынадай толықтыру енгізілсін:",
          "281-бап мынадай мазмұндағы 3-бөлікпен толықтырылсын:",
          "«3. Кәсіпкерлік субъектілерінің тұқым әкелу қағидаларын әкімшілік жаза қолданылғаннан кейін бір жыл ішінде қайталап бұзуы – заңды тұлғаларға екі жүз айлық есептік көрсеткіш мөлшерінде айыппұл салуға әкеп соғады.».",
        ].join("\n"),
      },
    ],
  },
});
