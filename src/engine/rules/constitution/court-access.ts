import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";
import { inQuotes, sentenceAt } from "./common-rights";

/** Claims declared non-justiciable, appeal to court excluded, or a person barred from going to court. */
const RU_BAR =
  /(?<![\p{L}])(?:не\s+подлеж(?:ит|ат)\s+судебн\p{L}*\s+защит\p{L}*|судебн\p{L}*\s+защит\p{L}*\s+не\s+подлеж(?:ит|ат)|(?:является\s+окончательн\p{L}*\s+и\s+)?(?:обжалованию|оспариванию)\s+(?:в\s+суд\p{L}*\s+|в\s+судебном\s+порядке\s+)?не\s+подлеж(?:ит|ат)|не\s+подлеж(?:ит|ат)\s+(?:судебн\p{L}*\s+)?(?:обжалованию|оспариванию)|не\s+может\s+быть\s+обжалован\p{L}*(?:\s+в\s+суд\p{L}*|\s+в\s+судебном\s+порядке)?|не\s+(?:вправе|может|могут)\s+обращаться\s+в\s+суд|обращение\s+в\s+суд\s+не\s+допускается)(?![\p{L}])/gu;
/** Exclusive forum: «рассматривается только судом по месту …» (warning: a law may lawfully set jurisdiction). */
const RU_FORUM = /(?<![\p{L}])(?:рассматрива(?:ется|ются)|подлеж(?:ит|ат)\s+рассмотрению)\s+(?:только|исключительно)\s+(?:в\s+)?суд\p{L}*\s+по\s+месту(?![\p{L}])/gu;
const KK_BAR =
  /(?<![\p{L}])(?:сот\s+арқылы\s+қорғалуға\s+жатпайды|(?:сотқа\s+|сот\s+тәртібімен\s+)?шағым\s+жасалмайды|шағымдануға\s+жатпайды|сотқа\s+шағымдануға\s+жатпайды|даулауға\s+жатпайды|сотқа\s+жүгінуге\s+(?:құқылы\s+емес|құқығы\s+жоқ)|сотқа\s+жүгінуге\s+жол\s+берілмейді)(?![\p{L}])/gu;
const KK_FORUM = /(?<![\p{L}])тек\s+[^.;]{0,60}?(?:сотында|сотта)\s+(?:ғана\s+)?қаралады(?![\p{L}])/gu;

/**
 * The non-appealable act is itself a court act (a court decision, the Constitutional Court's decision): finality of
 * a judgment after court review is not a bar to court access.
 */
const RU_COURT_ACT =
  /(?<![\p{L}])(?:определени\p{L}*|решени\p{L}*|постановлени\p{L}*|приговор\p{L}*|заключени\p{L}*)\s+(?:[\p{L}]+\s+){0,3}(?:суд\p{L}*|судь\p{L}*)|судебн\p{L}*\s+акт\p{L}*|конституционн\p{L}*\s+(?:суд|совет)\p{L}*|верховн\p{L}*\s+суд\p{L}*|приговор\p{L}*|суд\s+(?:выносит|принимает|вправе)/u;
const KK_COURT_ACT = /(?<![\p{L}])(?:сот(?:тың)?\s+(?:актісі|шешімі|ұйғарымы|қаулысы|үкімі)|соттың\s+[\p{L}\s]{0,30}(?:шешімі|ұйғарымы|қаулысы)|сот\s+актілері|конституциялық\s+(?:сот|кеңес)|жоғарғы\s+сот|үкім\p{L}*|судья\p{L}*)/u;
/** The sentence keeps a route to court: «… но может быть обжаловано в суд», «сотқа шағым жасалуы мүмкін». */
const RU_ROUTE = /досудебн|вышестоящ|в\s+административном\s+порядке|арбитраж|третейск|может\s+быть\s+обжалован\p{L}*\s+(?:в\s+суд|в\s+судебном)|вправе\s+обратиться\s+в\s+суд|в\s+судебном\s+порядке(?!\s+(?:(?:обжалованию|оспариванию)\s+)?не\s)/u;
const KK_ROUTE = /сотқа\s+дейінгі|жоғары\s+тұрған|әкімшілік\s+тәртіппен|төрелік|сотқа\s+шағым\s+жасалуы\s+мүмкін|сотқа\s+жүгінуге\s+құқылы(?!\s+емес)|сот\s+тәртібімен(?!\s+(?:шағым\s+жасалмайды|шағымдануға\s+жатпайды|даулауға\s+жатпайды))/u;

