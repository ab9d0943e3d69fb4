/**
 * Review of an amendment draft's tracked changes: the changes by author or by structural unit (click one to select
 * it in Word), notes on the amendments themselves (renumbering, excluded numbers, new-edition threshold), and the
 * comparative table, opened as a new Word document. Accept/reject stays Word's job. The text as amended is what
 * the ordinary check reads ("Check the text as amended").
 */
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CompareResponse, UiLanguage } from "../../contract";
import type { PaneStrings } from "../../i18n/pane";
import type { TrackedChangeInfo, TrackedReview } from "../../word/tracked-changes";
import type { HostCapabilities } from "../../word/types";
import { ApiError, describeApiError, postCompare } from "../api";
import type { WordHost } from "../host";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  change: {
    listStyleType: "none",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  changeButton: { width: "100%", justifyContent: "flex-start", textAlign: "start", height: "auto", padding: 0, minWidth: 0 },
  words: { fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  ins: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: "underline" },
  del: { textDecorationLine: "line-through", color: tokens.colorPaletteRedForeground1 },
  meta: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});

interface Loaded {
  review: TrackedReview;
  compare: CompareResponse;
}

export interface ReviewViewProps {
  s: PaneStrings;
  ui: UiLanguage;
  host: WordHost;
  caps: HostCapabilities;
  /** Runs the ordinary check (of the text as amended) in the check view. */
  onCheckAfter: () => void;
}

/** The document before and after its tracked changes, paragraph by paragraph, aligned with Word's paragraphs. */
export function versions(current: readonly string[], review: TrackedReview): { before: string[]; after: string[] } {
  const before = [...current];
  const after = [...current];
  for (const p of review.paragraphs) {
    if (p.paragraphIndex >= before.length) continue;
    before[p.paragraphIndex] = p.before;
    after[p.paragraphIndex] = p.after;
  }
  return { before, after };
}

