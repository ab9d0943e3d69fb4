/** POST /api/v1/compare over real HTTP: the comparative table as data and as a .docx the pane can open in Word. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { CompareResponse, ErrorResponse } from "../../src/contract";
import { readDocxParagraphs } from "../../src/docx/read-paragraphs";
import { buildApp } from "../../src/server/app";

let app: FastifyInstance;
let base: string;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-compare-api-"));
  app = await buildApp({ distDir: path.join(dir, "none"), dbPath: path.join(dir, "z.db") });
  await app.listen({ port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(() => app.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/v1/compare`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("POST /api/v1/compare", () => {
  it("answers the table and the same table as a .docx", async () => {
    const r = await post({
      before: ["ПРИКАЗ", "1. Отчет направляется в Мажилис Парламента.", "2. Срок — десять дней."],
      after: ["ПРИКАЗ", "1. Отчет направляется в Курултай.", "2. Срок — десять дней.", "3. Новый пункт."],
      subtitle: "Проект приказа",
    });
    expect(r.status).toBe(200);
    const res = CompareResponse.parse(await r.json());
    expect(res.table.lang).toBe("ru");
    expect(res.table.rows.map((x) => [x.no, x.kind, x.unit])).toEqual([
      [1, "changed", "Пункт 1"],
      [2, "added", "Пункт 3"],
    ]);
    const cells = (await readDocxParagraphs(Buffer.from(res.docx, "base64"))).map((p) => p.text);
    expect(cells.slice(0, 2)).toEqual(["Сравнительная таблица", "Проект приказа"]);
    expect(cells).toEqual(expect.arrayContaining(["1. Отчет направляется в Мажилис Парламента.", "1. Отчет направляется в Курултай.", "Отсутствует.", "3. Новый пункт."]));
  });

  it("takes the headings' language from the text, or from the request", async () => {
    const kk = CompareResponse.parse(await (await post({ before: ["1. Есеп Мәжіліске жіберіледі."], after: ["1. Есеп Құрылтайға жіберіледі."] })).json());
    expect(kk.table.title).toBe("Салыстырма кесте");
    expect(kk.table.rows[0]!.unit).toBe("1-тармақ");
    const ru = CompareResponse.parse(await (await post({ before: ["1. Есеп Мәжіліске жіберіледі."], after: ["1. Есеп Құрылтайға жіберіледі."], language: "ru" })).json());
    expect(ru.table.title).toBe("Сравнительная таблица");
  });

  it("refuses a malformed request with a clear error in the user's language", async () => {
    for (const body of [{ before: "text", after: [] }, { before: [], after: [], endpoint: "x" }, { before: [1], after: [] }]) {
      const r = await post(body, { "X-Zanger-UI-Language": "kk" });
      expect(r.status).toBe(400);
      const e = ErrorResponse.parse(await r.json());
      expect(e.error.code).toBe("bad_request");
      expect(e.error.message).toMatch(/[әғқңөұүһі]/);
    }
  });
});
