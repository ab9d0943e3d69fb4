import type { ParsedParagraph } from "../../document/model";
import { defineRule, type RuleSpan } from "../types";

/**
 * The same norm stated twice in one act (ZPA 24(3)): two units of the same part of the act whose texts are
 * near-identical — token-set (Jaccard) similarity ≥ 0.9 over word stems, both at least 80 characters, the same
 * numbers, in the same chapter — leaving out standard formulas (registration, publication, control, entry into
 * force), list items, headings and tables. Two chapters on two different commissions may legitimately repeat
 * their procedure; inside one chapter a repetition is rarely intended.
 */
const MIN_LENGTH = 80;
const THRESHOLD = 0.9;
const MAX_COMPARISONS = 400_000;

const STANDARD =
  /государственн\p{L}*\s+регистраци|официальн\p{L}*\s+опубликовани|интернет-ресурс|контроль\s+за\s+исполнением|вводится\s+в\s+действие|вступает\s+в\s+силу|утратившим\p{L}*\s+силу|мемлекеттік\s+тіркел|ресми\s+жариял|интернет-ресурс|орындалуын\s+бақылау|қолданысқа\s+енгізіледі|күшіне\s+енеді|күші\s+жойылды|эталонн\p{L}*\s+контрольн|эталондық\s+бақылау/u;
const CHAPTER = /^\s*(?:глава|раздел)\s+[\divxlcі]+|^\s*[\divxlcі]+[-\s](?:тарау|бөлім)/u;
const VARIABLE = /^\S{1,12}\s+[–—-]\s/u;
const TABLE = /\t|\s\|\s|_{3,}|\.{5,}/u;

