import { SUBORDINATE_ACT_TYPES } from "../../document/act-type";
import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/**
 * Numbering form of points and subpoints (art. 23(1), 23(4)–(5)): points of a subordinate act are numbered «1.»
 * without the word «Пункт» / «-тармақ» («Пункт 1.», «1-тармақ.» at the start of a paragraph); subpoints are
 * numbered «1)», not with letters («а)», «б)» after a lead-in ending with a colon).
 *
 * Amendment instructions («Пункт 1 изложить …», «1-тармақ мынадай редакцияда жазылсын») have no full stop right after
 * the number and are not matched; quoted text of another act is skipped (operative()/content()).
 */
const RU_POINT = /^\s*(пункт\s+\d+(?:-\d+)?\s*\.)(?!\d)/u;
const KK_POINT = /^\s*(\d+(?:-\d+)?-тармақ\s*\.)(?!\d)/u;
/** A letter subpoint: one letter and a closing bracket at the start of the paragraph. */
const LETTER = /^\s*([а-яәғқңөұүһіa-z]\))\s+\S/u;
const LEAD_IN = /:\s*$/u;

/** «…: а) …; б) …» or «…: а) …; ә) …» inside one paragraph. */
const INLINE_LETTERS = /:\s*(а\))\s+[^;:]{1,200};\s*(?:и\s+|және\s+)?(?:б|ә)\)\s/u;