export function ReviewView({ s, ui, host, caps, onCheckAfter }: ReviewViewProps) {
  const styles = useStyles();
  const r = s.review;
  const [busy, setBusy] = useState<null | "reading" | "table">(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [groupBy, setGroupBy] = useState<"author" | "unit">("author");

  const describe = (e: unknown) =>
    e instanceof ApiError ? describeApiError(e, s) : s.wordError(e instanceof Error ? e.message : String(e));

  const read = async () => {
    setBusy("reading");
    setError(null);
    setNotice(null);
    try {
      const snapshot = await host.readDocument();
      const review = await host.readTrackedChanges();
      const { before, after } = versions(
        snapshot.paragraphs.map((p) => p.text),
        review,
      );
      const compare = await postCompare({ before, after, subtitle: after.find((t) => t.trim())?.trim().slice(0, 300), options: { uiLanguage: ui } });
      setLoaded({ review, compare });
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(null);
    }
  };

  const openTable = async () => {
    if (!loaded) return;
    setBusy("table");
    setError(null);
    try {
      await host.openNewDocument(loaded.compare.docx);
      setNotice(r.tableOpened(loaded.compare.table.rows.length));
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(null);
    }
  };

  const appendTable = async () => {
    if (!loaded) return;
    setBusy("table");
    setError(null);
    try {
      await host.appendOoxml(loaded.compare.ooxml);
      setNotice(r.tableAppended(loaded.compare.table.rows.length));
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(null);
    }
  };

  const select = async (c: TrackedChangeInfo) => {
    try {
      await host.selectTrackedChange(c.n);
    } catch (e) {
      setError(describe(e));
    }
  };

  if (!caps.wordApi16) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="review-unsupported">
        <MessageBarBody>{r.unsupported}</MessageBarBody>
      </MessageBar>
    );
  }

  const unitOf = (c: TrackedChangeInfo): string => {
    if (c.paragraphIndex === null || !loaded) return r.outsideUnits;
    // Deleted words belong to the unit as it was, inserted ones to the unit as it will be.
    const rows = loaded.compare.table.rows;
    const pi = c.paragraphIndex;
    const old = rows.find((x) => x.oldParagraphs.includes(pi));
    const neu = rows.find((x) => x.newParagraphs.includes(pi));
    const row = c.type === "Deleted" ? old ?? neu : neu ?? old;
    return row?.unit ?? r.outsideUnits;
  };
  const groups = new Map<string, TrackedChangeInfo[]>();
  for (const c of loaded?.review.changes ?? []) {
    const key = groupBy === "author" ? c.author || "—" : unitOf(c);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const unreliable = new Set(loaded?.review.paragraphs.filter((p) => !p.reliable).map((p) => p.paragraphIndex) ?? []);
  const authors = new Set(loaded?.review.changes.map((c) => c.author)).size;
  const typeLabel = (t: TrackedChangeInfo["type"]) => (t === "Added" ? r.added : t === "Deleted" ? r.deleted : r.formatted);

  return (
    <section className={styles.root} data-testid="review-view" aria-busy={busy !== null}>
      <p className={styles.text}>{r.intro}</p>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void read()} disabled={busy !== null} data-testid="review-read">
          {r.read}
        </Button>
        {busy === "reading" && <Spinner size="tiny" label={r.reading} />}
      </div>
      <div aria-live="polite">
        {error && (
          <MessageBar intent="error" layout="multiline" data-testid="review-error">
            <MessageBarBody>
              <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent="success" layout="multiline" data-testid="review-notice">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {loaded && loaded.review.changes.length === 0 && <p className={styles.text} data-testid="review-none">{r.none}</p>}
      {loaded && loaded.review.changes.length > 0 && (
        <>
          <p className={styles.text} data-testid="review-summary">
            {r.summary(loaded.review.changes.length, authors)} · {r.rows(loaded.compare.table.rows.length)}
          </p>
          <div className={styles.row}>
            <Button onClick={() => void openTable()} disabled={busy !== null} data-testid="review-table-new">
              {r.tableNew}
            </Button>
            <Button onClick={() => void appendTable()} disabled={busy !== null || caps.readOnly} data-testid="review-table-append">
              {r.tableAppend}
            </Button>
            <Button appearance="subtle" onClick={onCheckAfter} disabled={busy !== null} data-testid="review-check-after">
              {r.checkAfter}
            </Button>
            {busy === "table" && <Spinner size="tiny" />}
          </div>
          {loaded.compare.notes.length > 0 && (
            <div className={styles.group} data-testid="review-notes">
              <h3 className={styles.groupTitle}>{r.notesTitle}</h3>
              {loaded.compare.notes.map((n, i) => (
                <MessageBar key={i} intent={n.severity === "error" ? "error" : "warning"} layout="multiline" data-testid="review-note" data-code={n.code}>
                  <MessageBarBody>
                    <SeverityBadge severity={n.severity} label={s.severities[n.severity]} /> {n.message} ({s.citationLine(n.citation)})
                  </MessageBarBody>
                </MessageBar>
              ))}
            </div>
          )}
          <TabList size="small" selectedValue={groupBy} onTabSelect={(_e, d) => setGroupBy(d.value as "author" | "unit")} data-testid="review-group">
            <Tab value="author" data-testid="review-by-author">
              {r.byAuthor}
            </Tab>
            <Tab value="unit" data-testid="review-by-unit">
              {r.byUnit}
            </Tab>
          </TabList>
          {[...groups].map(([key, list]) => (
            <div key={key} className={styles.group} data-testid="review-group-items" data-group={key}>
              <h3 className={styles.groupTitle}>
                {key} <Badge appearance="tint">{list.length}</Badge>
              </h3>
              <ul className={styles.list}>
                {list.map((c) => (
                  <li key={c.n} className={styles.change} data-testid="review-change" data-type={c.type}>
                    <Button appearance="transparent" className={styles.changeButton} onClick={() => void select(c)}>
                      <span>
                        <span className={styles.meta}>{typeLabel(c.type)}: </span>
                        <span className={`${styles.words} ${c.type === "Added" ? styles.ins : c.type === "Deleted" ? styles.del : ""}`}>{c.text.trim() || "…"}</span>
                        <br />
                        <span className={styles.meta}>
                          {groupBy === "author" ? unitOf(c) : c.author} · {c.date ? new Date(c.date).toLocaleString(ui === "en" ? "en-GB" : ui === "kk" ? "kk-KZ" : "ru-RU") : ""}
                        </span>
                        {c.paragraphIndex !== null && unreliable.has(c.paragraphIndex) && (
                          <>
                            <br />
                            <span className={styles.meta} data-testid="review-unreliable">
                              {r.unreliable}
                            </span>
                          </>
                        )}
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
