/** Error messages of the service and the CLI, in the user's language. */
import type { ErrorCode, UiLanguage } from "../contract";
import { UI_LANGUAGES } from "../contract";

type Vars = Record<string, string | number>;

const MESSAGES: Record<ErrorCode, Record<UiLanguage, string>> = {
  bad_request: {
    ru: "Запрос не соответствует формату: {details}",
    kk: "Сұрау пішімге сәйкес келмейді: {details}",
    en: "The request does not match the expected format: {details}",
  },
  payload_too_large: {
    ru: "Запрос слишком велик (больше {limit}). Проверьте документ по частям.",
    kk: "Сұрау тым үлкен ({limit} артық). Құжатты бөлік-бөлігімен тексеріңіз.",
    en: "The request is too large (over {limit}). Check the document in parts.",
  },
  too_many_paragraphs: {
    ru: "В документе {count} абзацев, а за один раз можно проверить не более {limit}. Проверьте документ по частям.",
    kk: "Құжатта {count} абзац бар, ал бір рет {limit} абзацтан артық тексеруге болмайды. Құжатты бөлік-бөлігімен тексеріңіз.",
    en: "The document has {count} paragraphs; at most {limit} can be checked at once. Check the document in parts.",
  },
  paragraph_too_long: {
    ru: "Абзац № {index} длиннее {limit} знаков. Разделите его на несколько абзацев.",
    kk: "№ {index} абзац {limit} таңбадан ұзын. Оны бірнеше абзацқа бөліңіз.",
    en: "Paragraph {index} is longer than {limit} characters. Split it into several paragraphs.",
  },
  unsupported_media_type: {
    ru: "Ожидается JSON (Content-Type: application/json).",
    kk: "JSON күтілуде (Content-Type: application/json).",
    en: "JSON expected (Content-Type: application/json).",
  },
  not_found: {
    ru: "Адрес не найден: {url}",
    kk: "Мекенжай табылмады: {url}",
    en: "Not found: {url}",
  },
  unauthorized: {
    ru: "Нужен действующий ключ доступа (токен). Получите его у администратора Zanger и введите в панели.",
    kk: "Жарамды қол жеткізу кілті (токен) қажет. Оны Zanger әкімшісінен алып, панельге енгізіңіз.",
    en: "A valid access token is needed. Get one from your Zanger administrator and enter it in the pane.",
  },
  rate_limited: {
    ru: "Слишком много запросов. Повторите через несколько секунд.",
    kk: "Сұраулар тым көп. Бірнеше секундтан кейін қайталаңыз.",
    en: "Too many requests. Try again in a few seconds.",
  },
  unreadable_docx: {
    ru: "Файл «{name}» не удалось прочитать как документ Word (.docx): {details}",
    kk: "«{name}» файлын Word құжаты (.docx) ретінде оқу мүмкін болмады: {details}",
    en: "The file «{name}» could not be read as a Word document (.docx): {details}",
  },
  same_language: {
    ru: "Выбранный файл написан на том же языке ({language}), что и открытый документ. Выберите текст на другом языке.",
    kk: "Таңдалған файл ашық құжатпен бір тілде ({language}) жазылған. Екінші тілдегі мәтінді таңдаңыз.",
    en: "The chosen file is in the same language ({language}) as the open document. Choose the text in the other language.",
  },
  no_bilingual_table: {
    ru: "В документе нет таблицы, в которой одна колонка на казахском языке, а другая на русском. Выберите файл с текстом на другом языке.",
    kk: "Құжатта бір бағаны қазақ тілінде, екіншісі орыс тілінде жазылған кесте жоқ. Екінші тілдегі мәтіні бар файлды таңдаңыз.",
    en: "The document has no table with one column in Kazakh and the other in Russian. Choose the file with the other language version.",
  },
  internal: {
    ru: "Внутренняя ошибка сервиса. Документ не изменён; повторите проверку.",
    kk: "Сервистің ішкі қатесі. Құжат өзгертілген жоқ; тексеруді қайталаңыз.",
    en: "Internal service error. The document was not changed; run the check again.",
  },
};

export function errorMessage(code: ErrorCode, ui: UiLanguage, vars: Vars = {}): string {
  return MESSAGES[code][ui].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** The UI language of a request: explicit header, then query, then Accept-Language; Russian by default. */
export function pickUiLanguage(...candidates: (string | undefined | null)[]): UiLanguage {
  for (const c of candidates) {
    if (!c) continue;
    for (const part of c.split(",")) {
      const tag = part.trim().slice(0, 2).toLowerCase();
      if ((UI_LANGUAGES as readonly string[]).includes(tag)) return tag as UiLanguage;
    }
  }
  return "ru";
}
