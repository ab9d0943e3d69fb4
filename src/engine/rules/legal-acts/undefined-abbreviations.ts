import { CAPITALISED_WORDS, COMMON_ABBREVIATIONS } from "../../data/common-abbreviations";
import { isLetterAt } from "../../document/language";
import type { ParsedParagraph } from "../../document/model";
import { defineRule } from "../types";
import { isAmendingAct } from "./common";

/**
 * Terms used but never defined (ZPA 23(7)), in the form one text can decide: an abbreviation («ЦОН», «ХҚКО»,
 * «УВС») that the act uses but never expands. ZPA 24(6) allows shortened names of bodies and organisations only
 * «с расшифровкой значения сокращения либо аббревиатуры в самом тексте». One document-level finding lists them.
 *
 * Expanded means: inside «(далее – …)» / «(бұдан әрі – …)», in parentheses right after the full name
 * («центр обслуживания населения (ЦОН)»), or as the term of a definitions subpoint («ЦОН – …»).
 * Not counted: well-known abbreviations (data/common-abbreviations), registry numbers («ҚР ДСМ-12»), Roman
 * numerals, words in capitals (operative formulas, all-caps headings), and amending acts, whose quoted wording
 * relies on the definitions of the act they amend.
 */
const UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ";
const ABBREVIATION = new RegExp(`(?<![\\p{L}\\d])[${UPPER}]{2,5}(?![\\p{L}\\d])`, "gu");
const EXPANSION = /\((?:далее|бұдан\s+әрі)\s*[-–—]\s*([^)]{1,200})\)/giu;
const IN_PARENS = new RegExp(`\\(\\s*([${UPPER}]{2,5})\\s*\\)`, "gu");
const DEFINED_TERM = new RegExp(`^(?:\\d+(?:-\\d+)?\\)\\s*)?([${UPPER}]{2,5})\\s*[-–—]\\s`, "u");

/** A paragraph written mostly in capitals (a title or heading): its words are not abbreviations. */
function mostlyCapitals(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return slowMostlyCapitals(text);
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isLetterAt(text, i)) continue;
    letters++;
    if (text.charCodeAt(i) !== lower.charCodeAt(i)) upper++;
  }
  return letters > 0 && upper / letters > 0.5;
}

function slowMostlyCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  return upper / letters.length > 0.5;
}

/** Does `word` (in lower case) stand somewhere in the text as a whole word written in lower case? */
function usedInLowerCase(word: string, paragraphs: readonly ParsedParagraph[]): boolean {
  for (const p of paragraphs) {
    let at = p.text.indexOf(word);
    while (at >= 0) {
      const end = at + word.length;
      if ((at === 0 || !isLetterAt(p.text, at - 1)) && (end >= p.text.length || !isLetterAt(p.text, end))) return true;
      at = p.text.indexOf(word, at + 1);
    }
  }
  return false;
}

/** Abbreviations the text expands or defines. */
function expandedIn(paragraphs: readonly ParsedParagraph[]): Set<string> {
  const out = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(EXPANSION)) for (const a of m[1]!.matchAll(ABBREVIATION)) out.add(a[0]);
    for (const m of p.text.matchAll(IN_PARENS)) out.add(m[1]!);
    const d = DEFINED_TERM.exec(p.text.trimStart());
    if (d) out.add(d[1]!);
  }
  return out;
}

export interface UndefinedAbbreviation {
  abbreviation: string;
  /** First paragraph that uses it. */
  para: number;
}

