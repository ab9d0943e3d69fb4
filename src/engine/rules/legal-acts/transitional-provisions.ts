import { positionOf } from "../helpers";
import { defineRule } from "../types";

/**
 * Decidable case of art. 27(4) / 24(4): the act approves rules «в новой редакции» or «взамен» earlier ones but neither
 * repeals the old act nor says it is repealed elsewhere.
 */
const RU_NEW = /утвердить\s+[^.;:]{0,200}?(?:в\s+новой\s+редакции|взамен\s+\p{L}+)/u;
const KK_NEW = /жаңа\s+редакцияда\s+(?:[^.;:]{0,200}?\s)?бекітілсін|орнына\s+(?:[^.;:]{0,200}?\s)?бекітілсін/u;
const REPEAL = /утратившим\p{L}*\s+силу|утратил\p{L}*\s+силу|отменить|күші\s+жойылды|күшін\s+жою|жойылсын/u;

export default defineRule({
  id: "LA-TRANSITIONAL-PROVISIONS",
  pack: "legal-acts",
  brief: ["L-36"],
  severity: "info",
  actTypes: ["law", "code", "constitutional-law", "presidential-decree", "government-resolution", "ministerial-order", "agency-order"],
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "27", paragraph: "4" },
  messages: {
    ru: {
      title: "Новые правила без отмены прежних: «{quote}»",
      message: "Акт утверждает правила взамен прежних («{quote}»), но не признаёт прежний акт утратившим силу.",
      explanation:
        "Акты или их части, противоречащие новому акту или поглощённые им, признаются утратившими силу; перечень таких актов приводится в самом акте или в акте о введении его в действие (Закон «О правовых актах», пп. 1, 4 ст. 27); заключительные положения определяют порядок введения в действие и признание утратившими силу ранее принятых актов (п. 4 ст. 24). Рекомендуется добавить пункт «Признать утратившим силу …» с реквизитами прежнего акта или порядок перехода.",
    },
    kk: {
      title: "Бұрынғыларының күшін жоймай жаңа қағидалар: «{quote}»",
      message: "Акт бұрынғылардың орнына қағидаларды бекітеді («{quote}»), бірақ бұрынғы актінің күші жойылды деп танымайды.",
      explanation:
        "Жаңа актіге қайшы келетін немесе оған сіңірілген актілердің немесе олардың бөліктерінің күші жойылды деп танылады; мұндай актілердің тізбесі актінің өзінде немесе оны қолданысқа енгізу туралы актіде келтіріледі («Құқықтық актілер туралы» Заңның 27-бабының 1, 4-тармақтары); қорытынды ережелер бұрын қабылданған актілердің күші жойылды деп тану тәртібін айқындайды (24-баптың 4-тармағы). Бұрынғы актінің деректемелерімен «… күші жойылды деп танылсын» деген тармақты немесе көшу тәртібін қосу ұсынылады.",
    },
    en: {
      title: "New rules without repealing the old: «{quote}»",
      message: "The act approves rules replacing earlier ones («{quote}») but does not repeal the earlier act.",
      explanation:
        "Acts or parts that contradict or are absorbed by a new act are repealed; the list is given in the act itself or in the act on its entry into force (Law \"On Legal Acts\" art. 27(1), (4)); final provisions cover repeal of earlier acts (art. 24(4)). Add a point «recognise as invalid …» with the details of the earlier act, or the transition procedure.",
    },
  },
  detect(ctx) {
    const ops = ctx.operative();
    if (ctx.doc.paragraphs.some((p) => !p.isNote && !p.quoted && REPEAL.test(p.folded))) return [];
    for (const p of ops) {
      const m = (p.language === "kk" ? KK_NEW : RU_NEW).exec(p.folded);
      if (m) return [{ para: positionOf(ctx, p), start: m.index, end: m.index + m[0].length }];
    }
    return [];
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить Правила выдачи разрешений в новой редакции согласно приложению к настоящему приказу.",
          "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
        quote: "Утвердить Правила выдачи разрешений в новой редакции",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: [
          "1. Утвердить прилагаемые Правила субсидирования взамен действующих.",
          "2. Настоящее постановление вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
        quote: "Утвердить прилагаемые Правила субсидирования взамен действующих",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Рұқсаттар беру қағидалары осы бұйрыққа қосымшаға сәйкес жаңа редакцияда бекітілсін.",
          "2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "жаңа редакцияда бекітілсін",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: [
          "1. Қолданыстағы қағидалардың орнына қоса беріліп отырған Субсидиялау қағидалары бекітілсін.",
          "2. Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
        quote: "орнына қоса беріліп отырған Субсидиялау қағидалары бекітілсін",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Утвердить Правила выдачи разрешений в новой редакции согласно приложению к настоящему приказу.",
          "2. Признать утратившим силу приказ Министра финансов Республики Казахстан от 5 мая 2020 года № 452.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "1. Приложение 2 к приказу изложить в новой редакции согласно приложению к настоящему приказу.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Рұқсаттар беру қағидалары осы бұйрыққа қосымшаға сәйкес жаңа редакцияда бекітілсін.",
          "2. Қазақстан Республикасы Қаржы министрінің 2020 жылғы 5 мамырдағы № 452 бұйрығының күші жойылды деп танылсын.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "1. Бұйрыққа 2-қосымша осы бұйрыққа қосымшаға сәйкес жаңа редакцияда жазылсын.",
      },
    ],
  },
});
