import { findAll, wordRegex } from "../../document/match";
import type { Language } from "../../../contract";
import { around, positionOf, sentenceOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/** A law amending the Constitution, or the legislature amending it (1995 arts. 62(3), 91). */
const AMEND: Record<Language, RegExp> = {
  ru: wordRegex(
    [
      "(?:конституционн\\p{L}*\\s+)?закон\\p{L}*\\s+(?:республики\\s+казахстан\\s+)?[«\"]?о\\s+внесении\\s+изменени\\p{L}*(?:\\s+и\\s+дополнени\\p{L}*)?\\s+в\\s+конституци(?:ю|и)(?![\\p{L}])",
      "(?:парламент|курултай|мажилис|палат)\\p{L}*(?:\\s+республики\\s+казахстан)?\\s+(?:вносит|вносят|принимает|принимают)\\s+(?:изменени\\p{L}*(?:\\s+и\\s+дополнени\\p{L}*)?\\s+в\\s+конституци(?:ю|и)(?![\\p{L}])|закон\\p{L}*\\s+о\\s+внесении\\s+изменени\\p{L}*(?:\\s+и\\s+дополнени\\p{L}*)?\\s+в\\s+конституци(?:ю|и)(?![\\p{L}]))",
      "изменени\\p{L}*(?:\\s+и\\s+дополнени\\p{L}*)?\\s+в\\s+конституци(?:ю|и)(?![\\p{L}])(?:\\s+республики\\s+казахстан)?\\s+(?:вносятся|принимаются)\\s+(?:парламент\\p{L}*|курултаем|законом)",
    ].join("|"),
  ),
  kk: wordRegex(
    [
      "конституцияға\\s+өзгерістер(?:\\s+мен\\s+толықтырулар)?\\s+енгізу\\s+туралы\\s+(?:конституциялық\\s+)?заң\\p{L}*",
      "конституцияға\\s+өзгерістер(?:\\s+мен\\s+толықтырулар)?\\s+енгізеді",
      "конституцияға\\s+өзгерістер(?:\\s+мен\\s+толықтырулар)?\\s+(?:құрылтай|парламент|заң)\\p{L}*\\s+енгізіледі",
    ].join("|"),
  ),
};

/** The lawful procedure (referendum) or a reference to an earlier, adopted act. */
const LAWFUL: Record<Language, RegExp> = {
  ru: /референдум/u,
  kk: /референдум/u,
};
const EARLIER: Record<Language, RegExp> = {
  ru: /^\s*(?:республики\s+казахстан)?\s*[»"]?\s*(?:от\s+\d|№|\(|,?\s+принят\p{L}*\s+\d)/u,
  kk: /\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+\s*$/u,
};

export default defineRule({
  id: "CONST-AMENDMENT-BY-STATUTE",
  pack: "constitution",
  brief: ["C-14"],
  severity: "error",
  actTypes: ["constitutional-law", "code", "law", "amendment-law"],
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "92", paragraph: "1" },
  messages: {
    ru: {
      title: "Изменение Конституции законом: «{quote}»",
      message: "«{quote}»: по Конституции 2026 года изменения и дополнения в Конституцию вносятся только всенародным референдумом; возможное противоречие.",
      explanation:
        "По Конституции 2026 года изменения и дополнения в Конституцию вносятся всенародным референдумом, проводимым по решению Президента, при наличии заключения Конституционного Суда (ст. 92, 93). Прежняя возможность принять закон о внесении изменений в Конституцию Парламентом (ст. 62, 91 Конституции 1995 года) не сохранена. Норма, предусматривающая изменение Конституции законом или законодательным органом, создаёт возможное противоречие и требует экспертной проверки; ссылки на ранее принятые законы о внесении изменений в Конституцию 1995 года не отмечаются.",
    },
    kk: {
      title: "Конституцияны заңмен өзгерту: «{quote}»",
      message: "«{quote}»: 2026 жылғы Конституция бойынша Конституцияға өзгерістер мен толықтырулар тек жалпыхалықтық референдуммен енгізіледі; ықтимал қайшылық.",
      explanation:
        "2026 жылғы Конституция бойынша Конституцияға өзгерістер мен толықтырулар Президенттің шешімі бойынша өткізілетін жалпыхалықтық референдуммен, Конституциялық Соттың қорытындысы болған кезде енгізіледі (92, 93-баптар). Парламенттің Конституцияға өзгерістер енгізу туралы заң қабылдау мүмкіндігі (1995 жылғы Конституцияның 62, 91-баптары) сақталмаған. Конституцияны заңмен немесе заң шығарушы органның шешімімен өзгертуді көздейтін норма ықтимал қайшылық туғызады және сараптамалық тексеруді қажет етеді; 1995 жылғы Конституцияға өзгерістер енгізу туралы бұрын қабылданған заңдарға сілтемелер белгіленбейді.",
    },
    en: {
      title: "Constitution amended by statute: «{quote}»",
      message: "«{quote}»: under the 2026 Constitution amendments are made only by national referendum; possible conflict.",
      explanation:
        "Under the 2026 Constitution amendments and additions to the Constitution are made by a national referendum called by the President, after a conclusion of the Constitutional Court (arts. 92, 93). The former option of a constitutional amendment law adopted by Parliament (1995 arts. 62, 91) is gone. A provision that amends the Constitution by statute or by the legislature is a possible conflict and requires expert review; references to amendment laws adopted earlier under the 1995 Constitution are not flagged.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      if (p.isTransitional) continue;
      for (const m of findAll(AMEND[p.language], p.text, p.folded)) {
        if (LAWFUL[p.language].test(sentenceOf(p, m))) continue;
        const { before, after } = around(p, m, 60);
        // A title in quotes names a particular act (adopted earlier or under review), not a procedure.
        const inner = p.folded.slice(m.start, m.end);
        if (/[«"„“]\s*(?:о\s+внесении|конституцияға)/u.test(inner) || /[«"„“]\s*$/u.test(before)) continue;
        if (EARLIER[p.language].test(p.language === "ru" ? after : before)) continue;
        spans.push({ para: positionOf(ctx, p), start: m.start, end: m.end });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "law",
        text: "3. Курултай по предложению Президента принимает закон о внесении изменений и дополнений в Конституцию большинством в две трети голосов.",
        quote: "закон о внесении изменений и дополнений в Конституцию",
      },
      {
        lang: "ru",
        actType: "constitutional-law",
        text: "5. Курултай вносит изменения в Конституцию по инициативе не менее одной пятой депутатов.",
        quote: "Курултай вносит изменения в Конституцию",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3. Құрылтай Президенттің ұсынысы бойынша Конституцияға өзгерістер мен толықтырулар енгізу туралы заң қабылдайды.",
        quote: "Конституцияға өзгерістер мен толықтырулар енгізу туралы заң",
      },
      {
        lang: "kk",
        actType: "constitutional-law",
        text: "5. Құрылтай депутаттардың кемінде бестен бірінің бастамасы бойынша Конституцияға өзгерістер енгізеді.",
        quote: "Конституцияға өзгерістер енгізеді",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "constitutional-law",
        text: "1. Изменения и дополнения в Конституцию вносятся всенародным референдумом, проводимым по решению Президента Республики Казахстан.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "2. Законом Республики Казахстан «О внесении изменений и дополнений в Конституцию Республики Казахстан» от 10 марта 2017 года были перераспределены полномочия.",
      },
      {
        lang: "kk",
        actType: "constitutional-law",
        text: "1. Конституцияға өзгерістер мен толықтырулар Қазақстан Республикасы Президентінің шешімі бойынша өткізілетін жалпыхалықтық референдуммен енгізіледі.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "2. Өкілеттіктер «Қазақстан Республикасының Конституциясына өзгерістер мен толықтырулар енгізу туралы» 2017 жылғы 10 наурыздағы Қазақстан Республикасының Заңымен қайта бөлінді.",
      },
    ],
  },
});
