import type { Language } from "../../../contract";
import { positionOf, sentenceOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/** A body decides on a person's application. */
const DECISION: Record<Language, RegExp> = {
  ru: /(?:принима\p{L}*|выносит|выносят)\s+решени\p{L}*\s+об?\s+(?:предоставлени|выдач|назначени|отказ|включени|регистрац|присвоени|выделени|признани|оказани|распределени)\p{L}*|отказыва\p{L}*\s+в\s+(?:предоставлени|выдач|назначени|приеме|регистрац|выделени|оказани)\p{L}*|рассматрива\p{L}*\s+(?:поступивш\p{L}*\s+)?(?:заявлени|заявк|обращени)\p{L}*|по\s+результатам\s+рассмотрения\s+(?:заявлени|заявк|обращени|документ)\p{L}*/u,
  kk: /(?:беру|тағайындау|бас\s+тарту|қосу|тіркеу|бөлу|тану|көрсету|ұсыну)\s+туралы\s+шешім\s+(?:қабылдайды|шығарады)|(?:беруден|тағайындаудан|тіркеуден|бөлуден|көрсетуден|қабылдаудан)\s+бас\s+тартады|(?:өтінішті|өтінімді|өтініштерді|өтінімдерді|өтінішін|өтінімін|өтініштерін|өтінімдерін|жүгінуді)\s+(?:\p{L}+\s+){0,6}қарайды|(?:өтінішті|өтінімді|өтініштерді|өтінімдерді|құжаттарды)\s+қарау\s+нәтижелері\s+бойынша/u,
};

/** Signs of a complete procedure anywhere in the act: appeal, notice to the person, reasons. */
const SAFEGUARDS: Record<Language, RegExp> = {
  ru: /обжал|жалоб|апелляци|в\s+судебном\s+порядке|уведомл|извеща|извещени|сообща\p{L}*\s+(?:заявител|услугополучател|претендент|получател)|мотивированн|с\s+указанием\s+(?:причин|оснований)|процедурно-процессуальн|ответ\p{L}*\s+(?:заявител|услугополучател)/u,
  kk: /шағым|сот\s+тәртібімен|хабардар|хабарлама|хабарлайды|дәлелді\s+(?:бас\s+тарту|жауап)|себептерін\s+көрсете|негіздерін\s+көрсете|рәсімдік-процестік|жауап\s+(?:жібереді|береді|жолдайды)/u,
};

/**
 * A body's decision on a person declared final: «является окончательным», «түпкілікті болып табылады». An appeal
 * excluded outright («обжалованию не подлежит», «шағым жасалмайды») is CONST-COURT-ACCESS (C-06), not repeated here.
 * Courts and the Constitutional Court are left aside.
 */
const FINAL: Record<Language, RegExp> = {
  ru: /(?:является|являются|признается|считается)\s+окончательн\p{L}*|пересмотру\s+не\s+подлеж\p{L}*/u,
  kk: /түпкілікті\s+болып\s+табылады|қайта\s+қарауға\s+жатпайды/u,
};
const DECISION_WORD: Record<Language, RegExp> = { ru: /решени|заключени|протокол/u, kk: /шешім|қорытынды|хаттама/u };
const COURT: Record<Language, RegExp> = { ru: /суд(?:а|ом|е|ы|ов)?(?!\p{L})|судебн|конституционн/u, kk: /(?<!\p{L})сот(?!\p{L})|соттың|сотының|соты|конституциялық/u };

/** Applications from persons at all. */
const APPLICANT: Record<Language, RegExp> = {
  ru: /заявител|услугополучател|претендент|заявлени|заявк/u,
  kk: /өтініш|өтінім|көрсетілетін\s+қызметті\s+алуш|үміткер/u,
};

export default defineRule({
  id: "AC-NO-APPEAL",
  pack: "anticorruption",
  brief: ["AC-07"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "30", paragraph: "6" },
  messages: {
    ru: {
      title: "Процедура без обжалования и уведомления: «{quote}»",
      message: "Акт предусматривает решение по заявлению («{quote}»), но нигде не говорит об уведомлении заявителя, мотивах отказа и порядке обжалования; требует экспертной проверки.",
      explanation:
        "Неполнота административной процедуры — коррупциогенный фактор: если акт не определяет форму решения, уведомление лица, мотивы отказа и порядок обжалования, решение фактически не контролируется (Закон «О правовых актах», п. 6 ст. 30). Каждый имеет право на судебную защиту и на ознакомление с документами, затрагивающими его права (п. 2 ст. 12, п. 3 ст. 21 Конституции 2026 года). Рекомендуется предусмотреть уведомление заявителя о принятом решении, мотивированный отказ и порядок обжалования (в соответствии с Административным процедурно-процессуальным кодексом).",
    },
    kk: {
      title: "Шағымдану мен хабардар етусіз рәсім: «{quote}»",
      message: "Акт өтініш бойынша шешімді көздейді («{quote}»), бірақ өтініш берушіні хабардар ету, бас тарту себептері және шағымдану тәртібі туралы еш жерде айтылмайды; сараптамалық тексеруді қажет етеді.",
      explanation:
        "Әкімшілік рәсімнің толық болмауы — сыбайлас жемқорлық тәуекелінің факторы: егер акт шешімнің нысанын, адамды хабардар етуді, бас тарту себептерін және шағымдану тәртібін айқындамаса, шешім іс жүзінде бақыланбайды («Құқықтық актілер туралы» Заңның 30-бабының 6-тармағы). Әркімнің сот арқылы қорғалуға және өз құқықтарын қозғайтын құжаттармен танысуға құқығы бар (2026 жылғы Конституцияның 12-бабының 2-тармағы, 21-бабының 3-тармағы). Өтініш берушіні қабылданған шешім туралы хабардар етуді, дәлелді бас тартуды және шағымдану тәртібін (Әкімшілік рәсімдік-процестік кодекске сәйкес) көздеу ұсынылады.",
    },
    en: {
      title: "Procedure without appeal or notice: «{quote}»",
      message: "The act provides for a decision on an application («{quote}») but nowhere mentions notifying the applicant, reasons for refusal or a way to appeal; requires expert review.",
      explanation:
        "An incomplete administrative procedure is a corruption-risk factor: if the act does not set the form of the decision, notice to the person, reasons for refusal and the way to appeal, the decision is effectively uncontrolled (Law \"On Legal Acts\" art. 30(6)). Everyone has the right to judicial protection and to see documents affecting their rights (2026 Constitution arts. 12(2), 21(3)). Provide for notifying the applicant, a reasoned refusal and the appeal procedure (under the Administrative Procedural and Process Code).",
    },
  },
  detect(ctx) {
    // A decision declared final cuts off the appeal whatever else the act says.
    const finals: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const m = FINAL[p.language].exec(p.folded);
      if (!m) continue;
      const s = sentenceOf(p, { start: m.index, end: m.index + m[0].length });
      if (!DECISION_WORD[p.language].test(s) || COURT[p.language].test(s)) continue;
      finals.push({ para: positionOf(ctx, p), start: m.index, end: m.index + m[0].length });
    }
    if (finals.length > 0) return finals;
    const paras = ctx.doc.paragraphs.filter((p) => p.kind !== "blank");
    if (paras.some((p) => SAFEGUARDS[p.language].test(p.folded))) return [];
    const operative = ctx.content();
    if (!operative.some((p) => APPLICANT[p.language].test(p.folded))) return [];
    for (const p of operative) {
      const m = DECISION[p.language].exec(p.folded);
      if (!m) continue;
      const span: RuleSpan = { para: positionOf(ctx, p), start: m.index, end: m.index + m[0].length };
      return [span];
    }
    return [];
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "1. Заявитель подает заявление о предоставлении субсидии в отдел сельского хозяйства.\n2. Отдел в течение десяти рабочих дней принимает решение о предоставлении субсидии либо об отказе.",
        quote: "принимает решение о предоставлении",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "3. Комиссия рассматривает заявки претендентов в течение пятнадцати рабочих дней.\n4. Решение комиссии оформляется протоколом.",
        quote: "рассматривает заявки",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "1. Өтініш беруші субсидия беру туралы өтінішті ауыл шаруашылығы бөліміне береді.\n2. Бөлім он жұмыс күні ішінде субсидия беру туралы шешім қабылдайды.",
        quote: "беру туралы шешім қабылдайды",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "3. Комиссия үміткерлердің өтінімдерін он бес жұмыс күні ішінде қарайды.\n4. Комиссияның шешімі хаттамамен ресімделеді.",
        quote: "өтінімдерін он бес жұмыс күні ішінде қарайды",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "6. Решение комиссии о выделении жилища из коммунального жилищного фонда принимается простым большинством голосов и является окончательным.",
        quote: "является окончательным",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "6. Коммуналдық тұрғын үй қорынан тұрғын үй бөлу туралы комиссияның шешімі жай көпшілік дауыспен қабылданады және түпкілікті болып табылады.",
        quote: "түпкілікті болып табылады",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "1. Отдел в течение десяти рабочих дней принимает решение о предоставлении субсидии либо мотивированный отказ.\n2. Решение отдела может быть обжаловано в порядке, установленном Административным процедурно-процессуальным кодексом Республики Казахстан.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "3. Комиссия рассматривает заявки претендентов в течение пятнадцати рабочих дней и уведомляет их о результатах.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "1. Бөлім он жұмыс күні ішінде субсидия беру туралы шешім қабылдайды не дәлелді бас тарту береді.\n2. Бөлімнің шешіміне Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексінде белгіленген тәртіппен шағым жасалуы мүмкін.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "3. Комиссия үміткерлердің өтінімдерін он бес жұмыс күні ішінде қарайды және оларды нәтижелер туралы хабардар етеді.",
      },
      {
        lang: "ru",
        actType: "constitutional-law",
        text: "4. Решение Конституционного Суда является окончательным и вступает в силу со дня его принятия.",
      },
      {
        lang: "kk",
        actType: "constitutional-law",
        text: "4. Конституциялық Соттың шешімі түпкілікті болып табылады және қабылданған күнінен бастап күшіне енеді.",
      },
    ],
  },
});