function tokens(p: ParsedParagraph): { set: Set<string>; numbers: string } {
  const text = p.numberEnd !== undefined ? p.folded.slice(p.numberEnd) : p.folded;
  const words = text.match(/[\p{L}\d]+/gu) ?? [];
  const set = new Set<string>();
  const nums: string[] = [];
  for (const w of words) {
    if (/^\d+$/u.test(w)) nums.push(w);
    // Word stems (first six letters) so that endings do not hide a repetition; short function words left out.
    else if (w.length >= 4) set.add(w.slice(0, 6));
  }
  return { set, numbers: nums.join(" ") };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export default defineRule({
  id: "LA-REPEATED-NORM",
  pack: "legal-acts",
  brief: ["L-06"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "24", paragraph: "3" },
  messages: {
    ru: {
      title: "Норма повторяется в акте: «{quote}»",
      message: "«{quote}»: текст почти совпадает с абзацем «{other}» (совпадение слов {similarity} %).",
      explanation:
        "Норма, изложенная в одном структурном элементе акта, не должна повторяться в других его элементах (Закон «О правовых актах», п. 3 ст. 24). Повтор увеличивает объём акта и при последующих изменениях ведёт к расхождению двух редакций одной нормы. Если связь норм нужна, допускается ссылка на элемент (п. 2 ст. 25). Рекомендуется оставить норму в одном элементе и требует экспертной проверки, не различаются ли элементы по существу.",
    },
    kk: {
      title: "Норма актіде қайталанады: «{quote}»",
      message: "«{quote}»: мәтін «{other}» абзацымен іс жүзінде сәйкес келеді (сөздердің сәйкестігі {similarity} %).",
      explanation:
        "Актінің бір құрылымдық элементінде жазылған норма оның басқа элементтерінде қайталанбауға тиіс («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы). Қайталау актінің көлемін ұлғайтады және кейінгі өзгерістер кезінде бір норманың екі редакциясының алшақтауына әкеледі. Нормалардың байланысы қажет болса, элементке сілтеме жасауға жол беріледі (25-баптың 2-тармағы). Норманы бір элементте қалдыру ұсынылады; элементтердің мәні бойынша айырмашылығы сараптамалық тексеруді қажет етеді.",
    },
    en: {
      title: "Norm repeated in the act: «{quote}»",
      message: "«{quote}»: the text nearly repeats the paragraph «{other}» ({similarity} % of words shared).",
      explanation:
        "A norm set out in one unit of an act is not repeated in another unit of the same act (Law \"On Legal Acts\" art. 24(3)). Repetition inflates the act and, after later amendments, leads to two diverging wordings of one norm. Where a link is needed, refer to the unit (art. 25(2)). Keep the norm in one unit; whether the units differ in substance requires expert review.",
    },
  },
  detect(ctx) {
    const items: { p: ParsedParagraph; i: number; set: Set<string>; numbers: string; chapter: number }[] = [];
    // Chapters and sections, Roman-numbered ones included («Глава II»), delimit the comparison.
    const chapterOf = new Map<ParsedParagraph, number>();
    let chapter = 0;
    for (const p of ctx.doc.paragraphs) {
      if (!p.quoted && (p.kind === "chapter" || p.kind === "section" || p.kind === "annex" || CHAPTER.test(p.folded))) chapter++;
      chapterOf.set(p, chapter);
    }
    for (const p of ctx.operative()) {
      const body = p.text.trim();
      if (body.length < MIN_LENGTH || STANDARD.test(p.folded) || TABLE.test(p.text)) continue;
      // A norm is a point or a part ending with a full stop; list items («…;», «…:»), headings and the
      // explanations of a formula's variables («РЗi – расчетные затраты …») are not compared.
      if (p.kind !== "point" && p.kind !== "text") continue;
      if (!/[.!»"]\s*$/u.test(body) || VARIABLE.test(body) || /=/u.test(body)) continue;
      const t = tokens(p);
      if (t.set.size < 8) continue;
      items.push({ p, i: ctx.doc.paragraphs.indexOf(p), ...t, chapter: chapterOf.get(p)! });
    }
    items.sort((a, b) => a.set.size - b.set.size || a.i - b.i);
    const spans: RuleSpan[] = [];
    const reported = new Set<number>();
    let comparisons = 0;
    for (let x = 0; x < items.length; x++) {
      const a = items[x]!;
      for (let y = x + 1; y < items.length; y++) {
        const b = items[y]!;
        if (a.set.size < b.set.size * THRESHOLD) break;
        if (++comparisons > MAX_COMPARISONS) return spans;
        if (a.p.language !== b.p.language || a.chapter !== b.chapter || a.numbers !== b.numbers) continue;
        const sim = jaccard(a.set, b.set);
        if (sim < THRESHOLD) continue;
        const [first, second] = a.i < b.i ? [a, b] : [b, a];
        if (reported.has(second.i)) continue;
        reported.add(second.i);
        const p = second.p;
        const start = p.numberEnd !== undefined ? p.numberEnd + (/^\s*/u.exec(p.text.slice(p.numberEnd))?.[0].length ?? 0) : p.text.length - p.text.trimStart().length;
        const end = p.text.trimEnd().length;
        const other = first.p.text.trim();
        spans.push({
          para: second.i,
          start,
          end,
          data: { other: other.length > 70 ? `${other.slice(0, 67)}…` : other, similarity: String(Math.round(sim * 100)) },
        });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "5. Услугодатель в течение трех рабочих дней со дня получения документов проверяет их полноту и при неполноте пакета документов направляет мотивированный отказ.",
          "6. Справка выдается бесплатно.",
          "7. Услугодатель в течение трех рабочих дней со дня получения документов проверяет их полноту и при неполноте пакета документов направляет мотивированный отказ.",
        ].join("\n"),
        quote: "Услугодатель в течение трех рабочих дней со дня получения документов проверяет их полноту и при неполноте пакета документов направляет мотивированный отказ.",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "2. Социальная помощь оказывается участникам и лицам с инвалидностью вследствие войны на основании заявления и документа, удостоверяющего личность.",
          "3. Размер помощи определяется комиссией.",
          "4. Социальная помощь оказывается участникам и лицам с инвалидностью вследствие войны на основании их заявления и документа, удостоверяющего личность.",
        ].join("\n"),
        quote: "Социальная помощь оказывается участникам и лицам с инвалидностью вследствие войны на основании их заявления и документа, удостоверяющего личность.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "5. Көрсетілетін қызметті беруші құжаттарды алған күннен бастап үш жұмыс күні ішінде олардың толықтығын тексереді және құжаттар топтамасы толық болмаған жағдайда дәлелді бас тарту жібереді.",
          "6. Анықтама тегін беріледі.",
          "7. Көрсетілетін қызметті беруші құжаттарды алған күннен бастап үш жұмыс күні ішінде олардың толықтығын тексереді және құжаттар топтамасы толық болмаған жағдайда дәлелді бас тарту жібереді.",
        ].join("\n"),
        quote: "Көрсетілетін қызметті беруші құжаттарды алған күннен бастап үш жұмыс күні ішінде олардың толықтығын тексереді және құжаттар топтамасы толық болмаған жағдайда дәлелді бас тарту жібереді.",
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: [
          "2. Әлеуметтік көмек соғыс ардагерлеріне және соғыс салдарынан мүгедектігі бар адамдарға өтініш пен жеке басын куәландыратын құжат негізінде көрсетіледі.",
          "3. Көмектің мөлшерін комиссия айқындайды.",
          "4. Әлеуметтік көмек соғыс ардагерлеріне және соғыс салдарынан мүгедектігі бар адамдарға олардың өтініші мен жеке басын куәландыратын құжат негізінде көрсетіледі.",
        ].join("\n"),
        quote: "Әлеуметтік көмек соғыс ардагерлеріне және соғыс салдарынан мүгедектігі бар адамдарға олардың өтініші мен жеке басын куәландыратын құжат негізінде көрсетіледі.",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "2. Единовременная социальная помощь участникам войны оказывается ко Дню Победы в размере 100 месячных расчетных показателей на основании списков уполномоченного органа.",
          "3. Единовременная социальная помощь лицам с инвалидностью вследствие войны оказывается ко Дню Победы в размере 50 месячных расчетных показателей на основании списков уполномоченного органа.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "2. Департаменту в установленном законодательством порядке обеспечить государственную регистрацию настоящего приказа в Министерстве юстиции Республики Казахстан.",
          "3. Комитету в установленном законодательством порядке обеспечить государственную регистрацию настоящего приказа в Министерстве юстиции Республики Казахстан.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "maslikhat-decision",
        text: [
          "2. Соғысқа қатысушыларға біржолғы әлеуметтік көмек Жеңіс күніне орай уәкілетті органның тізімдері негізінде 100 айлық есептік көрсеткіш мөлшерінде көрсетіледі.",
          "3. Соғыс салдарынан мүгедектігі бар адамдарға біржолғы әлеуметтік көмек Жеңіс күніне орай уәкілетті органның тізімдері негізінде 50 айлық есептік көрсеткіш мөлшерінде көрсетіледі.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "2. Департамент заңнамада белгіленген тәртіппен осы бұйрықтың Қазақстан Республикасы Әділет министрлігінде мемлекеттік тіркелуін қамтамасыз етсін.",
          "3. Комитет заңнамада белгіленген тәртіппен осы бұйрықтың Қазақстан Республикасы Әділет министрлігінде мемлекеттік тіркелуін қамтамасыз етсін.",
        ].join("\n"),
      },
    ],
  },
});
