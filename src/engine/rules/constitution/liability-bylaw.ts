import { SUBORDINATE_ACT_TYPES } from "../../document/act-type";
import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";
import { addresseeOf, inQuotes, negatedBefore, refersToLaw, sentenceAt, subordinateStatus } from "./common-rights";

/** A concrete sanction: a fine and its amount, suspension of activity, deprivation of a right, disqualification. */
const RU_SANCTION =
  /(?<![\p{L}])(?:штраф\p{L}*\s+в\s+размере|(?:налага\p{L}*|налож\p{L}*|взыска\p{L}*|взыскива\p{L}*|уплачива\p{L}*|подверга\p{L}*|влеч\p{L}*(?:\s+за\s+собой)?(?:\s+наложение)?)\s+штраф\p{L}*|штраф\p{L}*\s+(?:налага\p{L}*|взыскива\p{L}*|взыска\p{L}*)|приостановлени\p{L}*\s+(?:его\s+|ее\s+|их\s+)?деятельности|приостанавлива\p{L}*\s+(?:его\s+|ее\s+|их\s+)?деятельност\p{L}*|деятельност\p{L}*\s+(?:[\p{L}]+\s+){0,2}приостанавлива(?:ется|ются)|действи\p{L}*\s+лиценз\p{L}*\s+(?:[\p{L}]+\s+){0,2}приостанавлива(?:ется|ются)|приостанавлива(?:ется|ются)\s+(?:[\p{L}]+\s+){0,4}на\s+срок\s+до|приостановлени\p{L}*\s+действия\s+лиценз\p{L}*|лишени\p{L}*\s+(?:специальн\p{L}*\s+)?права|дисквалификаци\p{L}*|санкци\p{L}*\s+в\s+виде)(?![\p{L}])/gu;
/** Liability in general: flagged only if the sentence also names a concrete measure or points to this act. */
const RU_LIABILITY =
  /(?<![\p{L}])(?:нес(?:ет|ут)\s+(?:[\p{L}-]+\s+){0,2}ответственност\p{L}*|привлека\p{L}*\s+к\s+(?:[\p{L}-]+\s+){0,2}ответственност\p{L}*|влеч\p{L}*\s+(?:за\s+собой\s+)?(?:[\p{L}-]+\s+){0,2}ответственност\p{L}*)(?![\p{L}])/gu;
const RU_MEASURE = /штраф|месячн\p{L}*\s+расчетн|мрп|взыскани|лишени|приостановлени|исключени\p{L}*\s+из\s+реестр|в\s+виде\s+(?:штраф|приостановлени|лишени|предупреждени|исключени)|(?:предусмотренн|установленн)\p{L}*\s+настоящ\p{L}*\s+(?:правил|приказ|постановлени|решени|указ|инструкци|порядк)/u;
const RU_CONTRACT = /(?<![\p{L}])(?:договор\p{L}*|сторон[аыу]?|неустойк\p{L}*|пен[яиюей]|поставщик\p{L}*|заказчик\p{L}*|исполнител\p{L}*|арендодател\p{L}*|дисциплинарн\p{L}*)(?![\p{L}])/u;

const KK_SANCTION =
  /(?<![\p{L}])(?:айыппұл\p{L}*\s+(?:салынады|салу\p{L}*|өндіріп\s+алынады|өндіріледі|төлейді|төленеді)|қызметін\s+тоқтата\s+тұру\p{L}*|қызметін\s+тоқтата\s+тұрады|қызметі\s+(?:[\p{L}]+\s+){0,3}тоқтатыла\s+тұрады|(?:күнге|айға)\s+дейінгі\s+мерзімге\s+тоқтатыла\s+тұрады|лицензияның\s+қолданылуы\s+(?:[\p{L}\d]+\s+){0,5}тоқтатыла\s+тұрады|лицензияның\s+қолданылуын\s+тоқтата\s+тұру\p{L}*|арнайы\s+құқығынан\s+айыру\p{L}*|санкция\p{L}*\s+(?:түрінде|қолданылады))(?![\p{L}])/gu;