export default defineRule({
  id: "LA-POINT-LABEL",
  pack: "legal-acts",
  brief: ["L-09"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "23", paragraph: "1" },
  messages: {
    ru: {
      title: "Форма нумерации пунктов и подпунктов: «{quote}»",
      message: "«{quote}»: пункт обозначен словом «пункт» или подпункт обозначен буквой; рекомендуется нумерация пунктов «1.», подпунктов — «1)».",
      explanation:
        "Нормативные правовые акты, кроме законодательных, состоят из пунктов, которые не обозначаются словом «пункт» и нумеруются арабскими цифрами с точкой; пункты могут делиться на подпункты, которые нумеруются арабскими цифрами с закрывающей круглой скобкой (Закон «О правовых актах», п. 1, 4 и 5 ст. 23). Обозначение «Пункт 1.» и буквенные подпункты «а)», «б)» не соответствуют этим требованиям и затрудняют ссылки на структурные единицы. Рекомендуется нумеровать пункты «1.», «2.», а подпункты — «1)», «2)».",
    },
    kk: {
      title: "Тармақтар мен тармақшаларды нөмірлеу нысаны: «{quote}»",
      message: "«{quote}»: тармақ «тармақ» деген сөзбен немесе тармақша әріппен белгіленген; тармақтарды «1.», тармақшаларды «1)» деп нөмірлеу ұсынылады.",
      explanation:
        "Заңнамалық актілерден басқа нормативтік құқықтық актілер «тармақ» деген сөзбен аталмайтын, араб цифрларымен нүкте қойылып нөмірленетін тармақтардан тұрады; тармақтар араб цифрларымен жабылатын дөңгелек жақша қойылып нөмірленетін тармақшаларға бөлінуі мүмкін («Құқықтық актілер туралы» Заңның 23-бабының 1, 4 және 5-тармақтары). «1-тармақ.» деген белгілеу мен «а)», «б)» әріптік тармақшалар осы талаптарға сәйкес келмейді және құрылымдық бірліктерге сілтеме жасауды қиындатады. Тармақтарды «1.», «2.», тармақшаларды «1)», «2)» деп нөмірлеу ұсынылады.",
    },
    en: {
      title: "Numbering form of points and subpoints: «{quote}»",
      message: "«{quote}»: a point is labelled with the word «point» or a subpoint with a letter; number points «1.» and subpoints «1)».",
      explanation:
        "Normative acts other than legislative ones consist of points that are not labelled with the word «point» and are numbered with Arabic numerals and a full stop; points may contain subpoints numbered with Arabic numerals and a closing bracket (Law \"On Legal Acts\" art. 23(1), (4), (5)). «Point 1.» labels and letter subpoints «a)», «b)» do not follow these requirements and make references harder. Number points «1.», «2.» and subpoints «1)», «2)».",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    const subordinate = SUBORDINATE_ACT_TYPES.includes(ctx.doc.actType);
    // content() (operative text + new wording quoted in an amending act), plus the heading block: a draft whose
    // points are all labelled «Пункт 1.» has no recognised point, so its whole text is taken for the heading block.
    const content = new Set(ctx.content().map((p) => p.index));
    const ps = ctx.doc.paragraphs.filter((p) => content.has(p.index) || (p.isHeading && !p.isNote && !p.quoted && p.kind !== "blank"));
    let inLetterList = false;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      const kk = p.language === "kk";
      const para = positionOf(ctx, p);
      if (subordinate) {
        const m = (kk ? KK_POINT : RU_POINT).exec(p.folded);
        if (m) {
          const start = m.index + m[0].length - m[1]!.length;
          spans.push({
            para,
            start,
            end: m.index + m[0].length,
          });
        }
      }
      const l = LETTER.exec(p.folded);
      if (l) {
        const prev = i > 0 ? ps[i - 1]! : null;
        // A letter item counts only inside a list: after a lead-in ending with a colon, or after another letter item.
        if (!inLetterList && prev && LEAD_IN.test(prev.text) && positionOf(ctx, prev) === para - 1) inLetterList = true;
        if (inLetterList) {
          const start = l.index + l[0].indexOf(l[1]!);
          spans.push({
            para,
            start,
            end: start + l[1]!.length,
          });
        }
      } else {
        inLetterList = false;
        // A lettered list run into the lead-in itself: «представляет: а) заявление; б) копию …».
        const inline = INLINE_LETTERS.exec(p.folded);
        if (inline) {
          const start = inline.index + inline[0].indexOf(inline[1]!);
          spans.push({ para, start, end: start + inline[1]!.length });
        }
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["Правила выдачи справок о регистрации", "Пункт 1. Справка выдается в день обращения заявителя.", "Пункт 2. Справка действительна в течение месяца."].join("\n"),
        quote: "Пункт 1.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: ["5. Для участия в конкурсе представляются:", "а) заявка по форме согласно приложению 2;", "б) копия устава организации."].join("\n"),
        quote: "а)",
      },
      {
        lang: "ru",
        actType: "law",
        text: ["3. Уполномоченный орган:", "а) ведет реестр лицензиатов;", "б) проводит проверки лицензиатов."].join("\n"),
        quote: "а)",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["Тіркеу туралы анықтама беру қағидалары", "1-тармақ. Анықтама өтініш берілген күні беріледі.", "2-тармақ. Анықтама бір ай бойы жарамды."].join("\n"),
        quote: "1-тармақ.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: ["5. Конкурсқа қатысу үшін мыналар ұсынылады:", "а) 2-қосымшаға сәйкес нысан бойынша өтінім;", "б) ұйым жарғысының көшірмесі."].join("\n"),
        quote: "а)",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["1. Внести в приказ Министра финансов Республики Казахстан от 5 мая 2020 года № 452 следующие изменения:", "пункт 3 изложить в следующей редакции:", "«3. Справка выдается в день обращения.»."].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["5. Для участия в конкурсе представляются:", "1) заявка по форме согласно приложению 2;", "2) копия устава организации."].join("\n"),
      },
      {
        lang: "ru",
        actType: "law",
        text: "Пункт 1 статьи 5 применяется к договорам, заключенным после введения в действие настоящего Закона.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["1. Қазақстан Республикасы Қаржы министрінің 2020 жылғы 5 мамырдағы № 452 бұйрығына мынадай өзгерістер енгізілсін:", "3-тармақ мынадай редакцияда жазылсын:", "«3. Анықтама өтініш берілген күні беріледі.»."].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["5. Конкурсқа қатысу үшін мыналар ұсынылады:", "1) 2-қосымшаға сәйкес нысан бойынша өтінім;", "2) ұйым жарғысының көшірмесі."].join("\n"),
      },
      {
        lang: "kk",
        actType: "law",
        text: "5-баптың 1-тармағы осы Заң қолданысқа енгізілгеннен кейін жасалған шарттарға қолданылады.",
      },
    ],
  },
});
