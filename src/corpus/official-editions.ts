/**
 * The official texts Zanger cites, as files of the shared corpus (../shared/corpus); their editions are the
 * registered ones (src/engine/data/acts.ts). `zanger corpus import-official <dir>` imports them all.
 */
import type { Language } from "../contract";
import type { ActId } from "../engine/data/acts";

export const OFFICIAL_EDITIONS: readonly { file: string; act: ActId; lang: Language }[] = [
  { file: "constitution-2026.ru.txt", act: "constitution-2026", lang: "ru" },
  { file: "constitution-2026.kk.txt", act: "constitution-2026", lang: "kk" },
  { file: "constitution-1995.ru.txt", act: "constitution-1995", lang: "ru" },
  { file: "law-on-legal-acts.ru.txt", act: "law-on-legal-acts", lang: "ru" },
  { file: "entrepreneurial-code.ru.txt", act: "entrepreneurial-code", lang: "ru" },
];
