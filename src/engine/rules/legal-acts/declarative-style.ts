import { phrases, scanContent } from "../helpers";
import { defineRule } from "../types";
import { insideQuotes } from "./common";

/**
 * Declarative words without legal content (art. 24(3)). «всесторонний» alone is a legal standard in procedure
 * («всестороннее, полное и объективное исследование»), so only «всестороннее развитие» counts; «жан-жақты» likewise
 * only with «даму/дамыту/қолдау». Open endings «и т.д.», «и пр.», «және т.б.» make any enumeration open (art. 24(3),
 * L-07); in a list of documents AC-OPEN-LIST-DOCUMENTS reports the same words as a corruption risk as well.
 */
const DECLARATIVE = phrases(
  [
    "всемерно",
    "всемерное",
    "всемерного",
    "всемерному",
    "всемерной",
    "всестороннее развитие",
    "всестороннего развития",
    "всестороннему развитию",
    "всесторонним развитием",
    "повышение роли",
    "повышения роли",
    "повышению роли",
    "повышением роли",
    "и пр.",
    "и прочее",
    "и т.д.",
    "и т. д.",
    "и т.п.",
    "и т. п.",
  ],
  [
    "жан-жақты дамыт*",
    "жан-жақты даму*",
    "жан-жақты қолда*",
    "барынша",
    "рөлін арттыр*",
    "рөлін көтер*",
    "рөлінің артуы*",
    "және т.б.",
    "және т. б.",
    "және т.с.с.",
    "т.б.",
    "т.с.с.",
  ],
);

export default defineRule({
  id: "LA-DECLARATIVE-STYLE",
  pack: "legal-acts",
  brief: ["L-07"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "24", paragraph: "3" },
  messages: {
    ru: {
      title: "Декларативная или неопределённая формулировка: «{quote}»",
      message: "Слова «{quote}» не имеют юридического содержания; рекомендуется сформулировать конкретное правило.",
      explanation:
        "Текст нормативного правового акта излагается кратко, чётко, без возможности различного толкования; не допускаются положения декларативного характера, не несущие смысловой и правовой нагрузки, а также многозначные слова (Закон «О правовых актах», п. 3 ст. 24). Слова вроде «всемерно», «повышение роли», незакрытое перечисление «и т.д.», «и пр.» не говорят, кто, что и в какой срок обязан сделать. Рекомендуется заменить их конкретным действием, субъектом и сроком или закрытым перечнем.",
    },
    kk: {
      title: "Декларативтік немесе айқын емес тұжырым: «{quote}»",
      message: "«{quote}» деген сөздердің құқықтық мазмұны жоқ; нақты қағиданы тұжырымдау ұсынылады.",
      explanation:
        "Нормативтік құқықтық актінің мәтіні қысқа, анық, әртүрлі түсіндіру мүмкіндігінсіз жазылады; мағыналық және құқықтық жүктемесі жоқ декларативтік сипаттағы ережелерге, сондай-ақ көп мағыналы сөздерге жол берілмейді («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы). «Барынша», «рөлін арттыру», «жан-жақты дамыту» сияқты сөздер кім, нені және қандай мерзімде істеуге міндетті екенін айтпайды. Оларды нақты әрекетпен, субъектімен және мерзіммен немесе жабық тізбемен ауыстыру ұсынылады.",
    },
    en: {
      title: "Declarative or vague wording: «{quote}»",
      message: "The words «{quote}» carry no legal content; state a concrete rule instead.",
      explanation:
        "A normative act is worded briefly and clearly, without room for different readings; declarative provisions without legal content and ambiguous words are not allowed (Law \"On Legal Acts\" art. 24(3)). Words such as «by all means», «raising the role», open endings «etc.» say nothing about who must do what and by when. Replace them with a concrete action, addressee and term, or a closed list.",
    },
  },
  detect(ctx) {
    return scanContent(ctx, DECLARATIVE, (p, m) => {
      // Names of programmes, concepts and organisations in quotes are quoted, not drafted.
      if (insideQuotes(p, m.start)) return false;
      // Rows of flattened tables and blanks of forms («_____») are not norms.
      if (/\t\|\t|\s\|\s|\S[ \u00a0\t]{4,}\S|_{5,}/u.test(p.text)) return false;
      return true;
    });
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "3. Отделу культуры района всемерно содействовать развитию народного творчества.",
        quote: "всемерно",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "2. Целью Программы является повышение роли местного самоуправления в решении вопросов местного значения.",
        quote: "повышение роли",
      },
      {
        lang: "ru",
        actType: "maslikhat-decision",
        text: "4. Средства направляются на ремонт спортивных площадок, освещение улиц и пр.",
        quote: "и пр.",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "3. Аудандық мәдениет бөлімі халық шығармашылығын жан-жақты дамытуға барынша жәрдемдессін.",
        quote: "жан-жақты дамытуға",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "2. Бағдарламаның мақсаты жергілікті өзін-өзі басқарудың рөлін арттыру болып табылады.",
        quote: "рөлін арттыру",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "7. К заявке прилагаются копия лицензии, сведения о квалификации персонала и т.п.",
        quote: "и т.п.",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "4. Заявитель представляет справку об отсутствии задолженности, копию устава и т.д.",
        quote: "и т.д.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "7. Өтінімге лицензияның көшірмесі, персоналдың біліктілігі туралы мәліметтер және т.б. қоса беріледі.",
        quote: "және т.б.",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "government-resolution",
        text: "1. Утвердить прилагаемую Государственную программу «Всестороннее развитие сельских территорий на 2025–2029 годы».",
      },
      {
        lang: "ru",
        actType: "law",
        text: "2. Суд обеспечивает всестороннее, полное и объективное исследование обстоятельств дела.",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "1. Қоса беріліп отырған «Ауылдық аумақтарды жан-жақты дамыту» мемлекеттік бағдарламасы бекітілсін.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "2. Сот іс мән-жайларын жан-жақты, толық және объективті зерттеуді қамтамасыз етеді.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "7. К заявке прилагаются копия лицензии и сведения о квалификации персонала по форме согласно приложению 3 к настоящим Правилам.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "7. Өтінімге лицензияның көшірмесі және осы Қағидаларға 3-қосымшаға сәйкес нысан бойынша персоналдың біліктілігі туралы мәліметтер қоса беріледі.",
      },
    ],
  },
});
