/**
 * Every string the task pane and the browser preview show, in Kazakh, Russian and English.
 * Pure data and formatting: no DOM, no Office (the service's tsconfig compiles this folder too).
 *
 * Kazakh wording avoids case endings glued to numbers («5-і», «6-сы» depend on how the number is read):
 * counts are written as «…саны: 5» or «5 абзац», and ordinals as «5-абзац», which need no harmony.
 */
import type { ActType, Citation, Language, Pack, RiaItem, RiaReport, Severity, UiLanguage } from "../contract";

export type { UiLanguage };

/** The anchoring outcomes of src/word/types.ts that the pane explains to the user. */
export type RiaAnswerKey = "yes" | "no" | "open";

export type AnchorStatusKey = "anchored" | "relocated" | "stale" | "ambiguous" | "unsearchable" | "document-level" | "failed";

export interface PaneStrings {
  appName: string;
  tagline: string;
  disclaimer: string;
  uiLanguage: string;
  uiLanguageNames: Record<UiLanguage, string>;

  check: string;
  checkAgain: string;
  reading: (done: number, total: number) => string;
  /** A large document: rules run so far and findings found so far. */
  checkingRules: (done: number, total: number, found: number) => string;
  /** "Compare with the other language version" (issue 8). */
  parity: string;
  parityDone: (file: string, found: number) => string;
  /** Both versions in this document, a two-column table. */
  parityTable: string;
  parityTableDone: (found: number) => string;
  readingStart: string;
  checking: string;
  emptyDocument: string;
  /** The access token the service asks for (401). */
  token: { title: string; prompt: string; label: string; save: string };
  /** The semantic (model) check running after the rule findings are shown. */
  llmStarting: string;
  llmProgress: (done: number, total: number) => string;
  llmStop: string;
  llmStopped: (done: number, total: number) => string;
  llmTitle: string;
  llmLine: (model: string, asked: number, cached: number) => string;

  documentSettings: string;
  actType: string;
  documentLanguage: string;
  detected: (what: string) => string;
  actTypes: Record<ActType, string>;
  languages: Record<Language, string>;

  summary: string;
  total: (n: number) => string;
  noFindings: string;
  packs: Record<Pack, string>;
  severities: Record<Severity, string>;

  findingsList: string;
  showInDocument: (quote: string) => string;
  wholeDocument: string;
  paragraphNo: (n: number) => string;
  moreDetails: string;
  lessDetails: string;
  basis: string;
  officialText: string;
  officialTextLabel: (act: string) => string;
  citationLine: (c: Citation) => string;
  suggestion: (replacement: string) => string;
  llmSource: string;

  addComment: string;
  /** The "How this works" panel. */
  how: {
    title: string;
    sentTo: (origin: string) => string;
    model: (model: string) => string;
    noModel: string;
    editions: string;
    decide: string;
    modelSwitch: string;
  };
  /** Feedback on a finding. */
  feedback: { useful: string; falseAlarm: string; reason: string; send: string; thanks: string };
  /** Fixes proposed as tracked changes. */
  applyFix: string;
  applyAllFixes: (n: number) => string;
  fixApplied: string;
  fixesApplied: (n: number, total: number) => string;
  applyingFixes: string;
  addAll: string;
  addingComments: string;
  addingProgress: (done: number, total: number) => string;
  removeComments: string;
  removed: (n: number) => string;
  added: (n: number, total: number) => string;
  notAdded: (n: number) => string;
  commentAdded: string;
  noneToAdd: string;
  dismiss: string;
  dismissLabel: (title: string) => string;
  restore: string;
  dismissed: string;
  showDismissed: (n: number) => string;
  selected: string;

  changedTitle: string;
  /** Some rules failed on this document and were skipped. */
  failedRules: (ids: string) => string;
  changed: (n: number) => string;
  addAnyway: string;
  cancel: string;

  readOnlyTitle: string;
  readOnly: string;
  readOnlyDisabled: string;
  notInWordTitle: string;
  notInWord: string;

  unreachable: string;
  serverError: (status: number, message?: string) => string;
  badResponse: string;
  wordError: (message: string) => string;
  errorTitle: string;
  close: string;

  anchor: Record<Exclude<AnchorStatusKey, "anchored">, string>;

  engineLine: (version: string, rules: string) => string;

  /** Views of the pane. */
  views: { check: string; rules: string; review: string };

  /** The review view: tracked changes, the comparative table, notes on the amendments. */
  review: {
    intro: string;
    read: string;
    reading: string;
    unsupported: string;
    none: string;
    summary: (changes: number, authors: number) => string;
    byAuthor: string;
    byUnit: string;
    added: string;
    deleted: string;
    formatted: string;
    outsideUnits: string;
    unreliable: string;
    tableNew: string;
    tableOpened: (rows: number) => string;
    tableAppend: string;
    tableAppended: (rows: number) => string;
    checkAfter: string;
    notesTitle: string;
    rows: (n: number) => string;
  };

  /** The RIA checklist panel and the Word table it writes. */
  ria: {
    title: string;
    required: string;
    notRequired: string;
    triggers: (list: string) => string;
    answers: Record<RiaAnswerKey, string>;
    auto: string;
    byLawyer: string;
    evidence: string;
    tickGroup: (item: string) => string;
    clear: string;
    progress: (answered: number, total: number) => string;
    insertTable: string;
    insertAtCursor: string;
    inserting: string;
    inserted: (rows: number) => string;
    /** Headings of the Word table: № | item | answer | evidence/comment. */
    tableHeadings: [string, string, string, string];
  };

  /** The rules catalogue view (GET /api/v1/rules). */
  rules: {
    title: string;
    search: string;
    pack: string;
    allPacks: string;
    count: (shown: number, total: number) => string;
    loading: string;
    empty: string;
    brief: string;
    appliesTo: string;
    allActTypes: string;
  };

  preview: {
    title: string;
    sample: string;
    samples: { ru: string; kk: string };
    documentView: string;
    documentHint: string;
    commentsCount: (n: number) => string;
    comment: string;
  };
}

