import { tokenize, type CorpusLanguage } from "../../src/corpus/tokenize";

/** The single token of one word (fails if the word is dropped or split). */
function one(word: string, lang: CorpusLanguage): string {
  const tokens = tokenize(word, lang);
  expect(tokens).toHaveLength(1);
  return tokens[0]!;
}

/** All forms give one and the same token. */
function expectSameToken(forms: readonly string[], lang: CorpusLanguage): void {
  const tokens = forms.map((f) => one(f, lang));
  expect(new Set(tokens).size).toBe(1);
}

describe("tokenize: Russian", () => {
  test.each([
    [["штраф", "штрафы", "штрафов", "штрафа", "штрафом", "штрафах"]],
    [["закон", "закона", "законы", "законов", "законом"]],
    [["орган", "органа", "органы", "органов", "органами"]],
    [["гражданин", "граждан", "гражданами", "граждане"]],
    [["запрещается", "запрещено", "запрещена", "запрещен", "запрещать"]],
    [["ответственность", "ответственности", "ответственный"]],
    [["охрана", "охраны", "охраной"]],
  ])("word forms collapse: %j", (forms) => {
    expectSameToken(forms, "ru");
  });

  test("«персональные данные» in different cases gives the same tokens", () => {
    const nom = tokenize("персональные данные", "ru");
    expect(nom).toHaveLength(2);
    expect(tokenize("персональных данных", "ru")).toEqual(nom);
    expect(tokenize("Персональными Данными", "ru")).toEqual(nom);
  });

  test("different words stay different", () => {
    expect(one("штраф", "ru")).not.toBe(one("шаг", "ru"));
    expect(one("закон", "ru")).not.toBe(one("запрет", "ru"));
    expect(one("орган", "ru")).not.toBe(one("организация", "ru"));
  });

  test("stopwords and legal filler are dropped", () => {
    expect(tokenize("в соответствии с настоящим Законом Республики Казахстан", "ru")).toEqual(["закон"]);
    expect(tokenize("и в на или либо также который является", "ru")).toEqual([]);
  });

  test("numbers, roman numerals and one-letter words are dropped", () => {
    expect(tokenize("Статья 25. 1) штраф 100 МРП; № 375-V, раздел VIII, пункт а", "ru")).toEqual([
      "стат",
      "штраф",
      "мрп",
      "раздел",
      "пункт",
    ]);
    expect(tokenize("2026 15.03.2026 1-1", "ru")).toEqual([]);
  });

  test("ё, case and soft hyphens do not matter", () => {
    expect(tokenize("ЕЁ ПРИЁМ", "ru")).toEqual(tokenize("ее прием", "ru"));
    expect(tokenize("штра\u00adфы", "ru")).toEqual(tokenize("штрафы", "ru"));
  });

  test("stems are at most 7 letters", () => {
    for (const t of tokenize("предпринимательской государственного антимонопольного", "ru")) {
      expect(t.length).toBeLessThanOrEqual(7);
    }
    expect(one("государство", "ru")).toBe(one("государственный", "ru"));
  });
});

describe("tokenize: Kazakh", () => {
  test.each([
    [["айыппұл", "айыппұлдар", "айыппұлдың", "айыппұлға", "айыппұлды"]],
    [["азаматтардың", "азаматтар", "азамат", "азаматы", "азаматтарға"]],
    [["құқықтары", "құқығы", "құқық", "құқығын", "құқықтарының"]],
    [["заң", "заңы", "заңның", "заңдар", "заңға", "заңмен"]],
    [["кодекс", "кодексі", "кодекстің", "кодекспен"]],
    [["сала", "саласы", "салаға", "саланы"]],
    [["қызмет", "қызметі", "қызметін", "қызметінің"]],
    [["төлеу", "төлеуге", "төлейді", "төленген"]],
  ])("word forms collapse: %j", (forms) => {
    expectSameToken(forms, "kk");
  });

  test("Latin «i» inside Kazakh words gives the same tokens as Cyrillic «і»", () => {
    const cyrillic = tokenize("мемлекеттік органдардың міндеттері", "kk");
    expect(cyrillic).toHaveLength(3);
    expect(tokenize("мемлекеттiк органдардың мiндеттерi", "kk")).toEqual(cyrillic);
    expect(tokenize("МЕМЛЕКЕТТIК ОРГАНДАРДЫҢ МIНДЕТТЕРI", "kk")).toEqual(cyrillic);
  });

  test("different words stay different", () => {
    expect(one("айыппұл", "kk")).not.toBe(one("азамат", "kk"));
    expect(one("заң", "kk")).not.toBe(one("сала", "kk"));
    expect(one("құқық", "kk")).not.toBe(one("кодекс", "kk"));
  });

  test("stopwords and legal filler are dropped", () => {
    expect(tokenize("Қазақстан Республикасының заңына сәйкес", "kk")).toEqual(["заң"]);
    expect(tokenize("осы және немесе туралы бойынша үшін болып табылады", "kk")).toEqual([]);
  });

  test("numbers are dropped", () => {
    expect(tokenize("5-бап. 2) айыппұл 100 АЕК", "kk")).toEqual(["бап", "айыппұл", "аек"]);
  });
});

test("the language picks the stopword list", () => {
  // «мен» («and» in Kazakh) is a stopword only in Kazakh.
  expect(tokenize("мен", "kk")).toEqual([]);
  expect(tokenize("мен", "ru")).toHaveLength(1);
});