const KK_LIABILITY = /(?<![\p{L}])(?:жауапты\s+болады|жауаптылыққа\s+тартылады|жауаптылыққа\s+әкеп\s+соғады|жауаптылық\s+(?:көзделеді|белгіленеді))(?![\p{L}])/gu;
const KK_MEASURE = /айыппұл|айлық\s+есептік|аек|өндіріп|айыру|тоқтата\s+тұру|тоқтата\s+тұру\s+түрінде|айыппұл\s+түрінде|осы\s+(?:қағида|бұйрық|қаулы|шешім|жарлық|нұсқаулық|тәртіп)\p{L}*\s+(?:көзделген|белгіленген)/u;
const KK_CONTRACT = /(?<![\p{L}])(?:шарт\p{L}*|тарап\p{L}*|тұрақсыздық\s+айыб\p{L}*|өсімпұл\p{L}*|өнім\s+беруші\p{L}*|тапсырыс\s+беруші\p{L}*|тәртіптік)(?![\p{L}])/u;

export default defineRule({
  id: "CONST-LIABILITY-BYLAW",
  pack: "constitution",
  brief: ["C-08"],
  severity: "error",
  actTypes: SUBORDINATE_ACT_TYPES,
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "60", paragraph: "3", subparagraph: "1" },
  messages: {
    ru: {
      title: "Ответственность или санкция в подзаконном акте: «{quote}»",
      message: "Подзаконный акт устанавливает меру ответственности («{quote}») без ссылки на закон; требует экспертной проверки.",
      explanation:
        "Ответственность физических и юридических лиц устанавливается законами (Конституция 2026 года, подп. 1) п. 3 ст. 60); ответственность субъектов предпринимательства — только законами (Предпринимательский кодекс, подп. 3) п. 2 ст. 81). Подзаконный акт не может содержать норм, выходящих за пределы законов (Закон «О правовых актах», п. 1 ст. 24). Штраф, приостановление деятельности или иная санкция, введённые подзаконным актом, — возможное противоречие этим нормам. Отсылка к закону («несут ответственность в соответствии с законами Республики Казахстан») допустима; рекомендуется заменить собственную санкцию такой отсылкой.",
    },
    kk: {
      title: "Заңға тәуелді актідегі жауаптылық немесе санкция: «{quote}»",
      message: "Заңға тәуелді акт заңға сілтемесіз жауаптылық шарасын («{quote}») белгілейді; сараптамалық тексеруді қажет етеді.",
      explanation:
        "Жеке және заңды тұлғалардың жауаптылығы заңдармен белгіленеді (2026 жылғы Конституцияның 60-бабы 3-тармағының 1) тармақшасы); кәсіпкерлік субъектілерінің жауаптылығы тек заңдармен белгіленеді (Кәсіпкерлік кодекстің 81-бабы 2-тармағының 3) тармақшасы). Заңға тәуелді акт заңдардың шегінен шығатын нормаларды қамтуы мүмкін емес («Құқықтық актілер туралы» Заңның 24-бабының 1-тармағы). Заңға тәуелді актімен енгізілген айыппұл, қызметті тоқтата тұру немесе өзге санкция — осы нормалармен ықтимал қайшылық. Заңға сілтеме жасауға («Қазақстан Республикасының заңдарына сәйкес жауапты болады») болады; өз санкциясын осындай сілтемемен ауыстыру ұсынылады.",
    },
    en: {
      title: "Liability or sanction set by a subordinate act: «{quote}»",
      message: "The subordinate act sets a liability measure («{quote}») without referring to a law; requires expert review.",
      explanation:
        "Liability of natural and legal persons is set by laws (Constitution 2026 art. 60(3)(1)); liability of businesses only by laws (Entrepreneurial Code art. 81(2)(3)). A subordinate act may not go beyond the laws (Law \"On Legal Acts\" art. 24(1)). A fine, suspension of activity or other sanction introduced by a subordinate act is a possible conflict with these norms. A reference to the law («are liable in accordance with the laws of the Republic of Kazakhstan») is fine; replace the act's own sanction with such a reference.",
    },
  },
  detect(ctx) {
    const status = subordinateStatus(ctx);
    if (status === "no") return [];
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const kk = p.language === "kk";
      const found: { start: number; end: number }[] = [];
      const scan = (re: RegExp, general: boolean) => {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(p.folded)) !== null) {
          const start = m.index;
          const end = start + m[0].length;
          if (negatedBefore(p, start) || inQuotes(p, start)) continue;
          const s = sentenceAt(p, start, end).text;
          if (refersToLaw(s, p.language) || (kk ? KK_CONTRACT : RU_CONTRACT).test(s)) continue;
          if (general && !(kk ? KK_MEASURE : RU_MEASURE).test(s.replace(p.folded.slice(start, end), ""))) continue;
          const who = addresseeOf(p, start, end, ["nom", "dat"]);
          if (who && who.kind === "state") continue;
          // One finding per sentence: «привлекаются к ответственности в виде штрафа в размере …» is one norm.
          const sb = sentenceAt(p, start, end);
          if (found.some((f) => f.start < sb.end && f.end > sb.start)) continue;
          // «привлекаются к ответственности в виде штрафа»: the quote runs to the measure.
          const measure = /^\s+(?:в\s+виде\s+(?:штрафа|приостановлени\p{L}*|лишени\p{L}*|предупреждени\p{L}*)|айыппұл\s+түрінде)/u.exec(p.folded.slice(end, end + 40));
          found.push({ start, end: measure ? end + measure[0].length : end });
        }
      };
      scan(kk ? KK_LIABILITY : RU_LIABILITY, true);
      scan(kk ? KK_SANCTION : RU_SANCTION, false);
      for (const f of found) spans.push({ para: positionOf(ctx, p), ...f, ...(status === "maybe" ? { severity: "warning" as const } : {}) });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "12. За нарушение настоящих Правил на владельцев домашних животных налагается штраф в размере пяти месячных расчетных показателей.",
        quote: "налагается штраф",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "20. При повторном непредставлении отчетности получатель субсидии несет ответственность в виде приостановления его деятельности на срок до трех месяцев.",
        quote: "несет ответственность в виде приостановления",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "12. Осы Қағидаларды бұзғаны үшін үй жануарларының иелеріне бес айлық есептік көрсеткіш мөлшерінде айыппұл салынады.",
        quote: "айыппұл салынады",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "20. Есептілікті қайталап ұсынбаған жағдайда субсидия алушы үш айға дейінгі мерзімге қызметін тоқтата тұру түрінде жауапты болады.",
        quote: "жауапты болады",
      },
      {
        lang: "ru",
        actType: "akim-decision",
        text: "3. Оператор проката, допустивший нарушение настоящих Правил, несет ответственность в виде штрафа в размере 50 месячных расчетных показателей.",
        quote: "несет ответственность в виде штрафа",
      },
      {
        lang: "kk",
        actType: "akim-decision",
        text: "6. Осы Қағидаларды бұзған жағдайда прокат операторы елу айлық есептік көрсеткіш мөлшерінде айыппұл төлейді.",
        quote: "айыппұл төлейді",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "12. Лица, виновные в нарушении настоящих Правил, несут ответственность в соответствии с законодательством Республики Казахстан.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "8. За просрочку исполнения обязательств по договору поставщик уплачивает заказчику неустойку (штраф) в размере 0,1 процента от суммы договора.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "4. Контроль за исполнением настоящего постановления возложить на заместителя акима области; ответственность за своевременность представления сведений несет руководитель управления.",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "12. Осы Қағидаларды бұзуға кінәлі тұлғалар Қазақстан Республикасының заңнамасына сәйкес жауапты болады.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "8. Шарт бойынша міндеттемелерді орындау мерзімін өткізіп алғаны үшін өнім беруші тапсырыс берушіге шарт сомасының 0,1 пайызы мөлшерінде тұрақсыздық айыбын (айыппұл) төлейді.",
      },
    ],
  },
});
