import type { ParsedParagraph } from "../../document/model";
import { defineRule, type RuleSpan } from "../types";

/**
 * The act's own definitions (ZPA 23(7)), «В настоящих Правилах используются следующие основные понятия:» /
 * «Осы Қағидаларда мынадай негізгі ұғымдар пайдаланылады:», followed by subpoints «1) термин – определение;»:
 * - the Kazakh list must follow the Kazakh alphabet (а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ
 *   ц ч ш щ ъ ы і ь э ю я); the Russian list follows the Kazakh order, which one text alone cannot check;
 * - a defined term that the act never uses again is reported as info.
 */
const INTRO = /используются\s+следующие\s+(?:основные\s+)?(?:понятия|термины)|применяются\s+следующие\s+(?:основные\s+)?понятия|мынадай\s+(?:негізгі\s+)?ұғымдар\s+(?:пайдаланылады|қолданылады)/u;
const ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
const SEPARATOR = /\s[-–—]\s/u;
const MIN_OTHER_PARAGRAPHS = 5;

/** Kazakh alphabetical comparison; null when a character outside the alphabet decides (digits, Latin). */
export function compareKazakh(a: string, b: string): number | null {
  const x = a.toLowerCase().replace(/ё/g, "ё");
  const y = b.toLowerCase();
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) continue;
    const cx = x[i] === " " || x[i] === "-" ? -1 : ALPHABET.indexOf(x[i]!);
    const cy = y[i] === " " || y[i] === "-" ? -1 : ALPHABET.indexOf(y[i]!);
    if ((cx < 0 && x[i] !== " " && x[i] !== "-") || (cy < 0 && y[i] !== " " && y[i] !== "-")) return null;
    return cx - cy;
  }
  return x.length - y.length;
}

interface Term {
  para: number;
  start: number;
  end: number;
  /** Folded term without quotes. */
  folded: string;
}

