/**
 * Abbreviations that Kazakhstan's acts use without expanding them, because every reader knows them or a code or
 * law fixes them: the country, international organisations, legal forms, identification numbers, the monthly
 * calculation index. Any other capitalised abbreviation in a draft should be expanded at first use
 * («(далее – ЦОН)», «(бұдан әрі – ХҚКО)») or defined in the article on basic terms.
 */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // The country and its former names
  "РК", "ҚР", "СССР", "КазССР", "ҚазКСР",
  // International organisations and foreign states
  "ООН", "БҰҰ", "СНГ", "ТМД", "ЕАЭС", "ЕАЭО", "ШОС", "ШЫҰ", "ОДКБ", "ҰҚШҰ", "ОБСЕ", "ЕҚЫҰ", "ЮНЕСКО", "ВОЗ", "ДДСҰ",
  "США", "АҚШ", "КНР", "ҚХР", "РФ", "ЕС", "ЕО",
  // Legal forms of organisations
  "ТОО", "ЖШС", "АО", "АҚ", "НАО", "КЕАҚ", "РГП", "РМК", "ГКП", "МКК", "КГП", "КМК", "ГУ", "ММ", "КГУ", "КММ", "ИП", "ЖК",
  // Identification numbers and units fixed by codes
  "ИИН", "БИН", "ЖСН", "БСН", "МРП", "АЕК", "НДС", "ҚҚС", "КПН", "КТС", "ИПН", "ЖТС", "ВВП", "ЖІӨ",
  // Registry suffixes of laws («№ 480-V ЗРК», «№ 480-V ҚРЗ»), official gazettes cited as sources (САПП, ПҮАЖ) and
  // the editorial marks of the reference database (Примечание ИЗПИ / РЦПИ)
  "ЗРК", "ҚРЗ", "ЗРКО", "САПП", "ПҮАЖ", "ИЗПИ", "РЦПИ", "ЗҚАИ", "РҚАО",
  // Medicine and science terms every reader knows
  "ВИЧ", "СПИД", "АИТВ", "ЖИТС", "ДНК", "РНК",
  // Mass media, personal name fields
  "СМИ", "БАҚ", "ФИО", "ТАӘ",
]);

/** Operative formulas and structural words written in capitals inside ordinary paragraphs. */
export const CAPITALISED_WORDS: ReadonlySet<string> = new Set([
  "РЕШИЛ", "РЕШИЛА", "ШЕШТІ", "ЕТЕДІ", "ЕТЕМІН", "ЗАКОН", "ЗАҢЫ", "ЗАҢ", "УКАЗ", "ҚАУЛЫ", "ШЕШІМ", "ГЛАВА", "ТАРАУ", "БӨЛІМ", "ПУНКТ",
  "ИТОГО", "ВСЕГО", "НЕТ", "ДА", "ЖОҚ", "ИӘ",
]);
