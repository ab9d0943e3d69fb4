/**
 * The checks of the Kazakh and Russian versions of one act against each other (pack `bilingual`). Both texts are
 * authentic (Law "On Legal Acts" art. 24(3)), so a number, a reference or a unit that differs between them is a
 * defect whichever version is right. Each check carries its citation, messages in kk/ru/en and its own examples:
 * pairs of a Kazakh and a Russian text, checked from either side (test/unit/bilingual.test.ts runs them all).
 */
import type { Language, Pack, Severity, UiLanguage } from "../../contract";
import type { RuleCitation } from "../data/acts";
import type { RuleMessages } from "../rules/types";

export interface ParityExample {
  kk: string;
  ru: string;
  /** The version the findings are written into (the open document). */
  anchor: Language;
  /** The words the finding must be on (bad examples); "" for a document-level finding. */
  quote?: string;
}

export interface ParityCheck {
  id: string;
  pack: Pack;
  severity: Severity;
  citation: RuleCitation;
  messages: Record<UiLanguage, RuleMessages>;
  examples: { bad: ParityExample[]; good: ParityExample[] };
}

const AUTHENTIC: RuleCitation = { act: "law-on-legal-acts", article: "24", paragraph: "3" };

export const BI_MISSING_UNIT: ParityCheck = {
  id: "BI-MISSING-UNIT",
  pack: "bilingual",
  severity: "error",
  citation: AUTHENTIC,
  messages: {
    ru: {
      title: "Нет соответствия в тексте на {other_lang_ru}: {unit_ru}",
      message: "{unit_ru} есть в этом тексте, но не найден в тексте на {other_lang_ru} — проверьте, не пропущена ли структурная единица или не сбита ли нумерация.",
      explanation:
        "Тексты нормативного правового акта на казахском и русском языках должны быть аутентичны (Закон «О правовых актах», п. 3 ст. 24): каждой статье, пункту и подпункту одного текста соответствует такая же единица другого. Пропущенная или лишняя единица меняет содержание нормы в одном из текстов. Рекомендуется сверить структуру обоих текстов.",
    },
    kk: {
      title: "{other_lang_kk} мәтінде сәйкестік жоқ: {unit_kk}",
      message: "{unit_kk} осы мәтінде бар, бірақ {other_lang_kk} мәтінде табылмады — құрылымдық бірліктің түсіп қалмағанын немесе нөмірлеудің ауыспағанын тексеріңіз.",
      explanation:
        "Нормативтік құқықтық актінің қазақ және орыс тілдеріндегі мәтіндері түпнұсқалы болуға тиіс («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы): бір мәтіннің әрбір бабына, тармағына және тармақшасына екінші мәтіннің дәл сондай бірлігі сәйкес келеді. Түсіп қалған немесе артық бірлік мәтіндердің бірінде норманың мазмұнын өзгертеді. Екі мәтіннің құрылымын салыстыру ұсынылады.",
    },
    en: {
      title: "No counterpart in the {other_lang_en} text: {unit_en}",
      message: "{unit_en} is in this text but not in the {other_lang_en} text — check whether a unit was left out or the numbering shifted.",
      explanation:
        "The Kazakh and Russian texts of a normative legal act are both authentic (Law \"On Legal Acts\" art. 24(3)): every article, point and subpoint of one has the same unit in the other. A missing or extra unit changes the norm in one of the texts. Compare the structure of both texts.",
    },
  },
  examples: {
    bad: [
      { kk: "1. Өтініш қабылданады.", ru: "1. Заявление принимается.\n2. Ответ направляется заявителю.", anchor: "ru", quote: "2. Ответ направляется заявителю." },
      { kk: "1. Өтініш қабылданады.\n2. Жауап өтініш берушіге жіберіледі.", ru: "1. Заявление принимается.", anchor: "kk", quote: "2. Жауап өтініш берушіге жіберіледі." },
    ],
    good: [
      { kk: "1. Өтініш қабылданады.\n2. Жауап жіберіледі.", ru: "1. Заявление принимается.\n2. Ответ направляется.", anchor: "kk" },
      { kk: "1. Өтініш қабылданады.\n2. Жауап жіберіледі.", ru: "1. Заявление принимается.\n2. Ответ направляется.", anchor: "ru" },
    ],
  },
};

