import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/**
 * A clause that extends the act to relations that arose before it takes effect (art. 43). Only the clause is
 * reported here (warning); whether it worsens anyone's position is C-07 (another rule).
 */
const RU =
  /(?<![\p{L}])распростран(?:яется|яются|ить|ять|яет\s+свое\s+действие|яют\s+свое\s+действие)\s+(?:свое\s+действие\s+)?на\s+(?:правоотношения|отношения)\p{L}*\s*,?\s+(?:возникши\p{L}*|возникающи\p{L}*)\s+(?:с|до|начиная\s+с)(?![\p{L}])/gu;
/** Acts, offences or contracts committed or concluded before the act took effect. */
const RU_BEFORE =
  /(?<![\p{L}])(?<!не\s)распростран(?:яется|яются)\s+на\s+(?:[\p{L}-]+\s+){0,2}?(?:правонарушени|деяни|отношени|правоотношени|договор|сделк|действи)\p{L}*\s*,?\s+(?:совершенн|возникш|заключенн)\p{L}*\s+до\s+(?:введения|вступления|дня\s+введения|дня\s+вступления)(?![\p{L}])/gu;
const KK_BEFORE =
  /(?<![\p{L}])(?:қолданысқа\s+енгізілгенге|күшіне\s+енгенге)\s+дейін\s+(?:жасалған|туындаған|пайда\s+болған|жасалған)\s+(?:[\p{L}-]+\s+){0,2}?(?:құқық\s+бұзушылықтарға|бұзушылықтарға|қатынастарға|шарттарға|әрекеттерге|мәмілелерге|іс-әрекеттерге)\s+(?:қолданылады|қолданылсын|таралады)(?![\p{L}])/gu;
const KK =
  /(?<![\p{L}])бастап\s+(?:туындаған|пайда\s+болған)\s+(?:құқықтық\s+)?қатынастарға\s+(?:қолданылады|қолданылсын|таралады|таратылсын|қолданыла\s+береді)(?![\p{L}])/gu;

function scanAll(re: RegExp, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export default defineRule({
  id: "LA-RETROACTIVITY-CLAUSE",
  pack: "legal-acts",
  brief: ["L-24"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "43", paragraph: "2" },
  messages: {
    ru: {
      title: "Обратная сила акта: «{quote}»",
      message: "Акт распространяется на отношения, возникшие до его введения в действие («{quote}»); требует проверки, что он только улучшает положение лиц.",
      explanation:
        "Нормативные правовые акты не имеют обратной силы, кроме случаев, когда обратная сила предусмотрена самим актом или актом о введении его в действие; обратная сила допустима, если акт отменяет обязанности или улучшает положение лиц (Закон «О правовых актах», ст. 43). Акты, устанавливающие новые обязанности, ухудшающие положение лиц, устанавливающие или усиливающие ответственность, обратной силы не имеют (п. 3, 4 ст. 43). Рекомендуется проверить, что нормы, на которые распространяется оговорка, только улучшают положение или отменяют обязанности, и при необходимости ограничить оговорку этими нормами.",
    },
    kk: {
      title: "Актінің кері күші: «{quote}»",
      message: "Акт қолданысқа енгізілгенге дейін туындаған қатынастарға қолданылады («{quote}»); ол адамдардың жағдайын тек жақсартатынын тексеруді қажет етеді.",
      explanation:
        "Нормативтік құқықтық актілердің кері күші болмайды, кері күш актінің өзінде немесе оны қолданысқа енгізу туралы актіде көзделген жағдайларды қоспағанда; акт міндеттерді жойса немесе адамдардың жағдайын жақсартса, кері күшке жол беріледі («Құқықтық актілер туралы» Заңның 43-бабы). Жаңа міндеттер белгілейтін, адамдардың жағдайын нашарлататын, жауаптылықты белгілейтін немесе күшейтетін актілердің кері күші болмайды (43-баптың 3, 4-тармақтары). Ескертпе қолданылатын нормалар жағдайды тек жақсартатынын немесе міндеттерді жоятынын тексеру және қажет болса ескертпені сол нормалармен шектеу ұсынылады.",
    },
    en: {
      title: "Retroactive effect: «{quote}»",
      message: "The act extends to relations that arose before it took effect («{quote}»); check that it only improves the position of persons.",
      explanation:
        "Normative acts have no retroactive force unless the act itself (or the act on its entry into force) provides for it; retroactivity is allowed when the act removes duties or improves the position of persons (Law \"On Legal Acts\" art. 43). Acts that impose new duties, worsen anyone's position or establish or increase liability have no retroactive force (art. 43(3)–(4)). Check that the norms covered only improve positions or remove duties, and limit the clause to them if needed.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.operative()) {
      for (const s of scanAll(p.language === "kk" ? KK_BEFORE : RU_BEFORE, p.folded)) spans.push({ para: positionOf(ctx, p), ...s });
      const re = p.language === "kk" ? KK : RU;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.folded)) !== null) {
        let start = m.index;
        if (p.language === "kk") {
          // Quote from the date: «2024 жылғы 1 қаңтардан бастап туындаған қатынастарға қолданылады».
          const before = p.folded.slice(Math.max(0, start - 40), start);
          const d = /(\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+\s*)$/u.exec(before);
          if (d) start -= d[1]!.length;
        }
        spans.push({ para: positionOf(ctx, p), start, end: m.index + m[0].length });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "law",
        text: "Статья 3. Действие подпункта 2) статьи 1 настоящего Закона распространяется на деяния, совершенные до введения его в действие.",
        quote: "распространяется на деяния, совершенные до введения",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3-бап. Осы Заңның 1-бабының 2) тармақшасы ол қолданысқа енгізілгенге дейін жасалған әрекеттерге қолданылады.",
        quote: "қолданысқа енгізілгенге дейін жасалған әрекеттерге қолданылады",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "3. Настоящее решение вводится в действие со дня его первого официального опубликования и распространяется на отношения, возникшие с 1 января 2025 года.",
        quote: "распространяется на отношения, возникшие с",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "4. Действие пункта 2 настоящего приказа распространяется на правоотношения, возникшие с 1 июля 2025 года.",
        quote: "распространяется на правоотношения, возникшие с",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "3. Осы шешім алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі және 2025 жылғы 1 қаңтардан бастап туындаған қатынастарға қолданылады.",
        quote: "2025 жылғы 1 қаңтардан бастап туындаған қатынастарға қолданылады",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "4. Осы бұйрықтың 2-тармағы 2025 жылғы 1 шілдеден бастап туындаған құқықтық қатынастарға таралады.",
        quote: "2025 жылғы 1 шілдеден бастап туындаған құқықтық қатынастарға таралады",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "law",
        text: "Статья 3. Действие подпункта 2) статьи 1 настоящего Закона не распространяется на деяния, совершенные до введения его в действие.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3-бап. Осы Заңның 1-бабының 2) тармақшасы ол қолданысқа енгізілгенге дейін жасалған әрекеттерге қолданылмайды.",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "3. Настоящее решение вводится в действие с 1 января 2026 года.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "2. Действие настоящего Закона распространяется на отношения, связанные с оказанием медицинской помощи.",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: "3. Осы шешім 2026 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "2. Осы Заңның күші медициналық көмек көрсетуге байланысты қатынастарға қолданылады.",
      },
    ],
  },
});
