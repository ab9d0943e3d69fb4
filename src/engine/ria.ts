/**
 * The RIA checklist evaluator: for a parsed draft, answers each item of the checklist (data/ria-checklist.ts)
 * that the draft itself answers — "yes" or "no" with the sentence that shows it — and leaves the rest "open"
 * for the lawyer. Pure; no I/O. The same trigger analysis as the RIA rules (rules/ria/common.ts).
 */
import type { RiaAnswer, RiaItem, RiaReport, UiLanguage } from "../contract";
import { completeCitation } from "./data/acts";
import { RIA_CHECKLIST } from "./data/ria-checklist";
import type { ParsedDocument } from "./document/model";
import { phraseRegex } from "./document/match";
import {
  APPROVAL,
  findCancellation,
  findPhraseInDoc,
  findRiaMention,
  PUBLICATION,
  riaTriggered,
  type Trigger,
} from "./rules/ria/common";
import { ruleById } from "./rules";
import { ruleContext } from "./rules/context";

type Hit = { para: number; start: number; end: number; sentence: string } | null;

const MAX_EVIDENCE = 300;

const GOAL = phraseRegex([
  "в целях защиты",
  "в целях обеспечения безопасности",
  "в целях охраны",
  "в целях предотвращения",
  "жизни и здоровья",
  "окружающей среды",
  "қорғау мақсатында",
  "қауіпсіздікті қамтамасыз ету мақсатында",
  "өмірі мен денсаулығы*",
  "қоршаған орта*",
]);

const CONSULTATION = phraseRegex([
  "атамекен",
  "экспертн* совет*",
  "открытых нормативных правовых актов",
  "сараптама кеңес*",
  "ашық нормативтік құқықтық актілер*",
]);

const SIXTY_DAYS = phraseRegex(["шестидесяти календарных дней", "60 календарных дней", "күнтізбелік алпыс күн*", "күнтізбелік 60 күн*"]);
const SHORT_ENTRY = phraseRegex([
  "десяти календарных дней после дня его первого официального опубликования",
  "со дня его первого официального опубликования",
  "со дня подписания",
  "күнтізбелік он күн өткен соң",
  "алғашқы ресми жарияланған күнінен бастап",
  "қол қойылған күнінен бастап",
]);

const MONITORING = phraseRegex(["реестр* обязательных требований", "міндетті талаптар тізілім*"]);

function evidence(doc: ParsedDocument, hit: NonNullable<Hit>): RiaItem["evidence"] {
  const quote = hit.sentence.length > MAX_EVIDENCE ? hit.sentence.slice(0, MAX_EVIDENCE - 1) + "…" : hit.sentence;
  return { paragraphIndex: hit.para >= 0 ? doc.paragraphs[hit.para]!.index : null, quote };
}

function fromTrigger(t: Trigger): NonNullable<Hit> {
  return { para: t.para, start: t.start, end: t.end, sentence: t.sentence };
}

/** The first span a rule finds in the document, as a hit with its sentence. */
function ruleHit(doc: ParsedDocument, ruleId: string): Hit {
  const rule = ruleById(ruleId);
  if (!rule) return null;
  const span = rule.detect(ruleContext(doc)).find((s) => s.para !== null);
  if (!span || span.para === null) return null;
  const p = doc.paragraphs[span.para]!;
  return { para: span.para, start: span.start, end: span.end, sentence: p.text.trim() };
}

export function evaluateRia(doc: ParsedDocument, ui: UiLanguage = "ru"): RiaReport {
  const { triggers, exempt } = riaTriggered(doc);
  const required = triggers.length > 0 && !exempt;
  const mention = findRiaMention(doc);
  const liability = triggers.find((t) => t.kind === "liability");
  const lead = findPhraseInDoc(doc, SIXTY_DAYS);
  const shortEntry = lead ? null : findPhraseInDoc(doc, SHORT_ENTRY);
  const approval = findPhraseInDoc(doc, APPROVAL);
  const publication = findPhraseInDoc(doc, PUBLICATION);

  const answers: Record<string, [RiaAnswer, Hit]> = {
    trigger: triggers.length > 0 ? ["yes", fromTrigger(triggers[0]!)] : ["no", null],
    "ria-reference": mention ? ["yes", mention] : ["open", null],
    exemption: exempt ? ["yes", exempt] : ["open", null],
    goal: ((h) => (h ? ["yes", h] : ["open", null]))(findPhraseInDoc(doc, GOAL)),
    competition: ((h): [RiaAnswer, Hit] => (h && /квази|преимуществ|басым/u.test(h.sentence.toLowerCase()) ? ["no", h] : ["open", null]))(
      ruleHit(doc, "RIA-REQUIREMENT-QUALITY"),
    ),
    clarity: ((h): [RiaAnswer, Hit] => (h ? ["no", h] : ["open", null]))(
      ruleHit(doc, "RIA-REQUIREMENT-QUALITY") ?? ruleHit(doc, "AC-OPEN-LIST-DOCUMENTS"),
    ),
    "one-in-two-out": ((h): [RiaAnswer, Hit] => (h ? ["yes", h] : ["open", null]))(findCancellation(doc)),
    liability: liability ? ["yes", fromTrigger(liability)] : triggers.length > 0 ? ["no", null] : ["open", null],
    consultation: ((h): [RiaAnswer, Hit] => (h ? ["yes", h] : ["open", null]))(findPhraseInDoc(doc, CONSULTATION)),
    "lead-time": lead ? ["yes", lead] : shortEntry && required ? ["no", shortEntry] : ["open", null],
    approval: approval ? ["yes", approval] : ["open", null],
    monitoring: ((h): [RiaAnswer, Hit] => (h ? ["yes", h] : ["open", null]))(findPhraseInDoc(doc, MONITORING)),
  };
  // Publication of the RIA results supports "ria-reference" when nothing else does.
  if (!mention && publication && /регулятор|реттеуші/u.test(publication.sentence.toLowerCase())) answers["ria-reference"] = ["yes", publication];

  const items: RiaItem[] = RIA_CHECKLIST.map((item, i) => {
    const [answer, hit] = answers[item.id] ?? ["open", null];
    return {
      id: item.id,
      no: i + 1,
      label: { ...item.label },
      citation: completeCitation(item.citation, ui),
      answer,
      ...(hit ? { evidence: evidence(doc, hit) } : {}),
    };
  });
  return {
    required,
    triggers: triggers.map((t) => ({ kind: t.kind, paragraphIndex: doc.paragraphs[t.para]!.index, quote: t.quote })),
    items,
  };
}

