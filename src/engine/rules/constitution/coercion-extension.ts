import { findAll, wordRegex } from "../../document/match";
import type { Language } from "../../../contract";
import { positionOf, sentenceBounds } from "../helpers";
import { defineRule, type RuleSpan } from "../types";

/** Extension or renewal after the term lapsed: «продлевается после истечения срока», «мерзімі өткеннен кейін ұзартылады». */
const AFTER_EXPIRY: Record<Language, RegExp> = {
  ru: wordRegex(
    "(?:после|по)\\s+истечени\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}срок\\p{L}*|(?:если|когда)\\s+(?:\\p{L}+\\s+){0,3}(?:он|срок\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}ист[её]к\\p{L}*|после\\s+того,?\\s+как\\s+(?:\\p{L}+\\s+){0,3}ист[её]к\\p{L}*|истекш\\p{L}*\\s+срок\\p{L}*|срок\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}истек",
  ),
  kk: wordRegex(
    "мерзім(?:і|дері)?\\s+(?:\\p{L}+\\s+){0,2}(?:өткеннен\\s+кейін|өтіп\\s+кетсе|өтіп\\s+кеткен\\s+(?:жағдайда|соң)|аяқталғаннан\\s+кейін|өткен\\s+жағдайда)|өтіп\\s+кеткен\\s+мерзім\\p{L}*",
  ),
};

const EXTEND: Record<Language, RegExp> = {
  ru: /продл[еи]\p{L}*|возобнов\p{L}*|повторно\s+(?:примен|избира|назнача)\p{L}*/u,
  kk: /ұзарт\p{L}*|қайта\s+(?:қолдан|тағайында|белгіле)\p{L}*/u,
};

/** Detention, custody, house arrest, other measures restricting liberty or rights. */
const COERCION: Record<Language, RegExp> = {
  ru: /задержани|содержани\p{L}*\s+под\s+страж|под\s+стражей|домашн\p{L}*\s+арест|арест|мер\p{L}*\s+пресечени|ограничени\p{L}*\s+свобод|запрет\p{L}*\s+(?:на\s+)?выезд|принудительн\p{L}*\s+(?:мер|лечени|помещени)|изоляци|административн\p{L}*\s+надзор|помещени\p{L}*\s+в\s+(?:центр|специальн|приемник)/u,
  kk: /ұстау|күзетпен\s+ұста|күзетке\s+ал|үйқамақ|қамақ|бұлтартпау\s+шара|бостандығын\s+шектеу|шығуға\s+тыйым|мәжбүрлеп\s+(?:емдеу|орналастыру)|оқшаула|әкімшілік\s+қадағалау/u,
};

/** «до истечения срока» (before expiry) is the lawful order. */
const BEFORE: Record<Language, RegExp> = {
  ru: /до\s+истечени/u,
  kk: /өткенге\s+дейін|аяқталғанға\s+дейін|өтпей\s+тұрып/u,
};

