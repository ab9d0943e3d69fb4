/**
 * Hierarchy of normative legal acts: Law "On Legal Acts" (No. 480-V, edition 09.01.2026), art. 10.
 * Art. 10(1): the Constitution has the highest legal force. Art. 10(2): the other acts follow in ten descending
 * levels. Art. 10(3): an act of a lower level must not contradict acts of higher levels. Art. 10(4): a derived act
 * (положение, технический регламент, правила, инструкция; art. 7(3)) takes the level of the basic act that approves
 * it. Art. 10(5): acts of the Chairman of the Security Council and normative resolutions of the Constitutional
 * Court and the Supreme Court stand outside the hierarchy.
 * Facts, not code: rules read this table instead of keeping their own lists of act types.
 * Level 0 is the Constitution; a smaller number means higher legal force.
 * Note: from 1 July 2026 the Constitution of 2026 replaces Parliament by the Kurultai (arts. 52–62, 95); the
 * law's text still says «Парламент», so level 5 keeps both names.
 */
import type { ActType } from "../../contract";

export interface HierarchyLevel {
  /** 0 = Constitution; 1…10 = the points of art. 10(2). */
  level: number;
  /** Where the law says so: «10(1)» or «10(2)(7)». */
  source: string;
  /** What sits at this level, as the law names it. */
  name: { ru: string; kk: string; en: string };
  /** Our ACT_TYPES ids at this level (some levels have no id of their own). */
  actTypes: readonly ActType[];
  /** Who issues (signs) acts of this level (art. 35 for signatories). */
  issuers: { ru: string; kk: string; en: string };
}

export const CONSTITUTION_LEVEL = 0;

export const ACT_HIERARCHY: readonly HierarchyLevel[] = [
  {
    level: 0,
    source: "10(1)",
    name: { ru: "Конституция Республики Казахстан", kk: "Қазақстан Республикасының Конституциясы", en: "Constitution" },
    actTypes: [],
    issuers: { ru: "народ (республиканский референдум)", kk: "халық (республикалық референдум)", en: "the people (republican referendum)" },
  },
  {
    level: 1,
    source: "10(2)(1)",
    name: {
      ru: "законы, вносящие изменения и дополнения в Конституцию",
      kk: "Конституцияға өзгерістер мен толықтырулар енгізетін заңдар",
      en: "laws amending the Constitution",
    },
    actTypes: [],
    issuers: { ru: "Парламент (с 1 июля 2026 года — Курултай), Президент", kk: "Парламент (2026 жылғы 1 шілдеден бастап — Құрылтай), Президент", en: "Parliament (from 1 July 2026 the Kurultai), President" },
  },
  {
    level: 2,
    source: "10(2)(2)",
    name: { ru: "конституционные законы", kk: "конституциялық заңдар", en: "constitutional laws" },
    actTypes: ["constitutional-law"],
    issuers: { ru: "Парламент (Курултай), подписывает Президент", kk: "Парламент (Құрылтай), Президент қол қояды", en: "Parliament (Kurultai), signed by the President" },
  },
  {
    level: 3,
    source: "10(2)(3)",
    name: { ru: "кодексы", kk: "кодекстер", en: "codes" },
    actTypes: ["code"],
    issuers: { ru: "Парламент (Курултай), подписывает Президент", kk: "Парламент (Құрылтай), Президент қол қояды", en: "Parliament (Kurultai), signed by the President" },
  },
  {
    level: 4,
    source: "10(2)(4)",
    name: {
      ru: "консолидированные законы, законы, временные постановления Правительства, имеющие силу закона",
      kk: "консолидацияланған заңдар, заңдар, Үкіметтің заң күші бар уақытша қаулылары",
      en: "consolidated laws, laws, temporary Government resolutions with the force of law",
    },
    // A law amending laws or codes is a law: its level is that of a law (art. 10(2)(4)).
    actTypes: ["law", "amendment-law"],
    issuers: { ru: "Парламент (Курултай), подписывает Президент", kk: "Парламент (Құрылтай), Президент қол қояды", en: "Parliament (Kurultai), signed by the President" },
  },
  {
    level: 5,
    source: "10(2)(5)",
    name: {
      ru: "нормативные постановления Парламента и его Палат (Курултая)",
      kk: "Парламенттің және оның Палаталарының (Құрылтайдың) нормативтік қаулылары",
      en: "normative resolutions of Parliament and its Chambers (the Kurultai)",
    },
    actTypes: [],
    issuers: { ru: "Парламент и его Палаты (Курултай)", kk: "Парламент және оның Палаталары (Құрылтай)", en: "Parliament and its Chambers (Kurultai)" },
  },
  {
    level: 6,
    source: "10(2)(6)",
    name: { ru: "нормативные правовые указы Президента", kk: "Президенттің нормативтік құқықтық жарлықтары", en: "normative decrees of the President" },
    actTypes: ["presidential-decree"],
    issuers: { ru: "Президент Республики Казахстан", kk: "Қазақстан Республикасының Президенті", en: "President" },
  },
  {
    level: 7,
    source: "10(2)(7)",
    name: { ru: "нормативные правовые постановления Правительства", kk: "Үкіметтің нормативтік құқықтық қаулылары", en: "normative resolutions of the Government" },
    actTypes: ["government-resolution"],
    issuers: { ru: "Правительство; подписывает Премьер-Министр", kk: "Үкімет; Премьер-Министр қол қояды", en: "Government; signed by the Prime Minister" },
  },
  {
    level: 8,
    source: "10(2)(8)",
    name: {
      ru: "нормативные правовые приказы министров и иных руководителей центральных государственных органов, нормативные правовые постановления ЦИК, Высшей аудиторской палаты, Национального Банка и иных центральных государственных органов",
      kk: "министрлердің және өзге де орталық мемлекеттік органдар басшыларының нормативтік құқықтық бұйрықтары, ОСК, Жоғары аудиторлық палатаның, Ұлттық Банктің және өзге де орталық мемлекеттік органдардың нормативтік құқықтық қаулылары",
      en: "normative orders of ministers and other heads of central state bodies; normative resolutions of the CEC, the Supreme Audit Chamber, the National Bank and other central state bodies",
    },
    actTypes: ["ministerial-order"],
    issuers: { ru: "министры, руководители центральных государственных органов", kk: "министрлер, орталық мемлекеттік органдардың басшылары", en: "ministers, heads of central state bodies" },
  },
  {
    level: 9,
    source: "10(2)(9)",
    name: {
      ru: "нормативные правовые приказы руководителей ведомств центральных государственных органов",
      kk: "орталық мемлекеттік органдар ведомстволары басшыларының нормативтік құқықтық бұйрықтары",
      en: "normative orders of heads of agencies (committees) of central state bodies",
    },
    actTypes: ["agency-order"],
    issuers: { ru: "руководители ведомств (председатели комитетов)", kk: "ведомстволардың басшылары (комитет төрағалары)", en: "heads of agencies (committee chairmen)" },
  },
  {
    level: 10,
    source: "10(2)(10)",
    name: {
      ru: "нормативные правовые решения маслихатов, постановления акиматов, решения акимов, постановления ревизионных комиссий",
      kk: "мәслихаттардың нормативтік құқықтық шешімдері, әкімдіктердің қаулылары, әкімдердің шешімдері, тексеру комиссияларының қаулылары",
      en: "normative decisions of maslikhats, resolutions of akimats, decisions of akims, resolutions of audit commissions",
    },
    actTypes: ["maslikhat-decision", "akimat-resolution", "akim-decision"],
    issuers: { ru: "маслихаты, акиматы, акимы, ревизионные комиссии", kk: "мәслихаттар, әкімдіктер, әкімдер, тексеру комиссиялары", en: "maslikhats, akimats, akims, audit commissions" },
  },
];

