import type { ActType } from "../../../contract";
import { LEGISLATIVE_ACT_TYPES } from "../../document/act-type";
import { positionOf } from "../helpers";
import { defineRule, type RuleSpan } from "../types";
import { inQuotes, sentenceAt } from "./common-rights";

/** A personal status that the act lets people obtain or change «only» in listed ways. */
const RU_STATUS =
  /(?<![\p{L}])(?:национальност\p{L}*|национальн\p{L}*\s+принадлежност\p{L}*|фамили\p{L}*|им(?:я|ени)|отчеств\p{L}*|гражданств\p{L}*|пол(?:а)?|дат\p{L}*\s+рождения|мест\p{L}*\s+рождения|актов\p{L}*\s+запис\p{L}*|запис\p{L}*\s+акта|статус\p{L}*\s+(?:кандаса|беженца|оралмана|лица\s+без\s+гражданства))(?![\p{L}])/u;
const RU_ONLY =
  /(?<![\p{L}])(?:(?:изменя(?:ется|ются)|(?:может|могут)\s+быть\s+(?:изменен|присвоен|получен|приобретен|восстановлен|установлен|указан|определен|выдан)\p{L}*|присваива(?:ется|ются)|определя(?:ется|ются)|приобрета(?:ется|ются))\s+(?:\p{L}+\s+)?(?:только|исключительно)|(?:только|исключительно)\s+(?:[\p{L},]+\s+){0,3}?(?:может|могут)\s+быть\s+(?:изменен|присвоен|получен|приобретен|восстановлен|установлен|указан|определен|выдан)\p{L}*)(?![\p{L}])/gu;
const RU_OPEN =
  /(?<![\p{L}])(?:а\s+также|в\s+иных\s+случаях|при\s+отсутствии|если\s+[^.;]{0,60}(?:неизвестн|не\s+установлен|отсутству)|в\s+случае\s+отсутствия|без\s+гражданства|неизвестн\p{L}*|по\s+(?:его\s+|ее\s+|своему\s+)?(?:выбору|желанию|усмотрению)|в\s+иных\s+случаях)/u;

const KK_STATUS =
  /(?<![\p{L}])(?:ұлт\p{L}*|тег(?:і|ін)|аты|атын|әкесінің\s+аты\p{L}*|азаматтығ\p{L}*|жыныс\p{L}*|туған\s+(?:күні|жері)\p{L}*|акт\s+жазба\p{L}*|(?:қандас|босқын)\s+мәртебе\p{L}*)(?![\p{L}])/u;
const KK_ONLY =
  /(?<![\p{L}])тек\s+(?:қана\s+)?(?:[\p{L}-]+,?\s+){0,8}?(?:ғана\s+)?(?:(?:өзгертілуі|берілуі|көрсетілуі|белгіленуі|алынуы|айқындалуы)\s+мүмкін|өзгертіледі|беріледі|көрсетіледі|айқындалады)(?![\p{L}])/gu;
const KK_OPEN =
  /(?<![\p{L}])(?:сондай-ақ|өзге\s+(?:де\s+)?жағдайларда|болмаған\s+жағдайда|белгісіз|азаматтығы\s+жоқ|қалауы\s+бойынша|таңдауы\s+бойынша)/u;

const TYPES: readonly ActType[] = [...LEGISLATIVE_ACT_TYPES, "government-resolution", "ministerial-order", "agency-order"];