const isoToDots = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
};
const noParen = (s: string) => s.replace(/\)\s*$/, "");

/** Russian plural: 1 замечание, 2 замечания, 5 замечаний. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return one;
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return few;
  return many;
}

const ACT_TYPES_RU: Record<ActType, string> = {
  "constitutional-law": "Конституционный закон",
  code: "Кодекс",
  law: "Закон",
  "amendment-law": "Акт о внесении изменений",
  "presidential-decree": "Указ Президента",
  "government-resolution": "Постановление Правительства",
  "ministerial-order": "Приказ министра",
  "agency-order": "Приказ руководителя ведомства",
  "maslikhat-decision": "Решение маслихата",
  "akimat-resolution": "Постановление акимата",
  "akim-decision": "Решение акима",
  unknown: "Не определён",
};

const ACT_TYPES_KK: Record<ActType, string> = {
  "constitutional-law": "Конституциялық заң",
  code: "Кодекс",
  law: "Заң",
  "amendment-law": "Өзгерістер енгізу туралы акт",
  "presidential-decree": "Президент Жарлығы",
  "government-resolution": "Үкімет қаулысы",
  "ministerial-order": "Министрдің бұйрығы",
  "agency-order": "Ведомство басшысының бұйрығы",
  "maslikhat-decision": "Мәслихат шешімі",
  "akimat-resolution": "Әкімдік қаулысы",
  "akim-decision": "Әкім шешімі",
  unknown: "Анықталмаған",
};

const ACT_TYPES_EN: Record<ActType, string> = {
  "constitutional-law": "Constitutional law",
  code: "Code",
  law: "Law",
  "amendment-law": "Amending act",
  "presidential-decree": "Presidential decree",
  "government-resolution": "Government resolution",
  "ministerial-order": "Ministerial order",
  "agency-order": "Order of an agency head",
  "maslikhat-decision": "Maslikhat decision",
  "akimat-resolution": "Akimat resolution",
  "akim-decision": "Akim decision",
  unknown: "Not determined",
};

const UI_NAMES: Record<UiLanguage, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

const ru: PaneStrings = {
  appName: "Zanger",
  tagline: "Проверка проектов нормативных правовых актов Республики Казахстан",
  disclaimer: "Замечания — подсказки для разработчика проекта, а не юридическое заключение.",
  uiLanguage: "Язык интерфейса",
  uiLanguageNames: UI_NAMES,

  check: "Проверить документ",
  checkAgain: "Проверить снова",
  reading: (done, total) => `Чтение документа: ${done} из ${total} абзацев`,
  checkingRules: (done, total, found) => `Проверка: ${done} из ${total} правил, найдено замечаний: ${found}`,
  parity: "Сравнить с текстом на другом языке…",
  parityTable: "Сравнить колонки таблицы",
  parityTableDone: (found) => (found ? `Сверка казахской и русской колонок таблицы: расхождений — ${found}. Они показаны ниже.` : "Сверка казахской и русской колонок таблицы: расхождений не найдено."),
  parityDone: (file, found) => (found ? `Сверка с «${file}»: расхождений — ${found}. Они показаны ниже; их можно добавить в документ примечаниями.` : `Сверка с «${file}»: расхождений не найдено.`),
  readingStart: "Чтение документа…",
  checking: "Проверка…",
  token: {
    title: "Ключ доступа",
    prompt: "Сервис Zanger вашей организации требует ключ доступа. Введите ключ, выданный администратором; он сохранится в ваших настройках Office, а не в документе.",
    label: "Ключ доступа",
    save: "Сохранить и проверить",
  },
  llmStarting: "Смысловая проверка моделью…",
  llmProgress: (done, total) => `Смысловая проверка моделью: ${done} из ${total} абзацев`,
  llmStop: "Остановить проверку моделью",
  llmStopped: (done, total) => `Проверка моделью остановлена: получены ответы по ${done} из ${total} абзацев. Результаты правил полные.`,
  llmTitle: "Смысловая проверка (ИИ)",
  llmLine: (model, asked, cached) => `Модель ${model}: спрошено абзацев — ${asked}, из кэша — ${cached}`,
  emptyDocument: "Документ пуст: проверять нечего.",

  documentSettings: "Документ",
  actType: "Вид акта",
  documentLanguage: "Язык документа",
  detected: (what) => `определено автоматически: ${what}`,
  actTypes: ACT_TYPES_RU,
  languages: { kk: "Казахский", ru: "Русский" },

  summary: "Итоги проверки",
  total: (n) => `${n} ${pluralRu(n, "замечание", "замечания", "замечаний")}`,
  noFindings: "Замечаний нет.",
  packs: {
    constitution: "Конституция",
    "legal-acts": "Закон «О правовых актах»",
    anticorruption: "Антикоррупция",
    ria: "Регуляторное воздействие",
    drafting: "Юридическая техника",
    bilingual: "Казахский и русский тексты",
  },
  severities: { error: "Ошибка", warning: "Предупреждение", info: "Замечание" },

  findingsList: "Замечания",
  showInDocument: (q) => `Показать в документе: «${q}»`,
  wholeDocument: "Весь документ",
  paragraphNo: (n) => `Абзац ${n}`,
  moreDetails: "Подробнее",
  lessDetails: "Свернуть",
  basis: "Основание",
  officialText: "Официальный текст",
  officialTextLabel: (act) => `Официальный текст: ${act} (откроется в браузере)`,
  citationLine: (c) => {
    const parts = [c.actTitle ?? c.act, `ст. ${c.article}`];
    if (c.paragraph) parts.push(`п. ${c.paragraph}`);
    if (c.subparagraph) parts.push(`пп. ${noParen(c.subparagraph)})`);
    return `${parts.join(", ")} (ред. от ${isoToDots(c.edition)})`;
  },
  suggestion: (r) => `Предлагается: «${r}»`,
  llmSource: "Найдено языковой моделью — проверьте особенно внимательно",

  addComment: "Добавить комментарий",
  how: {
    title: "Как это работает",
    sentTo: (o) => `Текст документа отправляется только в сервис Zanger вашей организации (${o}). Черновики не сохраняются; в журнал проверок записываются счётчики и хэш документа.`,
    model: (m) => `Смысловую проверку выполняет языковая модель ${m} на сервере вашей организации. Её замечания помечены «ИИ», цитата и статья в них проверены — это подсказки, а не выводы.`,
    noModel: "Языковая модель не подключена: все замечания — от правил.",
    editions: "Редакции актов, по которым идёт проверка:",
    decide: "Каждое замечание называет правило, статью и слова, которые его вызвали. Решение принимает юрист; Zanger ничего не меняет в документе без вашего нажатия.",
    modelSwitch: "Использовать языковую модель для этого документа",
  },
  feedback: { useful: "Полезно", falseAlarm: "Ложное срабатывание", reason: "Почему (необязательно)", send: "Отправить", thanks: "Отзыв учтён" },
  applyFix: "Исправить (с записью исправлений)",
  applyAllFixes: (n) => `Внести все предложенные исправления (${n})`,
  fixApplied: "Исправление внесено как запись исправлений",
  fixesApplied: (n, total) => `Внесено исправлений: ${n} из ${total}, как запись исправлений — их можно принять или отклонить в Word. Проверьте документ снова.`,
  applyingFixes: "Вносятся исправления…",
  addAll: "Добавить все как комментарии",
  addingComments: "Добавление комментариев…",
  addingProgress: (d, t) => `Добавление комментариев: ${d} из ${t}`,
  removeComments: "Удалить комментарии Zanger",
  removed: (n) => `Удалено комментариев Zanger: ${n}.`,
  added: (n, total) => `Добавлено комментариев: ${n} из ${total}.`,
  notAdded: (n) => `Не удалось привязать к тексту: ${n} — причины указаны у замечаний.`,
  commentAdded: "Комментарий добавлен",
  noneToAdd: "Нет замечаний, которые можно добавить как комментарии.",
  dismiss: "Отклонить",
  dismissLabel: (t) => `Отклонить замечание «${t}» для этого документа`,
  restore: "Вернуть",
  dismissed: "Отклонено",
  showDismissed: (n) => `Показать отклонённые (${n})`,
  selected: "Выделено в документе",

  changedTitle: "Документ изменился после проверки",
  failedRules: (ids) => `Часть проверок не выполнена из-за внутренней ошибки и пропущена: ${ids}. Остальные замечания полные; сообщите администратору.`,
  changed: (n) =>
    `Замечаний в изменённых абзацах: ${n}. Проверьте документ заново или всё равно добавьте комментарии — замечания, слов которых больше нет, будут пропущены.`,
  addAnyway: "Всё равно добавить",
  cancel: "Отмена",

  readOnlyTitle: "Режим только для чтения",
  readOnly:
    "Эта версия Word не поддерживает WordApi 1.4. Zanger проверит документ, но не сможет добавлять комментарии и запоминать отклонённые замечания. Word 2021 (LTSC) и более ранние версии поддерживают только WordApi 1.3; используйте Microsoft 365, Word 2024 или Word в браузере.",
  readOnlyDisabled: "Недоступно в режиме только для чтения (нужен WordApi 1.4)",
  notInWordTitle: "Word не найден",
  notInWord: "Откройте эту панель через надстройку Zanger в Microsoft Word или воспользуйтесь предпросмотром в браузере.",

  unreachable: "Сервис Zanger недоступен. Проверьте подключение к сети или уточните у администратора, работает ли сервис.",
  serverError: (status, message) =>
    message ? `Ошибка сервиса (${status}): ${message}` : `Сервис не смог проверить документ (ошибка ${status}). Повторите попытку позже.`,
  badResponse: "Сервис прислал ответ, который панель не понимает. Возможно, версии панели и сервиса различаются; перезагрузите панель.",
  wordError: (m) => `Word не смог выполнить действие: ${m}`,
  errorTitle: "Ошибка",
  close: "Закрыть",

  anchor: {
    relocated: "Абзац изменился после проверки; слова найдены по окружающему тексту.",
    stale: "Этих слов больше нет на прежнем месте: документ изменили после проверки. Проверьте документ заново.",
    ambiguous: "Word нашёл эти слова не столько раз, сколько проверка, поэтому Zanger не станет угадывать, о каких из них речь.",
    unsearchable: "Word не может найти эти слова: в них есть служебные символы или фрагмент слишком длинный.",
    "document-level": "Замечание относится ко всему документу; указать на конкретные слова нельзя.",
    failed: "Word отказался выполнить действие.",
  },

  engineLine: (v, r) => `Zanger ${v} · правила ${r}`,

  views: { check: "Проверка", rules: "Правила", review: "Рецензирование" },
  review: {
    intro: "Исправления, записанные Word: кто, что и где изменил. Принимать и отклонять их — в Word.",
    read: "Прочитать исправления",
    reading: "Чтение исправлений…",
    unsupported: "Чтение исправлений требует Word 2021 или Microsoft 365 (WordApi 1.6).",
    none: "В документе нет записанных исправлений.",
    summary: (n, a) => `Исправлений: ${n}, авторов: ${a}`,
    byAuthor: "По авторам",
    byUnit: "По структурным элементам",
    added: "Вставлено",
    deleted: "Удалено",
    formatted: "Формат",
    outsideUnits: "Вне структурных элементов",
    unreliable: "Текст до изменений в этом абзаце не удалось восстановить точно; в таблице показан текущий текст.",
    tableNew: "Сравнительная таблица — в новом документе",
    tableOpened: (rows) => `Сравнительная таблица (строк: ${rows}) открыта в новом документе. Графу «Обоснование» заполняет автор.`,
    tableAppend: "Добавить таблицу в конец этого документа",
    tableAppended: (rows) => `Сравнительная таблица (строк: ${rows}) добавлена в конец документа. Графу «Обоснование» заполняет автор.`,
    checkAfter: "Проверить текст с учетом исправлений",
    notesTitle: "Замечания к изменениям",
    rows: (n) => `Строк в сравнительной таблице: ${n}`,
  },

  ria: {
    title: "Анализ регуляторного воздействия (АРВ)",
    required: "Проект, по-видимому, вводит требования для бизнеса: АРВ требуется.",
    notRequired: "Требований для бизнеса в проекте не найдено: АРВ, по-видимому, не требуется. Чек-лист — для самопроверки.",
    triggers: (list) => `Найдено в тексте: ${list}`,
    answers: { yes: "Да", no: "Нет", open: "Открыт" },
    auto: "по тексту проекта",
    byLawyer: "отмечено юристом",
    evidence: "Основание в тексте",
    tickGroup: (item) => `Ответ на пункт: ${item}`,
    clear: "Сбросить",
    progress: (a, t) => `Отвечено: ${a} из ${t}`,
    insertTable: "Вставить как таблицу",
    insertAtCursor: "у курсора (иначе — в конец документа)",
    inserting: "Вставка таблицы…",
    inserted: (rows) => `Таблица вставлена: ${rows} ${pluralRu(rows, "строка", "строки", "строк")}.`,
    tableHeadings: ["№", "Пункт чек-листа АРВ", "Ответ", "Основание / комментарий"],
  },

  rules: {
    title: "Правила проверки",
    search: "Поиск по правилам",
    pack: "Пакет",
    allPacks: "Все пакеты",
    count: (shown, total) => `Показано: ${shown} из ${total}`,
    loading: "Загрузка правил…",
    empty: "Ни одно правило не подходит под условия поиска.",
    brief: "Коды",
    appliesTo: "Виды актов",
    allActTypes: "все виды актов",
  },

  preview: {
    title: "Zanger — предпросмотр панели в браузере (без Word)",
    sample: "Пример проекта",
    samples: { ru: "Приказ министра (на русском)", kk: "Мәслихат шешімі (на казахском)" },
    documentView: "Документ (только просмотр)",
    documentHint: "Так выглядел бы документ в Word: слова с комментариями Zanger подсвечены, комментарии — справа от абзаца.",
    commentsCount: (n) => `Комментариев: ${n}`,
    comment: "Комментарий",
  },
};

const kk: PaneStrings = {
  appName: "Zanger",
  tagline: "Қазақстан Республикасының нормативтік құқықтық актілерінің жобаларын тексеру",
  disclaimer: "Ескертулер — жоба әзірлеушісіне арналған кеңес, заңдық қорытынды емес.",
  uiLanguage: "Интерфейс тілі",
  uiLanguageNames: UI_NAMES,

  check: "Құжатты тексеру",
  checkAgain: "Қайта тексеру",
  reading: (done, total) => `Құжат оқылып жатыр: ${done} / ${total} абзац`,
  checkingRules: (done, total, found) => `Тексеру: ${total} ереженің ${done}-і, табылған ескертулер: ${found}`,
  parity: "Екінші тілдегі мәтінмен салыстыру…",
  parityTable: "Кесте бағандарын салыстыру",
  parityTableDone: (found) => (found ? `Кестенің қазақ және орыс бағандарын салыстыру: алшақтықтар — ${found}. Олар төменде көрсетілген.` : "Кестенің қазақ және орыс бағандарын салыстыру: алшақтық табылмады."),
  parityDone: (file, found) => (found ? `«${file}» файлымен салыстыру: алшақтықтар — ${found}. Олар төменде көрсетілген; оларды құжатқа ескертпе ретінде қосуға болады.` : `«${file}» файлымен салыстыру: алшақтық табылмады.`),
  readingStart: "Құжат оқылып жатыр…",
  checking: "Тексеріліп жатыр…",
  token: {
    title: "Қол жеткізу кілті",
    prompt: "Ұйымыңыздағы Zanger сервисі қол жеткізу кілтін талап етеді. Әкімші берген кілтті енгізіңіз; ол құжатта емес, Office баптауларыңызда сақталады.",
    label: "Қол жеткізу кілті",
    save: "Сақтау және тексеру",
  },
  llmStarting: "Модельмен мағыналық тексеру…",
  llmProgress: (done, total) => `Модельмен мағыналық тексеру: ${total} абзацтың ${done} абзацы`,
  llmStop: "Модельмен тексеруді тоқтату",
  llmStopped: (done, total) => `Модельмен тексеру тоқтатылды: ${total} абзацтың ${done} абзацына жауап алынды. Ережелер нәтижелері толық.`,
  llmTitle: "Мағыналық тексеру (ЖИ)",
  llmLine: (model, asked, cached) => `${model} моделі: сұралған абзацтар — ${asked}, кэштен — ${cached}`,
  emptyDocument: "Құжат бос: тексеретін ештеңе жоқ.",

  documentSettings: "Құжат",
  actType: "Акт түрі",
  documentLanguage: "Құжат тілі",
  detected: (what) => `автоматты түрде анықталғаны: ${what}`,
  actTypes: ACT_TYPES_KK,
  languages: { kk: "Қазақ тілі", ru: "Орыс тілі" },

  summary: "Тексеру қорытындысы",
  total: (n) => `Ескертулер саны: ${n}`,
  noFindings: "Ешқандай ескерту табылған жоқ.",
  packs: {
    constitution: "Конституция",
    "legal-acts": "«Құқықтық актілер туралы» Заң",
    anticorruption: "Сыбайлас жемқорлыққа қарсы",
    ria: "Реттеушілік әсер",
    drafting: "Заң техникасы",
    bilingual: "Қазақ және орыс мәтіндері",
  },
  severities: { error: "Қате", warning: "Ескерту", info: "Ақпарат" },

  findingsList: "Ескертулер",
  showInDocument: (q) => `Құжаттан көрсету: «${q}»`,
  wholeDocument: "Бүкіл құжат",
  paragraphNo: (n) => `${n}-абзац`,
  moreDetails: "Толығырақ",
  lessDetails: "Жасыру",
  basis: "Негіздеме",
  officialText: "Ресми мәтін",
  officialTextLabel: (act) => `Ресми мәтін: ${act} (браузерде ашылады)`,
  citationLine: (c) => {
    let where: string;
    if (c.subparagraph && c.paragraph) where = `${c.article}-баптың ${c.paragraph}-тармағының ${noParen(c.subparagraph)}) тармақшасы`;
    else if (c.subparagraph) where = `${c.article}-баптың ${noParen(c.subparagraph)}) тармақшасы`;
    else if (c.paragraph) where = `${c.article}-баптың ${c.paragraph}-тармағы`;
    else where = `${c.article}-бап`;
    return `${c.actTitle ?? c.act}, ${where} (${isoToDots(c.edition)} ж. редакциясы)`;
  },
  suggestion: (r) => `Ұсыныс: «${r}»`,
  llmSource: "Тілдік модель тапқан ескерту — ерекше мұқият тексеріңіз",

  addComment: "Түсініктеме қосу",
  how: {
    title: "Бұл қалай жұмыс істейді",
    sentTo: (o) => `Құжат мәтіні тек ұйымыңыздың Zanger сервисіне жіберіледі (${o}). Жобалар сақталмайды; тексерулер журналына санауыштар мен құжат хэші жазылады.`,
    model: (m) => `Мағыналық тексеруді ұйымыңыздың серверіндегі ${m} тілдік моделі орындайды. Оның ескертулері «ЖИ» деп белгіленген, олардағы дәйексөз бен бап тексерілген — бұл қорытынды емес, кеңес.`,
    noModel: "Тілдік модель қосылмаған: барлық ескертулер — ережелерден.",
    editions: "Тексеру жүргізілетін актілердің редакциялары:",
    decide: "Әр ескерту ережені, бапты және оны тудырған сөздерді атайды. Шешімді заңгер қабылдайды; Zanger сіз баспайынша құжатта ештеңені өзгертпейді.",
    modelSwitch: "Осы құжат үшін тілдік модельді пайдалану",
  },
  feedback: { useful: "Пайдалы", falseAlarm: "Қате дабыл", reason: "Неге (міндетті емес)", send: "Жіберу", thanks: "Пікір ескерілді" },
  applyFix: "Түзету (түзетулерді жазу режимінде)",
  applyAllFixes: (n) => `Ұсынылған барлық түзетулерді енгізу (${n})`,
  fixApplied: "Түзету түзетулер жазбасы ретінде енгізілді",
  fixesApplied: (n, total) => `${total} түзетудің ${n} енгізілді, түзетулер жазбасы ретінде — оларды Word-та қабылдауға не қабылдамауға болады. Құжатты қайта тексеріңіз.`,
  applyingFixes: "Түзетулер енгізілуде…",
  addAll: "Барлығын түсініктеме ретінде қосу",
  addingComments: "Түсініктемелер қосылып жатыр…",
  addingProgress: (d, t) => `Түсініктемелер қосылып жатыр: ${d} / ${t}`,
  removeComments: "Zanger түсініктемелерін жою",
  removed: (n) => `Жойылған Zanger түсініктемелері: ${n}.`,
  added: (n, total) => `Қосылған түсініктемелер: ${n} / ${total}.`,
  notAdded: (n) => `Мәтінге байланыстыру мүмкін болмағандары: ${n}. Себебі әр ескертудің астында көрсетілген.`,
  commentAdded: "Түсініктеме қосылды",
  noneToAdd: "Түсініктеме ретінде қосуға болатын ескерту жоқ.",
  dismiss: "Елемеу",
  dismissLabel: (t) => `«${t}» ескертуін осы құжат үшін елемеу`,
  restore: "Қайтару",
  dismissed: "Еленбеді",
  showDismissed: (n) => `Еленбеген ескертулерді көрсету (${n})`,
  selected: "Құжатта белгіленді",

  changedTitle: "Тексеруден кейін құжат өзгерді",
  failedRules: (ids) => `Ішкі қатеге байланысты кейбір тексерулер орындалмай, өткізіп жіберілді: ${ids}. Қалған ескертулер толық; әкімшіге хабарлаңыз.`,
  changed: (n) =>
    `Өзгертілген абзацтардағы ескертулер саны: ${n}. Құжатты қайта тексеріңіз немесе түсініктемелерді бәрібір қосыңыз: сөздері енді жоқ ескертулер өткізіліп жіберіледі.`,
  addAnyway: "Бәрібір қосу",
  cancel: "Болдырмау",

  readOnlyTitle: "Тек оқу режимі",
  readOnly:
    "Word-тың бұл нұсқасы WordApi 1.4 жинағын қолдамайды. Zanger құжатты тексереді, бірақ түсініктеме қоса алмайды және еленбеген ескертулерді есте сақтай алмайды. Word 2021 (LTSC) және одан бұрынғы нұсқалар тек WordApi 1.3 жинағын қолдайды; Microsoft 365, Word 2024 немесе Word-тың браузердегі нұсқасын пайдаланыңыз.",
  readOnlyDisabled: "Тек оқу режимінде қолжетімсіз (WordApi 1.4 қажет)",
  notInWordTitle: "Word табылмады",
  notInWord: "Бұл панельді Microsoft Word-тағы Zanger қондырмасы арқылы ашыңыз немесе браузердегі алдын ала қарау нұсқасын пайдаланыңыз.",

  unreachable: "Zanger сервисіне қосылу мүмкін болмады. Желіге қосылуды тексеріңіз немесе сервистің жұмыс істеп тұрғанын әкімшіден сұраңыз.",
  serverError: (status, message) =>
    message ? `Сервис қатесі (${status}): ${message}` : `Сервис құжатты тексере алмады (қате коды: ${status}). Кейінірек қайталап көріңіз.`,
  badResponse: "Сервистен келген жауапты панель түсінбеді. Панель мен сервистің нұсқалары сәйкес келмеуі мүмкін; панельді қайта жүктеңіз.",
  wordError: (m) => `Word әрекетті орындай алмады: ${m}`,
  errorTitle: "Қате",
  close: "Жабу",

  anchor: {
    relocated: "Тексеруден кейін абзац өзгерген; сөздер айналасындағы мәтін бойынша табылды.",
    stale: "Бұл сөздер бұрынғы орнында жоқ: тексеруден кейін құжат өзгертілген. Құжатты қайта тексеріңіз.",
    ambiguous: "Word бұл сөздерді тексерудегіден өзге рет тапты, сондықтан Zanger қайсысы туралы сөз болып тұрғанын болжамайды.",
    unsearchable: "Word бұл сөздерді іздей алмайды: оларда арнайы таңбалар бар немесе үзінді тым ұзын.",
    "document-level": "Бұл ескерту бүкіл құжатқа қатысты; нақты сөздерді көрсету мүмкін емес.",
    failed: "Word бұл әрекетті орындаудан бас тартты.",
  },

  engineLine: (v, r) => `Zanger ${v} · ережелер ${r}`,

  views: { check: "Тексеру", rules: "Ережелер", review: "Рецензиялау" },
  review: {
    intro: "Word жазған түзетулер: кім, нені, қай жерде өзгертті. Оларды Word-та қабылдайды не қабылдамайды.",
    read: "Түзетулерді оқу",
    reading: "Түзетулер оқылуда…",
    unsupported: "Түзетулерді оқу үшін Word 2021 немесе Microsoft 365 (WordApi 1.6) қажет.",
    none: "Құжатта жазылған түзетулер жоқ.",
    summary: (n, a) => `Түзетулер: ${n}, авторлар: ${a}`,
    byAuthor: "Авторлар бойынша",
    byUnit: "Құрылымдық элементтер бойынша",
    added: "Қосылды",
    deleted: "Жойылды",
    formatted: "Пішім",
    outsideUnits: "Құрылымдық элементтерден тыс",
    unreliable: "Бұл абзацтағы өзгерістерге дейінгі мәтінді дәл қалпына келтіру мүмкін болмады; кестеде қазіргі мәтін көрсетілген.",
    tableNew: "Салыстырма кесте — жаңа құжатқа",
    tableOpened: (rows) => `Салыстырма кесте (жолдар: ${rows}) жаңа құжатта ашылды. «Негіздеме» бағанын автор толтырады.`,
    tableAppend: "Кестені осы құжаттың соңына қосу",
    tableAppended: (rows) => `Салыстырма кесте (жолдар: ${rows}) құжаттың соңына қосылды. «Негіздеме» бағанын автор толтырады.`,
    checkAfter: "Түзетулер ескерілген мәтінді тексеру",
    notesTitle: "Өзгерістерге ескертулер",
    rows: (n) => `Салыстырма кестедегі жолдар: ${n}`,
  },

  ria: {
    title: "Реттеушілік әсерді талдау (РӘТ)",
    required: "Жоба бизнес үшін талаптар енгізетін сияқты: РӘТ қажет.",
    notRequired: "Жобада бизнес үшін талаптар табылмады: РӘТ қажет емес сияқты. Чек-парақ — өзін-өзі тексеру үшін.",
    triggers: (list) => `Мәтінде табылды: ${list}`,
    answers: { yes: "Иә", no: "Жоқ", open: "Ашық" },
    auto: "жоба мәтіні бойынша",
    byLawyer: "заңгер белгіледі",
    evidence: "Мәтіндегі негіз",
    tickGroup: (item) => `Тармаққа жауап: ${item}`,
    clear: "Тазарту",
    progress: (a, t) => `Жауап берілгені: ${t} тармақтың ${a}`,
    insertTable: "Кесте ретінде қою",
    insertAtCursor: "курсор тұрған жерге (әйтпесе — құжаттың соңына)",
    inserting: "Кесте қойылуда…",
    inserted: (rows) => `Кесте қойылды, жолдар саны: ${rows}.`,
    tableHeadings: ["№", "РӘТ чек-парағының тармағы", "Жауап", "Негіздеме / түсініктеме"],
  },

  rules: {
    title: "Тексеру ережелері",
    search: "Ережелерден іздеу",
    pack: "Топтама",
    allPacks: "Барлық топтамалар",
    count: (shown, total) => `Көрсетілгені: ${total} ереженің ${shown}`,
    loading: "Ережелер жүктелуде…",
    empty: "Іздеу шарттарына сәйкес келетін ереже жоқ.",
    brief: "Кодтар",
    appliesTo: "Актілер түрлері",
    allActTypes: "актілердің барлық түрлері",
  },

  preview: {
    title: "Zanger — панельді браузерде алдын ала қарау (Word-сыз)",
    sample: "Жоба үлгісі",
    samples: { ru: "Министрдің бұйрығы (орыс тілінде)", kk: "Мәслихат шешімі (қазақ тілінде)" },
    documentView: "Құжат (тек қарау)",
    documentHint: "Құжат Word-та осылай көрінер еді: Zanger түсініктеме қосқан сөздер белгіленген, түсініктемелер абзацтың оң жағында.",
    commentsCount: (n) => `Түсініктемелер саны: ${n}`,
    comment: "Түсініктеме",
  },
};

const en: PaneStrings = {
  appName: "Zanger",
  tagline: "Checks drafts of normative legal acts of the Republic of Kazakhstan",
  disclaimer: "Findings are hints for the drafter, not a legal opinion.",
  uiLanguage: "Interface language",
  uiLanguageNames: UI_NAMES,

  check: "Check document",
  checkAgain: "Check again",
  reading: (done, total) => `Reading the document: ${done} of ${total} paragraphs`,
  checkingRules: (done, total, found) => `Checking: ${done} of ${total} rules, ${found} findings so far`,
  parity: "Compare with the other language version…",
  parityTable: "Compare the table's columns",
  parityTableDone: (found) => (found ? `Kazakh and Russian columns of the table compared: ${found} differences, shown below.` : "Kazakh and Russian columns of the table compared: no differences."),
  parityDone: (file, found) => (found ? `Compared with «${file}»: ${found} differences, shown below; they can be added to the document as comments.` : `Compared with «${file}»: no differences.`),
  readingStart: "Reading the document…",
  checking: "Checking…",
  token: {
    title: "Access token",
    prompt: "Your organisation's Zanger service needs an access token. Enter the one your administrator gave you; it is kept in your Office settings, not in the document.",
    label: "Access token",
    save: "Save and check",
  },
  llmStarting: "Model check…",
  llmProgress: (done, total) => `Model check: ${done} of ${total} paragraphs`,
  llmStop: "Stop the model check",
  llmStopped: (done, total) => `Model check stopped: answers for ${done} of ${total} paragraphs. The rule results are complete.`,
  llmTitle: "Semantic check (AI)",
  llmLine: (model, asked, cached) => `Model ${model}: ${asked} paragraphs asked, ${cached} from the cache`,
  emptyDocument: "The document is empty: nothing to check.",

  documentSettings: "Document",
  actType: "Type of act",
  documentLanguage: "Language of the document",
  detected: (what) => `detected: ${what}`,
  actTypes: ACT_TYPES_EN,
  languages: { kk: "Kazakh", ru: "Russian" },

  summary: "Summary",
  total: (n) => `${n} ${n === 1 ? "finding" : "findings"}`,
  noFindings: "No problems found.",
  packs: {
    constitution: "Constitution",
    "legal-acts": "Law “On Legal Acts”",
    anticorruption: "Anti-corruption",
    ria: "Regulatory impact",
    drafting: "Drafting technique",
    bilingual: "Kazakh and Russian texts",
  },
  severities: { error: "Error", warning: "Warning", info: "Note" },

  findingsList: "Findings",
  showInDocument: (q) => `Show in the document: “${q}”`,
  wholeDocument: "Whole document",
  paragraphNo: (n) => `Paragraph ${n}`,
  moreDetails: "More",
  lessDetails: "Less",
  basis: "Basis",
  officialText: "Official text",
  officialTextLabel: (act) => `Official text: ${act} (opens in the browser)`,
  citationLine: (c) => {
    const parts = [c.actTitle ?? c.act, `art. ${c.article}`];
    if (c.paragraph) parts.push(`para. ${c.paragraph}`);
    if (c.subparagraph) parts.push(`subpara. ${noParen(c.subparagraph)})`);
    return `${parts.join(", ")} (edition of ${isoToDots(c.edition)})`;
  },
  suggestion: (r) => `Suggestion: “${r}”`,
  llmSource: "Found by the language model — review with extra care",

  addComment: "Add comment",
  how: {
    title: "How this works",
    sentTo: (o) => `The document's text goes only to your organisation's Zanger service (${o}). Drafts are not stored; the check log keeps counts and a hash of the document.`,
    model: (m) => `The semantic check is done by the language model ${m} on your organisation's server. Its findings are marked AI, their quote and article are verified — they are hints, not conclusions.`,
    noModel: "No language model is connected: every finding comes from the rules.",
    editions: "Act editions the check uses:",
    decide: "Every finding names its rule, its article and the words that triggered it. The lawyer decides; Zanger changes nothing in the document without your click.",
    modelSwitch: "Use the language model for this document",
  },
  feedback: { useful: "Useful", falseAlarm: "False alarm", reason: "Why (optional)", send: "Send", thanks: "Feedback recorded" },
  applyFix: "Fix (as a tracked change)",
  applyAllFixes: (n) => `Apply all suggested fixes (${n})`,
  fixApplied: "Fix applied as a tracked change",
  fixesApplied: (n, total) => `${n} of ${total} fixes applied as tracked changes — accept or reject them in Word. Check the document again.`,
  applyingFixes: "Applying fixes…",
  addAll: "Add all as comments",
  addingComments: "Adding comments…",
  addingProgress: (d, t) => `Adding comments: ${d} of ${t}`,
  removeComments: "Remove Zanger comments",
  removed: (n) => `Removed ${n} Zanger ${n === 1 ? "comment" : "comments"}.`,
  added: (n, total) => `Added ${n} of ${total} comments.`,
  notAdded: (n) => `Could not attach ${n} to the text; the reason is shown under each finding.`,
  commentAdded: "Comment added",
  noneToAdd: "There are no findings that can be added as comments.",
  dismiss: "Dismiss",
  dismissLabel: (t) => `Dismiss “${t}” for this document`,
  restore: "Restore",
  dismissed: "Dismissed",
  showDismissed: (n) => `Show dismissed (${n})`,
  selected: "Selected in the document",

  changedTitle: "The document has changed since the check",
  failedRules: (ids) => `Some checks failed with an internal error and were skipped: ${ids}. The other findings are complete; please tell your administrator.`,
  changed: (n) =>
    `${n} of these findings are in edited paragraphs. Check again, or add the comments anyway — findings whose words are gone will be skipped.`,
  addAnyway: "Add anyway",
  cancel: "Cancel",

  readOnlyTitle: "Read-only mode",
  readOnly:
    "This version of Word does not support WordApi 1.4. Zanger can check the document but cannot add comments or remember dismissed findings. Word 2021 (LTSC) and earlier stop at WordApi 1.3; use Microsoft 365, Word 2024 or Word on the web.",
  readOnlyDisabled: "Not available in read-only mode (needs WordApi 1.4)",
  notInWordTitle: "Word not found",
  notInWord: "Open this pane from the Zanger add-in in Microsoft Word, or use the browser preview.",

  unreachable: "The Zanger service is unreachable. Check your network connection, or ask your administrator whether the service is running.",
  serverError: (status, message) =>
    message ? `Service error (${status}): ${message}` : `The service could not check the document (error ${status}). Try again later.`,
  badResponse: "The service sent an answer the pane does not understand. The pane and the service may be different versions; reload the pane.",
  wordError: (m) => `Word could not complete the action: ${m}`,
  errorTitle: "Error",
  close: "Close",

  anchor: {
    relocated: "The paragraph changed after the check; the words were found by the text around them.",
    stale: "These words are no longer where they were: the document was edited after the check. Check again.",
    ambiguous: "Word found these words a different number of times than the check did, so Zanger will not guess which ones are meant.",
    unsearchable: "Word cannot search for these words: they contain special characters or the passage is too long.",
    "document-level": "This finding is about the whole document; there are no particular words to point to.",
    failed: "Word refused the action.",
  },

  engineLine: (v, r) => `Zanger ${v} · rules ${r}`,

  views: { check: "Check", rules: "Rules", review: "Review" },
  review: {
    intro: "The changes Word has tracked: who changed what, where. Accept or reject them in Word.",
    read: "Read tracked changes",
    reading: "Reading tracked changes…",
    unsupported: "Reading tracked changes needs Word 2021 or Microsoft 365 (WordApi 1.6).",
    none: "The document has no tracked changes.",
    summary: (n, a) => `${n} changes by ${a} authors`,
    byAuthor: "By author",
    byUnit: "By structural unit",
    added: "Inserted",
    deleted: "Deleted",
    formatted: "Formatting",
    outsideUnits: "Outside structural units",
    unreliable: "The text before the changes could not be rebuilt exactly for this paragraph; the table shows the current text.",
    tableNew: "Comparative table in a new document",
    tableOpened: (rows) => `The comparative table (${rows} rows) is open in a new document. The author fills in the justification column.`,
    tableAppend: "Append the table to this document",
    tableAppended: (rows) => `The comparative table (${rows} rows) is at the end of the document. The author fills in the justification column.`,
    checkAfter: "Check the text as amended",
    notesTitle: "Notes on the amendments",
    rows: (n) => `${n} rows in the comparative table`,
  },

  ria: {
    title: "Regulatory impact analysis (RIA)",
    required: "The draft appears to introduce requirements for business: an RIA is required.",
    notRequired: "No requirements for business were found in the draft: an RIA appears not to be required. The checklist is for self-review.",
    triggers: (list) => `Found in the text: ${list}`,
    answers: { yes: "Yes", no: "No", open: "Open" },
    auto: "from the draft's text",
    byLawyer: "ticked by the lawyer",
    evidence: "Evidence in the text",
    tickGroup: (item) => `Answer to item: ${item}`,
    clear: "Clear",
    progress: (a, t) => `Answered: ${a} of ${t}`,
    insertTable: "Insert as a table",
    insertAtCursor: "at the cursor (otherwise at the end of the document)",
    inserting: "Inserting the table…",
    inserted: (rows) => `Table inserted: ${rows} ${rows === 1 ? "row" : "rows"}.`,
    tableHeadings: ["No.", "RIA checklist item", "Answer", "Evidence / comment"],
  },

  rules: {
    title: "Checking rules",
    search: "Search the rules",
    pack: "Pack",
    allPacks: "All packs",
    count: (shown, total) => `Showing ${shown} of ${total}`,
    loading: "Loading the rules…",
    empty: "No rule matches the search.",
    brief: "Codes",
    appliesTo: "Types of act",
    allActTypes: "all types of act",
  },

  preview: {
    title: "Zanger — task pane preview in the browser (no Word)",
    sample: "Sample draft",
    samples: { ru: "Ministerial order (Russian)", kk: "Maslikhat decision (Kazakh)" },
    documentView: "Document (read-only)",
    documentHint: "This is how the document would look in Word: words with Zanger comments are highlighted, the comments sit beside their paragraph.",
    commentsCount: (n) => `${n} ${n === 1 ? "comment" : "comments"}`,
    comment: "Comment",
  },
};

export const PANE_STRINGS: Record<UiLanguage, PaneStrings> = { kk, ru, en };

export function paneStrings(ui: UiLanguage): PaneStrings {
  return PANE_STRINGS[ui];
}

/** The pane's default language from Office's display language: kk-* → kk, ru-* → ru, anything else → en. */
export function uiLanguageFromDisplayLanguage(displayLanguage: string | undefined | null): UiLanguage {
  const tag = (displayLanguage ?? "").trim().toLowerCase();
  if (tag === "kk" || tag.startsWith("kk-")) return "kk";
  if (tag === "ru" || tag.startsWith("ru-")) return "ru";
  return "en";
}

