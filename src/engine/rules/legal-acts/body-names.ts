import type { Language } from "../../../contract";
import { RENAMED_BODIES } from "../../data/body-names";
import { phraseRegex, findAll } from "../../document/match";
import { around, positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

const COMPILED = RENAMED_BODIES.map((b) => ({
  body: b,
  re: { ru: phraseRegex(b.patterns.ru), kk: phraseRegex(b.patterns.kk) } as Record<Language, RegExp>,
}));

/** A reference to an act adopted under the old name: «приказ Министра … от 22 мая 2020 года № 219», «… 2020 жылғы 22 мамырдағы № 219 бұйрығы». */
const RU_ACT_BEFORE = /(?:приказ\p{L}*|постановлени\p{L}*|совместн\p{L}*|утвержденн\p{L}*|и\.\s*о\.|исполняющего\s+обязанности)\s+(?:\p{L}+\s+){0,2}$/u;
const RU_ACT_AFTER = /^[^.;]{0,120}?\s(?:от\s+\d{1,2}[\s.]|№\s*\d)/u;
const KK_ACT_AFTER = /^[^.;]{0,60}?(?:\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+|№\s*\d)[^.;]{0,80}?(?:бұйрығ|қаулы|бірлескен)/u;
const KK_ACT_BEFORE = /(?:\d{4}\s+жылғы\s+\d{1,2}\s+\p{L}+\s+№\s*\S+\s+)$/u;

export default defineRule({
  id: "LA-BODY-NAMES",
  pack: "legal-acts",
  brief: ["L-27"],
  severity: "info",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "24", paragraph: "6" },
  messages: {
    ru: {
      title: "Прежнее наименование государственного органа: «{quote}»",
      message: "«{quote}» — прежнее наименование центрального государственного органа; ныне: {current}.",
      explanation:
        "Наименования государственных органов излагаются полностью, в соответствии с их официальным названием и единообразно по всему тексту (Закон «О правовых актах», п. 6 ст. 24). После реорганизации прежнее наименование в новой норме делает неясным, какой орган исполняет поручение. Ссылки на акты, принятые под прежним наименованием, не отмечаются. Рекомендуется указать действующее наименование органа.",
    },
    kk: {
      title: "Мемлекеттік органның бұрынғы атауы: «{quote}»",
      message: "«{quote}» — орталық мемлекеттік органның бұрынғы атауы; қазіргі атауы: {current}.",
      explanation:
        "Мемлекеттік органдардың атаулары ресми атауына сәйкес толық және бүкіл мәтін бойынша біркелкі жазылады («Құқықтық актілер туралы» Заңның 24-бабының 6-тармағы). Қайта ұйымдастырудан кейін жаңа нормадағы бұрынғы атау тапсырманы қай орган орындайтынын түсініксіз етеді. Бұрынғы атаумен қабылданған актілерге сілтемелер белгіленбейді. Органның қолданыстағы атауын көрсету ұсынылады.",
    },
    en: {
      title: "Former name of a state body: «{quote}»",
      message: "«{quote}» is the former name of a central state body; now: {current}.",
      explanation:
        "Names of state bodies are written in full, as officially named, and uniformly throughout the text (Law \"On Legal Acts\" art. 24(6)). After a reorganisation a former name in a new norm leaves unclear which body acts. References to acts adopted under the former name are not flagged. Use the body's current name.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.operative()) {
      if (p.isTransitional) continue;
      const lang = p.language;
      for (const { body, re } of COMPILED) {
        for (const m of findAll(re[lang], p.text, p.folded)) {
          const { before, after } = around(p, m, 120);
          if (lang === "ru" && (RU_ACT_BEFORE.test(before) || RU_ACT_AFTER.test(after))) continue;
          if (lang === "kk" && (KK_ACT_AFTER.test(after) || KK_ACT_BEFORE.test(before))) continue;
          spans.push({ para: positionOf(ctx, p), start: m.start, end: m.end, data: { current: body.current[lang] } });
        }
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: "3. Министерству образования и науки Республики Казахстан обеспечить методическое сопровождение внедрения Правил.",
        quote: "Министерству образования и науки",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. Сведения о проведенных мероприятиях направляются в Министерство культуры и спорта Республики Казахстан ежеквартально.",
        quote: "Министерство культуры и спорта",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "3. Қазақстан Республикасының Білім және ғылым министрлігі Қағидаларды енгізуді әдістемелік сүйемелдеуді қамтамасыз етсін.",
        quote: "Білім және ғылым министрлігі",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "5. Өткізілген іс-шаралар туралы мәліметтер Қазақстан Республикасының Мәдениет және спорт министрлігіне тоқсан сайын жіберіледі.",
        quote: "Мәдениет және спорт министрлігіне",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "1. Внести в приказ Министра образования и науки Республики Казахстан от 22 мая 2020 года № 219 «Об утверждении Правил оказания государственной услуги» следующие изменения:",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "3. Министерству просвещения Республики Казахстан обеспечить методическое сопровождение внедрения Правил.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "1. «Мемлекеттік көрсетілетін қызмет қағидаларын бекіту туралы» Қазақстан Республикасы Білім және ғылым министрінің 2020 жылғы 22 мамырдағы № 219 бұйрығына мынадай өзгерістер енгізілсін:",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "3. Қазақстан Республикасының Оқу-ағарту министрлігі Қағидаларды енгізуді әдістемелік сүйемелдеуді қамтамасыз етсін.",
      },
    ],
  },
});
