/** POST /api/v1/parity over real HTTP: the open document against its other-language version (.docx or paragraphs). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { CheckResponse, ErrorResponse } from "../../src/contract";
import { buildApp, checkLogOf } from "../../src/server/app";
import { makeDocxFromLines } from "../fixtures/make-docx";

const RU = ["Глава 1. Общие положения", "1. Заявление рассматривается в течение десяти календарных дней.", "2. Представляются документы, предусмотренные пунктом 2 настоящих Правил.", "3. Ответ направляется заявителю."];
const KK = ["1-тарау. Жалпы ережелер", "1. Өтініш күнтізбелік он бес күн ішінде қаралады.", "2. Осы Қағидалардың 2-тармағында көзделген құжаттар ұсынылады."];
const paras = (lines: string[]) => lines.map((text, index) => ({ index, text }));

let app: FastifyInstance;
let base: string;
beforeAll(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-parity-api-"));
  app = await buildApp({ distDir: path.join(tmp, "none"), dbPath: path.join(tmp, "z.db") });
  await app.listen({ port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(() => app.close());

const post = (body: unknown, ui = "ru") =>
  fetch(`${base}/api/v1/parity`, { method: "POST", headers: { "Content-Type": "application/json", "X-Zanger-UI-Language": ui }, body: JSON.stringify(body) });

describe("POST /api/v1/parity", () => {
  it("reads the other version from a .docx and answers findings in the open (Russian) document, audited without text", async () => {
    const docx = (await makeDocxFromLines(KK)).toString("base64");
    const before = checkLogOf(app).count();
    const r = await post({ paragraphs: paras(RU), other: { docx, name: "kk.docx" }, options: { uiLanguage: "ru" } });
    expect(r.status).toBe(200);
    const res = CheckResponse.parse(await r.json());
    expect(res.document.language).toBe("ru");
    expect(res.findings.map((f) => `${f.ruleId}@${f.paragraphIndex}:${f.quote}`)).toEqual(["BI-NUMBERS@1:десяти календарных дней", "BI-MISSING-UNIT@3:3. Ответ направляется заявителю."]);
    for (const f of res.findings) expect(RU[f.paragraphIndex!]!.slice(f.start, f.end)).toBe(f.quote);
    expect(res.summary.byPack.bilingual!.error).toBe(2);
    expect(checkLogOf(app).count()).toBe(before + 1);
  });

  it("with the Kazakh document open and the Russian paragraphs given, writes in Kazakh on the Kazakh words", async () => {
    const r = await post({ paragraphs: paras(KK), other: { paragraphs: paras(RU) }, options: { uiLanguage: "kk" } }, "kk");
    const res = CheckResponse.parse(await r.json());
    expect(res.document.language).toBe("kk");
    expect(res.findings.map((f) => f.ruleId).sort()).toEqual(["BI-MISSING-UNIT", "BI-NUMBERS"]);
    expect(res.findings.find((f) => f.ruleId === "BI-NUMBERS")!.quote).toBe("он бес күн");
    expect(res.findings.every((f) => /[әғқңөұүһі]/u.test(f.message))).toBe(true);
  });

  it("says in the user's language when the chosen file is in the same language, or is not a .docx", async () => {
    const same = await post({ paragraphs: paras(RU), other: { paragraphs: paras(RU) } }, "kk");
    expect(same.status).toBe(400);
    const e1 = ErrorResponse.parse(await same.json());
    expect(e1.error.code).toBe("same_language");
    expect(e1.error.message).toMatch(/бір тілде/u);
    const broken = await post({ paragraphs: paras(RU), other: { docx: Buffer.from("not a zip at all").toString("base64"), name: "проект.docx" } }, "ru");
    expect(broken.status).toBe(400);
    const e2 = ErrorResponse.parse(await broken.json());
    expect(e2.error.code).toBe("unreadable_docx");
    expect(e2.error.message).toContain("«проект.docx»");
    const malformed = await post({ paragraphs: paras(RU) }, "en");
    expect(malformed.status).toBe(400);
    expect(ErrorResponse.parse(await malformed.json()).error.message).toMatch(/other/);
  });

  it("without another version compares the Kazakh and Russian columns of the document's own table, findings in the column of the asked language", async () => {
    const table = [
      { index: 0, text: "Салыстырмалы кесте" },
      { index: 1, text: "1. Өтініш күнтізбелік он бес күн ішінде қаралады.", inTable: true },
      { index: 2, text: "1. Заявление рассматривается в течение десяти календарных дней.", inTable: true },
      { index: 3, text: "2. Жауап өтініш берушіге жіберіледі.", inTable: true },
      { index: 4, text: "2. Ответ направляется заявителю.", inTable: true },
    ];
    const kk = CheckResponse.parse(await (await post({ paragraphs: table, options: { uiLanguage: "kk" } }, "kk")).json());
    expect(kk.findings.map((f) => `${f.ruleId}@${f.paragraphIndex}:${f.quote}`)).toEqual(["BI-NUMBERS@1:он бес күн"]);
    const ru = CheckResponse.parse(await (await post({ paragraphs: table, language: "ru", options: { uiLanguage: "ru" } })).json());
    expect(ru.findings.map((f) => `${f.ruleId}@${f.paragraphIndex}:${f.quote}`)).toEqual(["BI-NUMBERS@2:десяти календарных дней"]);
    const none = await post({ paragraphs: paras(RU), options: { uiLanguage: "en" } }, "en");
    expect(none.status).toBe(400);
    const e = ErrorResponse.parse(await none.json());
    expect(e.error.code).toBe("no_bilingual_table");
    expect(e.error.message).toMatch(/one column in Kazakh/);
  });
});