export default defineRule({
  id: "CONST-COERCION-EXTENSION",
  pack: "constitution",
  brief: ["C-20"],
  severity: "error",
  actTypes: ["constitutional-law", "code", "law", "amendment-law", "government-resolution", "ministerial-order", "agency-order"],
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "18", paragraph: "2" },
  messages: {
    ru: {
      title: "Продление меры принуждения после истечения срока: «{quote}»",
      message: "Норма допускает продление или возобновление ограничения свободы «{quote}»; возможное противоречие, требует экспертной проверки.",
      explanation:
        "Каждому гарантируется право на личную свободу; задержание без судебного решения не может превышать сроков, предусмотренных законом, а содержание под стражей допускается только по судебному решению (ст. 18 Конституции 2026 года). Конституционный Суд (нормативное постановление № 73-НП 2025 года) указывал, что истёкший срок меры принуждения не может быть продлён: по его истечении лицо подлежит освобождению, а новая мера избирается в установленном порядке. Рекомендуется предусмотреть продление только до истечения срока.",
    },
    kk: {
      title: "Мәжбүрлеу шарасын мерзімі өткеннен кейін ұзарту: «{quote}»",
      message: "Норма бостандықты шектеуді «{quote}» ұзартуға немесе қайта бастауға жол береді; ықтимал қайшылық, сараптамалық тексеруді қажет етеді.",
      explanation:
        "Әркімге жеке бас бостандығына құқыққа кепілдік беріледі; сот шешімінсіз адамды заңда көзделген мерзімнен артық ұстауға болмайды, ал күзетпен ұстауға тек сот шешімі бойынша жол беріледі (2026 жылғы Конституцияның 18-бабы). Конституциялық Сот (2025 жылғы № 73-НҚ нормативтік қаулы) мәжбүрлеу шарасының өтіп кеткен мерзімін ұзартуға болмайтынын атап өтті: мерзім өткен соң адам босатылуға тиіс, ал жаңа шара белгіленген тәртіппен қолданылады. Мерзімді тек ол өткенге дейін ұзартуды көздеу ұсынылады.",
    },
    en: {
      title: "Coercive measure extended after it expired: «{quote}»",
      message: "The norm allows a restriction of liberty to be extended or renewed «{quote}»; possible conflict, requires expert review.",
      explanation:
        "Everyone has the right to personal liberty; detention without a court decision may not exceed the terms set by law, and custody is allowed only by a court decision (2026 Constitution art. 18). The Constitutional Court (normative resolution No. 73-НП of 2025) held that an expired coercive measure cannot be extended: when it lapses the person must be released, and a new measure is chosen in the set procedure. Provide for extension only before the term expires.",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    for (const p of ctx.content()) {
      const lang = p.language;
      for (const m of findAll(AFTER_EXPIRY[lang], p.text, p.folded)) {
        const b = sentenceBounds(p, m.start);
        const s = p.folded.slice(b.start, Math.max(b.end, m.end));
        if (!EXTEND[lang].test(s) || !COERCION[lang].test(s) || BEFORE[lang].test(s)) continue;
        // «по истечении срока … освобождается» is the guarantee, not an extension.
        if (/освобожда|босатыл/u.test(s)) continue;
        spans.push({ para: positionOf(ctx, p), start: m.start, end: m.end });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "kk",
        actType: "law",
        text: "4. Үйқамақ мерзімін сот прокурордың өтініші бойынша, оның ішінде бұрын тағайындалған мерзім өткеннен кейін де ұзартады.",
        quote: "мерзім өткеннен кейін",
      },
      {
        lang: "ru",
        actType: "law",
        text: "4. Срок домашнего ареста продлевается судом по ходатайству прокурора, в том числе после того, как ранее установленный срок истек.",
        quote: "после того, как ранее установленный срок истек",
      },
      {
        lang: "ru",
        actType: "law",
        text: "6. Срок содержания под стражей может быть продлен судом и после истечения установленного срока, если следствие не завершено.",
        quote: "после истечения установленного срока",
      },
      {
        lang: "ru",
        actType: "law",
        text: "3. Если срок административного надзора истек, он продлевается по решению органа внутренних дел на шесть месяцев.",
        quote: "Если срок административного надзора истек",
      },
      {
        lang: "kk",
        actType: "law",
        text: "6. Тергеу аяқталмаған жағдайда күзетпен ұстау мерзімі өткеннен кейін де сот оны ұзартуы мүмкін.",
        quote: "мерзімі өткеннен кейін",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3. Әкімшілік қадағалау мерзімі өтіп кетсе, ол ішкі істер органының шешімімен алты айға ұзартылады.",
        quote: "мерзімі өтіп кетсе",
      },
    ],
    good: [
      {
        lang: "kk",
        actType: "law",
        text: "4. Үйқамақ мерзімін сот прокурордың өтініші бойынша бұрын тағайындалған мерзім өткенге дейін ұзартады.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "4. Срок домашнего ареста продлевается судом по ходатайству прокурора, поданному до истечения ранее установленного срока.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "6. Ходатайство о продлении срока содержания под стражей направляется в суд не позднее чем за пять суток до истечения этого срока.",
      },
      {
        lang: "ru",
        actType: "law",
        text: "7. По истечении срока задержания задержанный подлежит освобождению, если судом не избрана мера пресечения.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "6. Күзетпен ұстау мерзімін ұзарту туралы өтінішхат бұл мерзім өткенге дейін бес тәуліктен кешіктірілмей сотқа жіберіледі.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "7. Ұстау мерзімі өткеннен кейін, егер сот бұлтартпау шарасын таңдамаса, ұсталған адам босатылуға жатады.",
      },
    ],
  },
});
