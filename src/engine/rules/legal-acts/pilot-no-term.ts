import { positionOf, sentenceBounds } from "../helpers";
import { defineRule } from "../types";

/**
 * A pilot, experimental or temporary regime that the act launches (a verb of launching nearby) with no end date or
 * period in the same sentence, in the same point or in the next paragraph (art. 45(2), art. 17-1(5)).
 * References to an existing pilot («в рамках пилотного проекта, утвержденного …») are not launches.
 */
const RU_PILOT =
  /(?<![\p{L}])(?:пилотн\p{L}*\s+проект\p{L}*|в\s+порядке\s+эксперимента|экспериментальн\p{L}*\s+(?:порядок|режим|правовой\s+режим)\p{L}*|временн\p{L}*\s+(?:порядок|правила|режим)\p{L}*|временно\s+(?:устанавлива\p{L}*|установить|вводится|ввести|применя\p{L}*|действу\p{L}*))(?![\p{L}])/gu;
const KK_PILOT =
  /(?<![\p{L}])(?:пилоттық\s+жоба\p{L}*|эксперимент\s+ретінде|эксперименттік\s+(?:тәртіп|режим|құқықтық\s+режим)\p{L}*|уақытша\s+(?:тәртіп|қағидалар|режим)\p{L}*|уақытша\s+(?:белгіленсін|енгізілсін|қолданылсын|белгіленеді|енгізіледі|қолданылады))(?![\p{L}])/gu;

const RU_LAUNCH =
  /(?<![\p{L}])(?:предоставить|предоставляется|предоставляются|производится|взимается|провести|проводится|проводятся|реализовать|реализуется|реализуются|внедрить|внедряется|запустить|осуществить|осуществляется|апробаци\p{L}*|утвердить|устанавлива\p{L}*|установить|вводится|ввести|применя\p{L}*|действу\p{L}*)(?![\p{L}])/u;
const KK_LAUNCH =
  /(?<![\p{L}])(?:жүргізілсін|жүргізіледі|іске\s+асырылсын|іске\s+асырылады|жүзеге\s+асырылсын|жүзеге\s+асырылады|қатысуға\s+міндетті|енгізілсін|енгізіледі|бекітілсін|белгіленсін|белгіленеді|қолданылсын|қолданылады|сынақтан\s+өткізу\p{L}*)(?![\p{L}])/u;
const RU_EXISTING = /(?:в\s+рамках|утвержденн\p{L}*|предусмотренн\p{L}*|реализуем\p{L}*\s+в\s+соответствии)\s*$/u;

/** An end date or a period: «до 31 декабря 2027 года», «по 2027 год», «сроком на два года», «на период …». */
const RU_TERM =
  /(?<![\p{L}])(?:до|по)\s+(?:\d{1,2}\s+\p{L}+\s+)?\d{4}\s*(?:год\p{L}*|г\.)|(?<![\p{L}])(?:до|по)\s+\d{1,2}\.\d{1,2}\.\d{4}|сроком\s+(?:на|до)|на\s+срок|на\s+период|в\s+течение\s+(?:\p{L}+\s+){0,2}(?:лет|года|год|месяц\p{L}*)|на\s+\d{4}\s*[-–—]\s*\d{4}\s+годы|на\s+\d{4}\s+год|(?:\d{4}|\p{L}+)\s+(?:год|лет)\p{L}*\s+со\s+дня|до\s+(?:окончани|завершени)\p{L}*/u;
const KK_TERM =
  /\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+\s+дейін|\d{4}\s+жылға\s+дейін|\d{4}\s*[-–—]\s*\d{4}\s+жылдар\p{L}*|\d{4}\s+жылға\s+арналған|мерзім\p{L}*\s+(?:ішінде|бойы)|мерзімге|кезеңге|кезеңінде|(?:жыл|ай)\s+ішінде|аяқталғанға\s+дейін/u;