function termOf(p: ParsedParagraph, i: number): Term | null {
  const from = p.numberEnd ?? 0;
  const sep = SEPARATOR.exec(p.text.slice(from));
  if (!sep) return null;
  let start = from;
  let end = from + sep.index;
  while (start < end && /[\s«"“„]/u.test(p.text[start]!)) start++;
  while (end > start && /[\s»"”]/u.test(p.text[end - 1]!)) end--;
  if (end - start < 2 || end - start > 120) return null;
  return { para: i, start, end, folded: p.folded.slice(start, end) };
}

/** A regex that finds the term with any endings of its words («уполномоченный орган» → «уполномоченного органа»). */
function usageRegex(term: string): RegExp | null {
  const words = term.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 6) return null;
  const stems = words.map((w) => {
    const clean = w.replace(/[^\p{L}\d-]/gu, "");
    // A four-letter word loses a final vowel too («зона» → «зоне»).
    const stem =
      clean.length >= 6 ? clean.slice(0, clean.length - 2) : clean.length >= 5 || /^\p{L}{3}[аеиоуыэюяәөүұі]$/u.test(clean) ? clean.slice(0, clean.length - 1) : clean;
    return stem; // "-" is literal outside a character class (and "\-" is invalid with the u flag)
  });
  if (stems.some((s) => s.length === 0)) return null;
  return new RegExp(`(?<![\\p{L}])${stems.join("[\\p{L}\\-]*\\s+(?:\\p{L}+\\s+)?")}`, "u");
}

/**
 * The term used in a coordinated phrase where its head word is shared: «туристских маршрутов и троп» uses «туристская
 * тропа», «туристік маршруттар мен соқпақтар» uses «туристік соқпақ». First and last word stems in one clause.
 */
function coordinatedRegex(term: string): RegExp | null {
  const words = term.split(/\s+/u).map((w) => w.replace(/[^\p{L}\d-]/gu, "")).filter(Boolean);
  if (words.length < 2 || words.length > 6) return null;
  const stem = (w: string) => (w.length >= 6 ? w.slice(0, w.length - 2) : w.length >= 5 || /^\p{L}{3}[аеиоуыэюяәөүұі]$/u.test(w) ? w.slice(0, w.length - 1) : w);
  const first = stem(words[0]!);
  const last = stem(words[words.length - 1]!);
  if (first.length < 3 || last.length < 3) return null;
  return new RegExp(`(?<![\\p{L}])${first}[\\p{L}-]*[^.;:]{0,60}?(?<![\\p{L}])${last}`, "u");
}

export default defineRule({
  id: "LA-DEFINITIONS",
  pack: "legal-acts",
  brief: ["L-08"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "23", paragraph: "7" },
  messages: {
    ru: {
      title: "Определения понятий: «{quote}»",
      message: "«{quote}»: {detail_ru}",
      explanation:
        "Статья (пункт) об основных понятиях содержит определения терминов, которые используются в акте; на казахском языке определения располагаются в алфавитном порядке казахского языка, а текст на русском языке следует этому порядку (Закон «О правовых актах», п. 7 ст. 23). Определение термина, который в акте больше не встречается, излишне, а нарушение порядка затрудняет поиск и сверку текстов на двух языках. Рекомендуется проверить перечень понятий.",
    },
    kk: {
      title: "Ұғымдардың анықтамалары: «{quote}»",
      message: "«{quote}»: {detail_kk}",
      explanation:
        "Негізгі ұғымдар туралы бапта (тармақта) актіде пайдаланылатын терминдердің анықтамалары беріледі; қазақ тілінде анықтамалар қазақ тілінің әліпбилік тәртібімен орналастырылады, ал орыс тіліндегі мәтін осы тәртіпті сақтайды («Құқықтық актілер туралы» Заңның 23-бабының 7-тармағы). Актіде бұдан әрі кездеспейтін терминнің анықтамасы артық, ал тәртіптің бұзылуы іздеуді және екі тілдегі мәтіндерді салыстыруды қиындатады. Ұғымдар тізбесін тексеру ұсынылады.",
    },
    en: {
      title: "Definitions of terms: «{quote}»",
      message: "«{quote}»: {detail_en}",
      explanation:
        "The article (point) on basic terms defines the terms the act uses; in Kazakh the definitions follow the Kazakh alphabetical order and the Russian text follows that order (Law \"On Legal Acts\" art. 23(7)). A definition of a term the act never uses again is superfluous, and a broken order makes the list harder to search and to compare across the two languages. Check the list of terms.",
    },
  },
  detect(ctx) {
    const ps = ctx.doc.paragraphs;
    const spans: RuleSpan[] = [];
    ps.forEach((intro, at) => {
      if (intro.quoted || intro.isNote || !INTRO.test(intro.folded)) return;
      const terms: Term[] = [];
      const listed = new Set<number>();
      for (let j = at + 1; j < ps.length; j++) {
        const p = ps[j]!;
        if (p.kind === "blank" || p.isNote) continue;
        if (p.kind !== "subpoint" || p.quoted) break;
        listed.add(j);
        const t = termOf(p, j);
        if (t) terms.push(t);
      }
      if (terms.length < 2) return;

      // Kazakh order.
      if (intro.language === "kk") {
        for (let k = 1; k < terms.length; k++) {
          const prev = terms[k - 1]!;
          const cur = terms[k]!;
          const c = compareKazakh(prev.folded, cur.folded);
          if (c === null || c <= 0) continue;
          const prevText = ps[prev.para]!.text.slice(prev.start, prev.end);
          spans.push({
            para: cur.para,
            start: cur.start,
            end: cur.end,
            data: {
              detail_ru: `в казахском тексте понятие стоит после «${prevText}», что нарушает алфавитный порядок казахского языка.`,
              detail_kk: `ұғым «${prevText}» ұғымынан кейін тұр, бұл қазақ тілінің әліпбилік тәртібін бұзады.`,
              detail_en: `in the Kazakh text the term comes after «${prevText}», breaking the Kazakh alphabetical order.`,
            },
          });
        }
      }

      // Terms never used again.
      const others = ps.filter((p, j) => j !== at && !listed.has(j) && !p.quoted && !p.isNote && !p.isHeading && p.kind !== "blank");
      if (others.length < MIN_OTHER_PARAGRAPHS) return;
      for (const t of terms) {
        const re = usageRegex(t.folded);
        if (!re) continue;
        const used =
          others.some((p) => re.test(p.folded)) ||
          terms.some((o) => o !== t && re.test(ps[o.para]!.folded.slice(o.end)));
        if (used) continue;
        const co = coordinatedRegex(t.folded);
        if (co && ps.some((p, j) => j !== at && !listed.has(j) && !p.quoted && !p.isNote && p.kind !== "blank" && co.test(p.folded))) continue;
        spans.push({
          para: t.para,
          start: t.start,
          end: t.end,
          severity: "info",
          data: {
            detail_ru: "определённое понятие больше не используется в тексте акта.",
            detail_kk: "анықталған ұғым акт мәтінінде бұдан әрі пайдаланылмайды.",
            detail_en: "the defined term is not used anywhere else in the act.",
          },
        });
      }
    });
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: [
          "1. В настоящих Правилах используются следующие понятия:",
          "1) велосипедная дорожка – обособленная полоса для движения велосипедов;",
          "2) прогулочная зона – участок парка, предназначенный для отдыха;",
          "3) пешеходная аллея – дорожка парка с твердым покрытием.",
          "2. Содержание велосипедных и пешеходных дорожек обеспечивает балансодержатель парка.",
          "3. Уборка дорожек производится ежедневно.",
          "4. Ремонт покрытия производится по мере необходимости.",
          "5. В прогулочной зоне запрещается движение автотранспорта.",
          "6. Сведения о ремонте вносятся в журнал.",
        ].join("\n"),
        quote: "пешеходная аллея",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: [
          "1. Осы Қағидаларда мынадай ұғымдар пайдаланылады:",
          "1) велосипед жолағы – велосипедтердің жүруіне арналған оқшауланған жолақ;",
          "2) жаяу жүргіншілер аллеясы – саябақтың қатты жабыны бар жолы;",
          "3) серуендеу аймағы – саябақтың демалуға арналған учаскесі.",
          "2. Велосипед және жаяу жүргіншілер жолдарын күтіп-ұстауды саябақтың теңгерім ұстаушысы қамтамасыз етеді.",
          "3. Жолдарды жинау күн сайын жүргізіледі.",
          "4. Жабынды жөндеу қажеттілігіне қарай жүргізіледі.",
          "5. Серуендеу аймағында автокөліктің жүруіне тыйым салынады.",
          "6. Жөндеу туралы мәліметтер журналға енгізіледі.",
        ].join("\n"),
        quote: "жаяу жүргіншілер аллеясы",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. В настоящих Правилах используются следующие основные понятия:",
          "1) заявитель – физическое или юридическое лицо, обратившееся за справкой;",
          "2) электронная очередь – способ записи на прием через портал;",
          "3) справка – документ, подтверждающий сведения о заявителе.",
          "2. Заявитель подает заявление в уполномоченный орган.",
          "3. Справка выдается в течение трех рабочих дней.",
          "4. Справка подписывается руководителем.",
          "5. Заявитель вправе обжаловать отказ в выдаче справки.",
          "6. Сведения о выдаче справки вносятся в журнал.",
        ].join("\n"),
        quote: "электронная очередь",
      },
      {
        lang: "ru",
        actType: "law",
        text: [
          "Статья 1. Основные понятия, используемые в настоящем Законе",
          "В настоящем Законе используются следующие основные понятия:",
          "1) пастбищный сервитут – право ограниченного пользования пастбищем;",
          "2) пастбище – земельный участок, используемый для выпаса скота.",
          "Статья 2. Пользование пастбищами",
          "1. Пастбища предоставляются в пользование местными исполнительными органами.",
          "2. Пользование пастбищем осуществляется на основании договора.",
          "3. Плата за пользование пастбищами не взимается.",
          "4. Споры о пользовании пастбищами разрешаются в судебном порядке.",
        ].join("\n"),
        quote: "пастбищный сервитут",
      },
      {
        lang: "kk",
        actType: "law",
        text: [
          "1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар",
          "Осы Заңда мынадай негізгі ұғымдар пайдаланылады:",
          "1) жайылым – мал жаю үшін пайдаланылатын жер учаскесі;",
          "2) уәкілетті орган – жайылымдарды басқаруды жүзеге асыратын мемлекеттік орган;",
          "3) жайылымдық сервитут – жайылымды шектеулі пайдалану құқығы.",
          "2-бап. Жайылымдарды пайдалану",
          "1. Жайылымдар пайдалануға уәкілетті органның шешімі бойынша беріледі.",
          "2. Жайылымдық сервитут шарт негізінде белгіленеді.",
          "3. Жайылымдарды пайдаланғаны үшін ақы алынбайды.",
          "4. Дау сот тәртібімен шешіледі.",
        ].join("\n"),
        quote: "жайылымдық сервитут",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Осы Қағидаларда мынадай негізгі ұғымдар пайдаланылады:",
          "1) анықтама – өтініш беруші туралы мәліметтерді растайтын құжат;",
          "2) өтініш беруші – анықтама алуға жүгінген жеке немесе заңды тұлға;",
          "3) электрондық кезек – порталда қабылдауға жазылу тәсілі.",
          "2. Өтініш беруші уәкілетті органға өтініш береді.",
          "3. Анықтама үш жұмыс күні ішінде беріледі.",
          "4. Анықтамаға басшы қол қояды.",
          "5. Өтініш беруші бас тартуға шағым жасауға құқылы.",
          "6. Анықтама беру туралы мәліметтер журналға енгізіледі.",
        ].join("\n"),
        quote: "электрондық кезек",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: [
          "1. В настоящих Правилах используются следующие понятия:",
          "1) велосипедная дорожка – обособленная полоса для движения велосипедов;",
          "2) прогулочная зона – участок парка, предназначенный для отдыха.",
          "2. Содержание велосипедных и пешеходных дорожек обеспечивает балансодержатель парка.",
          "3. Уборка дорожек производится ежедневно.",
          "4. Ремонт покрытия производится по мере необходимости.",
          "5. В прогулочной зоне запрещается движение автотранспорта.",
          "6. Сведения о ремонте вносятся в журнал.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: [
          "1. Осы Қағидаларда мынадай ұғымдар пайдаланылады:",
          "1) велосипед жолағы – велосипедтердің жүруіне арналған оқшауланған жолақ;",
          "2) серуендеу аймағы – саябақтың демалуға арналған учаскесі.",
          "2. Велосипед және жаяу жүргіншілер жолағын күтіп-ұстауды саябақтың теңгерім ұстаушысы қамтамасыз етеді.",
          "3. Жолдарды жинау күн сайын жүргізіледі.",
          "4. Жабынды жөндеу қажеттілігіне қарай жүргізіледі.",
          "5. Серуендеу аймағында автокөліктің жүруіне тыйым салынады.",
          "6. Жөндеу туралы мәліметтер журналға енгізіледі.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. В настоящих Правилах используются следующие основные понятия:",
          "1) заявитель – физическое или юридическое лицо, обратившееся за справкой;",
          "2) справка – документ, подтверждающий сведения о заявителе.",
          "2. Заявитель подает заявление в уполномоченный орган.",
          "3. Справка выдается в течение трех рабочих дней.",
          "4. Справка подписывается руководителем.",
          "5. Заявитель вправе обжаловать отказ в выдаче справки.",
          "6. Сведения о выдаче справок вносятся в журнал.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "law",
        text: [
          "Статья 1. Основные понятия, используемые в настоящем Законе",
          "В настоящем Законе используются следующие основные понятия:",
          "1) пастбище – земельный участок, используемый для выпаса скота;",
          "2) уполномоченный орган – государственный орган, осуществляющий управление пастбищами.",
          "Статья 2. Пользование пастбищами",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "law",
        text: [
          "1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар",
          "Осы Заңда мынадай негізгі ұғымдар пайдаланылады:",
          "1) жайылым – мал жаю үшін пайдаланылатын жер учаскесі;",
          "2) жайылымдық сервитут – жайылымды шектеулі пайдалану құқығы;",
          "3) уәкілетті орган – жайылымдарды басқаруды жүзеге асыратын мемлекеттік орган.",
          "2-бап. Жайылымдарды пайдалану",
          "1. Жайылымдар пайдалануға уәкілетті органның шешімі бойынша беріледі.",
          "2. Жайылымдық сервитут шарт негізінде белгіленеді.",
          "3. Жайылымдарды пайдаланғаны үшін ақы алынбайды.",
          "4. Дау сот тәртібімен шешіледі.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "1. Осы Қағидаларда мынадай негізгі ұғымдар пайдаланылады:",
          "1) анықтама – өтініш беруші туралы мәліметтерді растайтын құжат;",
          "2) өтініш беруші – анықтама алуға жүгінген жеке немесе заңды тұлға.",
          "2. Өтініш беруші уәкілетті органға өтініш береді.",
          "3. Анықтама үш жұмыс күні ішінде беріледі.",
          "4. Анықтамаға басшы қол қояды.",
          "5. Өтініш беруші бас тартуға шағым жасауға құқылы.",
          "6. Анықтама беру туралы мәліметтер журналға енгізіледі.",
        ].join("\n"),
      },
    ],
  },
});