/**
 * The text of a Word comment for a finding, in the UI language: title, message, for a model's finding the AI
 * notice, and the citation line.
 * src/word adds the recognisable «[Zanger · RULE-ID]» marker.
 */
export function commentBody(
  s: PaneStrings,
  f: { title: string; message: string; citation: Citation; suggestion?: { replacement: string }; source?: "rule" | "llm" },
): string {
  const lines = [f.title, f.message];
  if (f.suggestion) lines.push(s.suggestion(f.suggestion.replacement));
  // A model's finding says so in the comment too, not only in the pane.
  if (f.source === "llm") lines.push(s.llmSource);
  lines.push(`${s.basis}: ${s.citationLine(f.citation)}`);
  return lines.join("\n");
}

/** The lawyer's answers to open RIA items (item id → answer), as kept in the document settings. */
export type RiaTickMap = Record<string, "yes" | "no">;

/** The answer that counts for an item: the draft's own ("yes"/"no"), else the lawyer's tick, else "open". */
export function riaEffectiveAnswer(item: Pick<RiaItem, "id" | "answer">, ticks: RiaTickMap): RiaAnswerKey {
  return item.answer !== "open" ? item.answer : ticks[item.id] ?? "open";
}

/**
 * The RIA checklist as the rows of a Word table, in the strings' language (the document's): a heading row
 * «№ | item | answer | evidence/comment», then one row per item. Pure; src/word/tables.ts writes it.
 */
export function riaTableValues(s: PaneStrings, lang: UiLanguage, report: Pick<RiaReport, "items">, ticks: RiaTickMap): string[][] {
  const rows: string[][] = [[...s.ria.tableHeadings]];
  for (const item of report.items) {
    const answer = riaEffectiveAnswer(item, ticks);
    const how = item.answer !== "open" ? s.ria.auto : ticks[item.id] ? s.ria.byLawyer : "";
    const notes: string[] = [];
    if (item.evidence) {
      const where = item.evidence.paragraphIndex === null ? s.wholeDocument : s.paragraphNo(item.evidence.paragraphIndex + 1);
      notes.push(`${where}: «${item.evidence.quote}»`);
    }
    notes.push(`${s.basis}: ${s.citationLine(item.citation)}`);
    rows.push([String(item.no), item.label[lang], how ? `${s.ria.answers[answer]} (${how})` : s.ria.answers[answer], notes.join("\n")]);
  }
  return rows;
}