export default defineRule({
  id: "CONST-COURT-ACCESS",
  pack: "constitution",
  brief: ["C-06"],
  severity: "error",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "12", paragraph: "2" },
  messages: {
    ru: {
      title: "Ограничение доступа к суду: «{quote}»",
      message: "Слова «{quote}» исключают судебную защиту или обжалование решения; возможное противоречие праву на судебную защиту, требует экспертной проверки.",
      explanation:
        "Каждый человек имеет право на судебную защиту своих прав и свобод (Конституция 2026 года, п. 2 ст. 12); судебная власть распространяется на все дела и споры, возникающие в связи с применением Конституции, законов и иных нормативных правовых актов (п. 2 ст. 77). Право, закреплённое статьёй 12, не подлежит ограничению ни в каких случаях (п. 3 ст. 41). Норма о том, что решение органа или комиссии «обжалованию не подлежит» или что спор «не подлежит судебной защите», — возможное противоречие этим нормам (нормативные постановления Конституционного Суда № 65-НП 2025 года и № 29-НП 2023 года). Окончательность судебных актов после рассмотрения дела судом не отмечается. Рекомендуется прямо указать порядок обжалования в суд.",
    },
    kk: {
      title: "Сотқа жүгінуді шектеу: «{quote}»",
      message: "«{quote}» деген сөздер сот арқылы қорғауды немесе шешімге шағым жасауды жоққа шығарады; сот арқылы қорғалу құқығымен ықтимал қайшылық, сараптамалық тексеруді қажет етеді.",
      explanation:
        "Әркімнің өз құқықтары мен бостандықтарының сот арқылы қорғалуына құқығы бар (2026 жылғы Конституцияның 12-бабының 2-тармағы); сот билігі Конституцияны, заңдарды және өзге де нормативтік құқықтық актілерді қолдануға байланысты туындайтын барлық істер мен дауларға қолданылады (77-баптың 2-тармағы). 12-бапта бекітілген құқық ешқандай жағдайда шектелмейді (41-баптың 3-тармағы). Органның немесе комиссияның шешіміне «шағым жасалмайды» немесе дау «сот арқылы қорғалуға жатпайды» деген норма — осы нормалармен ықтимал қайшылық (Конституциялық Соттың 2025 жылғы № 65-НҚ және 2023 жылғы № 29-НҚ нормативтік қаулылары). Істі сот қарағаннан кейінгі сот актілерінің түпкілікті болуы белгіленбейді. Сотқа шағым жасау тәртібін тікелей көрсету ұсынылады.",
    },
    en: {
      title: "Access to court restricted: «{quote}»",
      message: "The words «{quote}» exclude judicial protection or an appeal against a decision; a possible conflict with the right to judicial protection, requires expert review.",
      explanation:
        "Everyone has the right to judicial protection of their rights and freedoms (Constitution 2026 art. 12(2)); judicial power extends to all cases and disputes arising from the application of the Constitution, laws and other legal acts (art. 77(2)). The right in art. 12 may not be restricted in any case (art. 41(3)). A norm saying that a decision of a body or commission «is not subject to appeal», or that a claim «is not subject to judicial protection», is a possible conflict with these norms (Constitutional Court normative resolutions 65-NP of 2025 and 29-NP of 2023). Finality of court acts after a court has heard the case is not flagged. State the route of appeal to court explicitly.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const kk = p.language === "kk";
      const scan = (re: RegExp, severity?: "warning") => {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(p.folded)) !== null) {
          const start = m.index;
          const end = start + m[0].length;
          if (inQuotes(p, start)) continue;
          const s = sentenceAt(p, start, end).text;
          if ((kk ? KK_COURT_ACT : RU_COURT_ACT).test(s)) continue;
          if ((kk ? KK_ROUTE : RU_ROUTE).test(s)) continue;
          spans.push({ para: positionOf(ctx, p), start, end, ...(severity ? { severity } : {}) });
        }
      };
      scan(kk ? KK_BAR : RU_BAR);
      scan(kk ? KK_FORUM : RU_FORUM, "warning");
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: "12. Решения конкурсной комиссии о распределении квот окончательны и обжалованию в суде не подлежат.",
        quote: "обжалованию в суде не подлежат",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "12. Конкурстық комиссияның квоталарды бөлу туралы шешімдері түпкілікті болып табылады және оларға сот тәртібімен шағым жасалмайды.",
        quote: "сот тәртібімен шағым жасалмайды",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "18. Решение конкурсной комиссии является окончательным и обжалованию не подлежит.",
        quote: "является окончательным и обжалованию не подлежит",
      },
      {
        lang: "ru",
        actType: "law",
        text: "3. Требования, вытекающие из участия в пари, не подлежат судебной защите.",
        quote: "не подлежат судебной защите",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "11. Участники отбора не вправе обращаться в суд по вопросам распределения квот.",
        quote: "не вправе обращаться в суд",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "18. Конкурстық комиссияның шешімі түпкілікті болып табылады және оған шағым жасалмайды.",
        quote: "шағым жасалмайды",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3. Бәс тігуге қатысудан туындайтын талаптар сот арқылы қорғалуға жатпайды.",
        quote: "сот арқылы қорғалуға жатпайды",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: "12. Решение конкурсной комиссии о распределении квот может быть обжаловано в судебном порядке в соответствии с Административным процедурно-процессуальным кодексом Республики Казахстан.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "12. Конкурстық комиссияның квоталарды бөлу туралы шешіміне Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексіне сәйкес сот тәртібімен шағым жасалуы мүмкін.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "4. Постановление суда апелляционной инстанции вступает в законную силу со дня его оглашения и обжалованию не подлежит.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "18. Решение конкурсной комиссии не подлежит обжалованию в вышестоящий орган, но может быть обжаловано в суд в порядке, установленном законом.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "19. Решение комиссии может быть обжаловано участником отбора в уполномоченный орган или в суд.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "4. Апелляциялық сатыдағы соттың қаулысы жария етілген күнінен бастап заңды күшіне енеді және оған шағым жасалмайды.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "19. Комиссияның шешіміне іріктеуге қатысушы уәкілетті органға немесе сотқа шағым жасауы мүмкін.",
      },
    ],
  },
});
