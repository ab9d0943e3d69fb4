/** Words of the semantic checker for the user: titles of model findings and what happened to the model part. */
import type { UiLanguage } from "../contract";

type T = Record<UiLanguage, string>;

function fill(t: string, vars: Record<string, string | number>): string {
  return t.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

const TITLE: Record<"constitution" | "legal-acts", T> = {
  constitution: {
    ru: "Возможное противоречие Конституции (ИИ): {cite}",
    kk: "Конституцияға ықтимал қайшылық (ЖИ): {cite}",
    en: "Possible conflict with the Constitution (AI): {cite}",
  },
  "legal-acts": {
    ru: "Возможное противоречие акту более высокого уровня (ИИ): {cite}",
    kk: "Жоғары деңгейдегі актіге ықтимал қайшылық (ЖИ): {cite}",
    en: "Possible conflict with a higher act (AI): {cite}",
  },
};

export function llmFindingTitle(pack: "constitution" | "legal-acts", cite: string, ui: UiLanguage): string {
  return fill(TITLE[pack][ui], { cite });
}

const EXPLANATION: T = {
  ru: "Найдено языковой моделью {model}, не правилом. Проверено: цитата дословно есть в абзаце, статья {cite} существует в загруженной редакции. Это подсказка для экспертной проверки, а не вывод о неконституционности или незаконности: решение принимает юрист.",
  kk: "Мұны ереже емес, {model} тілдік моделі тапты. Тексерілді: дәйексөз абзацта сөзбе-сөз бар, {cite} жүктелген редакцияда бар. Бұл сараптамалық тексеруге арналған ұсыныс, Конституцияға немесе заңға қайшылық туралы қорытынды емес: шешімді заңгер қабылдайды.",
  en: "Found by the language model {model}, not by a rule. Verified: the quote is verbatim in the paragraph and {cite} exists in the loaded edition. This is a pointer for expert review, not a finding that the norm is unconstitutional or unlawful: the lawyer decides.",
};

export function llmFindingExplanation(model: string, cite: string, ui: UiLanguage): string {
  return fill(EXPLANATION[ui], { model, cite });
}

/** Used instead of the model's words when they give a verdict only the Constitutional Court or a court may give. */
const GRADED: T = {
  ru: "Норма может противоречить {cite}; требуется экспертная оценка.",
  kk: "Норма {cite} қайшы келуі мүмкін; сараптамалық бағалау қажет.",
  en: "The norm may conflict with {cite}; expert review is needed.",
};

export function gradedMessage(cite: string, ui: UiLanguage): string {
  return fill(GRADED[ui], { cite });
}

/** Categorical verdicts the model must not give (brief: only the Constitutional Court decides). */
export const VERDICT = /неконституционн|не\s+соответству\p{L}*\s+Конституци|противоречит\s+Конституци|незаконн|unconstitutional|unlawful|illegal|конституцияға\s+(?:сәйкес\s+келмейді|қайшы\s+келеді|қайшы)|заңсыз/iu;

export type LlmProblem = "limit" | "timeout" | "network" | "http" | "auth" | "circuit-open" | "bad-response" | "malformed" | "no-corpus" | "cancelled";

const PROBLEM: Record<LlmProblem, T> = {
  limit: {
    ru: "Моделью проверены первые {limit} из {total} абзацев (предел ZANGER_LLM_MAX_PARAGRAPHS); проверьте остальное отдельной частью.",
    kk: "Модельмен {total} абзацтың алғашқы {limit} тексерілді (ZANGER_LLM_MAX_PARAGRAPHS шегі); қалғанын жеке бөлік ретінде тексеріңіз.",
    en: "The model checked the first {limit} of {total} paragraphs (ZANGER_LLM_MAX_PARAGRAPHS); check the rest as a separate part.",
  },
  timeout: {
    ru: "Модель не ответила вовремя ({failed} из {total} абзацев).",
    kk: "Модель уақытында жауап бермеді ({total} абзацтың {failed}).",
    en: "The model did not answer in time ({failed} of {total} paragraphs).",
  },
  network: {
    ru: "Сервер модели недоступен ({failed} из {total} абзацев не проверены моделью).",
    kk: "Модель серверіне қосылу мүмкін емес ({total} абзацтың {failed} модельмен тексерілмеді).",
    en: "The model server cannot be reached ({failed} of {total} paragraphs not checked by the model).",
  },
  http: {
    ru: "Сервер модели вернул ошибку ({failed} из {total} абзацев не проверены моделью).",
    kk: "Модель сервері қате қайтарды ({total} абзацтың {failed} модельмен тексерілмеді).",
    en: "The model server returned an error ({failed} of {total} paragraphs not checked by the model).",
  },
  auth: {
    ru: "Сервер модели отклонил ключ доступа (ZANGER_LLM_API_KEY); обратитесь к администратору.",
    kk: "Модель сервері кіру кілтін қабылдамады (ZANGER_LLM_API_KEY); әкімшіге хабарласыңыз.",
    en: "The model server refused the access key (ZANGER_LLM_API_KEY); ask your administrator.",
  },
  "circuit-open": {
    ru: "Сервер модели несколько раз подряд не ответил; модель временно не опрашивается ({failed} из {total} абзацев).",
    kk: "Модель сервері бірнеше рет қатарынан жауап бермеді; модель уақытша сұралмайды ({total} абзацтың {failed}).",
    en: "The model server failed several times in a row; it is not being asked for a while ({failed} of {total} paragraphs).",
  },
  "bad-response": {
    ru: "Сервер модели ответил не в формате OpenAI ({failed} из {total} абзацев).",
    kk: "Модель сервері OpenAI пішімінде жауап бермеді ({total} абзацтың {failed}).",
    en: "The model server's answer was not in the OpenAI format ({failed} of {total} paragraphs).",
  },
  malformed: {
    ru: "Ответ модели не удалось прочитать как JSON ({failed} из {total} абзацев).",
    kk: "Модель жауабын JSON ретінде оқу мүмкін болмады ({total} абзацтың {failed}).",
    en: "The model's answer could not be read as JSON ({failed} of {total} paragraphs).",
  },
  "no-corpus": {
    ru: "Официальные тексты не загружены (zanger corpus import), поэтому модель не опрашивалась: её выводы не на что опереть.",
    kk: "Ресми мәтіндер жүктелмеген (zanger corpus import), сондықтан модель сұралмады: оның қорытындыларын тексеретін негіз жоқ.",
    en: "No official texts are imported (zanger corpus import), so the model was not asked: there is nothing to ground its findings on.",
  },
  cancelled: {
    ru: "Проверка моделью отменена; проверено {done} из {total} абзацев.",
    kk: "Модельмен тексеру тоқтатылды; {total} абзацтың {done} тексерілді.",
    en: "The model check was cancelled; {done} of {total} paragraphs were checked.",
  },
};

export function llmProblemMessage(p: LlmProblem, ui: UiLanguage, vars: Record<string, number> = {}): string {
  const rulesOk = { ru: " Результаты правил полные.", kk: " Ережелер нәтижелері толық.", en: " The rule findings are complete." }[ui];
  return fill(PROBLEM[p][ui], vars) + (p === "no-corpus" ? "" : rulesOk);
}