export const BI_NUMBERS: ParityCheck = {
  id: "BI-NUMBERS",
  pack: "bilingual",
  severity: "error",
  citation: AUTHENTIC,
  messages: {
    ru: {
      title: "Числа расходятся с текстом на {other_lang_ru}: «{quote}»",
      message: "{unit_ru}: в этом тексте — {mine}; в тексте на {other_lang_ru} — {theirs}",
      explanation:
        "Сроки, суммы, проценты, даты и иные числа в текстах на казахском и русском языках должны совпадать (Закон «О правовых актах», п. 3 ст. 24: оба текста аутентичны). Расхождение в числе — самая частая ошибка, которая переходит в принятый акт и создаёт две разные нормы. Рекомендуется сверить число с текстом на другом языке.",
    },
    kk: {
      title: "Сандар {other_lang_kk} мәтінмен сәйкес келмейді: «{quote}»",
      message: "{unit_kk}: осы мәтінде — {mine}; {other_lang_kk} мәтінде — {theirs}",
      explanation:
        "Қазақ және орыс тілдеріндегі мәтіндердегі мерзімдер, сомалар, пайыздар, күндер мен өзге де сандар бірдей болуға тиіс («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы: екі мәтін де түпнұсқалы). Сандағы алшақтық — қабылданған актіге өтіп, екі түрлі норма тудыратын ең жиі қате. Санды екінші тілдегі мәтінмен салыстыру ұсынылады.",
    },
    en: {
      title: "Numbers differ from the {other_lang_en} text: «{quote}»",
      message: "{unit_en}: this text has {mine}; the {other_lang_en} text has {theirs}",
      explanation:
        "Deadlines, amounts, percentages, dates and other numbers must be the same in the Kazakh and the Russian text (Law \"On Legal Acts\" art. 24(3): both texts are authentic). A differing number is the most common defect that survives into adopted law and makes two different norms. Compare the number with the other language version.",
    },
  },
  examples: {
    bad: [
      { kk: "3. Өтініш күнтізбелік он бес күн ішінде қаралады.", ru: "3. Заявление рассматривается в течение десяти календарных дней.", anchor: "ru", quote: "десяти календарных дней" },
      { kk: "3. Өтініш күнтізбелік он бес күн ішінде қаралады.", ru: "3. Заявление рассматривается в течение десяти календарных дней.", anchor: "kk", quote: "он бес күн" },
      { kk: "1. Осы бұйрық 2026 жылғы 1 шілдеден бастап қолданысқа енгізіледі.", ru: "1. Настоящий приказ вводится в действие с 1 июля 2025 года.", anchor: "kk", quote: "2026 жылғы 1 шілдеден" },
    ],
    good: [
      { kk: "3. Өтініш күнтізбелік он күн ішінде қаралады.", ru: "3. Заявление рассматривается в течение десяти календарных дней.", anchor: "ru" },
      { kk: "2. Айыппұл 10 айлық есептік көрсеткіш мөлшерінде салынады.", ru: "2. Штраф налагается в размере 10 месячных расчетных показателей.", anchor: "kk" },
      { kk: "1. Осы бұйрық 2026 жылғы 1 шілдеден бастап қолданысқа енгізіледі.", ru: "1. Настоящий приказ вводится в действие с 1 июля 2026 года.", anchor: "ru" },
    ],
  },
};

