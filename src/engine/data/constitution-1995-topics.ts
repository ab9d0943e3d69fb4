/**
 * The subjects of the 1995 Constitution's articles whose number now belongs to another article of the 2026
 * Constitution (data for CONST-1995-ARTICLE-REF). A reference «статья N Конституции» without a year, in a sentence
 * whose words describe the subject of 1995 article N, follows the 1995 numbering: e.g. «в порядке, установленном
 * статьей 61 Конституции» about a draft law (1995 art. 61 — legislative initiative; 2026 art. 61 — acts of the
 * Kurultai; the legislative initiative is now art. 60).
 *
 * One entry per 1995 article N that moved (articleMoved) while the 2026 Constitution also has an article N. Not
 * listed: 2 (kept its number), 83-1, 94-1, 94-2, 97–99 (no 2026 article with that number), 84 (repealed in
 * 2007: no text, so no subject a draft could follow) and 73 (suspension of deadlines while the Constitutional Court
 * decides: the same words describe 2026 art. 74, which itself refers to 2026 art. 73, so the subject cannot tell the
 * numberings apart).
 *
 * Each pattern is matched against the folded sentence (lower case, ё → е, Latin i → Cyrillic і), so it is written
 * in lower case. It names the subject of the 1995 article in words a drafter uses, and must not match the text of
 * the 2026 article that now carries the number (checked by test/unit/constitution-1995-topics.test.ts against the
 * texts in ../shared/corpus). The Kazakh patterns follow the vocabulary of the 2026 Kazakh text (there is no Kazakh
 * 1995 text in the corpus).
 *
 * Notation: see `stems` in ./stems.ts.
 */
import { stems } from "./stems";

export interface Topic1995 {
  ru: RegExp;
  kk: RegExp;
}

