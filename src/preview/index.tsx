/**
 * The browser preview (dist/index.html): the real task pane beside a read-only view of a fake Word document.
 * No Office.js: the fake Word host (test/fakes/fake-word.ts) is installed as the page's Word/Office globals
 * with one of the built-in sample drafts. Switching the sample reinstalls the host and resets the pane.
 * `?sample=kk` opens the Kazakh sample.
 */
import { FluentProvider, makeStyles, Select, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useId, useState } from "react";
import { createRoot } from "react-dom/client";
import type { UiLanguage } from "../contract";
import { paneStrings } from "../i18n/pane";
import { App } from "../taskpane/App";
import { initialUiLanguage } from "../taskpane/uiLanguage";
import { DocumentView } from "./DocumentView";
import { installSample, SAMPLE_DISPLAY_LANGUAGE, type FakeWord } from "./fake-host";
import type { SampleId } from "./samples";

const useStyles = makeStyles({
  root: { height: "100%", display: "flex", flexDirection: "column", fontFamily: tokens.fontFamilyBase },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#1f3b57",
    color: "#fff",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  picker: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  label: { fontSize: tokens.fontSizeBase300 },
  select: { minWidth: "260px" },
  main: {
    flexGrow: 1,
    minHeight: 0,
    display: "flex",
    // Narrow windows: the pane goes under the document and the page scrolls as a whole.
    "@media (max-width: 860px)": { flexDirection: "column", overflowY: "auto" },
  },
  doc: {
    flexGrow: 1,
    minWidth: 0,
    overflowY: "auto",
    backgroundColor: "#e9e9e9",
    "@media (max-width: 860px)": { overflowY: "visible", flexGrow: 0 },
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    "@media (max-width: 860px)": { width: "100%", overflowY: "visible", borderLeft: "none" },
  },
});

function sampleFromUrl(): SampleId {
  const q = new URLSearchParams(window.location.search).get("sample");
  return q === "kk" ? "kk" : "ru";
}

function Preview() {
  const styles = useStyles();
  const pickerId = useId();
  const [sample, setSample] = useState<SampleId>(sampleFromUrl);
  // Installed during the first render, before the pane (a child) asks Word anything.
  const [fake, setFake] = useState<FakeWord>(() => installSample(sample));
  const [generation, setGeneration] = useState(0);
  const [ui, setUi] = useState<UiLanguage>(() => initialUiLanguage(SAMPLE_DISPLAY_LANGUAGE[sample]));
  const s = paneStrings(ui);

  const choose = (id: SampleId) => {
    if (id === sample) return;
    setFake(installSample(id));
    setSample(id);
    setGeneration((g) => g + 1);
    const url = new URL(window.location.href);
    url.searchParams.set("sample", id);
    window.history.replaceState(null, "", url);
  };

  const onUi = useCallback((lang: UiLanguage) => setUi(lang), []);

  return (
    <div className={styles.root} lang={ui}>
      <header className={styles.bar}>
        <h1 className={styles.title}>{s.preview.title}</h1>
        <div className={styles.picker}>
          <label htmlFor={pickerId} className={styles.label}>
            {s.preview.sample}
          </label>
          <Select
            id={pickerId}
            className={styles.select}
            value={sample}
            onChange={(_e, d) => choose(d.value as SampleId)}
            data-testid="sample-picker"
          >
            <option value="ru">{s.preview.samples.ru}</option>
            <option value="kk">{s.preview.samples.kk}</option>
          </Select>
        </div>
      </header>
      <main className={styles.main}>
        <div className={styles.doc}>
          <DocumentView fake={fake} s={s} />
        </div>
        <aside className={styles.pane} aria-label="Zanger">
          <App key={`${sample}-${generation}`} onUiLanguageChange={onUi} />
        </aside>
      </main>
    </div>
  );
}

const el = document.getElementById("root");
if (el) {
  createRoot(el).render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <Preview />
    </FluentProvider>,
  );
}
