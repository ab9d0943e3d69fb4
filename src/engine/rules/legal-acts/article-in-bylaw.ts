import { SUBORDINATE_ACT_TYPES } from "../../document/act-type";
import { defineRule, type RuleSpan } from "../types";

/** A draft law approved for submission, or a treaty approved by the act, legitimately has articles. */
const DRAFT_LAW = /проект\p{L}*\s+(?:конституционн\p{L}*\s+)?(?:закона|кодекса)|(?:заң|кодекс)\s+жобас\p{L}*/u;
const TREATY = /договаривающ\p{L}*|(?<![\p{L}])сторон(?:ы|а)(?![\p{L}])|уағдаласушы|(?<![\p{L}])тараптар(?![\p{L}])|соглашени\p{L}*|конвенци\p{L}*|келісім\p{L}*/u;

export default defineRule({
  id: "LA-ARTICLE-IN-BYLAW",
  pack: "legal-acts",
  brief: ["L-09"],
  severity: "warning",
  actTypes: SUBORDINATE_ACT_TYPES,
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "23", paragraph: "1" },
  messages: {
    ru: {
      title: "Статьи в подзаконном акте: «{quote}»",
      message: "«{quote}»: подзаконный акт разделён на статьи ({count}), а не на пункты.",
      explanation:
        "Законодательные акты состоят из статей; иные нормативные правовые акты состоят из пунктов без их наименования словом «пункт», которые могут включать подпункты, части и абзацы (Закон «О правовых актах», п. 1 ст. 23). Деление подзаконного акта или утверждаемых им правил на статьи придаёт ему форму закона. Рекомендуется заменить статьи сквозной нумерацией пунктов.",
    },
    kk: {
      title: "Заңға тәуелді актідегі баптар: «{quote}»",
      message: "«{quote}»: заңға тәуелді акт тармақтарға емес, баптарға ({count}) бөлінген.",
      explanation:
        "Заңнамалық актілер баптардан тұрады; өзге нормативтік құқықтық актілер «тармақ» деген сөзбен аталмайтын тармақтардан тұрады, олар тармақшаларды, бөліктерді және абзацтарды қамтуы мүмкін («Құқықтық актілер туралы» Заңның 23-бабының 1-тармағы). Заңға тәуелді актіні немесе ол бекітетін қағидаларды баптарға бөлу оған заң нысанын береді. Баптарды тармақтардың өспелі нөмірленуімен ауыстыру ұсынылады.",
    },
    en: {
      title: "Articles in a subordinate act: «{quote}»",
      message: "«{quote}»: the subordinate act is divided into articles ({count}) instead of points.",
      explanation:
        "Legislative acts consist of articles; other normative legal acts consist of points, not labelled with the word «point», which may contain subpoints, parts and indents (Law \"On Legal Acts\" art. 23(1)). Dividing a subordinate act, or the rules it approves, into articles gives it the form of a law. Replace the articles with continuously numbered points.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    if (ctx.doc.paragraphs.some((p) => !p.isNote && DRAFT_LAW.test(p.folded))) return [];
    const articles = ctx.doc.structure.units.filter((u) => u.kind === "article");
    const seenParts = new Set<number>();
    for (const u of articles) {
      if (seenParts.has(u.address.part)) continue;
      seenParts.add(u.address.part);
      const p = ctx.doc.paragraphs[u.paragraphIndex]!;
      if (p.isNote || p.quoted || p.numberStart === undefined || p.numberEnd === undefined) continue;
      const partText = ctx.doc.paragraphs.filter((q) => q.address.part === u.address.part && !q.isNote);
      if (partText.some((q) => TREATY.test(q.folded))) continue;
      const token = p.text.slice(p.numberStart, p.numberEnd).trimEnd();
      const count = articles.filter((a) => a.address.part === u.address.part).length;
      spans.push({ para: u.paragraphIndex, start: p.numberStart, end: p.numberStart + token.length, data: { count: String(count) } });
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["ПРИКАЗЫВАЮ:", "Статья 1. Общие положения", "Настоящие Правила определяют порядок выдачи справок.", "Статья 2. Порядок выдачи"].join("\n"),
        quote: "Статья 1.",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: ["Статья 1. Предмет регулирования", "Настоящие Правила регулируют содержание территорий."].join("\n"),
        quote: "Статья 1.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["БҰЙЫРАМЫН:", "1-бап. Жалпы ережелер", "Осы Қағидалар анықтамалар беру тәртібін айқындайды.", "2-бап. Беру тәртібі"].join("\n"),
        quote: "1-бап.",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: ["1-бап. Реттеу нысанасы", "Осы Қағидалар аумақтарды күтіп-ұстауды реттейді."].join("\n"),
        quote: "1-бап.",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: ["ПРИКАЗЫВАЮ:", "1. Утвердить прилагаемые Правила выдачи справок.", "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования."].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "3. В соответствии со статьей 5 Закона Республики Казахстан «О государственных услугах» услуга оказывается бесплатно.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: ["БҰЙЫРАМЫН:", "1. Қоса беріліп отырған Анықтамалар беру қағидалары бекітілсін."].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "3. «Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасы Заңының 5-бабына сәйкес қызмет тегін көрсетіледі.",
      },
    ],
  },
});