export const BI_BOUNDS: ParityCheck = {
  id: "BI-BOUNDS",
  pack: "bilingual",
  severity: "error",
  citation: AUTHENTIC,
  messages: {
    ru: {
      title: "Предел обращён иначе, чем в тексте на {other_lang_ru}: «{quote}»",
      message: "{unit_ru}: для {value} этот текст устанавливает {mine_ru}, текст на {other_lang_ru} — {theirs_ru}",
      explanation:
        "Число в обоих текстах одно и то же, но слова при нём задают противоположные пределы: «не менее» против «не более», «не позднее» против «не ранее». Оба текста аутентичны (Закон «О правовых актах», п. 3 ст. 24), и такая норма в двух текстах требует разного — ошибка перевода, которую не видно при сверке одних чисел. Рекомендуется сверить смысл предела с текстом на другом языке.",
    },
    kk: {
      title: "Шек {other_lang_kk} мәтіндегіден басқаша бағытталған: «{quote}»",
      message: "{unit_kk}: {value} үшін бұл мәтін {mine_kk} белгілейді, {other_lang_kk} мәтін — {theirs_kk}",
      explanation:
        "Екі мәтінде сан бірдей, бірақ онымен тұрған сөздер қарама-қарсы шектерді белгілейді: «кем емес» пен «аспайтын», «кешіктірмей» мен «бұрын емес». Екі мәтін де түпнұсқалы («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы), ал мұндай норма екі мәтінде әртүрлі нәрсені талап етеді — сандарды ғана салыстырғанда көрінбейтін аударма қатесі. Шектің мағынасын екінші тілдегі мәтінмен салыстыру ұсынылады.",
    },
    en: {
      title: "The bound points the other way than in the {other_lang_en} text: «{quote}»",
      message: "{unit_en}: for {value} this text sets {mine_en}, the {other_lang_en} text {theirs_en}",
      explanation:
        "The number is the same in both texts, but the words with it set opposite bounds: «not less than» against «not more than», «not later than» against «not earlier than». Both texts are authentic (Law \"On Legal Acts\" art. 24(3)), and such a norm demands different things in the two texts — a translation slip that comparing numbers alone does not show. Compare the sense of the bound with the other language version.",
    },
  },
  examples: {
    bad: [
      { kk: "1. Кандидаттың жұмыс өтілі үш жылдан аспайтын болуы тиіс.", ru: "1. Кандидат должен иметь стаж работы не менее трех лет.", anchor: "kk", quote: "үш жылдан аспайтын" },
      { kk: "1. Кандидаттың жұмыс өтілі үш жылдан аспайтын болуы тиіс.", ru: "1. Кандидат должен иметь стаж работы не менее трех лет.", anchor: "ru", quote: "не менее трех лет" },
      { kk: "2. Есеп 1 наурыздан кейін ұсынылады.", ru: "2. Отчет представляется не позднее 1 марта.", anchor: "ru", quote: "не позднее 1 марта" },
    ],
    good: [
      { kk: "1. Кандидаттың жұмыс өтілі үш жылдан кем болмауға тиіс.", ru: "1. Кандидат должен иметь стаж работы не менее трех лет.", anchor: "kk" },
      { kk: "1. Сынақ мерзімі үш айдан аспауға тиіс.", ru: "1. Срок испытания не может превышать трех месяцев.", anchor: "ru" },
      { kk: "2. Есеп 1 наурыздан кешіктірмей ұсынылады.", ru: "2. Отчет представляется не позднее 1 марта.", anchor: "kk" },
    ],
  },
};

export const BI_REFERENCES: ParityCheck = {
  id: "BI-REFERENCES",
  pack: "bilingual",
  severity: "error",
  citation: AUTHENTIC,
  messages: {
    ru: {
      title: "Ссылки расходятся с текстом на {other_lang_ru}: «{quote}»",
      message: "{unit_ru}: в этом тексте ссылка на {mine}; в тексте на {other_lang_ru} — на {theirs}",
      explanation:
        "Ссылки на статьи, пункты и подпункты в текстах на казахском и русском языках должны вести к одним и тем же структурным единицам (Закон «О правовых актах», п. 3 ст. 24). Иначе тексты отсылают к разным нормам. Рекомендуется сверить ссылку с текстом на другом языке.",
    },
    kk: {
      title: "Сілтемелер {other_lang_kk} мәтінмен сәйкес келмейді: «{quote}»",
      message: "{unit_kk}: осы мәтіндегі сілтеме — {mine}; {other_lang_kk} мәтінде — {theirs}",
      explanation:
        "Қазақ және орыс тілдеріндегі мәтіндердегі баптарға, тармақтарға және тармақшаларға сілтемелер бір құрылымдық бірліктерге апаруға тиіс («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы). Әйтпесе мәтіндер әртүрлі нормаларға сілтейді. Сілтемені екінші тілдегі мәтінмен салыстыру ұсынылады.",
    },
    en: {
      title: "References differ from the {other_lang_en} text: «{quote}»",
      message: "{unit_en}: this text refers to {mine}; the {other_lang_en} text to {theirs}",
      explanation:
        "References to articles, points and subpoints must lead to the same units in the Kazakh and the Russian text (Law \"On Legal Acts\" art. 24(3)); otherwise the texts refer to different norms. Compare the reference with the other language version.",
    },
  },
  examples: {
    bad: [
      { kk: "4. Осы Қағидалардың 3-тармағында көзделген құжаттар ұсынылады.", ru: "4. Представляются документы, предусмотренные пунктом 2 настоящих Правил.", anchor: "ru", quote: "пунктом 2" },
      { kk: "4. Осы Қағидалардың 3-тармағында көзделген құжаттар ұсынылады.", ru: "4. Представляются документы, предусмотренные пунктом 2 настоящих Правил.", anchor: "kk", quote: "3-тармағында" },
    ],
    good: [
      { kk: "4. Осы Қағидалардың 2-тармағында көзделген құжаттар ұсынылады.", ru: "4. Представляются документы, предусмотренные пунктом 2 настоящих Правил.", anchor: "kk" },
      { kk: "5. Осы баптың 2-тармағының 7) тармақшасы қолданылмайды.", ru: "5. Подпункт 7) пункта 2 настоящей статьи не применяется.", anchor: "ru" },
    ],
  },
};

