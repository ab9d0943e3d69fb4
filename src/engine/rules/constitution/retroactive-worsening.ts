import { defineRule, type RuleSpan } from "../types";
import { KK_BENEFIT, RU_BENEFIT, pointsNamedBy, retroClauses, sentenceAt, worseningIn } from "./common-rights";

/** A retroactive clause on offences that softens or removes liability is lawful (Const. art. 5(5), part 3). */
const RU_MILDER = /смягча\p{L}*|смягч\p{L}*|отменя\p{L}*\s+ответственност|улучша\p{L}*/u;
const KK_MILDER = /жеңілдет\p{L}*|жояды|жойылады|жақсарт\p{L}*/u;

export default defineRule({
  id: "CONST-RETROACTIVE-WORSENING",
  pack: "constitution",
  brief: ["C-07"],
  severity: "error",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "5", paragraph: "5" },
  messages: {
    ru: {
      title: "Обратная сила норм, ухудшающих положение: «{quote}»",
      message: "Акт придаёт себе обратную силу («{quote}») и при этом устанавливает обязанность или ответственность («{worsening}»); требует экспертной проверки.",
      explanation:
        "Законы, возлагающие новые обязанности на граждан или ухудшающие их положение, а также устанавливающие или усиливающие ответственность, обратной силы не имеют (Конституция 2026 года, п. 5 ст. 5). Нормативные правовые акты не распространяются на отношения, возникшие до их введения в действие, кроме случаев, когда они смягчают или отменяют обязанности и ответственность (Закон «О правовых актах», ст. 43). Распространение на прошлые отношения акта, вводящего обязанности, платежи или ответственность, — возможное противоречие этим нормам. Рекомендуется ограничить обратную силу нормами, улучшающими положение лиц, или исключить её.",
    },
    kk: {
      title: "Жағдайды нашарлататын нормалардың кері күші: «{quote}»",
      message: "Акт өзіне кері күш береді («{quote}») және бұл ретте міндет немесе жауаптылық белгілейді («{worsening}»); сараптамалық тексеруді қажет етеді.",
      explanation:
        "Азаматтарға жаңа міндеттер жүктейтін немесе олардың жағдайын нашарлататын, сондай-ақ жауаптылықты белгілейтін немесе күшейтетін заңдардың кері күші болмайды (2026 жылғы Конституцияның 5-бабының 5-тармағы). Нормативтік құқықтық актілер олар қолданысқа енгізілгенге дейін туындаған қатынастарға қолданылмайды, міндеттер мен жауаптылықты жеңілдететін немесе жоятын жағдайларды қоспағанда («Құқықтық актілер туралы» Заңның 43-бабы). Міндеттерді, төлемдерді немесе жауаптылықты енгізетін актіні бұрынғы қатынастарға қолдану — осы нормалармен ықтимал қайшылық. Кері күшті тұлғалардың жағдайын жақсартатын нормалармен шектеу немесе оны алып тастау ұсынылады.",
    },
    en: {
      title: "Retroactive norms that worsen the position: «{quote}»",
      message: "The act gives itself retroactive force («{quote}») while it imposes a duty or liability («{worsening}»); requires expert review.",
      explanation:
        "Laws that impose new duties on citizens or worsen their position, or that establish or increase liability, have no retroactive force (Constitution 2026 art. 5(5)). Legal acts do not extend to relations that arose before they were brought into effect, except where they soften or remove duties and liability (Law \"On Legal Acts\" art. 43). Extending to past relations an act that introduces duties, payments or liability is a possible conflict with these norms. Limit retroactivity to norms that improve persons' position, or remove it.",
    },
  },
  detect(ctx) {
    const clauses = retroClauses(ctx);
    if (clauses.length === 0) return [];
    const spans: RuleSpan[] = [];
    for (const c of clauses) {
      const kk = c.p.language === "kk";
      const s = sentenceAt(c.p, c.start, c.end).text;
      if (c.kind === "offences") {
        if ((kk ? KK_MILDER : RU_MILDER).test(s)) continue;
        spans.push({ para: c.para, start: c.start, end: c.end, data: { worsening: c.p.text.slice(c.start, c.end) } });
        continue;
      }
      // «пункт 3 … распространяется на отношения, возникшие с …» about benefits is lawful retroactivity.
      if ((kk ? KK_BENEFIT : RU_BENEFIT).test(s)) continue;
      // A clause that names its points («действие пункта 2 …») is judged on those points only.
      const only = pointsNamedBy(ctx, c) ?? undefined;
      const w = worseningIn(ctx, new Set(), only);
      if (!w) continue;
      // An act that also grants benefits (social assistance with a duty to report changes) is mixed: the
      // retroactive part may be only the benefit, so the finding is a warning for the expert to sort out.
      const mixed = ctx.doc.paragraphs.some(
        (p, i) => !p.isNote && !p.quoted && (!only || only.has(i)) && (p.language === "kk" ? KK_BENEFIT : RU_BENEFIT).test(p.folded),
      );
      spans.push({ para: c.para, start: c.start, end: c.end, data: { worsening: w.quote }, ...(mixed ? { severity: "warning" as const } : {}) });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: [
          "1. Субъекты предпринимательства обязаны ежеквартально представлять в уполномоченный орган отчет об объемах закупок.",
          "2. Настоящее постановление вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования и распространяется на отношения, возникшие с 1 января 2026 года.",
        ].join("\n"),
        quote: "распространяется на отношения, возникшие с 1 января 2026 года",
      },
      {
        lang: "ru",
        actType: "law",
        text: [
          "1. Штраф за несвоевременную регистрацию увеличивается до двадцати месячных расчетных показателей.",
          "2. Положения пункта 1 настоящей статьи имеют обратную силу.",
        ].join("\n"),
        quote: "имеют обратную силу",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: [
          "1. Кәсіпкерлік субъектілері уәкілетті органға сатып алу көлемдері туралы есепті тоқсан сайын ұсынуға міндетті.",
          "2. Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі және 2026 жылғы 1 қаңтардан бастап туындаған қатынастарға қолданылады.",
        ].join("\n"),
        quote: "2026 жылғы 1 қаңтардан бастап туындаған қатынастарға қолданылады",
      },
      {
        lang: "kk",
        actType: "law",
        text: [
          "1. Уақтылы тіркелмегені үшін айыппұл жиырма айлық есептік көрсеткішке дейін ұлғайтылады.",
          "2. Осы баптың 1-тармағының ережелерінің кері күші бар.",
        ].join("\n"),
        quote: "кері күші бар",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "1. Повысить размер жилищной помощи малообеспеченным семьям на десять процентов.",
          "2. Настоящее решение вводится в действие со дня его первого официального опубликования и распространяется на отношения, возникшие с 1 января 2026 года.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: [
          "1. Субъекты предпринимательства обязаны ежеквартально представлять в уполномоченный орган отчет об объемах закупок.",
          "2. Настоящее постановление вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "1. Утвердить бюджет района на 2026 год: доходы – 5 000 000 тысяч тенге, в том числе штрафы, пени, санкции, взыскания, налагаемые государственными учреждениями, – 1 000 тысяч тенге.",
          "2. Настоящее решение вводится в действие с 1 января 2026 года и распространяется на отношения, возникшие с 1 января 2026 года.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "law",
        text: "3. Настоящий Закон не имеет обратной силы и не применяется к правонарушениям, совершенным до его введения в действие.",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: [
          "1. Аз қамтылған отбасыларға тұрғын үй көмегінің мөлшері он пайызға арттырылсын.",
          "2. Осы шешім алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі және 2026 жылғы 1 қаңтардан бастап туындаған қатынастарға қолданылады.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: [
          "1. Кәсіпкерлік субъектілері уәкілетті органға сатып алу көлемдері туралы есепті тоқсан сайын ұсынуға міндетті.",
          "2. Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
      },
    ],
  },
});