export const TOPIC_1995: Readonly<Record<string, Topic1995>> = {
  // 1995 art. 1: founding principles (public accord, political stability, Kazakhstani patriotism); 2026 art. 1: the state and its highest values
  "1": {
    ru: stems("общественн* согласи*", "политическ* стабильност*", "казахстанск* патриотизм*", "основополагающ* принцип*"),
    kk: stems("қоғамдық келісім*", "қоғамдық татулық*", "саяси тұрақтылық*", "қазақстандық патриотизм*", "негіз құраушы қағидат*", "іргелі қағидат*"),
  },
  // 1995 art. 3: the people as the source of power, referendum and elections, usurpation of power; 2026 art. 3: founding principles
  "3": {
    ru: stems("источник* ~власти", "носител* суверенитет*", "присваива* власть", "присвоени* власти", "делегир* ~власти"),
    kk: stems("биліктің ~бастауы", "билікті ~иемден*", "егемендік иесі*"),
  },
  // 1995 art. 4: the law in force, international treaties, publication of laws, no retroactivity; 2026 art. 4: the people and its power
  "4": {
    ru: stems("действующ* прав*", "международн* договор*", "опубликовани* ~закон*", "обязательн* опубликовани*", "обратн* сил*"),
    kk: stems("қолданыстағы құқы*", "халықаралық шарт*", "кері күш*", "жариялан*"),
  },
  // 1995 art. 5: ideological and political diversity, public associations and parties; 2026 art. 5: the law in force
  "5": {
    ru: stems("идеологическ* ~многообрази*", "политическ* многообрази*", "общественн* объединени*", "политическ* парти*", "религиозн* объединени*"),
    kk: stems("идеологиялық ~әралуандық*", "саяси әралуандық*", "қоғамдық бірлестік*", "саяси партия*", "діни бірлестік*"),
  },
  // 1995 art. 6: state and private property, land and subsoil; 2026 art. 6: ideological and political diversity
  "6": {
    ru: stems("собственност*", "недр*", "природн* ресурс*", "земл*"),
    kk: stems("меншік*", "жер қойнау*", "табиғи ресурс*", "жер халыққа*", "жер мемлекет*"),
  },
  // 1995 art. 7: the state language and Russian; 2026 art. 7: religion and the state
  "7": {
    ru: stems("государственн* язык*", "русск* язык*", "казахск* язык*", "язык* народ* казахстан*"),
    kk: stems("мемлекеттік тіл*", "орыс тіл*", "қазақ тіл*"),
  },
  // 1995 art. 8: international law and foreign policy; 2026 art. 8: property
  "8": {
    ru: stems("международн* прав*", "внешн* политик*", "международн* спор*", "добрососедск*", "невмешательств*"),
    kk: stems("халықаралық құқы*", "сыртқы саясат*", "халықаралық дау*", "тату көршілік*"),
  },
  // 1995 art. 9: state symbols (flag, emblem, anthem); 2026 art. 9: languages
  "9": {
    ru: stems("государственн* символ*", "флаг*", "герб*", "гимн*"),
    kk: stems("мемлекеттік рәміз*", "рәміздер*", "елтаңба*", "әнұран*", "мемлекеттік ту(?:ы|ын|ды|)(?![\\p{L}])"),
  },
  // 1995 art. 10: citizenship; 2026 art. 10: international law and foreign policy
  "10": {
    ru: stems("гражданств*"),
    kk: stems("азаматтығ*", "азаматтықт*", "азаматтық(?=\\s+(?:алу|алын|тоқтат|қабылда))"),
  },
  // 1995 art. 11: no extradition of citizens, protection abroad; 2026 art. 11: state symbols
  "11": {
    ru: stems("выда* иностранн* государств*", "выдач*", "экстрадиц*", "покровительств*", "защит* ~за (?:ее )?пределами"),
    kk: stems("шет мемлекетке беріл*", "ұстап беру*", "экстрадиция*", "ел аумағынан тыс"),
  },
  // 1995 art. 12: human rights recognised from birth, rights of citizens, foreigners and stateless persons; 2026 art. 12: legal personality and judicial protection
  "12": {
    ru: stems("признаются и гарантируются прав*", "от рождения", "абсолютн* и неотчуждаем*", "неотчуждаем*", "иностранц*", "лиц* без гражданства"),
    kk: stems("тумысынан", "ажырамас", "шетелдіктер*", "азаматтығы жоқ адам*"),
  },
  // 1995 art. 13: legal personality, judicial protection, legal aid; 2026 art. 13: citizenship
  "13": {
    ru: stems("правосубъектност*", "судебн* защит*", "юридическ* помощ*", "необходим* оборон*"),
    kk: stems("құқық субъектісі*", "сот арқылы қорға*", "сотта қорға*", "заң көмег*", "қажетті қорғаныс*"),
  },
  // 1995 art. 14: equality before the law, non-discrimination; 2026 art. 14: no extradition of citizens
  "14": {
    ru: stems("равн* перед закон*", "дискриминац*"),
    kk: stems("заң мен сот алдында тең*", "заң алдында тең*", "кемсіт*"),
  },
  // 1995 art. 15: right to life, death penalty; 2026 art. 15: human rights recognised
  "15": {
    ru: stems("прав* на жизнь", "смертн* казн*", "лиша* ~жизни"),
    kk: stems("өмір сүруге құқ*", "өлім жаза*", "өмірін ~қию"),
  },
  // 1995 art. 16: personal liberty, arrest and detention; 2026 art. 16: equality
  "16": {
    ru: stems("личн* свобод*", "арест*", "задержан*", "содержани* под страж*", "под страж*"),
    kk: stems("жеке бас бостандығ*", "жеке басының бостандығ*", "қамауға*", "күзетпен ұста*", "ұсталған*", "ұстап отыр*"),
  },
  // 1995 art. 17: human dignity, torture; 2026 art. 17: right to life
  "17": {
    ru: stems("достоинств*", "пытк*", "жесток*", "унижающ*"),
    kk: stems("қадір-қасиет*", "азаптау*", "азаптауға", "қатыгез*", "қорлайтын*"),
  },
  // 1995 art. 18: private life, personal and family secrets, secrecy of correspondence; 2026 art. 18: personal liberty
  "18": {
    ru: stems("частн* жизн*", "семейн* тайн*", "тайн* ~переписк*", "тайн* личн* вклад*", "телефонн* переговор*", "переписк*"),
    kk: stems("жеке өмір*", "отбасылық құпия*", "хат жазысу*", "телефонмен сөйлесу*", "жеке салым*"),
  },
  // 1995 art. 19: national, party and religious affiliation, native language; 2026 art. 19: presumption of innocence
  "19": {
    ru: stems("национальн* ~принадлежност*", "религиозн* принадлежност*", "родн* язык*", "язык* общения"),
    kk: stems("ұлтқа жататын*", "ұлттық ~тиесілілі*", "ана тіл*", "қарым-қатынас жасау ~тіл*"),
  },
  // 1995 art. 20: freedom of speech and creativity, censorship, information; 2026 art. 20: dignity and torture
  "20": {
    ru: stems("свобод* слова", "цензур*", "творчеств*", "распространя* информаци*", "получать ~информаци*"),
    kk: stems("сөз бостандығ*", "цензура*", "шығармашылық*", "ақпарат*"),
  },
  // 1995 art. 21: freedom of movement, residence, leaving the country; 2026 art. 21: private life and personal data
  "21": {
    ru: stems("свободн* передвижени*", "мест* жительств*", "выезжать за предел*", "беспрепятственно возвращаться"),
    kk: stems("еркін жүріп-тұр*", "тұратын жерін*", "тұрғылықты жер*", "шетке шығу*", "кедергісіз қайтып*"),
  },
  // 1995 art. 22: freedom of conscience; 2026 art. 22: national affiliation and native language
  "22": {
    ru: stems("свобод* совест*"),
    kk: stems("ар-ождан*", "ар-ұждан*"),
  },
  // 1995 art. 23: freedom of association, officials outside parties; 2026 art. 23: freedom of speech
  "23": {
    ru: stems("свобод* объединени*", "общественн* объединени*", "политическ* парти*", "профессиональн* союз*"),
    kk: stems("бірлесу бостандығ*", "қоғамдық бірлестік*", "саяси партия*", "кәсіптік одақ*"),
  },
  // 1995 art. 24: right to work, labour disputes, strikes, rest; 2026 art. 24: freedom of movement
  "24": {
    ru: stems("прав* на труд", "свободн* выбор* род* деятельност*", "трудов* спор*", "забастовк*", "прав* на отдых", "принудительн* труд*", "услови* труда"),
    kk: stems("еңбек ету*", "еңбек бостандығ*", "еңбек дау*", "ереуіл*", "демалыс*", "мәжбүрлі еңбек*", "еңбек жағдай*"),
  },
  // 1995 art. 25: inviolability of the home, housing; 2026 art. 25: freedom of conscience
  "25": {
    ru: stems("жилищ*", "жиль*"),
    kk: stems("тұрғын үй*", "баспана*"),
  },
  // 1995 art. 26: private property, inheritance, expropriation, entrepreneurship; 2026 art. 26: freedom of association
  "26": {
    ru: stems("частн* собственност*", "собственност*", "имуществ*", "наследовани*", "принудительн* отчуждени*", "лишен* ~имуществ*", "свобод* предпринимательск*", "предпринимательск* деятельност*"),
    kk: stems("жеке меншік*", "меншік*", "мүлік*", "мүлк*", "мұрагерлік*", "мүлікті ~иеліктен*", "мүлкінен айыр*", "кәсіпкерлік*"),
  },
  // 1995 art. 27: marriage, family, motherhood and childhood; 2026 art. 27: right to work
  "27": {
    ru: stems("брак*", "сем(?:ья|ьи|ью|ье|ьей|ьям)(?![\\p{L}])", "материнств*", "отцовств*", "детств*", "нетрудоспособн* родител*"),
    kk: stems("неке*", "отбасы*", "ана болу*", "әке болу*", "балалық шақ*", "еңбекке жарамсыз ата-ана*"),
  },
  // 1995 art. 28: minimum wage and pension, social security; 2026 art. 28: the home and housing
  "28": {
    ru: stems("минимальн* размер* ~плат*", "заработн* плат*", "пенси*", "социальн* обеспечени*", "социальн* страховани*", "благотворительност*"),
    kk: stems("жалақы*", "зейнетақы*", "әлеуметтік қамсыздандыр*", "әлеуметтік сақтандыр*", "қайырымдылық*"),
  },
  // 1995 art. 29: health protection, medical aid; 2026 art. 29: private property and inheritance
  "29": {
    ru: stems("охран* здоровь*", "медицинск* помощ*", "здравоохранени*"),
    kk: stems("денсаулығын сақта*", "денсаулық сақта*", "медициналық көмек*"),
  },
  // 1995 art. 30: education; 2026 art. 30: marriage and family
  "30": {
    ru: stems("образовани*", "образовательн*", "учебн* заведени*"),
    kk: stems("білім*", "оқу орн*"),
  },
  // 1995 art. 31: environment, concealment of threats to life and health; 2026 art. 31: social security
  "31": {
    ru: stems("окружающ* сред*", "сокрыти* ~фактов", "угрожающ* жизни и здоровью"),
    kk: stems("қоршаған орта*", "жасыр*"),
  },
  // 1995 art. 32: assemblies, rallies, demonstrations; 2026 art. 32: health protection
  "32": {
    ru: stems("собрани*", "митинг*", "демонстрац*", "шестви*", "пикетировани*"),
    kk: stems("жиналыс*", "жиналу*", "митинг*", "шеру*", "пикет*"),
  },
  // 1995 art. 33: participation in state affairs, elections, state service; 2026 art. 33: education
  "33": {
    ru: stems("государственн* служб*", "управлени* делами государства", "избирать и быть избранн*", "обращени* в государственн* орган*"),
    kk: stems("мемлекеттік қызмет*", "мемлекет істерін басқар*", "сайлауға және сайлануға", "сайлауға ~сайлануға"),
  },
  // 1995 art. 34: duty to observe the Constitution and laws, respect for state symbols; 2026 art. 34: peaceful assemblies
  "34": {
    ru: stems("соблюдать конституци*", "уважать государственн* символ*", "государственн* символ*"),
    kk: stems("конституцияны ~сақта*", "мемлекеттік рәміз*"),
  },
  // 1995 art. 35: taxes and mandatory payments; 2026 art. 35: participation in state affairs
  "35": {
    ru: stems("налог*", "обязательн* платеж*"),
    kk: stems("салық*", "салығ*", "міндетті төлем*"),
  },
  // 1995 art. 36: defence of the Republic, military service; 2026 art. 36: duty to observe the Constitution
  "36": {
    ru: stems("защит* республик*", "воинск* служб*", "военн* служб*", "священн* долг*"),
    kk: stems("әскери қызмет*", "қасиетті парыз*", "республиканы қорғау*"),
  },
  // 1995 art. 37: historical and cultural heritage, monuments; 2026 art. 37: nature and environment
  "37": {
    ru: stems("историческ* и культурн* наследи*", "культурн* наследи*", "наследи*", "памятник*"),
    kk: stems("тарихи-мәдени мұра*", "мәдени мұра*", "тарихи ~мұра*", "ескерткіш*"),
  },
  // 1995 art. 38: duty to preserve nature; 2026 art. 38: taxes
  "38": {
    ru: stems("сохранять природ*", "природн* богатств*", "охран* природ*", "природ*"),
    kk: stems("табиғат*"),
  },
  // 1995 art. 39: limits on rights and freedoms; 2026 art. 39: defence and military service
  "39": {
    ru: stems("ограничен* ~прав*", "прав* и свобод* ~ограничен*", "ограничива* ~прав*", "в целях защиты ~здоровья насел*"),
    kk: stems("құқықтар* ~шектел*", "бостандықтар* ~шектел*", "шектеу*", "денсаулығын қорғау мақсат*"),
  },
  // 1995 art. 40: the President as head of state; 2026 art. 40: historical and cultural heritage
  "40": {
    ru: stems("президент*", "глав* государств*", "высш* должностн* лиц*"),
    kk: stems("президент*", "мемлекет басшы*", "ең жоғары лауазымды*"),
  },
  // 1995 art. 41: election of the President; 2026 art. 41: limits on rights and freedoms
  "41": {
    ru: stems("выбор* президент*", "президент* ~избира*", "избрани* президент*", "кандидат* в президент*"),
    kk: stems("президентін сайла*", "президенттікке кандидат*", "президент* ~сайлан*", "президент сайлау*"),
  },
  // 1995 art. 42: the President's oath and taking office; 2026 art. 42: status of the President
  "42": {
    ru: stems("присяг*", "вступа* в должность", "вступлени* в должность"),
    kk: stems("ант(?:ы|ын|ымен|қа|ты|тан)?(?![\\p{L}])", "қызметіне кіріс*", "лауазымына кіріс*"),
  },
  // 1995 art. 43: incompatibility of the presidency with other posts; 2026 art. 43: election of the President
  "43": {
    ru: stems("оплачиваем* должност*", "предпринимательск* деятельност*", "не вправе быть депутат*", "несовместим*"),
    kk: stems("ақы төленетін*", "кәсіпкерлік*", "депутаты болуға"),
  },
  // 1995 art. 44: powers of the President; 2026 art. 44: the oath
  "44": {
    ru: stems("послани*", "помиловани*", "помилу*", "чрезвычайн* положени*", "военн* положени*", "государственн* наград*", "почетн* звани*", "назнача* ~премьер-министр*"),
    kk: stems("жолдау*", "кешірім*", "төтенше жағдай*", "соғыс жағдай*", "мемлекеттік наград*", "құрметті атақ*"),
  },
  // 1995 art. 45: decrees and orders of the President; 2026 art. 45: incompatibility of the presidency
  "45": {
    ru: stems("указ(?:ы|а|у|ом|ов|ам|ами|ах|е)?(?![\\p{L}])", "распоряжени* президент*", "акт* президент*"),
    kk: stems("жарлы[қғ]*", "президенттің өкім*", "президентінің өкім*", "президент актілер*"),
  },
  // 1995 art. 46: inviolability of the President, ex-Presidents; 2026 art. 46: powers of the President
  "46": {
    ru: stems("неприкосновен*", "чест* и достоинств*", "экс-президент*", "первого президент*"),
    kk: stems("қол сұғылмай*", "қол сұғылмау*", "ар-намыс*", "тұңғыш президент*", "экс-президент*"),
  },
  // 1995 art. 47: early release and removal (impeachment) of the President; 2026 art. 47: decrees and orders
  "47": {
    ru: stems("досрочн* освобожд*", "досрочн* ~освобожден*", "отрешени*", "отреш*", "государственн* измен*", "неспособност* осуществлять"),
    kk: stems("мерзімінен бұрын ~босат*", "қызметінен кетіру*", "опасыздық*", "қабілеті болма*"),
  },
  // 1995 art. 48: succession to the President's powers; 2026 art. 48: inviolability of the President
  "48": {
    ru: stems("оставш* срок*", "полномочи* президент* ~переход*", "переход* ~полномочи*", "председател* сената"),
    kk: stems("қалған мерзім*", "өкілеттігі ~көше*", "өкілеттіктері ~көше*", "сенат төраға*", "президентінің өкілеттігін ~қабылда*"),
  },
  // 1995 art. 49: Parliament as the supreme representative body; 2026 art. 49: the Vice-President
  "49": {
    ru: stems("парламент*", "высш* представительн* орган*", "законодательн* власт*"),
    kk: stems("парламент*", "жоғары өкілді орган*", "заң шығару билі*"),
  },
  // 1995 art. 50: composition of Parliament (Senate and Mazhilis); 2026 art. 50: resignation and removal of the President
  "50": {
    ru: stems("сенат*", "мажилис*", "двух палат*", "палат* парламент*"),
    kk: stems("сенат*", "мәжіліс*", "екі палата*", "парламент палата*", "палаталар*"),
  },
  // 1995 art. 51: election of deputies, requirements to deputies; 2026 art. 51: succession to the President's powers
  "51": {
    ru: stems("избрани* депутат*", "выбор* депутат*", "депутат* мажилис*", "депутат* сенат*", "депутат* парламент*", "депутатом (?:парламента|сената|мажилиса)"),
    kk: stems("депутаттарын сайла*", "депутаттарын ~сайлау*", "депутаттарының ~сайлау*", "депутаттары ~сайлан*", "мәжіліс депутат*", "сенат депутат*", "парламент депутат*"),
  },
  // 1995 art. 52: status of deputies (personal vote, immunity, loss of mandate); 2026 art. 52: the Kurultai as the supreme representative body
  "52": {
    ru: stems("голосовани* ~лично", "личн* голосовани*", "депутатск* неприкосновенност*", "мандат*", "полномочи* депутат*", "депутат* ~не может быть задержан*"),
    kk: stems("жеке дауыс бер*", "депутаттық ~мандат*", "мандат*", "депутаттың өкілеттіг*", "депутатты ~ұста*"),
  },
  // 1995 art. 53: powers of Parliament in a joint session of the Chambers; 2026 art. 53: composition of the Kurultai
  "53": {
    ru: stems("совместн* заседани*", "войн* и мир*", "вопрос* войны", "отчет* ~исполнени* республиканск* бюджет*"),
    kk: stems("бірлескен отырыс*", "соғыс және бітім*", "соғыс пен бітім*"),
  },
  // 1995 art. 54: laws passed by the Chambers separately (budget, taxes, amnesty, ratification); 2026 art. 54: election of deputies
  "54": {
    ru: stems("раздельн* заседани*", "последовательн* рассмотрени*", "амнисти*", "ратифицир*", "денонс*", "республиканск* бюджет*", "налог*"),
    kk: stems("бөлек отырыс*", "рақымшылық*", "ратификация*", "денонсация*", "республикалық бюджет*", "салық*"),
  },
  // 1995 art. 55: exclusive powers of the Senate; 2026 art. 55: status of deputies
  "55": {
    ru: stems("сенат*", "исключительн* ведени*"),
    kk: stems("сенат*", "ерекше қарау*"),
  },
  // 1995 art. 56: exclusive powers of the Mazhilis; 2026 art. 56: powers of the Kurultai
  "56": {
    ru: stems("мажилис*", "исключительн* ведени*"),
    kk: stems("мәжіліс*", "ерекше қарау*"),
  },
  // 1995 art. 57: powers of each Chamber on its own; 2026 art. 57: Chairman of the Kurultai
  "57": {
    ru: stems("кажд* из палат*", "без участия друг* палат*", "палат* парламент*"),
    kk: stems("палаталардың әрқайсысы*", "әр палата*", "парламент палата*", "басқа палата*"),
  },
  // 1995 art. 58: Chairmen of the Chambers; 2026 art. 58: sessions of the Kurultai
  "58": {
    ru: stems("председател* палат*", "председател* сената", "председател* мажилис*"),
    kk: stems("палаталардың төраға*", "сенат төраға*", "мәжіліс төраға*", "палаталар төраға*"),
  },
  // 1995 art. 59: sessions of Parliament; 2026 art. 59: committees and commissions
  "59": {
    ru: stems("сесси*", "совместн* ~заседани*", "раздельн* ~заседани*", "заседани* палат*"),
    kk: stems("сессия*", "сессиясы*", "бірлескен ~отырыс*", "бөлек ~отырыс*"),
  },
  // 1995 art. 60: committees and commissions of the Chambers; 2026 art. 60: legislative initiative
  "60": {
    ru: stems("комитет*", "совместн* комисси*", "комисси* палат*"),
    kk: stems("комитет*", "бірлескен комиссия*"),
  },
  // 1995 art. 61: legislative initiative, draft laws, subjects regulated by law; 2026 art. 61: acts of the Kurultai
  "61": {
    ru: stems("законодательн* инициатив*", "законопроект*", "проект* ~закон*", "приоритетност* рассмотрени*", "рассмотрени* ~проект*", "важнейш* общественн* отношени*", "уровн* закон*"),
    kk: stems("заң шығару бастама*", "заң шығаруға бастама*", "заң жоба*", "заңдардың жоба*"),
  },
  // 1995 art. 62: acts of Parliament, entry into force of laws, constitutional laws; 2026 art. 62: dissolution of the Kurultai
  "62": {
    ru: stems("законодательн* акт*", "постановлени* парламент*", "постановлени* палат*", "конституционн* закон*", "нормативн* правов* акт*", "вступа* в сил*", "опубликовани*"),
    kk: stems("заңнамалық акт*", "нормативтік құқықтық акт*", "конституциялық заң*", "күшіне ен*", "парламент қаулы*", "жариялан*"),
  },
  // 1995 art. 63: dissolution of Parliament or the Mazhilis; 2026 art. 63: the Government and executive power
  "63": {
    ru: stems("распуст*", "роспуск*"),
    kk: stems("(?:парламент|мәжіліс|құрылтай)* ~тарат*"),
  },
  // 1995 art. 64: the Government and executive power; 2026 art. 64: formation of the Government
  "64": {
    ru: stems("исполнительн* власт*", "систем* исполнительн* орган*", "коллегиальн* орган*", "ответствен* перед президент*"),
    kk: stems("атқарушы билі*", "атқарушы органдар жүйесі*", "алқалы орган*"),
  },
  // 1995 art. 65: formation, structure and composition of the Government, oath of its members; 2026 art. 65: powers of the Government
  "65": {
    ru: stems("образовани* правительств*", "правительств* образу*", "структур* ~правительств*", "состав* правительств*", "присяг*"),
    kk: stems("үкіметті ~құра*", "үкіметтің құрылымы*", "үкіметтің ~құрамы*", "ант(?:ы|ын|ымен|қа|ты|тан)?(?![\\p{L}])"),
  },
  // 1995 art. 66: powers of the Government; 2026 art. 66: powers of the Prime Minister
  "66": {
    ru: stems("социально-экономическ* политик*", "республиканск* бюджет*", "государственн* собственност*", "внешн* политик*", "центральн* исполнительн* орган*", "полномочи* правительств*", "компетенц* правительств*"),
    kk: stems("әлеуметтік-экономикалық саясат*", "республикалық бюджет*", "мемлекеттік меншік*", "сыртқы саясат*", "орталық атқарушы орган*", "үкіметтің өкілеттік*", "үкіметтің құзырет*"),
  },
  // 1995 art. 67: powers of the Prime Minister; 2026 art. 67: members of the Government
  "67": {
    ru: stems("полномочи* премьер-министр*", "премьер-министр* ~организу*", "организу* и руковод* деятельност* правительств*", "подписыва* постановлени* правительств*", "докладыва* президент*"),
    kk: stems("премьер-министрдің өкілеттік*", "үкімет қызметін ұйымдастыр*", "үкімет қаулысына қол қо*", "президентке баяндай*"),
  },
  // 1995 art. 68: members of the Government (independence, incompatibility); 2026 art. 68: acts of the Government
  "68": {
    ru: stems("член* правительств*"),
    kk: stems("үкімет мүше*"),
  },
  // 1995 art. 69: acts of the Government and the Prime Minister; 2026 art. 69: resignation of the Government
  "69": {
    ru: stems("постановлени* правительств*", "распоряжени* премьер-министр*", "акт* правительств*"),
    kk: stems("үкімет қаулы*", "үкіметтің қаулы*", "премьер-министрдің өкім*", "үкімет актілер*"),
  },
  // 1995 art. 70: resignation of the Government; 2026 art. 70: Қазақстан Халық Кеңесі
  "70": {
    ru: stems("отставк*", "слага* ~полномочи*", "сложени* полномочи*"),
    kk: stems("орнынан түс*", "өкілеттігін ~доғар*", "отставка*"),
  },
  // 1995 art. 71: the Constitutional Court (composition); 2026 art. 71: powers of Қазақстан Халық Кеңесі
  "71": {
    ru: stems("конституционн* суд*"),
    kk: stems("конституциялық сот*"),
  },
  // 1995 art. 72: powers of the Constitutional Court; 2026 art. 72: the Constitutional Court, its composition
  "72": {
    ru: stems("правильност* проведени* выбор*", "до подписани*", "до ратификаци*", "официальн* толковани*", "толковани* норм*", "обращени* граждан*", "по обращени*", "полномочи* конституционн* суд*"),
    kk: stems("сайлаудың дұрыс өткіз*", "қол қойылғанға дейін*", "ратификацияланғанға дейін*", "ресми түсіндір*", "азаматтардың ~(?:өтініш|жүгін)*"),
  },
  // 1995 art. 74: effect of a finding of unconstitutionality; 2026 art. 74: suspension while the Constitutional Court decides
  "74": {
    ru: stems("признанн* ~несоответствующ*", "признанн* ~не соответствующ*", "несоответствующ* конституци*", "неконституционн*", "утрачива* сил*", "утрат* сил*", "решени* конституционн* суд*", "окончательн* и обжаловани*"),
    kk: stems("сәйкес емес деп тан*", "сәйкес келмейді деп тан*", "күшін жоя*", "күшін жоғалт*", "конституциялық соттың шешім*", "шағымдануға жатпай*"),
  },
  // 1995 art. 75: justice by courts only, forms of procedure, court system; 2026 art. 75: effect of a finding of unconstitutionality
  "75": {
    ru: stems("правосуди*", "судопроизводств*", "присяжн*", "судебн* систем*", "чрезвычайн* суд*", "специальн* ~суд(?:ов|ы)?(?![\\p{L}])"),
    kk: stems("сот төрелі*", "сот ісін жүргіз*", "алқа*", "сот жүйесі*", "төтенше сот*"),
  },
  // 1995 art. 76: purpose and reach of judicial power, binding force of judgments; 2026 art. 76: justice by courts only
  "76": {
    ru: stems("на все дела и споры", "приговор*", "имеет своим назначением", "обязательн* сил* ~суд*", "(?:решени|постановлени)* суд* ~обязательн*", "судебн* акт*"),
    kk: stems("барлық істер мен дау*", "үкім(?:дер|і|ін|ді|ге|)(?![\\p{L}])", "сот ~міндетті күш*", "сот актіл*", "сот шешім*"),
  },
  // 1995 art. 77: independence of judges, principles of procedure (presumption of innocence); 2026 art. 77: purpose of judicial power
  "77": {
    ru: stems("независим*", "подчиня* только конституци*", "невиновн*", "презумпци*", "дважды", "против самого себя", "обратн* сил*", "вмешательств* ~суд*"),
    kk: stems("тәуелсіз*", "кінәсіз*", "екі рет", "өзіне қарсы*", "кері күш*", "араласу*"),
  },
  // 1995 art. 78: courts may not apply laws infringing rights, referral to the Constitutional Court; 2026 art. 78: independence of judges
  "78": {
    ru: stems("не вправе применять*", "ущемля*", "ущемлени*", "приостанов* производств*"),
    kk: stems("қолдануға құқығы жоқ*", "қолдануға құқылы емес*", "нұқсан келтір*", "іс жүргізуді тоқтата тұр*"),
  },
  // 1995 art. 79: judges' tenure, immunity and requirements; 2026 art. 79: courts may not apply laws infringing rights
  "79": {
    ru: stems("постоянн* судей", "судь* ~не может быть задержан*", "неприкосновенност* суд*", "требовани* ~к судь*", "полномочи* судьи", "кандидат* в судь*", "судь* ~(?:задержан|арестован|привлечен)*"),
    kk: stems("тұрақты судья*", "судьяны ~ұста*", "судьяларына қойылатын талап*", "судьяға қойылатын талап*", "судьяның өкілеттіг*", "судьяның ~мандат*"),
  },
  // 1995 art. 80: financing of courts, housing of judges; 2026 art. 80: judges' tenure and immunity
  "80": {
    ru: stems("финансировани* суд*", "жиль*", "республиканск* бюджет*"),
    kk: stems("соттарды қаржыландыр*", "тұрғын үй*", "республикалық бюджет*"),
  },
  // 1995 art. 81: the Supreme Court; 2026 art. 81: financing of courts
  "81": {
    ru: stems("верховн* суд*", "высш* судебн* орган*", "судебн* практик*"),
    kk: stems("жоғарғы сот*", "ең жоғары сот орган*", "сот практика*"),
  },
  // 1995 art. 82: election and appointment of judges, Supreme Judicial Council; 2026 art. 82: the Supreme Court
  "82": {
    ru: stems("высш* судебн* совет*", "избира* сенат*", "избрани* ~судей", "назначени* ~судей", "назнача* ~судь*", "судьи ~назнача*", "судей местн* ~суд*", "председател* и судь*"),
    kk: stems("жоғары сот кеңес*", "судьяларын ~сайла*", "судьяларын ~тағайында*", "судьялары ~тағайында*", "судьялары ~сайлан*"),
  },
  // 1995 art. 83: the Prosecutor's Office; 2026 art. 83: Chairman of the Supreme Court
  "83": {
    ru: stems("прокуратур*", "прокурор*", "уголовн* преследовани*", "надзор* за соблюдени* законност*"),
    kk: stems("прокуратура*", "прокурор*", "қылмыстық қудалау*", "заңдылықтың сақталуын ~қадағала*"),
  },
  // 1995 art. 85: local state administration (local representative and executive bodies); 2026 art. 85: the Commissioner for Human Rights
  "85": {
    ru: stems("местн* государственн* управлени*", "местн* представительн* ~орган*", "местн* исполнительн* орган*"),
    kk: stems("жергілікті мемлекеттік басқару*", "жергілікті өкілді ~орган*", "жергілікті атқарушы орган*"),
  },
  // 1995 art. 86: maslikhats; 2026 art. 86: the Bar (advocacy)
  "86": {
    ru: stems("маслихат*", "местн* представительн* орган*"),
    kk: stems("мәслихат*", "маслихат*", "жергілікті өкілді орган*"),
  },
  // 1995 art. 87: local executive bodies and akims; 2026 art. 87: local state administration in general
  "87": {
    ru: stems("аким*", "ведени* местн* исполнительн* орган*", "коммунальн* собственност*"),
    kk: stems("әкім*", "жергілікті атқарушы органдардың ~қарау*", "коммуналдық меншік*"),
  },
  // 1995 art. 88: acts of maslikhats and akims, their cancellation and appeal; 2026 art. 88: maslikhats
  "88": {
    ru: stems("решени* и распоряжени*", "акимы - решени*", "решени* (?:и распоряжени* )?акима", "постановлени* акимата", "решени* маслихат*", "сокращени* местн* бюджетн* доход*", "обжалова* в суд*"),
    kk: stems("шешімдер мен өкімдер*", "шешімдері мен өкімдер*", "әкімнің шешім*", "әкімдіктің қаулы*", "әкімдік қаулы*", "мәслихаттың шешім*", "мәслихат шешім*"),
  },
  // 1995 art. 89: local self-government; 2026 art. 89: local executive bodies and akims
  "89": {
    ru: stems("самоуправлени*", "местн* сообществ*", "вопрос* местн* значени*"),
    kk: stems("өзін-өзі басқару*", "жергілікті қоғамдастық*", "жергілікті маңызы бар мәселе*"),
  },
  // 1995 art. 90: entry into force of the 1995 Constitution, Constitution Day; 2026 art. 90: acts of maslikhats and akims
  "90": {
    ru: stems("вступа* в сил* ~конституци*", "вступлени* ~конституци* в сил*", "день конституци*", "дн* конституци*", "день принятия конституци*", "государственн* праздник*"),
    kk: stems("конституция күні*", "конституция ~күшіне ен*", "мемлекеттік мереке*"),
  },
  // 1995 art. 91: amendment of the Constitution, unamendable provisions; 2026 art. 91: local self-government
  "91": {
    ru: stems("изменени* и дополнени* в конституци*", "изменени* конституци*", "внесени* изменени* ~в конституци*", "неизменн*"),
    kk: stems("конституцияға өзгерістер*", "конституцияға ~өзгеріс*", "өзгермей*"),
  },
  // 1995 art. 92: transitional: constitutional laws within a year, earlier laws and decrees with force of law; 2026 art. 92: amendment of the Constitution by referendum
  "92": {
    ru: stems("конституционн* закон*", "в течение года", "привод* в соответстви*", "указ* ~имеющ* сил* закон*", "дополнительн* полномочи*"),
    kk: stems("конституциялық заң*", "бір жыл ішінде", "сәйкестендір*", "сәйкес келтір*", "заң күші бар жарлық*"),
  },
  // 1995 art. 93: transitional: conditions for mastering the state language; 2026 art. 93: Constitutional Court opinion before a referendum on amendments
  "93": {
    ru: stems("государственн* язык*", "овладени*"),
    kk: stems("мемлекеттік тіл*", "меңгер*"),
  },
  // 1995 art. 94: transitional: the President and Vice-President elected before 1995 keep their powers; 2026 art. 94: entry into force of the 2026 Constitution
  "94": {
    ru: stems("вице-президент*", "29 апреля 1995", "избранн* в соответствии с законодательств*"),
    kk: stems("вице-президент*", "1995 жылғы 29 сәуір*"),
  },
  // 1995 art. 95: transitional: Senate of the first convocation, party-list elections to the Mazhilis; 2026 art. 95: transitional: the Parliament ends, the Kurultai is elected
  "95": {
    ru: stems("сенат*", "мажилис*", "партийн* списк*"),
    kk: stems("сенат*", "мәжіліс*", "партиялық тізім*"),
  },
  // 1995 art. 96: transitional: the Cabinet of Ministers becomes the Government; 2026 art. 96: transitional: laws in force keep applying
  "96": {
    ru: stems("кабинет* министр*"),
    kk: stems("министрлер кабинет*"),
  },
};