export const BI_TERMS: ParityCheck = {
  id: "BI-TERMS",
  pack: "bilingual",
  severity: "warning",
  citation: AUTHENTIC,
  messages: {
    ru: {
      title: "Наименование без пары в тексте на {other_lang_ru}: «{quote}»",
      message: "{unit_ru}: {where_ru} ({label}); проверьте, об одном ли органе или понятии говорят оба текста",
      explanation:
        "Оба текста акта аутентичны (Закон «О правовых актах», п. 3 ст. 24), поэтому орган, лицо или понятие, названное в структурной единице одного текста, должно быть названо в той же единице другого — своим установленным наименованием на этом языке. Если пары нет, тексты могут говорить о разных органах или один из них пропустил адресата нормы. Пары наименований — из глоссария, который организация может дополнить своим.",
    },
    kk: {
      title: "{other_lang_kk} мәтінде жұбы жоқ атау: «{quote}»",
      message: "{unit_kk}: {where_kk} ({label}); екі мәтін бір орган немесе ұғым туралы ма, тексеріңіз",
      explanation:
        "Актінің екі мәтіні де түпнұсқалы («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы), сондықтан бір мәтіннің құрылымдық бірлігінде аталған орган, тұлға немесе ұғым екінші мәтіннің сол бірлігінде сол тілдегі белгіленген атауымен аталуға тиіс. Жұбы болмаса, мәтіндер әртүрлі органдар туралы айтуы немесе біреуінде норманың адресаты түсіп қалуы мүмкін. Атаулар жұптары — ұйым өзінікімен толықтыра алатын глоссарийден.",
    },
    en: {
      title: "A name with no counterpart in the {other_lang_en} text: «{quote}»",
      message: "{unit_en}: {where_en} ({label}); check that both texts speak of the same body or notion",
      explanation:
        "Both texts of an act are authentic (Law \"On Legal Acts\" art. 24(3)), so a body, person or notion named in a unit of one text must be named in the same unit of the other, by its established name in that language. Without the counterpart the texts may speak of different bodies, or one of them lost the addressee of the norm. The pairs of names come from a glossary the organisation can extend.",
    },
  },
  examples: {
    bad: [
      { kk: "2. Шешімді Үкімет қабылдайды.", ru: "2. Решение принимает Курултай.", anchor: "ru", quote: "Курултай" },
      { kk: "2. Шешімді Құрылтай қабылдайды.", ru: "2. Решение принимает уполномоченный орган.", anchor: "kk", quote: "Құрылтай" },
    ],
    good: [
      { kk: "2. Шешімді Құрылтай қабылдайды.", ru: "2. Решение принимает Курултай.", anchor: "ru" },
      { kk: "3. Жергілікті атқарушы орган мәслихатқа есеп береді.", ru: "3. Местный исполнительный орган отчитывается перед маслихатом.", anchor: "kk" },
    ],
  },
};

