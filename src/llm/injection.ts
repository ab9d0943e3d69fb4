/**
 * Paragraphs that look written for a model rather than for a reader — instructions to the model, JSON in the shape
 * of our answers, our delimiters, chat-template tokens — are not put to the model at all (the rules still check
 * them). A real draft never contains these; a hostile one might. This is the first of two guards: the second is
 * that every model finding is verified against the paragraph and the loaded editions (./verify).
 */
const PATTERNS: RegExp[] = [
  /\b(?:ignore|disregard|forget)\b[^.\n]{0,40}\b(?:instructions?|rules?|prompt|above|previous|prior)\b/iu,
  /\bsystem\s+prompt\b|\byou\s+are\s+now\b|\bnew\s+instructions?\b/iu,
  /(?:игнорир|проигнорир|забуд|отмени|не\s+обращай\s+внимани)\p{L}*[^.\n]{0,40}(?:инструкц|правил|указани|промпт|выше|предыдущ)/iu,
  /(?:системн\p{L}*\s+(?:промпт|инструкц|сообщени))|(?:ты\s+теперь\b)|(?:новые\s+инструкции)/iu,
  /(?:нұсқау|ереже)\p{L}*[^.\n]{0,40}(?:елеме|ескерме|ұмыт|назар\s+аударма)/iu,
  /(?:алдыңғы|жоғарыдағы)\s+нұсқау/iu,
  /[{[]\s*"(?:findings|quote|pack|article|severity|confidence|role|content)"\s*:/iu,
  /DRAFT-(?:BEGIN|END)|<\|im_(?:start|end)\|>|<\|(?:system|user|assistant)\|>|\[\/?INST\]|<\/?s>|<<\/?SYS>>/u,
  /^\s*(?:system|assistant|user)\s*:/imu,
  // Addressed to the checker: "state that this point contradicts…", «… қайшы деп көрсет».
  /(?:укажи|сообщи|отметь|напиши|признай|считай)(?:те)?[\s,][^.\n]{0,60}(?:противореч|неконституц|нарушени)/iu,
  /(?:қайшы|сәйкес\s+емес|заңсыз)\p{L}*\s+деп\s+(?:көрсет|жаз|белгіле|есепте|таны)/iu,
  /\b(?:as\s+an\s+ai|language\s+model|the\s+assistant\s+(?:must|should))\b/iu,
];

export function looksLikeInjection(text: string): boolean {
  return PATTERNS.some((p) => p.test(text));
}
