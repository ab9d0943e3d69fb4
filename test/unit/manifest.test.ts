/**
 * The add-in manifest: valid against the Office add-in XSDs (offline, xmllint), readable by
 * office-addin-manifest, Word task pane with WordApi 1.4, ru-RU default with kk-KZ and en-US overrides,
 * and icons of our own at the sizes it names.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const XSD = path.resolve(ROOT, "..", "shared", "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
const haveXsd = fs.existsSync(XSD);
const haveXmllint = spawnSync("xmllint", ["--version"]).status === 0;

function xmllint(file: string) {
  return spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
}

(haveXsd && haveXmllint ? describe : describe.skip)("manifest against the XSDs (xmllint)", () => {
  it("validates", () => {
    const r = xmllint(MANIFEST);
    expect(r.stderr).toContain("validates");
    expect(r.status).toBe(0);
  });

  it("rejects a manifest with an invalid permission (the check can fail)", () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "zanger-")), "bad.xml");
    fs.writeFileSync(bad, fs.readFileSync(MANIFEST, "utf8").replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"));
    expect(xmllint(bad).status).not.toBe(0);
  });
});
if (process.env.CI && !haveXmllint) {
  // .ci/run installs libxml2-utils: on CI a missing xmllint is a broken setup, not a reason to skip.
  it("xmllint is installed on CI", () => {
    expect(haveXmllint).toBe(true);
  });
}
if (!haveXsd || !haveXmllint) {
  // eslint-disable-next-line no-console
  console.warn(`manifest XSD check skipped: ${!haveXsd ? `no schemas at ${XSD}` : "xmllint not installed (apt-get install libxml2-utils)"}`);
}

describe("manifest content", () => {
  const xml = fs.readFileSync(MANIFEST, "utf8");

  it("is read by office-addin-manifest as a Word task pane with ReadWriteDocument", () => {
    // office-addin-manifest pulls ESM-only dependencies that Jest's module system cannot load; plain Node can.
    const out = execFileSync(
      process.execPath,
      ["-e", 'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1]).then(m => console.log(JSON.stringify(m)))', MANIFEST],
      { encoding: "utf8" },
    );
    const info = JSON.parse(out);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Document"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultLocale).toBe("ru-RU");
    expect(info.defaultSettings.sourceLocation).toBe("https://localhost:3000/taskpane.html");
  });

  it("requires WordApi 1.4", () => {
    expect(xml).toMatch(/<Set Name="WordApi" MinVersion="1.4"\/>/);
  });

  it("overrides name and description for kk-KZ and en-US", () => {
    for (const el of ["DisplayName", "Description"]) {
      const block = new RegExp(`<${el}[^>]*>([\\s\\S]*?)</${el}>`).exec(xml)![1]!;
      expect(block).toMatch(/Locale="kk-KZ" Value="[^"]*[әғқңөұүһі][^"]*"/);
      expect(block).toMatch(/Locale="en-US"/);
    }
  });

  it("names icons that exist in assets/ with the pixel size they claim", () => {
    const urls = [...xml.matchAll(/assets\/icon-(\d+)\.png/g)];
    expect(urls.length).toBeGreaterThan(0);
    for (const m of urls) {
      const file = path.join(ROOT, "assets", `icon-${m[1]}.png`);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(Number(m[1]));
      expect(png.readUInt32BE(20)).toBe(Number(m[1]));
    }
  });

  it("uses one base URL everywhere, so one build variable can replace it", () => {
    const urls = [...xml.matchAll(/https:\/\/[^"<]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://localhost:3000")).toBe(true);
  });
});