/** Art. 10(5): outside the hierarchy (no ACT_TYPES id of ours). */
export const OUTSIDE_HIERARCHY = {
  ru: ["акты Председателя Совета Безопасности", "нормативные постановления Конституционного Суда", "нормативные постановления Верховного Суда"],
  kk: ["Қауіпсіздік Кеңесі Төрағасының актілері", "Конституциялық Соттың нормативтік қаулылары", "Жоғарғы Соттың нормативтік қаулылары"],
  en: ["acts of the Chairman of the Security Council", "normative resolutions of the Constitutional Court", "normative resolutions of the Supreme Court"],
} as const;

/** Level of an act type (art. 10(2)); null for "unknown". */
export function levelOf(t: ActType): number | null {
  const l = ACT_HIERARCHY.find((h) => h.actTypes.includes(t));
  return l ? l.level : null;
}

/** Does `a` have higher legal force than `b`? False when either is unknown. */
export function isHigher(a: ActType, b: ActType): boolean {
  const la = levelOf(a);
  const lb = levelOf(b);
  return la !== null && lb !== null && la < lb;
}

/** Act types whose level lies in [from, to] (inclusive), in hierarchy order. */
export function actTypesAtLevels(from: number, to: number): ActType[] {
  return ACT_HIERARCHY.filter((h) => h.level >= from && h.level <= to).flatMap((h) => [...h.actTypes]);
}

/** Legislative acts: levels 1–4 (laws and codes; art. 10(2)(1)–(4)). */
export const LEGISLATIVE_LEVELS = { from: 1, to: 4 } as const;
/** Subordinate acts: below laws and Parliament resolutions, levels 6–10 (decrees down to local acts). */
export const SUBORDINATE_LEVELS = { from: 6, to: 10 } as const;
/** Acts whose issuers' competence is derived from higher acts (art. 34(3)): Government down to local acts. */
export const DERIVED_COMPETENCE_LEVELS = { from: 7, to: 10 } as const;

export const LEGISLATIVE_TYPES: readonly ActType[] = actTypesAtLevels(LEGISLATIVE_LEVELS.from, LEGISLATIVE_LEVELS.to);
export const SUBORDINATE_TYPES: readonly ActType[] = actTypesAtLevels(SUBORDINATE_LEVELS.from, SUBORDINATE_LEVELS.to);
/** Orders of ministers and agency heads (levels 8–9): subject to state registration (art. 35-1). */
export const ORDER_TYPES: readonly ActType[] = actTypesAtLevels(8, 9);
/** Local acts (level 10). */
export const LOCAL_TYPES: readonly ActType[] = actTypesAtLevels(10, 10);
