/**
 * Precision cases for the CONST rights rules (C-01…C-09) beyond their own examples: who the norm is addressed to,
 * references to a law, protective criteria, benefits under a retroactive clause, severities by act type.
 */
import type { ActType, Language } from "../../src/contract";
import { paragraphsFromText } from "../../src/engine/document/model";
import { checkParagraphs } from "../../src/engine/run";

function run(ruleId: string, actType: ActType, lang: Language, text: string) {
  return checkParagraphs(paragraphsFromText(text), { actType, language: lang, ruleIds: [ruleId], uiLanguage: "ru" }).findings;
}

type Case = [ruleId: string, actType: ActType, lang: Language, text: string, quotes: string[]];

const CASES: Case[] = [
  // C-01: persons vs state bodies; references to a law; bans that protect the person.
  ["CONST-RIGHTS-RESTRICTION-BYLAW", "ministerial-order", "ru", "1. Субъектам предпринимательства запрещается размещать рекламу на фасадах зданий.", ["запрещается"]],
  ["CONST-RIGHTS-RESTRICTION-BYLAW", "ministerial-order", "ru", "8. Право граждан на проведение собраний ограничивается в период массовых мероприятий.", ["Право граждан на проведение собраний ограничивается"]],
  ["CONST-RIGHTS-RESTRICTION-BYLAW", "ministerial-order", "ru", "3. При пересмотре по заявлению лица антимонопольный орган не вправе ухудшить положение лица.", []],
  ["CONST-RIGHTS-RESTRICTION-BYLAW", "ministerial-order", "ru", "20. Должностным лицам запрещается разглашать персональные данные заявителя.", []],
  ["CONST-RIGHTS-RESTRICTION-BYLAW", "ministerial-order", "ru", "13. Участникам конкурса запрещается вступать в сговор в соответствии с Предпринимательским кодексом Республики Казахстан.", []],
  ["CONST-RIGHTS-RESTRICTION-BYLAW", "ministerial-order", "ru", "19. Услугодатель не вправе отказать в приеме заявления.", []],
  ["CONST-RIGHTS-RESTRICTION-BYLAW", "ministerial-order", "kk", "4. Өтініш берушінің субсидияны қайта алуға құқығы жоқ.", ["құқығы жоқ"]],
  ["CONST-RIGHTS-RESTRICTION-BYLAW", "ministerial-order", "kk", "5. Мемлекеттік органдардың кәсіпкерлік субъектілерінің қызметіне араласуына жол берілмейді.", []],
  ["CONST-RIGHTS-RESTRICTION-BYLAW", "ministerial-order", "kk", "3. Өтініш берушіге құжаттарды қабылдаудан бас тартуға жол берілмейді.", []],
  ["CONST-RIGHTS-RESTRICTION-BYLAW", "unknown", "ru", "1. Гражданам запрещается выгул собак на детских площадках.", ["запрещается"]],
  // C-08: references, contracts, control clauses.
  ["CONST-LIABILITY-BYLAW", "maslikhat-decision", "ru", "4. За нарушение настоящих Правил индивидуальные предприниматели привлекаются к ответственности в виде штрафа в размере десяти месячных расчетных показателей.", ["привлекаются к ответственности в виде штрафа"]],
  ["CONST-LIABILITY-BYLAW", "maslikhat-decision", "ru", "8. Лица, виновные в нарушении, несут ответственность, установленную законами Республики Казахстан.", []],
  ["CONST-LIABILITY-BYLAW", "ministerial-order", "ru", "18. Руководители структурных подразделений несут персональную ответственность за исполнение настоящего приказа.", []],
  ["CONST-LIABILITY-BYLAW", "ministerial-order", "ru", "21. В случае нарушения сроков поставщик несет ответственность в виде штрафа согласно условиям договора.", []],
  // C-09: free services, existing taxes, Tax Code.
  ["CONST-PAYMENT-WITHOUT-LAW", "ministerial-order", "ru", "7. Граждане уплачивают ежегодный взнос на содержание общественных пространств.", ["взнос"]],
  ["CONST-PAYMENT-WITHOUT-LAW", "ministerial-order", "ru", "22. Уплата государственной пошлины осуществляется в соответствии с Налоговым кодексом.", []],
  ["CONST-PAYMENT-WITHOUT-LAW", "ministerial-order", "ru", "5. Взнос Республики Казахстан в уставный капитал банка вносится Министерством финансов.", []],
  ["CONST-PAYMENT-WITHOUT-LAW", "ministerial-order", "kk", "12. Жер учаскелерін пайдаланғаны үшін төлемақы жергілікті бюджетке есепке жатқызылады.", []],
  // C-04: protective criteria, both sexes named, objects rather than persons.
  ["CONST-DISCRIMINATORY-CRITERION", "ministerial-order", "ru", "2. Пособие назначается женщинам, усыновившим ребенка.", []],
  ["CONST-DISCRIMINATORY-CRITERION", "ministerial-order", "ru", "3. В состав комиссии включаются мужчины и женщины в равном соотношении.", []],
  ["CONST-DISCRIMINATORY-CRITERION", "ministerial-order", "ru", "7. Национальная принадлежность не может служить основанием для отказа в приеме.", []],
  ["CONST-DISCRIMINATORY-CRITERION", "ministerial-order", "kk", "11. 18 жасқа дейінгі балаларға тегін тамақтану беріледі.", []],
  ["CONST-DISCRIMINATORY-CRITERION", "ministerial-order", "kk", "12. Әйелдер мен ерлер тең құқылы.", []],
  // C-06: court acts are final after review; administrative appeal only.
  ["CONST-COURT-ACCESS", "law", "ru", "12. Заключение эксперта не подлежит обжалованию отдельно от решения суда.", []],
  ["CONST-COURT-ACCESS", "ministerial-order", "ru", "6. Решение комиссии в досудебном порядке обжалованию не подлежит.", []],
  // C-07: benefits vs duties; budget revenue lines.
  [
    "CONST-RETROACTIVE-WORSENING",
    "ministerial-order",
    "kk",
    "1. Жер учаскелерін пайдаланғаны үшін төлемақы мөлшерлемелері он бес пайызға арттырылсын.\n2. Осы бұйрық алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі және 2026 жылғы 1 қаңтардан бастап туындаған қатынастарға қолданылады.",
    ["2026 жылғы 1 қаңтардан бастап туындаған қатынастарға қолданылады"],
  ],
];

