/**
 * Importing official texts (issue 4): the adilet parser on Russian and Kazakh layouts, editorial notes kept apart,
 * the store (idempotent re-import, replacement of a changed edition), clear errors for bad input, and the parse of
 * the real official texts of ../shared/corpus against the registered article lists.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CorpusFormatError, parseAdiletText } from "../../src/corpus/adilet";
import { CorpusImportError, importCorpusFile } from "../../src/corpus/import";
import { OFFICIAL_EDITIONS } from "../../src/corpus/official-editions";
import { ACTS } from "../../src/engine/data/acts";
import { listEditions, loadArticles, loadNotes } from "../../src/store/corpus";
import { openDb } from "../../src/store/db";

const RU = [
  "# Закон Республики Казахстан «О пробе» (редакция по состоянию на 01.01.2026)",
  "# Источник: тест",
  "",
  "Настоящий Закон регулирует отношения в сфере пробы.",
  "РАЗДЕЛ 1. ОБЩИЕ ПОЛОЖЕНИЯ",
  "Глава 1. ОСНОВНЫЕ ПОЛОЖЕНИЯ",
  "Статья 1. Основные понятия",
  "1. Проба – содержание металла.",
  "Сноска. Статья 1 с изменением, внесенным Законом РК от 01.01.2025.",
  "Статья 2. Сфера действия",
  "1. Закон действует на всей территории.",
  "1) первый подпункт;",
  "Статья 22 вводится в действие с 1 января 2027 года.",
  "Статья 2-1. Исключена",
  "Сноска. Статья 2-1 исключена Законом РК от 01.01.2025.",
  "Статья 3",
  "Третья статья без названия.",
].join("\n");

const KK = [
  "# «Сынама туралы» Қазақстан Республикасының Заңы",
  "",
  "Осы Заң сынама саласындағы қатынастарды реттейді.",
  "I бөлім",
  "Жалпы ережелер",
  "1-бап",
  "1. Сынама – металдың құрамы.",
  "Ескерту. 1-бапқа өзгеріс енгізілді.",
  "2-бап. Қолданылу аясы",
  "Заң бүкіл аумақта қолданылады.",
].join("\n");

describe("parseAdiletText", () => {
  it("reads Russian articles, titles, sections, chapters and keeps notes apart", () => {
    const p = parseAdiletText(RU, "ru");
    expect(p.title).toContain("О пробе");
    expect(p.preamble).toBe("Настоящий Закон регулирует отношения в сфере пробы.");
    expect(p.articles.map((a) => a.number)).toEqual(["1", "2", "2-1", "3"]);
    expect(p.articles[0]).toMatchObject({ title: "Основные понятия", section: "РАЗДЕЛ 1. ОБЩИЕ ПОЛОЖЕНИЯ", chapter: "Глава 1. ОСНОВНЫЕ ПОЛОЖЕНИЯ" });
    expect(p.articles[0]!.text).toBe("1. Проба – содержание металла.");
    // «Статья 22 вводится в действие …» is text, not a heading.
    expect(p.articles[1]!.text.split("\n")).toEqual(["1. Закон действует на всей территории.", "1) первый подпункт;", "Статья 22 вводится в действие с 1 января 2027 года."]);
    expect(p.articles[2]).toMatchObject({ title: "Исключена", text: "" });
    expect(p.articles[3]).toMatchObject({ title: null, text: "Третья статья без названия." });
    expect(p.notes).toEqual([
      { article: "1", text: "Сноска. Статья 1 с изменением, внесенным Законом РК от 01.01.2025." },
      { article: "2-1", text: "Сноска. Статья 2-1 исключена Законом РК от 01.01.2025." },
    ]);
    expect(p.articles.some((a) => a.text.includes("Сноска"))).toBe(false);
  });

  it("reads Kazakh articles («N-бап»), the section title on its own line and «Ескерту» notes", () => {
    const p = parseAdiletText(KK, "kk");
    expect(p.articles.map((a) => [a.number, a.title])).toEqual([["1", null], ["2", "Қолданылу аясы"]]);
    expect(p.articles[0]!.section).toBe("I бөлім Жалпы ережелер");
    expect(p.notes).toEqual([{ article: "1", text: "Ескерту. 1-бапқа өзгеріс енгізілді." }]);
    expect(p.preamble).toBe("Осы Заң сынама саласындағы қатынастарды реттейді.");
  });

  it("refuses a text without article headings, in the user's terms", () => {
    expect(() => parseAdiletText("Просто текст.\nЕще строка.", "ru")).toThrow(CorpusFormatError);
    expect(() => parseAdiletText("Жай мәтін.", "kk")).toThrow(/N-бап/);
    expect(() => parseAdiletText("Статья 1. А\nтекст\nСтатья 1. Б\nтекст", "ru")).toThrow(/appears twice/);
  });
});

describe("the corpus store", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-corpus-"));
  const file = path.join(dir, "probe.ru.txt");
  fs.writeFileSync(file, RU);

  it("imports an edition once; the same file again changes nothing; a changed file replaces it", () => {
    const db = openDb(path.join(dir, "z.db"));
    const req = { file, act: "law-on-probes", edition: "2026-01-01", lang: "ru" };
    expect(importCorpusFile(db, req)).toMatchObject({ id: "law-on-probes@2026-01-01:ru", status: "imported", articles: 4, notes: 2 });
    const first = loadArticles(db);
    expect(importCorpusFile(db, req).status).toBe("unchanged");
    expect(loadArticles(db)).toEqual(first);
    fs.writeFileSync(file, RU.replace("Третья статья без названия.", "Третья статья в новой редакции.\nСтатья 4. Новая\nТекст."));
    expect(importCorpusFile(db, req)).toMatchObject({ status: "replaced", articles: 5 });
    const rows = loadArticles(db);
    expect(rows.map((r) => r.number)).toEqual(["1", "2", "2-1", "3", "4"]);
    expect(rows.find((r) => r.number === "3")!.text).toBe("Третья статья в новой редакции.");
    expect(loadNotes(db, "law-on-probes@2026-01-01:ru")).toHaveLength(2);
    expect(listEditions(db)).toEqual([expect.objectContaining({ id: "law-on-probes@2026-01-01:ru", articles: 5, notes: 2 })]);
    db.close();
  });

  it("keeps editions and languages apart", () => {
    const db = openDb(":memory:");
    const kk = path.join(dir, "probe.kk.txt");
    fs.writeFileSync(kk, KK);
    importCorpusFile(db, { file, act: "law-on-probes", edition: "2026-01-01", lang: "ru" });
    importCorpusFile(db, { file, act: "law-on-probes", edition: "2025-01-01", lang: "ru" });
    importCorpusFile(db, { file: kk, act: "law-on-probes", edition: "2026-01-01", lang: "kk" });
    expect(listEditions(db).map((e) => e.id)).toEqual(["law-on-probes@2025-01-01:ru", "law-on-probes@2026-01-01:kk", "law-on-probes@2026-01-01:ru"]);
    expect(loadArticles(db, ["law-on-probes@2026-01-01:kk"]).map((r) => r.number)).toEqual(["1", "2"]);
    db.close();
  });

  it.each([
    [{ act: "Закон о пробе", edition: "2026-01-01", lang: "ru" }, /--act/],
    [{ act: "law-on-probes", edition: "01.01.2026", lang: "ru" }, /YYYY-MM-DD/],
    [{ act: "law-on-probes", edition: "2026-02-30", lang: "ru" }, /YYYY-MM-DD/],
    [{ act: "law-on-probes", edition: "2026-01-01", lang: "en" }, /kk or ru/],
  ])("rejects %j with a clear message", (meta, msg) => {
    const db = openDb(":memory:");
    expect(() => importCorpusFile(db, { file, ...meta })).toThrow(msg);
    expect(listEditions(db)).toEqual([]);
    db.close();
  });

  it("rejects a missing file, a file that is not UTF-8 and a text that is not an act, and stores nothing", () => {
    const db = openDb(":memory:");
    const latin1 = path.join(dir, "cp1251.txt");
    fs.writeFileSync(latin1, Buffer.from([0xd1, 0xf2, 0xe0, 0xf2, 0xfc, 0xff, 0x20, 0x31, 0x2e]));
    const notAct = path.join(dir, "note.txt");
    fs.writeFileSync(notAct, "Служебная записка.\nПрошу рассмотреть.");
    const base = { act: "law-on-probes", edition: "2026-01-01", lang: "ru" };
    expect(() => importCorpusFile(db, { ...base, file: path.join(dir, "none.txt") })).toThrow(/not found/);
    expect(() => importCorpusFile(db, { ...base, file: latin1 })).toThrow(/not UTF-8/);
    expect(() => importCorpusFile(db, { ...base, file: notAct })).toThrow(CorpusImportError);
    expect(listEditions(db)).toEqual([]);
    db.close();
  });
});

const CORPUS = path.resolve(__dirname, "../../../shared/corpus");
const haveCorpus = fs.existsSync(path.join(CORPUS, "constitution-2026.ru.txt"));
if (!haveCorpus) console.warn(`corpus-import: ../shared/corpus not found at ${CORPUS}; the official-text checks are skipped`);

(haveCorpus ? describe : describe.skip)("the official texts of ../shared/corpus", () => {
  const files = OFFICIAL_EDITIONS.map((e) => [e.file, e.act, e.lang] as const);
  it.each(files)("%s: every registered article is found with its points, none extra; notes are not in the norms", (file, act, lang) => {
    const db = openDb(":memory:");
    const r = importCorpusFile(db, { file: path.join(CORPUS, file), act, edition: ACTS[act].edition, lang });
    expect(r.missing).toEqual([]);
    expect(r.extra).toEqual([]);
    expect(r.articles).toBe(Object.keys(ACTS[act].articles).length);
    const rows = loadArticles(db);
    expect(rows.some((a) => /^(?:Сноска|Ескерту)[.\s]/mu.test(a.text))).toBe(false);
    // Points of each article as registered (the registered lists were built from the same texts).
    for (const a of rows.filter((x) => x.text)) {
      const points = a.text.split("\n").map((l) => /^(\d+(?:-\d+)?)\. /u.exec(l)?.[1]).filter(Boolean);
      if (lang === "ru") expect(points).toEqual(ACTS[act].articles[a.number]);
    }
    db.close();
  });
});
