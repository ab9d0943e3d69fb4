import { phrases, scanContent, sentenceOf } from "../helpers";
import { defineRule } from "../types";
import { BODY, CRITERIA, DEADLINE } from "./common";

const DISCRETION = phrases(
  [
    "по своему усмотрению",
    "по собственному усмотрению",
    "на свое усмотрение",
    "вправе отказать",
    "может отказать",
    "могут отказать",
    "вправе принять решение",
    "в исключительных случаях",
    "при необходимости",
    "в случае необходимости",
  ],
  [
    "өз қалауы бойынша",
    "өз қалауынша",
    "өз қарауы бойынша",
    "бас тартуға құқылы",
    "бас тартуы мүмкін",
    "шешім қабылдауға құқылы",
    "ерекше жағдайларда",
    "қажет болған жағдайда",
    "қажет болған жағдайларда",
    "қажет болған кезде",
    "қажеттілігіне қарай",
  ],
);

export default defineRule({
  id: "AC-DISCRETION-NO-CRITERIA",
  pack: "anticorruption",
  brief: ["AC-01"],
  severity: "warning",
  actTypes: "all",
  languages: ["ru", "kk"],
  citation: { act: "law-on-legal-acts", article: "30", paragraph: "6" },
  messages: {
    ru: {
      title: "Усмотрение без критериев: «{quote}»",
      message: "«{quote}»: орган или должностное лицо выбирает решение без установленных оснований и сроков.",
      explanation:
        "Широта дискреционных полномочий — коррупциогенный фактор: норма позволяет органу или должностному лицу по своему выбору принять или не принять решение, не называя исчерпывающих оснований, условий и сроков. Такие нормы выявляются научной антикоррупционной экспертизой (Закон «О правовых актах», п. 6 ст. 30) и противоречат требованию чёткого смысла, не допускающего различного толкования (п. 3 ст. 24). Рекомендуется указать исчерпывающие основания (например, «по основаниям, предусмотренным пунктом 7 настоящих Правил») и срок принятия решения. Требует экспертной проверки.",
    },
    kk: {
      title: "Өлшемшартсыз қалау: «{quote}»",
      message: "«{quote}»: орган немесе лауазымды адам белгіленген негіздер мен мерзімдерсіз шешім таңдайды.",
      explanation:
        "Дискрециялық өкілеттіктердің кеңдігі — сыбайлас жемқорлық тәуекелінің факторы: норма органға немесе лауазымды адамға толық негіздерді, шарттарды және мерзімдерді атамай, өз таңдауы бойынша шешім қабылдауға немесе қабылдамауға мүмкіндік береді. Мұндай нормалар ғылыми сыбайлас жемқорлыққа қарсы сараптамада анықталады («Құқықтық актілер туралы» Заңның 30-бабының 6-тармағы) және әртүрлі түсіндірілмейтін анық мағына талабына қайшы келеді (24-баптың 3-тармағы). Толық негіздерді (мысалы, «осы Қағидалардың 7-тармағында көзделген негіздер бойынша») және шешім қабылдау мерзімін көрсету ұсынылады. Сараптамалық тексеруді қажет етеді.",
    },
    en: {
      title: "Discretion without criteria: «{quote}»",
      message: "«{quote}»: a body or official chooses the outcome without stated grounds or deadline.",
      explanation:
        "Broad discretion is a corruption-risk factor: the norm lets a body or official decide either way without exhaustive grounds, conditions or a deadline. Scientific anti-corruption expertise looks for such norms (Law \"On Legal Acts\" art. 30(6)); they also conflict with the requirement of a clear meaning not open to different readings (art. 24(3)). State exhaustive grounds (e.g. «on the grounds in point 7 of these Rules») and a deadline. Requires expert review.",
    },
  },
  detect(ctx) {
    return scanContent(ctx, DISCRETION, (p, m) => {
      const sentence = sentenceOf(p, m);
      // Addressed to a body or an official, not to the applicant.
      if (!BODY[p.language].test(sentence)) return false;
      // Grounds and a deadline in the same paragraph bound the discretion.
      if (CRITERIA[p.language].test(p.folded) && DEADLINE[p.language].test(p.folded)) return false;
      return true;
    });
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "12. Услугодатель вправе отказать в оказании государственной услуги.",
        quote: "вправе отказать",
      },
      {
        lang: "ru",
        actType: "akimat-resolution",
        text: "5. Комиссия по своему усмотрению определяет победителя конкурса.",
        quote: "по своему усмотрению",
      },
      {
        lang: "ru",
        actType: "government-resolution",
        text: "8. В исключительных случаях уполномоченный орган продлевает срок рассмотрения заявки.",
        quote: "В исключительных случаях",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "12. Көрсетілетін қызметті беруші мемлекеттік қызметті көрсетуден бас тартуға құқылы.",
        quote: "бас тартуға құқылы",
      },
      {
        lang: "kk",
        actType: "akimat-resolution",
        text: "5. Комиссия конкурс жеңімпазын өз қалауы бойынша айқындайды.",
        quote: "өз қалауы бойынша",
      },
      {
        lang: "kk",
        actType: "government-resolution",
        text: "8. Қажет болған жағдайда уәкілетті орган өтінімді қарау мерзімін ұзартады.",
        quote: "Қажет болған жағдайда",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "12. Услугодатель вправе отказать в оказании государственной услуги в течение пяти рабочих дней по основаниям, предусмотренным пунктом 7 настоящих Правил.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "13. Услугополучатель по своему усмотрению выбирает способ получения результата государственной услуги.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "12. Көрсетілетін қызметті беруші осы Қағидалардың 7-тармағында көзделген негіздер бойынша бес жұмыс күні ішінде мемлекеттік қызметті көрсетуден бас тартуға құқылы.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "13. Көрсетілетін қызметті алушы мемлекеттік көрсетілетін қызмет нәтижесін алу тәсілін өз қалауы бойынша таңдайды.",
      },
    ],
  },
});
