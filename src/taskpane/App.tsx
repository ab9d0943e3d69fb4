/**
 * The Zanger task pane: check the document, show findings, select their words, add them as Word comments,
 * dismiss them for this document. Talks to Word only through a WordHost (src/word) and to the service
 * only through ./api.
 */
import {
  Button,
  Divider,
  Input,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Switch,
  Tab,
  TabList,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ActType, CheckResponse, Finding, Language, UiLanguage } from "../contract";
import { commentBody, paneStrings, riaTableValues, type PaneStrings, type RiaTickMap } from "../i18n/pane";
import type { AnchorOutcome, DocumentSnapshot } from "../word/types";
import { ApiError, describeApiError, fileToBase64, postFeedback, postParity, setAccessToken, streamCheck } from "./api";
import { DocumentSettings } from "./components/DocumentSettings";
import { FindingCard } from "./components/FindingCard";
import { HowItWorks } from "./components/HowItWorks";
import { LanguageSwitcher } from "./components/LanguageSwitcher";
import { RiaPanel } from "./components/RiaPanel";
import { ReviewView } from "./components/ReviewView";
import { RulesView } from "./components/RulesView";
import { SummaryPanel } from "./components/SummaryPanel";
import { safeCapabilities, wordHost, type WordHost } from "./host";
import { useUiLanguage } from "./uiLanguage";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  brandRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  tagline: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  progressLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  footer: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, marginTop: "auto" },
  wide: { width: "100%" },
});

/** "model": the rule findings are shown and the language model is still being asked (can be stopped). */
type Busy = null | "reading" | "checking" | "model" | "comments" | "fixes" | "removing" | "table";
type Notice = { intent: "success" | "info" | "warning" | "error"; title?: string; text: string };

interface CheckState {
  response: CheckResponse;
  snapshot: DocumentSnapshot;
}

interface Overrides {
  actType?: ActType;
  language?: Language;
}

function isWordError(e: unknown): e is Error {
  return e instanceof Error && !(e instanceof ApiError);
}

export interface AppProps {
  /** Word functions; src/word by default. */
  host?: WordHost;
  /** Told whenever the user switches the pane's language (the browser preview follows it). */
  onUiLanguageChange?: (lang: UiLanguage) => void;
}

