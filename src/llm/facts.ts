/**
 * The data facts given to the model with every paragraph (DESIGN §7, brief §3): models invent abolished bodies and
 * old article numbers, so these come from the engine's data tables, never from the model's memory.
 */
import type { ActType, Language } from "../contract";
import { citedConstitutionArticles } from "../corpus/retrieve";
import { ABOLISHED_BODIES } from "../engine/data/abolished-bodies";
import { ACT_HIERARCHY, levelOf } from "../engine/data/act-hierarchy";
import { CONSTITUTION_1995_TO_2026 } from "../engine/data/constitution-article-map";

export function factsFor(text: string, lang: Language, actType: ActType): string[] {
  const facts: string[] = [
    "The Constitution of the Republic of Kazakhstan adopted by referendum on 15 March 2026 is in force since 1 July 2026 " +
      "(act id constitution-2026); the Constitution of 30 August 1995 ceased to have effect on that date.",
  ];
  const bodies = ABOLISHED_BODIES.map((b) => `«${b.name[lang]}» → «${b.replacement[lang]}»`).join("; ");
  facts.push(
    `Bodies abolished or renamed on 1 July 2026 (old → current): ${bodies}. ` +
      "Any other body named in the draft is not known to be abolished: do not say it is.",
  );
  const moved = citedConstitutionArticles(text, lang).filter((c) => c.act === "constitution-1995");
  for (const m of moved) {
    const to = CONSTITUTION_1995_TO_2026[m.article]?.to ?? [];
    facts.push(
      to.length
        ? `Article ${m.article} of the 1995 Constitution corresponds to article(s) ${to.join(", ")} of the 2026 Constitution.`
        : `Article ${m.article} of the 1995 Constitution has no counterpart in the 2026 Constitution.`,
    );
  }
  const level = levelOf(actType);
  if (level !== null) {
    const mine = ACT_HIERARCHY.find((h) => h.level === level)!;
    const higher = ACT_HIERARCHY.filter((h) => h.level < level).map((h) => h.name.en);
    facts.push(
      `The draft is at level ${level} of the hierarchy of Law "On Legal Acts" art. 10(2) (${mine.name.en}); it must not ` +
        `contradict acts of higher levels: ${higher.join("; ")} (art. 10(3)).`,
    );
  }
  return facts;
}
