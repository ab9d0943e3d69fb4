/**
 * The article index and what the semantic checker reads with a paragraph: cited Constitution articles first (a 1995
 * citation brings its 2026 successor), then the 2026 articles whose subject its words touch, then similar articles of
 * the acts in force, each act ranked on its own; the superseded 1995 Constitution only through a citation.
 */
import { ArticleIndex } from "../../src/corpus/article-index";
import { citedConstitutionArticles, retrieveArticles, topicConstitutionArticles } from "../../src/corpus/retrieve";
import type { ArticleRow } from "../../src/store/corpus";

function row(act: string, lang: "ru" | "kk", number: string, text: string, title: string | null = null): ArticleRow {
  return { editionId: `${act}@x:${lang}`, act, edition: "x", lang, number, ord: Number(number.split("-")[0]), title, section: null, chapter: null, text };
}

const ROWS: ArticleRow[] = [
  row("constitution-2026", "ru", "21", "1. Каждый имеет право на неприкосновенность частной жизни, личную и семейную тайну, защиту персональных данных."),
  row("constitution-2026", "ru", "24", "1. Каждый, кто законно находится на территории Республики Казахстан, имеет право свободно передвигаться по ее территории и выезжать за ее пределы."),
  row("constitution-2026", "ru", "29", "1. Собственность гарантируется законом. 3. Никто не может быть лишен своего имущества иначе как по решению суда."),
  row("constitution-2026", "ru", "60", "3. Курултай издает законы, которые устанавливают ответственность и налоги."),
  row("constitution-1995", "ru", "18", "1. Каждый имеет право на неприкосновенность частной жизни, личную и семейную тайну, защиту персональных данных."),
  row("constitution-1995", "ru", "61", "3. Парламент издает законы, которые регулируют налоги и сборы."),
  row("law-on-legal-acts", "ru", "24", "Статья 24. Требования к тексту. Текст нормативного правового акта излагается ясно, персональные данные не используются.", "Требования к тексту"),
  row("law-on-legal-acts", "ru", "5", "Иерархия нормативных правовых актов."),
  row("entrepreneurial-code", "ru", "82", "Анализ регуляторного воздействия персональных данных предпринимателей и персональных данных клиентов, персональные данные.", "Анализ"),
  row("entrepreneurial-code", "ru", "83", "Регуляторное воздействие и персональные данные субъектов предпринимательства."),
  row("entrepreneurial-code", "ru", "158", ""),
  row("constitution-2026", "kk", "21", "1. Әркімнің жеке өміріне, жеке және отбасылық құпиясына, дербес деректерін қорғауға құқығы бар."),
  row("constitution-2026", "kk", "29", "1. Меншікке заңмен кепілдік беріледі. Ешкімді сот шешімінсіз мүлкінен айыруға болмайды."),
];

const index = new ArticleIndex(ROWS);

describe("ArticleIndex", () => {
  it("indexes the articles that have text, per language", () => {
    expect(index.size).toBe(ROWS.length - 1);
    expect(index.has("entrepreneurial-code", "158")).toBe(false);
    expect(index.has("constitution-2026", "21")).toBe(true);
    expect(index.acts().sort()).toEqual(["constitution-1995", "constitution-2026", "entrepreneurial-code", "law-on-legal-acts"]);
  });

  it("finds an article by the words of a draft in either language, and only in that language", () => {
    expect(index.search("Граждане, выезжающие за пределы области, ...", "ru", 1)[0]).toMatchObject({ act: "constitution-2026", article: "24" });
    expect(index.search("Жеке тұлғалардың дербес деректері жиналады.", "kk", 1)[0]).toMatchObject({ act: "constitution-2026", article: "21", lang: "kk" });
    expect(index.search("Жеке тұлғалардың дербес деректері жиналады.", "kk", 5).every((h) => h.lang === "kk")).toBe(true);
    expect(index.search("любой текст", "ru", 5, ["no-such-act"])).toEqual([]);
  });
});

describe("citedConstitutionArticles", () => {
  it("takes a 1995 citation to the 1995 article and its 2026 successor", () => {
    const c = citedConstitutionArticles("В соответствии с подпунктом 4) пункта 3 статьи 61 Конституции Республики Казахстан от 30 августа 1995 года ставки платы устанавливаются законом.", "ru");
    expect(c).toEqual([
      { act: "constitution-1995", article: "61" },
      { act: "constitution-2026", article: "60" },
    ]);
  });

  it("takes a citation without a year as the 2026 Constitution, in Kazakh too", () => {
    expect(citedConstitutionArticles("Қазақстан Республикасы Конституциясының 21-бабына сәйкес деректер қорғалады.", "kk")).toEqual([{ act: "constitution-2026", article: "21" }]);
    expect(citedConstitutionArticles("Никаких ссылок.", "ru")).toEqual([]);
  });
});

describe("retrieveArticles", () => {
  it("puts the cited articles first, then subject and similar ones, without repeating an article", () => {
    const r = retrieveArticles(index, "Согласно статье 61 Конституции Республики Казахстан от 30 августа 1995 года персональные данные клиентов передаются.", "ru", 5);
    expect(r.slice(0, 2).map((x) => [x.act, x.article, x.why])).toEqual([
      ["constitution-1995", "61", "cited"],
      ["constitution-2026", "60", "cited"],
    ]);
    expect(r.slice(2).every((x) => x.why === "topic" || x.why === "similar")).toBe(true);
    expect(r.some((x) => x.why === "similar")).toBe(true);
    expect(new Set(r.map((x) => `${x.act}:${x.article}`)).size).toBe(r.length);
    expect(r).toHaveLength(5);
  });

  it("brings the 2026 article whose subject the paragraph touches, though its words differ", () => {
    const text = "Должникам по штрафам временно ограничивается выезд из страны.";
    const r = retrieveArticles(index, text, "ru", 5);
    expect(r).toContainEqual(expect.objectContaining({ act: "constitution-2026", article: "24", why: "topic" }));
    expect(topicConstitutionArticles(text, "ru")).toContain("24");
    expect(topicConstitutionArticles("Жеке тұлғалардың дербес деректері үшінші тұлғаларға беріледі.", "kk")).toContain("21");
    expect(topicConstitutionArticles("Настоящий приказ вводится в действие по истечении десяти календарных дней.", "ru")).toEqual([]);
  });

  it("never reaches the superseded 1995 Constitution by similarity", () => {
    const r = retrieveArticles(index, "Персональные данные граждан, частная жизнь, личная и семейная тайна.", "ru", 5);
    expect(r.some((x) => x.act === "constitution-1995")).toBe(false);
    expect(r.map((x) => `${x.act}:${x.article}`)).toContain("constitution-2026:21");
  });

  it("gives each act in force its turn, so a long code cannot take every place", () => {
    const r = retrieveArticles(index, "Персональные данные клиентов предпринимателей.", "ru", 3);
    expect(new Set(r.map((x) => x.act)).size).toBe(3);
  });
});