export default defineRule({
  id: "LA-PILOT-NO-TERM",
  pack: "legal-acts",
  brief: ["L-25"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "45", paragraph: "2" },
  messages: {
    ru: {
      title: "Пилотный или временный режим без срока: «{quote}»",
      message: "Акт вводит «{quote}», но не указывает срок его действия.",
      explanation:
        "Срок действия временного нормативного правового акта или его части указывается в самом акте (Закон «О правовых актах», п. 2 ст. 45); нормы, требующие апробации, вводятся на ограниченный срок в рамках пилотного проекта, а участие субъектов предпринимательства в нём добровольно (пп. 5, 6-1 ст. 17-1). Без даты окончания пилотный режим фактически становится постоянным. Рекомендуется указать срок («до 31 декабря 2027 года», «сроком на два года») и порядок подведения итогов.",
    },
    kk: {
      title: "Мерзімі жоқ пилоттық немесе уақытша режим: «{quote}»",
      message: "Акт «{quote}» енгізеді, бірақ оның қолданылу мерзімін көрсетпейді.",
      explanation:
        "Уақытша нормативтік құқықтық актінің немесе оның бөлігінің қолданылу мерзімі актінің өзінде көрсетіледі («Құқықтық актілер туралы» Заңның 45-бабының 2-тармағы); сынақтан өткізуді қажет ететін нормалар пилоттық жоба шеңберінде шектеулі мерзімге енгізіледі, ал кәсіпкерлік субъектілерінің оған қатысуы ерікті болады (17-1-баптың 5, 6-1-тармақтары). Аяқталу күні болмаса, пилоттық режим іс жүзінде тұрақты болып кетеді. Мерзімді («2027 жылғы 31 желтоқсанға дейін», «екі жыл мерзімге») және қорытындыларды шығару тәртібін көрсету ұсынылады.",
    },
    en: {
      title: "Pilot or temporary regime without a term: «{quote}»",
      message: "The act introduces «{quote}» but gives no period of validity.",
      explanation:
        "The term of a temporary act or of its part is stated in the act itself (Law \"On Legal Acts\" art. 45(2)); norms that need testing are introduced for a limited period through a pilot project, and business participation is voluntary (art. 17-1(5), (6-1)). Without an end date a pilot regime becomes permanent in practice. State the term («until 31 December 2027», «for two years») and how results are assessed.",
    },
  },
  detect(ctx) {
    const ops = ctx.content();
    for (let i = 0; i < ops.length; i++) {
      const p = ops[i]!;
      const kk = p.language === "kk";
      const re = kk ? KK_PILOT : RU_PILOT;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.folded)) !== null) {
        const s = sentenceBounds(p, m.index);
        const sentence = p.folded.slice(s.start, Math.max(s.end, m.index + m[0].length));
        const beforeInSentence = p.folded.slice(s.start, m.index);
        if (!kk && RU_EXISTING.test(beforeInSentence.slice(-40))) continue;
        if (!(kk ? KK_LAUNCH : RU_LAUNCH).test(sentence)) continue;
        const next = ops[i + 1];
        const scope = p.folded + "\n" + (next ? next.folded : "");
        if ((kk ? KK_TERM : RU_TERM).test(scope)) continue;
        // One finding per act: the remedy (a term) is the same for every mention.
        return [{ para: positionOf(ctx, p), start: m.index, end: m.index + m[0].length }];
      }
    }
    return [];
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: "1. Провести в городах Астане и Алматы пилотный проект по внедрению электронных путевых листов.",
        quote: "пилотный проект",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "2. В порядке эксперимента установить упрощенный порядок регистрации договоров аренды в Алматинской области.",
        quote: "В порядке эксперимента",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "1. Астана және Алматы қалаларында электрондық жол парақтарын енгізу бойынша пилоттық жоба жүргізілсін.",
        quote: "пилоттық жоба",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "2. Алматы облысында жалдау шарттарын тіркеудің оңайлатылған тәртібі эксперимент ретінде енгізілсін.",
        quote: "эксперимент ретінде",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: "1. Провести в городах Астане и Алматы с 1 марта 2026 года по 31 декабря 2027 года пилотный проект по внедрению электронных путевых листов.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "3. Участники, включенные в реестр в рамках пилотного проекта, утвержденного постановлением Правительства, представляют отчеты ежеквартально.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "1. Астана және Алматы қалаларында 2027 жылғы 31 желтоқсанға дейін электрондық жол парақтарын енгізу бойынша пилоттық жоба жүргізілсін.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "3. Пилоттық жобаның қатысушылары тоқсан сайын есеп береді.",
      },
    ],
  },
});