export function App({ host = wordHost, onUiLanguageChange }: AppProps) {
  const styles = useStyles();
  const caps = useMemo(() => safeCapabilities(host), [host]);
  const [ui, setUi] = useUiLanguage(caps.displayLanguage);
  const s: PaneStrings = paneStrings(ui);
  const readOnly = caps.readOnly || !caps.wordApi14;

  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [rulesProgress, setRulesProgress] = useState<{ done: number; total: number; found: number } | null>(null);
  const [llmProgress, setLlmProgress] = useState<{ done: number; total: number }>({ done: 0, total: 0 });
  const abortRef = useRef<AbortController | null>(null);
  const [check, setCheck] = useState<CheckState | null>(null);
  const [overrides, setOverrides] = useState<Overrides>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [outcomes, setOutcomes] = useState<Record<string, AnchorOutcome>>({});
  const [commented, setCommented] = useState<Set<string>>(() => new Set());
  const [fixed, setFixed] = useState<Set<string>>(() => new Set());
  const [dismissed, setDismissed] = useState<Set<string>>(() => new Set());
  const [showDismissed, setShowDismissed] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pendingAdd, setPendingAdd] = useState<{ findings: Finding[]; affected: number } | null>(null);
  const [view, setView] = useState<"check" | "rules" | "review">("check");
  const [riaTicks, setRiaTicks] = useState<RiaTickMap>({});
  const [needToken, setNeedToken] = useState(false);
  const [modelOff, setModelOff] = useState(false);
  const modelOffRef = useRef(false);
  const [tokenDraft, setTokenDraft] = useState("");

  // The access token the service may require, from Office roaming settings (before the first request).
  useState(() => {
    try {
      setAccessToken(host.loadAccessToken());
    } catch {
      setAccessToken(null);
    }
    return null;
  });

  // Strings of the moment for callbacks that outlive a render (comment bodies, late errors).
  const sRef = useRef(s);
  sRef.current = s;

  useEffect(() => onUiLanguageChange?.(ui), [ui, onUiLanguageChange]);
  useEffect(() => {
    document.documentElement.lang = ui;
  }, [ui]);

  const fail = useCallback((e: unknown) => {
    const str = sRef.current;
    if (e instanceof ApiError && e.status === 401) setNeedToken(true);
    if (e instanceof ApiError) setNotice({ intent: "error", title: str.errorTitle, text: describeApiError(e, str) });
    else if (isWordError(e)) setNotice({ intent: "error", title: str.errorTitle, text: str.wordError(e.message) });
    else setNotice({ intent: "error", title: str.errorTitle, text: String(e) });
  }, []);

  /**
   * Read the document (unless a snapshot is given), load dismissals, stream the check: the rule findings are shown
   * as soon as they come, model findings are added paragraph by paragraph, and the final response replaces both.
   */
  const runCheck = useCallback(
    async (opts: { overrides: Overrides; ui: UiLanguage; snapshot?: DocumentSnapshot }) => {
      setNotice(null);
      setPendingAdd(null);
      const ac = new AbortController();
      abortRef.current = ac;
      let answered = { done: 0, total: 0 };
      let found = 0;
      try {
        let snapshot = opts.snapshot;
        if (!snapshot) {
          setBusy("reading");
          setProgress(null);
          snapshot = await host.readDocument((done, total) => setProgress({ done, total }));
        }
        if (snapshot.paragraphs.every((p) => p.text.trim() === "")) {
          setCheck(null);
          setNotice({ intent: "info", text: paneStrings(opts.ui).emptyDocument });
          return;
        }
        setBusy("checking");
        // Dismissals and RIA ticks are a convenience: a failure to read them must not hide the findings.
        const fps = readOnly ? [] : await host.loadDismissals().catch(() => [] as string[]);
        // The lawyer may have kept the model away from this document.
        const off = readOnly ? modelOffRef.current : await host.loadModelOff().catch(() => modelOffRef.current);
        modelOffRef.current = off;
        setModelOff(off);
        const ticks: RiaTickMap = readOnly ? {} : await host.loadRiaTicks().catch(() => ({}));
        const shown = snapshot;
        const show = (response: CheckResponse) => setCheck({ response, snapshot: shown });
        const response = await streamCheck(
          {
            document: { ...(opts.overrides.actType ? { actType: opts.overrides.actType } : {}), ...(opts.overrides.language ? { language: opts.overrides.language } : {}) },
            paragraphs: snapshot.paragraphs,
            options: { uiLanguage: opts.ui, ...(modelOffRef.current ? { llm: "off" as const } : {}) },
          },
          {
            signal: ac.signal,
            onEvent: (e) => {
              if (e.type === "rules") {
                setRulesProgress(null);
                setDismissed(new Set(fps));
                setRiaTicks(ticks);
                show(e.response);
                if (!opts.snapshot) {
                  // A fresh read: earlier anchoring outcomes and comment marks no longer apply.
                  setOutcomes({});
                  setCommented(new Set());
                  setFixed(new Set());
                  setSelectedId(null);
                }
                if (e.response.engine.llm.status === "running") {
                  setLlmProgress(answered);
                  setBusy("model");
                }
              } else if (e.type === "partial") {
                found += e.findings.length;
                setRulesProgress({ done: e.done, total: e.total, found });
              } else if (e.type === "progress") {
                answered = { done: e.done, total: e.total };
                setLlmProgress(answered);
              } else if (e.type === "findings") {
                setCheck((prev) => (prev ? { ...prev, response: { ...prev.response, findings: [...prev.response.findings, ...e.findings] } } : prev));
              }
            },
          },
        );
        show(response);
      } catch (e) {
        if (e instanceof ApiError && e.kind === "cancelled") {
          // The rule findings and the model findings received so far stay; the pane says what was not asked.
          setCheck((prev) =>
            prev ? { ...prev, response: { ...prev.response, engine: { ...prev.response.engine, llm: { ...prev.response.engine.llm, status: "cancelled" } } } } : prev,
          );
          setNotice({ intent: "info", text: paneStrings(opts.ui).llmStopped(answered.done, answered.total) });
        } else fail(e);
      } finally {
        if (abortRef.current === ac) abortRef.current = null;
        setBusy(null);
        setProgress(null);
        setRulesProgress(null);
      }
    },
    [host, readOnly, fail],
  );

  const onStopModel = () => abortRef.current?.abort();

  const onModelOff = async (off: boolean) => {
    modelOffRef.current = off;
    setModelOff(off);
    try {
      await host.saveModelOff(off);
    } catch (e) {
      fail(e);
    }
  };
  // Leaving the pane (or a re-render with another host) stops a running check.
  useEffect(() => () => abortRef.current?.abort(), []);

  const onCheck = () => void runCheck({ overrides, ui });

  /**
   * "Compare with the other language version": the lawyer picks the other version's .docx; the service compares it
   * with the open document and the findings (pack «bilingual») are shown and commented like a check's.
   */
  const parityInput = useRef<HTMLInputElement>(null);
  /** With a file: the open document against it; without: the Kazakh and Russian columns of this document's table. */
  const onParity = async (file: File | null) => {
    setNotice(null);
    setPendingAdd(null);
    try {
      setBusy("reading");
      setProgress(null);
      const snapshot = await host.readDocument((done, total) => setProgress({ done, total }));
      setBusy("checking");
      const response = file
        ? await postParity({ paragraphs: snapshot.paragraphs, other: { docx: await fileToBase64(file), name: file.name }, options: { uiLanguage: ui } })
        : await postParity({ paragraphs: snapshot.paragraphs, language: ui === "kk" ? "kk" : "ru", options: { uiLanguage: ui } });
      setDismissed(new Set());
      setOutcomes({});
      setCommented(new Set());
      setFixed(new Set());
      setSelectedId(null);
      setCheck({ response, snapshot });
      const str = sRef.current;
      setNotice({ intent: response.findings.length ? "warning" : "success", text: file ? str.parityDone(file.name, response.findings.length) : str.parityTableDone(response.findings.length) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const onSaveToken = async () => {
    const t = tokenDraft.trim();
    if (!t) return;
    setAccessToken(t);
    setNeedToken(false);
    setTokenDraft("");
    try {
      await host.saveAccessToken(t);
    } catch {
      // Not kept for next time (no roaming settings here); it still works for this session.
    }
    onCheck();
  };

  const onActType = (actType: ActType) => {
    const next = { ...overrides, actType };
    setOverrides(next);
    void runCheck({ overrides: next, ui });
  };
  const onLanguage = (language: Language) => {
    const next = { ...overrides, language };
    setOverrides(next);
    void runCheck({ overrides: next, ui });
  };

  const onUi = (lang: UiLanguage) => {
    setUi(lang);
    // Findings come from the service in the UI language: ask again for the same text (no re-read).
    if (check && !busy) void runCheck({ overrides, ui: lang, snapshot: check.snapshot });
  };

  const findings = check?.response.findings ?? [];
  const shown = findings.filter((f) => showDismissed || !dismissed.has(f.fingerprint));
  const active = findings.filter((f) => !dismissed.has(f.fingerprint));
  const dismissedCount = findings.length - active.length;
  const commentable = active.filter((f) => f.paragraphIndex !== null && !commented.has(f.id));
  const fixable = active.filter((f) => f.paragraphIndex !== null && f.suggestion && !fixed.has(f.id));

  const recordOutcomes = (list: AnchorOutcome[]) => {
    setOutcomes((prev) => {
      const next = { ...prev };
      for (const o of list) next[o.findingId] = o;
      return next;
    });
  };

  const onSelect = async (f: Finding) => {
    try {
      const outcome = await host.selectFinding(f);
      recordOutcomes([outcome]);
      setSelectedId(outcome.status === "anchored" || outcome.status === "relocated" ? f.id : null);
    } catch (e) {
      fail(e);
    }
  };

  const addNow = async (list: Finding[]) => {
    setPendingAdd(null);
    setNotice(null);
    setBusy("comments");
    try {
      const str = sRef.current;
      setProgress(null);
      const result = await host.addComments(list, (f) => commentBody(str, f), {
        onProgress: (done, total) => setProgress({ done, total }),
      });
      recordOutcomes(result);
      const ok = result.filter((o) => o.status === "anchored" || o.status === "relocated");
      setCommented((prev) => {
        const next = new Set(prev);
        for (const o of ok) next.add(o.findingId);
        return next;
      });
      const missed = result.length - ok.length;
      setNotice({
        intent: missed ? "warning" : "success",
        text: missed ? `${str.added(ok.length, list.length)} ${str.notAdded(missed)}` : str.added(ok.length, list.length),
      });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  /** Before writing comments: has the document changed under the findings since the check? */
  const addComments = async (list: Finding[]) => {
    if (readOnly || !check) return;
    if (list.length === 0) {
      setNotice({ intent: "info", text: s.noneToAdd });
      return;
    }
    try {
      setBusy("comments");
      const changed = new Set(await host.changedParagraphs(check.snapshot));
      const affected = list.filter((f) => f.paragraphIndex !== null && changed.has(f.paragraphIndex)).length;
      if (affected > 0) {
        setBusy(null);
        setPendingAdd({ findings: list, affected });
        return;
      }
    } catch (e) {
      setBusy(null);
      fail(e);
      return;
    }
    await addNow(list);
  };

  /** Suggestions as tracked changes: only after a click, and never onto words that changed since the check. */
  const applyFixes = async (list: Finding[]) => {
    if (readOnly || !check || list.length === 0) return;
    setNotice(null);
    setBusy("fixes");
    setProgress(null);
    try {
      const str = sRef.current;
      const changed = new Set(await host.changedParagraphs(check.snapshot));
      // A paragraph edited since the check could hold other words at the finding's place: re-check first.
      const safe = list.filter((f) => !changed.has(f.paragraphIndex!));
      const result = await host.applyFixes(safe, { onProgress: (done, total) => setProgress({ done, total }) });
      recordOutcomes(result);
      const ok = result.filter((o) => o.status === "anchored" || o.status === "relocated");
      setFixed((prev) => {
        const next = new Set(prev);
        for (const o of ok) next.add(o.findingId);
        return next;
      });
      const skipped = list.length - safe.length;
      setNotice({
        intent: ok.length === list.length ? "success" : "warning",
        text: str.fixesApplied(ok.length, list.length) + (skipped ? ` ${str.changed(skipped)}` : ""),
      });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const onRemoveComments = async () => {
    setNotice(null);
    setBusy("removing");
    try {
      const n = await host.removeZangerComments();
      setCommented(new Set());
      setNotice({ intent: "success", text: sRef.current.removed(n) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const saveDismissed = async (next: Set<string>) => {
    const before = dismissed;
    setDismissed(next);
    try {
      await host.saveDismissals([...next]);
    } catch (e) {
      setDismissed(before);
      fail(e);
    }
  };
  const onDismiss = (f: Finding) => {
    const next = new Set(dismissed);
    next.add(f.fingerprint);
    void saveDismissed(next);
  };
  const onRestore = (f: Finding) => {
    const next = new Set(dismissed);
    next.delete(f.fingerprint);
    void saveDismissed(next);
  };

  const onRiaTick = async (itemId: string, answer: "yes" | "no" | null) => {
    const before = riaTicks;
    const next: RiaTickMap = { ...riaTicks };
    if (answer) next[itemId] = answer;
    else delete next[itemId];
    setRiaTicks(next);
    if (readOnly) return; // below WordApi 1.4 there are no document settings: the answers live for the session
    try {
      await host.saveRiaTicks(next);
    } catch (e) {
      setRiaTicks(before);
      fail(e);
    }
  };

  const onRiaInsert = async (atCursor: boolean) => {
    const ria = check?.response.ria;
    if (!ria || !check) return;
    setNotice(null);
    setBusy("table");
    try {
      // The table speaks the document's language, whatever the pane's.
      const lang = check.response.document.language;
      const values = riaTableValues(paneStrings(lang), lang, ria, riaTicks);
      const res = await host.insertTable(values, { at: atCursor ? "cursor" : "end" });
      setNotice({ intent: "success", text: sRef.current.ria.inserted(res.rowCount) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const checking = busy === "reading" || busy === "checking";

  return (
    <div className={styles.root} lang={ui} data-testid="zanger-pane" data-ui-language={ui}>
      <header className={styles.header}>
        <div className={styles.brandRow}>
          <h1 className={styles.h1}>{s.appName}</h1>
          <LanguageSwitcher value={ui} label={s.uiLanguage} names={s.uiLanguageNames} onChange={onUi} disabled={busy !== null} />
        </div>
        <p className={styles.tagline}>{s.tagline}</p>
        <TabList
          size="small"
          selectedValue={view}
          onTabSelect={(_e, d) => setView(d.value as "check" | "rules" | "review")}
          aria-label={s.appName}
          data-testid="views"
        >
          <Tab value="check" data-testid="view-check">
            {s.views.check}
          </Tab>
          <Tab value="review" data-testid="view-review" disabled={!caps.inWord}>
            {s.views.review}
          </Tab>
          <Tab value="rules" data-testid="view-rules">
            {s.views.rules}
          </Tab>
        </TabList>
      </header>

      {view === "rules" && <RulesView s={s} ui={ui} />}
      {view === "review" && (
        <ReviewView
          s={s}
          ui={ui}
          host={host}
          caps={caps}
          onCheckAfter={() => {
            setView("check");
            if (busy === null) onCheck();
          }}
        />
      )}
      <div hidden={view !== "check"} style={{ display: view === "check" ? "contents" : "none" }}>

      {!caps.inWord && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.notInWordTitle}</MessageBarTitle>
            {s.notInWord}
          </MessageBarBody>
        </MessageBar>
      )}
      {caps.inWord && readOnly && (
        <MessageBar intent="info" layout="multiline" data-testid="read-only">
          <MessageBarBody>
            <MessageBarTitle>{s.readOnlyTitle}</MessageBarTitle>
            {s.readOnly}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-busy={checking}>
        <div className={styles.row}>
          <Button appearance="primary" onClick={onCheck} disabled={busy !== null || !caps.inWord} data-testid="check">
            {check ? s.checkAgain : s.check}
          </Button>
          <Button appearance="secondary" onClick={() => parityInput.current?.click()} disabled={busy !== null || !caps.inWord} data-testid="parity">
            {s.parity}
          </Button>
          <input
            ref={parityInput}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            hidden
            aria-label={s.parity}
            data-testid="parity-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = "";
              if (file) void onParity(file);
            }}
          />
          <Button appearance="subtle" onClick={() => void onParity(null)} disabled={busy !== null || !caps.inWord} data-testid="parity-table">
            {s.parityTable}
          </Button>
          {checking && <Spinner size="tiny" aria-hidden="true" />}
          {busy === "model" && (
            <Button appearance="secondary" onClick={onStopModel} data-testid="llm-stop">
              {s.llmStop}
            </Button>
          )}
        </div>
        {busy === "model" && (
          <div aria-live="polite" data-testid="llm-progress" data-done={llmProgress.done} data-total={llmProgress.total}>
            <div className={styles.progressLabel}>
              {llmProgress.total > 0 ? s.llmProgress(llmProgress.done, llmProgress.total) : s.llmStarting}
            </div>
            <ProgressBar
              className={styles.wide}
              thickness="medium"
              value={llmProgress.total > 0 ? llmProgress.done / llmProgress.total : undefined}
              aria-label={s.llmStarting}
            />
          </div>
        )}
        {checking && (
          <div aria-live="polite">
            <div className={styles.progressLabel}>
              {busy === "checking" ? (rulesProgress ? s.checkingRules(rulesProgress.done, rulesProgress.total, rulesProgress.found) : s.checking) : progress ? s.reading(progress.done, progress.total) : s.readingStart}
            </div>
            <ProgressBar
              className={styles.wide}
              thickness="medium"
              value={busy === "reading" && progress && progress.total > 0 ? progress.done / progress.total : busy === "checking" && rulesProgress ? rulesProgress.done / rulesProgress.total : undefined}
              aria-label={busy === "checking" ? s.checking : s.readingStart}
            />
          </div>
        )}
        {check && (
          <DocumentSettings
            s={s}
            actType={check.response.document.actType}
            language={check.response.document.language}
            detected={check.response.document.detected}
            disabled={busy !== null}
            onActType={onActType}
            onLanguage={onLanguage}
          />
        )}
      </section>

      {needToken && (
        <MessageBar intent="warning" layout="multiline" data-testid="token-needed">
          <MessageBarBody>
            <MessageBarTitle>{s.token.title}</MessageBarTitle>
            {s.token.prompt}
            <div className={styles.row} style={{ marginTop: tokens.spacingVerticalS }}>
              <Input
                type="password"
                aria-label={s.token.label}
                value={tokenDraft}
                onChange={(_e, d) => setTokenDraft(d.value)}
                onKeyDown={(e) => e.key === "Enter" && void onSaveToken()}
                data-testid="token-input"
              />
              <Button appearance="primary" onClick={() => void onSaveToken()} disabled={!tokenDraft.trim()} data-testid="token-save">
                {s.token.save}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}

      <div aria-live="polite" data-testid="notices">
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="notice" data-intent={notice.intent}>
            <MessageBarBody>
              {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
              {notice.text}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={s.close} onClick={() => setNotice(null)}>
                  ✕
                </Button>
              }
            />
          </MessageBar>
        )}
        {check && busy !== "model" && ["partial", "unavailable", "no-corpus"].includes(check.response.engine.llm.status) && check.response.engine.llm.error && (
          <MessageBar intent="warning" layout="multiline" data-testid="llm-status" data-status={check.response.engine.llm.status}>
            <MessageBarBody>
              <MessageBarTitle>{s.llmTitle}</MessageBarTitle>
              {check.response.engine.llm.error}
            </MessageBarBody>
          </MessageBar>
        )}
        {check?.response.engine.failedRules && (
          <MessageBar intent="warning" layout="multiline" data-testid="failed-rules">
            <MessageBarBody>{s.failedRules(check.response.engine.failedRules.join(", "))}</MessageBarBody>
          </MessageBar>
        )}
        {pendingAdd && (
          <MessageBar intent="warning" layout="multiline" data-testid="changed-warning">
            <MessageBarBody>
              <MessageBarTitle>{s.changedTitle}</MessageBarTitle>
              {s.changed(pendingAdd.affected)}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={onCheck}>
                {s.checkAgain}
              </Button>
              <Button size="small" onClick={() => void addNow(pendingAdd.findings)}>
                {s.addAnyway}
              </Button>
              <Button size="small" appearance="subtle" onClick={() => setPendingAdd(null)}>
                {s.cancel}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>

      {check && (
        <section className={styles.section} aria-labelledby="zanger-summary">
          <h2 id="zanger-summary" className={styles.h2}>
            {s.summary}
          </h2>
          <SummaryPanel s={s} findings={active} />
          <Divider />
          <div className={styles.row}>
            <Button
              onClick={() => void addComments(commentable)}
              disabled={!readOnly && (busy !== null || commentable.length === 0)}
              disabledFocusable={readOnly}
              title={readOnly ? s.readOnlyDisabled : undefined}
              data-testid="add-all"
            >
              {s.addAll}
            </Button>
            <Button
              appearance="subtle"
              onClick={() => void onRemoveComments()}
              disabled={!readOnly && busy !== null}
              disabledFocusable={readOnly}
              title={readOnly ? s.readOnlyDisabled : undefined}
              data-testid="remove-comments"
            >
              {s.removeComments}
            </Button>
            {fixable.length > 0 && (
              <Button
                onClick={() => void applyFixes(fixable)}
                disabled={!readOnly && busy !== null}
                disabledFocusable={readOnly}
                title={readOnly ? s.readOnlyDisabled : undefined}
                data-testid="apply-all-fixes"
              >
                {s.applyAllFixes(fixable.length)}
              </Button>
            )}
            {busy === "fixes" && <Spinner size="tiny" label={s.applyingFixes} />}
            {(busy === "comments" || busy === "removing") && (
              <Spinner
                size="tiny"
                label={busy === "comments" ? (progress ? s.addingProgress(progress.done, progress.total) : s.addingComments) : undefined}
              />
            )}
          </div>
          {dismissedCount > 0 && (
            <Switch
              checked={showDismissed}
              onChange={(_e, d) => setShowDismissed(d.checked)}
              label={s.showDismissed(dismissedCount)}
              data-testid="show-dismissed"
            />
          )}
        </section>
      )}

      {check && shown.length > 0 && (
        <section aria-labelledby="zanger-findings">
          <h2 id="zanger-findings" className={styles.h2} style={{ marginBottom: tokens.spacingVerticalS }}>
            {s.findingsList}
          </h2>
          <ul className={styles.list} data-testid="findings">
            {shown.map((f) => (
              <FindingCard
                key={f.id}
                s={s}
                finding={f}
                outcome={outcomes[f.id]}
                commented={commented.has(f.id)}
                fixed={fixed.has(f.id)}
                dismissed={dismissed.has(f.fingerprint)}
                selected={selectedId === f.id}
                readOnly={readOnly}
                busy={busy !== null}
                onSelect={(x) => void onSelect(x)}
                onAddComment={(x) => void addComments([x])}
                onApplyFix={(x) => void applyFixes([x])}
                onFeedback={async (x, verdict, reason) => {
                  try {
                    await postFeedback({ ruleId: x.ruleId, fingerprint: x.fingerprint, verdict, reason, actType: check?.response.document.actType, source: x.source, options: { uiLanguage: ui } });
                  } catch (e) {
                    fail(e);
                    throw e;
                  }
                }}
                onDismiss={onDismiss}
                onRestore={onRestore}
              />
            ))}
          </ul>
        </section>
      )}

      {check?.response.ria && (
        <section className={styles.section} aria-labelledby="zanger-ria">
          <h2 id="zanger-ria" className={styles.h2}>
            {s.ria.title}
          </h2>
          <RiaPanel
            s={s}
            ui={ui}
            report={check.response.ria}
            ticks={riaTicks}
            busy={busy !== null}
            inserting={busy === "table"}
            canInsert={caps.inWord}
            onTick={(id, a) => void onRiaTick(id, a)}
            onInsert={(at) => void onRiaInsert(at)}
          />
        </section>
      )}
      </div>

      <HowItWorks s={s} ui={ui} modelOff={modelOff} onModelOff={(off) => void onModelOff(off)} disabled={busy !== null} />

      <footer className={styles.footer}>
        <div>{s.disclaimer}</div>
        {check && <div>{s.engineLine(check.response.engine.version, check.response.engine.rulesVersion)}</div>}
        {check?.response.engine.llm.model && check.response.engine.llm.paragraphs && (
          <div data-testid="llm-line">
            {s.llmLine(check.response.engine.llm.model, check.response.engine.llm.paragraphs.asked, check.response.engine.llm.paragraphs.cached)}
          </div>
        )}
      </footer>
    </div>
  );
}

/** The pane with its Fluent theme, as Word shows it. */
export function ThemedApp(props: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100%", background: "transparent" }}>
      <App {...props} />
    </FluentProvider>
  );
}
