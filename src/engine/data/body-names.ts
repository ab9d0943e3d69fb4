/**
 * Outdated names of central state bodies and their current names (Law "On Legal Acts" art. 24(6): official names,
 * used uniformly). Only entries grounded in the texts we hold (../shared/corpus/local-acts):
 * - the Ministry of Education and Science was split: later acts are issued by the Minister of Enlightenment
 *   (Положение о Министерстве просвещения, постановление Правительства от 19 августа 2022 года № 581) and the
 *   Minister of Science and Higher Education, both amending orders of the former ministry;
 * - the Ministry of Culture and Sports and the Ministry of Information and Social Development appear in older acts,
 *   while the 2023 distribution of presidential scholarships lists the Ministry of Culture and Information and the
 *   Ministry of Tourism and Sports.
 * References to acts adopted under the old name («приказ Министра образования и науки … от 22 мая 2020 года») are
 * legitimate and are not flagged by the rule.
 */
import type { Language } from "../../contract";

export interface RenamedBody {
  id: string;
  /** Phrases of the old name (matcher syntax: a trailing * takes any ending). */
  patterns: Record<Language, string[]>;
  /** The current name(s), nominative, for messages. */
  current: Record<Language, string>;
}

export const RENAMED_BODIES: readonly RenamedBody[] = [
  {
    id: "education-and-science",
    patterns: {
      ru: ["министерств* образования и науки", "министр* образования и науки"],
      kk: ["білім және ғылым министрлі*", "білім және ғылым министрі*"],
    },
    current: {
      ru: "Министерство просвещения Республики Казахстан или Министерство науки и высшего образования Республики Казахстан (по предмету регулирования)",
      kk: "Қазақстан Республикасының Оқу-ағарту министрлігі немесе Қазақстан Республикасының Ғылым және жоғары білім министрлігі (реттеу нысанасына қарай)",
    },
  },
  {
    id: "culture-and-sports",
    patterns: {
      ru: ["министерств* культуры и спорта", "министр* культуры и спорта"],
      kk: ["мәдениет және спорт министрлі*", "мәдениет және спорт министрі*"],
    },
    current: {
      ru: "Министерство культуры и информации Республики Казахстан или Министерство туризма и спорта Республики Казахстан (по предмету регулирования)",
      kk: "Қазақстан Республикасының Мәдениет және ақпарат министрлігі немесе Қазақстан Республикасының Туризм және спорт министрлігі (реттеу нысанасына қарай)",
    },
  },
  {
    id: "information-and-social-development",
    patterns: {
      ru: ["министерств* информации и общественного развития", "министр* информации и общественного развития"],
      kk: ["ақпарат және қоғамдық даму министрлі*", "ақпарат және қоғамдық даму министрі*"],
    },
    current: {
      ru: "Министерство культуры и информации Республики Казахстан",
      kk: "Қазақстан Республикасының Мәдениет және ақпарат министрлігі",
    },
  },
];
