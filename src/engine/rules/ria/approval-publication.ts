import { defineRule } from "../types";
import { APPROVAL, findPhraseInDoc, findRiaMention, PUBLICATION, RIA_ACT_TYPES, riaTriggered } from "./common";

export default defineRule({
  id: "RIA-APPROVAL-PUBLICATION",
  pack: "ria",
  brief: ["R-05"],
  severity: "info",
  actTypes: RIA_ACT_TYPES,
  languages: ["ru", "kk"],
  citation: { act: "entrepreneurial-code", article: "82", paragraph: "4" },
  messages: {
    ru: {
      title: "Одобрение и публикация результатов АРВ",
      message:
        "Проект ссылается на анализ регуляторного воздействия, но не упоминает его одобрение Межведомственной комиссией (или консультативно-совещательным органом при акимате) либо публикацию результатов.",
      explanation:
        "Новые регуляторные инструменты и требования вводятся только после одобрения Межведомственной комиссией по вопросам регулирования предпринимательской деятельности; для актов местного значения — консультативно-совещательным органом при акимате (Предпринимательский кодекс, п. 4 ст. 82, п. 7 ст. 83). Результаты АРВ размещаются на интернет-ресурсах (п. 8 ст. 83). Рекомендуется проверить, что одобрение получено и результаты опубликованы.",
    },
    kk: {
      title: "РӘТ нәтижелерін мақұлдау және жариялау",
      message:
        "Жоба реттеушілік әсерді талдауға сілтеме жасайды, бірақ оны Ведомствоаралық комиссияның (немесе әкімдік жанындағы консультативтік-кеңесші органның) мақұлдағаны не нәтижелерінің жарияланғаны айтылмайды.",
      explanation:
        "Жаңа реттеушілік құралдар мен талаптар Кәсіпкерлік қызметті реттеу мәселелері жөніндегі ведомствоаралық комиссия мақұлдағаннан кейін ғана енгізіледі; жергілікті маңызы бар актілер үшін — әкімдік жанындағы консультативтік-кеңесші орган (Кәсіпкерлік кодекстің 82-бабының 4-тармағы, 83-бабының 7-тармағы). РӘТ нәтижелері интернет-ресурстарда орналастырылады (83-баптың 8-тармағы). Мақұлдаудың алынғанын және нәтижелердің жарияланғанын тексеру ұсынылады.",
    },
    en: {
      title: "Approval and publication of the RIA",
      message:
        "The draft refers to a regulatory impact analysis but mentions neither its approval by the Interdepartmental Commission (or the akimat's consultative body) nor the publication of its results.",
      explanation:
        "New regulatory instruments and requirements are introduced only after approval by the Interdepartmental Commission on business regulation; for acts of local significance, by the akimat's consultative body (Entrepreneurial Code art. 82(4), art. 83(7)). RIA results are published online (art. 83(8)). Check that the approval was obtained and the results published.",
    },
  },
  detect(ctx) {
    const { triggers, exempt } = riaTriggered(ctx.doc);
    if (triggers.length === 0 || exempt) return [];
    // Without any RIA reference RIA-REQUIRED already speaks; this reminder is for drafts that did the RIA.
    if (!findRiaMention(ctx.doc)) return [];
    if (findPhraseInDoc(ctx.doc, APPROVAL) && findPhraseInDoc(ctx.doc, PUBLICATION)) return [];
    return [{ para: null, start: 0, end: 0, confidence: 0.6 }];
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Субъекты предпринимательства, осуществляющие деятельность по сбору и вывозу коммунальных отходов, обязаны получить разрешение уполномоченного органа.",
          "2. Анализ регуляторного воздействия проведен Министерством экологии и природных ресурсов Республики Казахстан.",
        ].join("\n"),
        quote: "",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: [
          "1. Индивидуальные предприниматели, осуществляющие торговлю на рынках, ежеквартально представляют в акимат района отчет о торговых местах.",
          "2. Проект прошел анализ регуляторного воздействия.",
        ].join("\n"),
        quote: "",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Коммуналдық қалдықтарды жинау және шығару жөніндегі қызметті жүзеге асыратын кәсіпкерлік субъектілері уәкілетті органнан рұқсат алуға міндетті.",
          "2. Реттеушілік әсерді талдауды Қазақстан Республикасының Экология және табиғи ресурстар министрлігі жүргізді.",
        ].join("\n"),
        quote: "",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: [
          "1. Базарларда сауда жүргізетін жеке кәсіпкерлер тоқсан сайын аудан әкімдігіне сауда орындары туралы есеп береді.",
          "2. Жоба реттеушілік әсерді талдаудан өтті.",
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
          "2. Анализ регуляторного воздействия одобрен Межведомственной комиссией по вопросам регулирования предпринимательской деятельности, его результаты размещены на интернет-ресурсе уполномоченного органа.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "1. Анализ регуляторного воздействия по вопросам развития туризма проводится ежегодно.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Коммуналдық қалдықтарды жинау және шығару жөніндегі қызметті жүзеге асыратын кәсіпкерлік субъектілері уәкілетті органнан рұқсат алуға міндетті.",
          "2. Реттеушілік әсерді талдауды Кәсіпкерлік қызметті реттеу мәселелері жөніндегі ведомствоаралық комиссия мақұлдады, оның нәтижелері уәкілетті органның интернет-ресурсында орналастырылды.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "1. Туризмді дамыту мәселелері бойынша реттеушілік әсерді талдау жыл сайын жүргізіледі.",
      },
    ],
  },
});