export const BI_LENGTH: ParityCheck = {
  id: "BI-LENGTH",
  pack: "bilingual",
  severity: "info",
  citation: AUTHENTIC,
  messages: {
    ru: {
      title: "Длина не соответствует тексту на {other_lang_ru}: {unit_ru}",
      message: "{unit_ru}: этот текст в {ratio} раза {longer_ru}, чем текст на {other_lang_ru}, при обычном для акта соотношении {usual}; рекомендуется сверить, не пропущена ли или не добавлена ли часть нормы",
      explanation:
        "Тексты на казахском и русском языках аутентичны (Закон «О правовых актах», п. 3 ст. 24) и обычно близки по длине; для каждого акта это соотношение своё и почти постоянно от пункта к пункту. Единица, длина которой резко выбивается из него, часто означает пропущенное или лишнее предложение, перечисление или условие. Это сигнал для сверки, а не вывод о расхождении.",
    },
    kk: {
      title: "Ұзындығы {other_lang_kk} мәтінге сәйкес емес: {unit_kk}",
      message: "{unit_kk}: бұл мәтін {other_lang_kk} мәтіннен {ratio} есе {longer_kk}, ал акті үшін әдеттегі арақатынас {usual}; норманың бір бөлігі түсіп қалмағанын немесе қосылмағанын салыстыру ұсынылады",
      explanation:
        "Қазақ және орыс тілдеріндегі мәтіндер түпнұсқалы («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы) және әдетте ұзындығы жағынан жақын; әр акті үшін бұл арақатынас өзіндік және тармақтан тармаққа дерлік тұрақты. Ұзындығы одан күрт ерекшеленетін бірлік көбінесе түсіп қалған немесе артық сөйлемді, тізбені немесе шартты білдіреді. Бұл алшақтық туралы қорытынды емес, салыстыруға белгі.",
    },
    en: {
      title: "Length out of line with the {other_lang_en} text: {unit_en}",
      message: "{unit_en}: this text is {ratio} times {longer_en} than the {other_lang_en} text, where the act's usual ratio is {usual}; check whether part of the norm was left out or added",
      explanation:
        "The Kazakh and Russian texts are authentic (Law \"On Legal Acts\" art. 24(3)) and usually close in length; each act has its own ratio, nearly constant from point to point. A unit far out of line often means a sentence, an enumeration or a condition left out or added. It is a signal to compare, not a finding that the texts differ.",
    },
  },
  examples: {
    bad: [
      {
        kk: "1. Заңды тұлға.\n2. Өтініш беруші өтінішті береді.\n3. Жауап жіберіледі.\n4. Шешім қабылданады.",
        ru: "1. Юридическое лицо, зарегистрированное в Республике Казахстан и осуществляющее деятельность не менее трех лет, при условии отсутствия налоговой задолженности и нарушений законодательства о защите конкуренции, подтвержденных вступившими в законную силу решениями суда.\n2. Заявитель подает заявление.\n3. Ответ направляется.\n4. Решение принимается.",
        anchor: "ru",
        quote: "Юридическое лицо, зарегистрированное в Республике Казахстан и осуществляющее деятельность не менее трех лет, при условии отсутствия налоговой задолженности и нарушений законодательства о защите конкуренции, подтвержденных вступившими в законную силу решениями суда.",
      },
      {
        kk: "1. Заңды тұлға.\n2. Өтініш беруші өтінішті береді.\n3. Жауап жіберіледі.\n4. Шешім қабылданады.",
        ru: "1. Юридическое лицо, зарегистрированное в Республике Казахстан и осуществляющее деятельность не менее трех лет, при условии отсутствия налоговой задолженности и нарушений законодательства о защите конкуренции, подтвержденных вступившими в законную силу решениями суда.\n2. Заявитель подает заявление.\n3. Ответ направляется.\n4. Решение принимается.",
        anchor: "kk",
        quote: "Заңды тұлға.",
      },
    ],
    good: [
      {
        kk: "1. Өтініш беруші өтінішті уәкілетті органға береді.\n2. Уәкілетті орган өтінішті қарайды.\n3. Жауап өтініш берушіге жіберіледі.",
        ru: "1. Заявитель подает заявление в уполномоченный орган.\n2. Уполномоченный орган рассматривает заявление.\n3. Ответ направляется заявителю.",
        anchor: "ru",
      },
    ],
  },
};

export const PARITY_CHECKS: readonly ParityCheck[] = [BI_MISSING_UNIT, BI_NUMBERS, BI_BOUNDS, BI_REFERENCES, BI_TERMS, BI_LENGTH];
