/**
 * The near-duplicate index on the texts in force (../shared/corpus, read at test time): paragraphs of the Law "On
 * Legal Acts", the Entrepreneurial Code and the Constitution (kk and ru) copied with light edits are found at
 * their article; paragraphs of the 60 adopted local acts, which regulate other things, mostly are not.
 */
import fs from "node:fs";
import path from "node:path";
import type { Language } from "../../src/contract";
import { parseAdiletText } from "../../src/corpus/adilet";
import { MIN_SHINGLES, NearDuplicateIndex, shingles } from "../../src/corpus/near-duplicates";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus");
const present = fs.existsSync(path.join(CORPUS, "entrepreneurial-code.ru.txt"));
const maybe = present ? it : it.skip;
const NEEDS = present ? "" : " (skipped: needs ../shared/corpus)";

const TEXTS: [string, string, Language][] = [
  ["law-on-legal-acts.ru.txt", "law-on-legal-acts", "ru"],
  ["entrepreneurial-code.ru.txt", "entrepreneurial-code", "ru"],
  ["constitution-2026.ru.txt", "constitution-2026", "ru"],
  ["constitution-2026.kk.txt", "constitution-2026", "kk"],
];

function build(): { index: NearDuplicateIndex; paras: { act: string; lang: Language; article: string; text: string }[] } {
  const index = new NearDuplicateIndex();
  const paras: { act: string; lang: Language; article: string; text: string }[] = [];
  for (const [file, act, lang] of TEXTS) {
    const parsed = parseAdiletText(fs.readFileSync(path.join(CORPUS, file), "utf8"), lang);
    for (const a of parsed.articles) {
      a.text.split("\n").forEach((text, para) => {
        if (index.add({ act, edition: "x", lang, article: a.number, para, text })) paras.push({ act, lang, article: a.number, text });
      });
    }
  }
  return { index, paras };
}

/** A light edit: one word dropped, two neighbouring words swapped, a number changed. */
function lightlyEdited(text: string, k: number): string {
  const w = text.split(" ");
  if (w.length > 8) w.splice(2 + (k % 4), 1);
  const i = Math.floor(w.length / 2);
  [w[i], w[i + 1]] = [w[i + 1]!, w[i]!];
  return w.join(" ").replace(/\d+/u, (d) => String(Number(d) + 1));
}

describe("near-duplicate index", () => {
  it("reads light edits and inflection alike, and different norms apart", () => {
    const index = new NearDuplicateIndex();
    index.add({ act: "code", edition: "x", lang: "ru", article: "5", para: 0, text: "Проверка субъекта предпринимательства проводится уполномоченным органом не чаще одного раза в год на основании полугодового графика проверок." });
    index.add({ act: "code", edition: "x", lang: "ru", article: "9", para: 0, text: "Разрешение выдается заявителю в электронной форме через веб-портал электронного правительства в течение пяти рабочих дней." });
    const hit = index.query("Проверки субъектов предпринимательства проводятся уполномоченным органом не чаще одного раза в год на основании полугодовых графиков проверок.", "ru");
    expect(hit.map((h) => h.norm.article)).toEqual(["5"]);
    expect(index.query("Участники конкурса представляют заявки в конкурсную комиссию в запечатанном конверте до истечения срока.", "ru")).toEqual([]);
    // Another language never matches.
    expect(index.query("Проверка субъекта предпринимательства проводится уполномоченным органом не чаще одного раза в год на основании полугодового графика проверок.", "kk")).toEqual([]);
    // A heading or an excluded norm's trace is not indexed.
    expect(shingles("Статья 5.", "ru").size).toBeLessThan(MIN_SHINGLES);
    expect(index.add({ act: "code", edition: "x", lang: "ru", article: "7", para: 0, text: "2. Исключен Законом РК от 19.04.2023 № 223-VII (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)." })).toBe(false);
  });

  maybe(`finds lightly edited paragraphs of the acts in force at their article; local acts mostly do not hit${NEEDS}`, () => {
    const { index, paras } = build();
    const seeds = paras.filter((_, i) => i % 23 === 0).filter((p) => p.text.split(" ").length >= 12);
    let found = 0;
    for (const [k, p] of seeds.entries()) {
      const hits = index.query(lightlyEdited(p.text, k), p.lang);
      if (hits.some((h) => h.norm.act === p.act && h.norm.article === p.article && h.norm.lang === p.lang)) found++;
    }
    const local = fs.readdirSync(path.join(CORPUS, "local-acts")).flatMap((f) => fs.readFileSync(path.join(CORPUS, "local-acts", f), "utf8").split("\n")).filter((l) => l.split(" ").length >= 12);
    const localHits = local.filter((l) => index.query(l, "ru").length > 0).length;
    // Printed for docs/quality.md; the assertions are the floor.
    console.log(`index ${index.size} paragraphs; seeds ${seeds.length}, found ${found}; local paragraphs ${local.length}, with a hit ${localHits}`);
    expect(found / seeds.length).toBeGreaterThanOrEqual(0.95);
    expect(localHits / local.length).toBeLessThan(0.05);
  });
});
