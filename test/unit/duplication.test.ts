/**
 * Drafts that copy or lightly edit norms of the Entrepreneurial Code and the Law "On Legal Acts" (read from
 * ../shared/corpus at test time, never copied into the repository), with the same numbers or another one, against
 * clean paragraphs (the 60 adopted local acts, which regulate other things). Precision and recall are printed for
 * docs/quality.md; the assertions are the floor.
 */
import fs from "node:fs";
import path from "node:path";
import type { Finding, Language, Paragraph } from "../../src/contract";
import { parseAdiletText } from "../../src/corpus/adilet";
import { duplicationFindings, IN_FORCE_CHECKS } from "../../src/corpus/duplication";
import { NearDuplicateIndex } from "../../src/corpus/near-duplicates";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus");
const present = fs.existsSync(path.join(CORPUS, "entrepreneurial-code.ru.txt"));
const maybe = present ? it : it.skip;
const NEEDS = present ? "" : " (skipped: needs ../shared/corpus)";

const paras = (lines: string[]): Paragraph[] => lines.map((text, index) => ({ index, text }));

describe("each check against the acts in force: its own examples", () => {
  for (const c of IN_FORCE_CHECKS) {
    it(`${c.id} has bad and good examples in Kazakh and Russian`, () => {
      for (const set of [c.examples.bad, c.examples.good]) expect(new Set(set.map((e) => e.lang))).toEqual(new Set(["kk", "ru"]));
    });
    for (const [kind, list] of [["bad", c.examples.bad], ["good", c.examples.good]] as const) {
      list.forEach((ex, n) => {
        it(`${c.id} ${kind} #${n + 1} (${ex.lang}) ${kind === "bad" ? "is found" : "gives no finding"}`, () => {
          const index = new NearDuplicateIndex();
          expect(index.add({ act: ex.inForce.act, edition: "x", lang: ex.lang, article: ex.inForce.article, para: 0, text: ex.inForce.text })).toBe(true);
          const head = ex.lang === "kk" ? "Министрдің БҰЙРЫҒЫ" : "ПРИКАЗ Министра";
          const found = duplicationFindings(paras([head, "1. Қағидалар бекітілсін.", ex.draft]), { index, language: ex.lang, actType: "ministerial-order", ui: ex.lang });
          if (kind === "bad") expect(found.map((f) => `${f.ruleId}@${f.paragraphIndex}:${f.citation.article}`)).toEqual([`${c.id}@2:${ex.inForce.article}`]);
          else expect(found).toEqual([]);
        });
      });
    }
  }
});