export function undefinedAbbreviations(paragraphs: readonly ParsedParagraph[]): UndefinedAbbreviation[] {
  const expanded = expandedIn(paragraphs);
  // Words written in lower case somewhere: their capitalised form is emphasis, not an abbreviation.
  const emphasis = new Map<string, boolean>();
  const isEmphasis = (a: string) => {
    let v = emphasis.get(a);
    if (v === undefined) emphasis.set(a, (v = usedInLowerCase(a.toLowerCase(), paragraphs)));
    return v;
  };
  const found = new Map<string, number>();
  for (const p of paragraphs) {
    if (p.kind === "blank" || p.isNote || p.quoted) continue;
    const candidates = [...p.text.matchAll(ABBREVIATION)];
    if (candidates.length === 0 || mostlyCapitals(p.text)) continue;
    for (const m of candidates) {
      const a = m[0];
      if (found.has(a) || expanded.has(a) || COMMON_ABBREVIATIONS.has(a) || CAPITALISED_WORDS.has(a)) continue;
      if (/^[IІVХXLС]+$/u.test(a)) continue; // Roman numerals typed in Cyrillic
      const after = p.text.slice(m.index! + a.length, m.index! + a.length + 2);
      if (/^[-–]\d/u.test(after)) continue; // registry number «ДСМ-12»
      if (/^\s?:/u.test(after)) continue; // the end of an operative formula in capitals («… ЕТЕДІ:»)
      if (/№\s*(?:[\p{Lu}]{2,5}\s+)?$/u.test(p.text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      if (isEmphasis(a)) continue; // an ordinary word written in capitals for emphasis
      found.set(a, p.index);
    }
  }
  return [...found].map(([abbreviation, para]) => ({ abbreviation, para }));
}

export default defineRule({
  id: "LA-UNDEFINED-ABBREVIATIONS",
  pack: "legal-acts",
  brief: ["L-08"],
  severity: "info",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "24", paragraph: "6" },
  messages: {
    ru: {
      title: "Сокращения без расшифровки: {terms}",
      message: "В акте используются сокращения {terms}, значение которых в нём не раскрыто (впервые — в абзаце {first}).",
      explanation:
        "Сокращение наименований государственных органов и иных организаций допускается с расшифровкой значения сокращения либо аббревиатуры в самом тексте нормативного правового акта (Закон «О правовых актах», ч. 2 п. 6 ст. 24); термины, смысл которых требует уточнения, разъясняются в статье (пункте) об основных понятиях (п. 7 ст. 23). Без расшифровки читатель и правоприменитель вынуждены угадывать, о каком органе или понятии идёт речь. Рекомендуется при первом упоминании привести полное наименование с оговоркой «(далее – …)» или включить сокращение в перечень понятий.",
    },
    kk: {
      title: "Толық жазылмаған қысқартулар: {terms}",
      message: "Актіде мағынасы ашылмаған {terms} қысқартулары пайдаланылады (алғаш рет — {first}-абзацта).",
      explanation:
        "Мемлекеттік органдар мен өзге де ұйымдардың атауларын қысқартуға қысқартудың немесе аббревиатураның мағынасы нормативтік құқықтық актінің өз мәтінінде ашылған жағдайда жол беріледі («Құқықтық актілер туралы» Заңның 24-бабы 6-тармағының екінші бөлігі); мағынасын нақтылау қажет терминдер негізгі ұғымдар туралы бапта (тармақта) түсіндіріледі (23-баптың 7-тармағы). Мағынасы ашылмаса, оқырман мен құқық қолданушы қай орган немесе ұғым туралы сөз болып тұрғанын болжауға мәжбүр болады. Алғаш аталған жерде толық атауын «(бұдан әрі – …)» ескертпесімен келтіру немесе қысқартуды ұғымдар тізбесіне енгізу ұсынылады.",
    },
    en: {
      title: "Abbreviations never expanded: {terms}",
      message: "The act uses the abbreviations {terms} without saying what they stand for (first in paragraph {first}).",
      explanation:
        "Shortened names of state bodies and other organisations are allowed only if the act itself expands the abbreviation (Law \"On Legal Acts\" art. 24(6), second part); terms whose meaning needs clarifying are explained in the article (point) on basic terms (art. 23(7)). Without the expansion the reader has to guess which body or notion is meant. Give the full name with «(hereinafter – …)» at first use, or add the abbreviation to the list of terms.",
    },
  },
  detect(ctx) {
    if (isAmendingAct(ctx)) return [];
    const found = undefinedAbbreviations(ctx.doc.paragraphs);
    if (found.length === 0) return [];
    const terms = found.map((f) => `«${f.abbreviation}»`).join(", ");
    return [{ para: null, start: 0, end: 0, data: { terms, first: String(found[0]!.para + 1) } }];
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "Правила выдачи справки о составе семьи",
          "1. Справка выдается по заявлению, поданному через ЦОН или портал электронного правительства.",
          "2. ЦОН выдает справку в день обращения.",
        ].join("\n"),
        quote: "",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "Отбасы құрамы туралы анықтама беру қағидалары",
          "1. Анықтама ХҚКО немесе электрондық үкімет порталы арқылы берілген өтініш бойынша беріледі.",
          "2. ХҚКО анықтаманы жүгінген күні береді.",
        ].join("\n"),
        quote: "",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "Правила выдачи справки о составе семьи",
          "1. Справка выдается по заявлению, поданному через центр обслуживания населения (далее – ЦОН) или портал электронного правительства.",
          "2. ЦОН выдает справку в день обращения.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: [
          "Аральский районный маслихат РЕШИЛ:",
          "1. Предоставить ТОО «Арал Су» право пользования земельным участком на срок 10 лет с уплатой 2 МРП ежегодно.",
          "2. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
        ].join("\n"),
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: [
          "1. Внести в приказ Министра здравоохранения Республики Казахстан от 5 мая 2021 года № ҚР ДСМ-41 следующее изменение:",
          "пункт 3 изложить в следующей редакции:",
          "«3. УВС направляет сведения в ЦОН в течение одного рабочего дня.».",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: [
          "Отбасы құрамы туралы анықтама беру қағидалары",
          "1. Осы Қағидаларда мынадай негізгі ұғымдар пайдаланылады:",
          "1) ХҚКО – халыққа қызмет көрсету орталығы;",
          "2) электрондық үкімет порталы – ақпараттық жүйе.",
          "2. ХҚКО анықтаманы жүгінген күні береді.",
        ].join("\n"),
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: [
          "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҚАРАҒАНДЫ ОБЛЫСЫНЫҢ ӘКІМДІГІ ҚАУЛЫ ЕТЕДІ:",
          "1. «Қарағанды Жылу» ЖШС-ге жылу беру маусымына дайындық үшін 2026 жылғы 1 қыркүйекке дейін мерзім белгіленсін.",
          "2. Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        ].join("\n"),
      },
    ],
  },
});
