import { SUBORDINATE_TYPES } from "../../data/act-hierarchy";
import { positionOf, sentenceOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";
import { mayMatch, prefiltered } from "../../document/match";

/**
 * Decidable textual signs that a subordinate act adds refusal grounds or documents of its own: «основанием для
 * отказа также является», «дополнительно представляет» (with an applicant as the subject). An explicit contrast
 * with the law («помимо оснований, предусмотренных Законом») is the strongest sign.
 */
const RU_REFUSAL =
  /(?<![\p{L}])(?:основани\p{L}*\s+(?:для\s+)?отказа(?:\s+[^.;:]{0,120}?)?\s+также\s+явля\p{L}*|также\s+явля\p{L}*\s+основани\p{L}*\s+(?:для\s+)?отказа|дополнительн\p{L}*\s+основани\p{L}*\s+(?:для\s+)?отказа)(?![\p{L}])/gu;
const RU_DOCS = /(?<![\p{L}])дополнительно\s+(?:представля\p{L}*|предоставля\p{L}*|прилага\p{L}*|прикладыва\p{L}*)(?![\p{L}])/gu;
const RU_BEYOND =
  /(?<![\p{L}])(?:помимо|кроме|сверх)\s+(?:оснований|документов|требований)\s*,?\s+(?:предусмотренных|установленных|указанных)\s+(?:в\s+)?(?:закон|кодекс|стать|пункт)\p{L}*/gu;
const KK_REFUSAL =
  /(?<![\p{L}])(?:бас\s+тарт\p{L}*\s+(?:үшін\s+)?(?:қосымша\s+)?негіз\p{L}*\s+(?:да|де)\s+болып\s+табылады|бас\s+тарт\p{L}*\s+(?:үшін\s+)?қосымша\s+негіз\p{L}*|сондай-ақ\s+[^.;:]{0,160}?бас\s+тарт\p{L}*\s+(?:үшін\s+)?негіз\p{L}*\s+болып\s+табылады)(?![\p{L}])/gu;
const KK_DOCS = /(?<![\p{L}])қосымша\s+(?:ұсынады|ұсынылады|тапсырады|қоса\s+береді|береді)(?![\p{L}])/gu;
const KK_BEYOND =
  /(?<![\p{L}])(?:заңда|кодексте|заңның\s+[^.;:]{0,40}?)\s*(?:көзделген|белгіленген)\s+(?:негіздерден|құжаттардан|талаптардан)\s+(?:басқа|бөлек|тыс|бөлек\s+те)(?![\p{L}])/gu;

/**
 * A new reporting duty of private persons: «работодатели обязаны ежемесячно представлять … отчет», «… есепті ай сайын
 * ұсынуға міндетті». The addressee must be a private person and the sentence must not refer to the law that sets it.
 */
const RU_REPORT_DUTY =
  /(?<![\p{L}])(?:обязан\p{L}*|должн\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?(?:представлять|представить|предоставлять|предоставить|направлять|направить|подавать|подать|сообщать|сообщить)\s+(?:[^.;:]{0,60}?\s)?(?:отч[её]т\p{L}*|сведени\p{L}*|информаци\p{L}*|данны\p{L}*)(?![\p{L}])/gu;
const KK_REPORT_DUTY =
  /(?<![\p{L}])(?:есеп\p{L}*|мәлімет\p{L}*|ақпарат\p{L}*|деректер\p{L}*)\s+(?:[^.;:]{0,60}?\s)?(?:ұсынуға|беруге|жіберуге|тапсыруға|хабарлауға)\s+(?:міндетті|тиіс)(?![\p{L}])/gu;
/** The duty is taken from a higher act («в соответствии со статьей 25 Закона», «Заңның … сәйкес»). */
const RU_FROM_LAW = /в\s+соответствии\s+с|согласно|предусмотренн\p{L}*\s+(?:закон|кодекс|стать)|установленн\p{L}*\s+(?:закон|кодекс)/u;
const KK_FROM_LAW = /сәйкес|көзделген|заңында\s+белгіленген/u;
const RU_PRIVATE =
  /работодател|субъект\p{L}*\s+предпринимательств|индивидуальн\p{L}*\s+предпринимател|юридическ\p{L}*\s+лиц|физическ\p{L}*\s+лиц|владел|собственник|заявител|услугополучател|недропользовател|природопользовател|перевозчик|застройщик|арендатор|поставщик|лицензиат|хозяйствующ/u;
const KK_PRIVATE =
  /жұмыс\s+беруш|кәсіпкерлік\s+субъекті|дара\s+кәсіпкер|заңды\s+тұлға|жеке\s+тұлға|иелен|меншік\s+иес|иелері|өтініш\s+беруш|көрсетілетін\s+қызметті\s+алуш|жер\s+қойнауын\s+пайдалануш|табиғат\s+пайдалануш|тасымалдауш|құрылыс\s+салуш|жалға\s+алуш|өнім\s+беруш|лицензиат/u;

/** The one who has to submit is a person, not a state body. */
const RU_APPLICANT =
  /заявител|услугополучател|физическ\p{L}*\s+лиц|юридическ\p{L}*\s+лиц|субъект|кандидат|претендент|получател|участник|поставщик|владел|собственник|лицо|лица/u;
const KK_APPLICANT = /(?<![\p{L}])(?:өтініш\s+беруш|қызметті\s+алуш|жеке\s+тұлға|заңды\s+тұлға|субъекті|үміткер|алушы|қатысушы|өнім\s+беруш|иесі|тұлға)/u;

for (const re of [RU_REFUSAL, RU_DOCS, RU_BEYOND, KK_REFUSAL, KK_DOCS, KK_BEYOND, RU_REPORT_DUTY, KK_REPORT_DUTY]) prefiltered(re);

/** Matches of `re` in folded text (skipped when the prefilter shows it cannot match). */
function scan(re: RegExp, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!mayMatch(re, text)) return out;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export default defineRule({
  id: "LA-BEYOND-LAW",
  pack: "legal-acts",
  brief: ["L-01"],
  severity: "error",
  actTypes: SUBORDINATE_TYPES,
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "24", paragraph: "1" },
  messages: {
    ru: {
      title: "Подзаконный акт может выходить за пределы закона: «{quote}»",
      message: "Слова «{quote}» вводят основания отказа или документы сверх перечня, установленного вышестоящим актом; требует экспертной проверки.",
      explanation:
        "Подзаконный нормативный правовой акт только детализирует нормы закона и не может содержать норм, выходящих за пределы законов (Закон «О правовых актах», п. 1 ст. 24); акт нижестоящего уровня не должен противоречить актам вышестоящих уровней (п. 3 ст. 10). Дополнительные основания для отказа и дополнительные документы, не предусмотренные законом, — возможное противоречие этим нормам. Рекомендуется сверить перечень с законом и оставить только основания и документы, которые закон устанавливает, со ссылкой на его норму.",
    },
    kk: {
      title: "Заңға тәуелді акт заңның шегінен шығуы мүмкін: «{quote}»",
      message: "«{quote}» деген сөздер жоғары тұрған актіде белгіленген тізбеден тыс бас тарту негіздерін немесе құжаттарды енгізеді; сараптамалық тексеруді қажет етеді.",
      explanation:
        "Заңға тәуелді нормативтік құқықтық акт заң нормаларын тек нақтылайды және заңдардың шегінен шығатын нормаларды қамтуы мүмкін емес («Құқықтық актілер туралы» Заңның 24-бабының 1-тармағы); төмен тұрған деңгейдегі акт жоғары тұрған деңгейлердегі актілерге қайшы келмеуге тиіс (10-баптың 3-тармағы). Заңда көзделмеген қосымша бас тарту негіздері мен қосымша құжаттар — осы нормалармен ықтимал қайшылық. Тізбені заңмен салыстырып, заң белгілеген негіздер мен құжаттарды ғана оның нормасына сілтеме жасай отырып қалдыру ұсынылады.",
    },
    en: {
      title: "Subordinate act may go beyond the law: «{quote}»",
      message: "The words «{quote}» add refusal grounds or documents beyond the list set by the higher act; requires expert review.",
      explanation:
        "A subordinate act only details the law and may not contain norms that go beyond the laws (Law \"On Legal Acts\" art. 24(1)); a lower act must not contradict higher ones (art. 10(3)). Extra refusal grounds or documents that the law does not provide for are a possible conflict with these norms. Compare the list with the law and keep only the grounds and documents the law sets, citing its norm.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const kk = p.language === "kk";
      const para = positionOf(ctx, p);
      const explicit = scan(kk ? KK_BEYOND : RU_BEYOND, p.folded);
      for (const s of explicit) spans.push({ para, ...s });
      for (const s of scan(kk ? KK_REFUSAL : RU_REFUSAL, p.folded)) {
        if (spans.some((o) => o.para === para && o.start <= s.start && o.end >= s.start)) continue;
        spans.push({ para, ...s, severity: explicit.length > 0 ? "error" : "warning" });
      }
      for (const s of scan(kk ? KK_REPORT_DUTY : RU_REPORT_DUTY, p.folded)) {
        const sentence = sentenceOf(p, s);
        if (!(kk ? KK_PRIVATE : RU_PRIVATE).test(sentence)) continue;
        if ((kk ? KK_FROM_LAW : RU_FROM_LAW).test(sentence)) continue;
        spans.push({ para, ...s, severity: explicit.length > 0 ? "error" : "warning" });
      }
      for (const s of scan(kk ? KK_DOCS : RU_DOCS, p.folded)) {
        const sentence = sentenceOf(p, s);
        if (!(kk ? KK_APPLICANT : RU_APPLICANT).test(sentence)) continue;
        spans.push({ para, ...s, severity: explicit.length > 0 ? "error" : "warning" });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "12. Основанием для отказа в выдаче разрешения также является наличие у заявителя задолженности по арендной плате.",
        quote: "Основанием для отказа в выдаче разрешения также является",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. Для получения субсидии заявитель дополнительно представляет справку об отсутствии задолженности перед бюджетом.",
        quote: "дополнительно представляет",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "9. Помимо оснований, предусмотренных Законом Республики Казахстан «О разрешениях и уведомлениях», в выдаче лицензии отказывается при отсутствии договора аренды.",
        quote: "Помимо оснований, предусмотренных Законом",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "12. Сондай-ақ өтініш берушінің жалдау ақысы бойынша берешегінің болуы рұқсат беруден бас тарту үшін негіз болып табылады.",
        quote: "Сондай-ақ өтініш берушінің жалдау ақысы бойынша берешегінің болуы рұқсат беруден бас тарту үшін негіз болып табылады",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "5. Субсидия алу үшін өтініш беруші бюджет алдында берешегінің жоқ екені туралы анықтаманы қосымша ұсынады.",
        quote: "қосымша ұсынады",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "6. Собственники рекламных конструкций обязаны ежеквартально направлять в отдел предпринимательства сведения о размещенной рекламе.",
        quote: "обязаны ежеквартально направлять в отдел предпринимательства сведения",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "6. Жарнама құрылғыларының меншік иелері орналастырылған жарнама туралы мәліметтерді кәсіпкерлік бөліміне тоқсан сайын жіберуге міндетті.",
        quote: "мәліметтерді кәсіпкерлік бөліміне тоқсан сайын жіберуге міндетті",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "12. Основания для отказа в оказании государственной услуги установлены пунктом 2 статьи 19-1 Закона Республики Казахстан «О государственных услугах».",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "4. Министерство финансов Республики Казахстан дополнительно представляет в Правительство Республики Казахстан сведения об исполнении бюджета.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "3. Основанием для отказа в выдаче лицензии также является наличие вступившего в законную силу решения суда.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "12. Мемлекеттік көрсетілетін қызметті көрсетуден бас тарту үшін негіздер «Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасы Заңының 19-1-бабының 2-тармағында белгіленген.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "4. Қазақстан Республикасының Қаржы министрлігі бюджеттің атқарылуы туралы мәліметтерді Қазақстан Республикасының Үкіметіне қосымша ұсынады.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "8. В соответствии с пунктом 2 статьи 36 Экологического кодекса Республики Казахстан природопользователи обязаны ежегодно представлять отчет о выполнении программы производственного экологического контроля.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "6. Отдел предпринимательства района обязан ежеквартально направлять в акимат области сведения о размещенной рекламе.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "8. Қазақстан Республикасы Экология кодексінің 36-бабының 2-тармағына сәйкес табиғат пайдаланушылар өндірістік экологиялық бақылау бағдарламасының орындалуы туралы есепті жыл сайын ұсынуға міндетті.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "6. Аудандық кәсіпкерлік бөлімі орналастырылған жарнама туралы мәліметтерді облыс әкімдігіне тоқсан сайын жіберуге міндетті.",
      },
    ],
  },
});