describe("duplication with the acts in force", () => {
  const index = new NearDuplicateIndex();
  const norm = "2. Заявление о выдаче разрешения рассматривается уполномоченным органом в течение десяти рабочих дней со дня его регистрации, после чего заявителю направляется разрешение или мотивированный отказ.";
  index.add({ act: "entrepreneurial-code", edition: "2026-02-01", lang: "ru", article: "83", para: 1, text: norm });
  index.add({ act: "constitution-2026", edition: "2026-07-01", lang: "kk", article: "20", para: 0, text: "1. Сөз бен шығармашылық еркіндігіне кепілдік беріледі. Цензураға тыйым салынады, ал ақпаратты еркін алуға және таратуға әрбір адамның құқығы бар." });

  const check = (lines: string[], lang: Language = "ru"): Finding[] => duplicationFindings(paras(lines), { index, language: lang, actType: "ministerial-order", ui: "ru", titles: { "entrepreneurial-code": "Предпринимательский кодекс" } });

  it("a copied norm with its numbers: LA-REPRODUCES-NORM citing the act and article in force", () => {
    const f = check(["ПРИКАЗ Министра", "1. Утвердить Правила.", "2. Заявление о выдаче разрешения рассматривается уполномоченным органом в течение десяти рабочих дней со дня регистрации, после чего заявителю направляется разрешение либо мотивированный отказ."]);
    expect(f.map((x) => x.ruleId)).toEqual(["LA-REPRODUCES-NORM"]);
    expect(f[0]!.citation).toMatchObject({ act: "entrepreneurial-code", article: "83", edition: "2026-02-01" });
    expect(f[0]!.message).toContain("Заявление о выдаче разрешения");
  });

  it("the same wording with another deadline: LA-NUMBER-CONFLICT with both figures", () => {
    const f = check(["ПРИКАЗ Министра", "2. Заявление о выдаче разрешения рассматривается уполномоченным органом в течение пятнадцати рабочих дней со дня его регистрации, после чего заявителю направляется разрешение или мотивированный отказ."]);
    expect(f.map((x) => x.ruleId)).toEqual(["LA-NUMBER-CONFLICT"]);
    expect(f[0]!.message).toContain("15 раб. дн.");
    expect(f[0]!.message).toContain("10 раб. дн.");
  });

  it("a repetition that refers to the article it repeats is allowed (art. 25(1)); a lower act is never the higher one; Kazakh too", () => {
    expect(check(["ПРИКАЗ Министра", "2. В соответствии со статьей 83 Предпринимательского кодекса заявление о выдаче разрешения рассматривается уполномоченным органом в течение десяти рабочих дней со дня его регистрации, после чего заявителю направляется разрешение или мотивированный отказ."])).toEqual([]);
    const law = duplicationFindings(paras(["1. Заявление о выдаче разрешения рассматривается уполномоченным органом в течение десяти рабочих дней со дня его регистрации, после чего заявителю направляется разрешение или мотивированный отказ."]), { index, language: "ru", actType: "constitutional-law", levels: { "entrepreneurial-code": 3 } });
    expect(law).toEqual([]);
    const kk = check(["Министрдің БҰЙРЫҒЫ", "3. Сөз және шығармашылық еркіндігіне кепілдік беріледі. Цензураға тыйым салынады, ақпаратты еркін алуға және таратуға әрбір адамның құқығы бар."], "kk");
    expect(kk.map((x) => `${x.ruleId}:${x.citation.article}`)).toEqual(["LA-REPRODUCES-NORM:20"]);
  });

  maybe(`seeded drafts from the Code and the Law: precision and recall${NEEDS}`, () => {
    const big = new NearDuplicateIndex();
    const norms: { act: string; article: string; text: string }[] = [];
    for (const [file, act] of [["entrepreneurial-code.ru.txt", "entrepreneurial-code"], ["law-on-legal-acts.ru.txt", "law-on-legal-acts"]] as const) {
      for (const a of parseAdiletText(fs.readFileSync(path.join(CORPUS, file), "utf8"), "ru").articles) {
        a.text.split("\n").forEach((text, para) => {
          if (big.add({ act, edition: "x", lang: "ru", article: a.number, para, text })) norms.push({ act, article: a.number, text });
        });
      }
    }
    const run = (lines: string[]) => duplicationFindings(paras(["ПРИКАЗ Министра национальной экономики", ...lines]), { index: big, language: "ru", actType: "ministerial-order" });
    // Copies: every 40th norm of 15 words or more, one word dropped and two swapped (the numbers kept).
    const picked = norms.filter((_, i) => i % 40 === 0).filter((n) => n.text.split(" ").length >= 15 && !/\d/u.test(n.text.replace(/^\d+(?:-\d+)?[.)]\s*/u, "")));
    let tpCopy = 0;
    let tpConflict = 0;
    let conflicts = 0;
    for (const [k, n] of picked.entries()) {
      const w = n.text.split(" ");
      w.splice(3 + (k % 3), 1);
      const i = Math.floor(w.length / 2);
      [w[i], w[i + 1]] = [w[i + 1]!, w[i]!];
      const f = run([w.join(" ")]);
      if (f.some((x) => x.ruleId === "LA-REPRODUCES-NORM" && x.citation.act === n.act && x.citation.article === n.article)) tpCopy++;
    }
    // Conflicts: norms with a number word before a unit of time, the number changed.
    const timed = norms.filter((n) => /(?<![\p{L}])(десяти|пяти|трех|пятнадцати|тридцати)\s+(рабочих|календарных)\s+дней/u.test(n.text)).slice(0, 40);
    for (const n of timed) {
      conflicts++;
      const changed = n.text.replace(/(?<![\p{L}])(десяти|пяти|трех|пятнадцати|тридцати)(?=\s+(?:рабочих|календарных)\s+дней)/u, (m) => (m === "двадцати" ? "десяти" : "двадцати"));
      const f = run([changed]);
      if (f.some((x) => x.ruleId === "LA-NUMBER-CONFLICT" && x.citation.article === n.article)) tpConflict++;
    }
    // Clean: paragraphs of the adopted local acts (other subjects), and the faithful references.
    const local = fs.readdirSync(path.join(CORPUS, "local-acts")).flatMap((f) => fs.readFileSync(path.join(CORPUS, "local-acts", f), "utf8").split("\n")).filter((l) => l.split(" ").length >= 12);
    const alarms = local.flatMap((l) => run([l]));
    const copyRecall = tpCopy / picked.length;
    const conflictRecall = tpConflict / conflicts;
    console.log(
      `norms ${norms.length}; copies ${picked.length}, found ${tpCopy} (recall ${(copyRecall * 100).toFixed(1)}%); number conflicts ${conflicts}, found ${tpConflict} (recall ${(conflictRecall * 100).toFixed(1)}%); clean local paragraphs ${local.length}, findings ${alarms.length}: ${alarms.slice(0, 12).map((a) => `${a.ruleId} ${a.citation.act} ${a.citation.article} «${a.quote.slice(0, 60)}»`).join(" | ")}`,
    );
    expect(copyRecall).toBeGreaterThanOrEqual(0.9);
    expect(conflictRecall).toBeGreaterThanOrEqual(0.8);
    expect(alarms.length / local.length).toBeLessThan(0.01);
  });
});