describe("CONST rights rules: precision cases", () => {
  it.each(CASES.map((c, i) => [i, ...c] as const))("case %i %s", (_i, ruleId, actType, lang, text, quotes) => {
    expect(run(ruleId, actType, lang, text).map((f) => f.quote)).toEqual(quotes);
  });

  it("C-04 is an error in subordinate acts and a warning in laws; age limits stay warnings", () => {
    const sex = "5. К участию в конкурсе допускаются лица мужского пола.";
    expect(run("CONST-DISCRIMINATORY-CRITERION", "akimat-resolution", "ru", sex).map((f) => f.severity)).toEqual(["error"]);
    expect(run("CONST-DISCRIMINATORY-CRITERION", "law", "ru", sex).map((f) => f.severity)).toEqual(["warning"]);
    const age = "5. К участию в конкурсе допускаются лица в возрасте не старше 40 лет.";
    expect(run("CONST-DISCRIMINATORY-CRITERION", "akimat-resolution", "ru", age).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("C-01 does not run on laws and is a warning when the act type is unknown", () => {
    const text = "1. Гражданам запрещается выгул собак на детских площадках.";
    expect(run("CONST-RIGHTS-RESTRICTION-BYLAW", "law", "ru", text)).toEqual([]);
    expect(run("CONST-RIGHTS-RESTRICTION-BYLAW", "unknown", "ru", text).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("C-07 is a warning when the act also grants benefits", () => {
    const text = [
      "1. Получатель жилищной помощи обязан сообщать об изменении состава семьи в течение десяти рабочих дней.",
      "2. Настоящее решение вводится в действие со дня его первого официального опубликования и распространяется на отношения, возникшие с 1 января 2026 года.",
    ].join("\n");
    expect(run("CONST-RETROACTIVE-WORSENING", "maslikhat-decision", "ru", text).map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("C-07 with a clause that names its points", () => {
  const text = [
    "1. Субъекты предпринимательства обязаны ежеквартально представлять отчет об объемах закупок.",
    "2. Повысить размер единовременной выплаты молодым специалистам на десять процентов.",
    "3. Действие пункта 2 настоящего приказа распространяется на отношения, возникшие с 1 января 2026 года.",
  ];
  it("judges only the named point (a benefit)", () => {
    expect(run("CONST-RETROACTIVE-WORSENING", "ministerial-order", "ru", text.join("\n"))).toEqual([]);
  });
  it("flags the clause when the named point imposes a duty", () => {
    const t = [...text.slice(0, 2), text[2]!.replace("пункта 2", "пункта 1")].join("\n");
    expect(run("CONST-RETROACTIVE-WORSENING", "ministerial-order", "ru", t).map((f) => [f.quote, f.severity])).toEqual([
      ["распространяется на отношения, возникшие с 1 января 2026 года", "error"],
    ]);
  });
});