export default defineRule({
  id: "CONST-CLOSED-LIST-NO-PATH",
  pack: "constitution",
  brief: ["C-05"],
  severity: "warning",
  actTypes: TYPES,
  languages: ["ru", "kk"],
  citation: { act: "constitution-2026", article: "22", paragraph: "1" },
  messages: {
    ru: {
      title: "Закрытый перечень без альтернативы: «{quote}»",
      message: "Статус может быть получен или изменён «{quote}» — перечень закрыт и не оставляет пути лицам вне его (например, при неизвестных родителях); требует экспертной проверки.",
      explanation:
        "Каждый человек вправе определять, указывать или не указывать свою национальную принадлежность (Конституция 2026 года, п. 1 ст. 22), все равны перед законом (ст. 16), и эти права не подлежат ограничению (п. 3 ст. 41). Конституционный Суд признал, что закрытый перечень способов изменить или получить статус, не оставляющий пути лицам, не подпадающим под него, может нарушать эти права (нормативное постановление № 70-НП 2025 года). Рекомендуется предусмотреть порядок для случаев вне перечня (неизвестные родители, лица без гражданства и т. п.).",
    },
    kk: {
      title: "Баламасы жоқ жабық тізбе: «{quote}»",
      message: "Мәртебе «{quote}» алынуы немесе өзгертілуі мүмкін — тізбе жабық және оған кірмейтін адамдарға (мысалы, ата-анасы белгісіз болғанда) жол қалдырмайды; сараптамалық тексеруді қажет етеді.",
      explanation:
        "Әркім өзінің ұлттық тиесілігін айқындауға, көрсетуге немесе көрсетпеуге құқылы (2026 жылғы Конституцияның 22-бабының 1-тармағы), барлығы заң алдында тең (16-бап), және бұл құқықтар шектелмейді (41-баптың 3-тармағы). Конституциялық Сот мәртебені өзгертудің немесе алудың, оған сәйкес келмейтін адамдарға жол қалдырмайтын жабық тізбесі осы құқықтарды бұзуы мүмкін деп таныды (2025 жылғы № 70-НҚ нормативтік қаулы). Тізбеден тыс жағдайлар (ата-анасы белгісіз, азаматтығы жоқ адамдар және т.б.) үшін тәртіп көздеу ұсынылады.",
    },
    en: {
      title: "Closed list with no alternative: «{quote}»",
      message: "The status can be obtained or changed «{quote}»: the list is closed and leaves no route for people outside it (e.g. unknown parents); requires expert review.",
      explanation:
        "Everyone may determine, state or not state their national identity (Constitution 2026 art. 22(1)), all are equal before the law (art. 16), and these rights may not be restricted (art. 41(3)). The Constitutional Court found that a closed list of ways to change or obtain a status, leaving no route for people outside it, may violate these rights (normative resolution 70-NP of 2025). Provide a procedure for cases outside the list (unknown parents, stateless persons, etc.).",
    },
  },
  detect(ctx) {
    const spans: RuleSpan[] = [];
    const ps = ctx.doc.paragraphs;
    for (const p of ctx.content()) {
      const kk = p.language === "kk";
      const re = kk ? KK_ONLY : RU_ONLY;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.folded)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        if (inQuotes(p, start)) continue;
        const s = sentenceAt(p, start, end);
        if (!(kk ? KK_STATUS : RU_STATUS).test(s.text)) continue;
        // The route for the others may follow in the same sentence, the rest of the paragraph or the next one.
        const idx = positionOf(ctx, p);
        const next = ps[idx + 1]?.folded.slice(0, 300) ?? "";
        const open = kk ? KK_OPEN : RU_OPEN;
        if (open.test(s.text) || open.test(p.folded.slice(s.end)) || open.test(next)) continue;
        spans.push({ para: idx, start, end });
      }
    }
    return spans;
  },
  examples: {
    bad: [
      {
        lang: "ru",
        actType: "law",
        text: "3. Национальность лица может быть изменена только на национальность его отца или матери.",
        quote: "может быть изменена только",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "12. Отчество ребенка при государственной регистрации рождения присваивается только по имени отца.",
        quote: "присваивается только",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3. Адамның ұлты тек оның әкесінің немесе анасының ұлтына ғана өзгертілуі мүмкін.",
        quote: "тек оның әкесінің немесе анасының ұлтына ғана өзгертілуі мүмкін",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "12. Баланың әкесінің аты туу тіркелген кезде тек әкесінің аты бойынша ғана беріледі.",
        quote: "тек әкесінің аты бойынша ғана беріледі",
      },
    ],
    good: [
      {
        lang: "ru",
        actType: "law",
        text: "3. Национальность лица может быть изменена только на национальность его отца или матери, а в случае, если родители неизвестны, — по выбору лица.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "5. Заявление рассматривается только при наличии полного пакета документов.",
      },
      {
        lang: "ru",
        actType: "ministerial-order",
        text: "12. Отчество ребенка присваивается по имени отца, а при отсутствии сведений об отце — по указанию матери.",
      },
      {
        lang: "kk",
        actType: "law",
        text: "3. Адамның ұлты оның әкесінің немесе анасының ұлтына өзгертілуі мүмкін, ал ата-анасы белгісіз болған жағдайда – адамның таңдауы бойынша.",
      },
      {
        lang: "kk",
        actType: "ministerial-order",
        text: "5. Өтініш құжаттардың толық топтамасы болған кезде ғана қаралады.",
      },
    ],
  },
});
