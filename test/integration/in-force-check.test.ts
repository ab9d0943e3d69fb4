/**
 * A check over HTTP with acts in force imported into the service's store: a draft norm that repeats one (our
 * mini corpus, imported through the real importer) is reported in the check with the act and article in force; the
 * same wording with another figure is reported as a conflict; without imported acts nothing of the kind appears.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CheckResponse } from "../../src/contract";
import { importCorpusFile } from "../../src/corpus/import";
import { buildApp } from "../../src/server/app";
import { openDb } from "../../src/store/db";

const CODE = `# Предпринимательский кодекс Республики Казахстан
Статья 83. Рассмотрение заявлений
1. Заявление о выдаче разрешения рассматривается уполномоченным органом в течение десяти рабочих дней со дня его регистрации, после чего заявителю направляется разрешение или мотивированный отказ.
`;

async function service(withCode: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zanger-inforce-"));
  const dbPath = path.join(dir, "z.db");
  if (withCode) {
    fs.writeFileSync(path.join(dir, "code.txt"), CODE);
    const db = openDb(dbPath);
    importCorpusFile(db, { file: path.join(dir, "code.txt"), act: "entrepreneurial-code", edition: "2026-02-01", lang: "ru" });
    db.close();
  }
  return buildApp({ distDir: path.join(dir, "none"), dbPath });
}

const draft = (deadline: string) => ({
  document: { language: "ru", actType: "ministerial-order" },
  paragraphs: [
    { index: 0, text: "ПРИКАЗ Министра национальной экономики Республики Казахстан" },
    { index: 1, text: "1. Утвердить прилагаемые Правила выдачи разрешений." },
    { index: 2, text: `2. Заявление о выдаче разрешения рассматривается уполномоченным органом в течение ${deadline} рабочих дней со дня регистрации, после чего заявителю направляется разрешение либо мотивированный отказ.` },
  ],
  options: { uiLanguage: "kk" },
});

describe("a check against the acts in force", () => {
  it("reports a repeated norm and other figures with the article in force, in the user's language", async () => {
    const app = await service(true);
    try {
      const same = CheckResponse.parse((await app.inject({ method: "POST", url: "/api/v1/check", payload: draft("десяти") })).json());
      const rep = same.findings.filter((f) => f.ruleId === "LA-REPRODUCES-NORM");
      expect(rep.map((f) => `${f.paragraphIndex}:${f.citation.act}/${f.citation.article}`)).toEqual(["2:entrepreneurial-code/83"]);
      expect(rep[0]!.message).toContain("нормамен сәйкес келеді");
      expect(same.summary.byPack["legal-acts"]!.warning).toBeGreaterThanOrEqual(1);
      const other = CheckResponse.parse((await app.inject({ method: "POST", url: "/api/v1/check", payload: draft("пятнадцати") })).json());
      expect(other.findings.filter((f) => f.ruleId.startsWith("LA-REPRODUCES") || f.ruleId === "LA-NUMBER-CONFLICT").map((f) => f.ruleId)).toEqual(["LA-NUMBER-CONFLICT"]);
      // Not when the legal-acts pack is not asked for.
      const packs = CheckResponse.parse((await app.inject({ method: "POST", url: "/api/v1/check", payload: { ...draft("десяти"), options: { uiLanguage: "ru", packs: ["constitution"] } } })).json());
      expect(packs.findings.some((f) => f.ruleId === "LA-REPRODUCES-NORM")).toBe(false);
    } finally {
      await app.close();
    }
  });

  it("without imported acts the check has no such findings", async () => {
    const app = await service(false);
    try {
      const res = CheckResponse.parse((await app.inject({ method: "POST", url: "/api/v1/check", payload: draft("десяти") })).json());
      expect(res.findings.some((f) => f.ruleId === "LA-REPRODUCES-NORM" || f.ruleId === "LA-NUMBER-CONFLICT")).toBe(false);
    } finally {
      await app.close();
    }
  });
});
