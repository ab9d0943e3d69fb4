/**
 * The RIA checklist (legal brief §4.2) for the checked draft: items the draft itself answers are ticked with the
 * sentence that shows it; the lawyer answers the open ones (Yes / No, click again to clear); "Insert as a table"
 * writes the checklist into the document.
 */
import { Badge, Button, Checkbox, makeStyles, Spinner, ToggleButton, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RiaReport, UiLanguage } from "../../contract";
import { riaEffectiveAnswer, type PaneStrings, type RiaTickMap } from "../../i18n/pane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  lead: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  required: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  triggers: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  progress: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  no: { fontWeight: tokens.fontWeightSemibold, minWidth: "1.6em", fontSize: tokens.fontSizeBase200 },
  label: { flexGrow: 1, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  answer: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap", paddingLeft: "2em" },
  how: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  evidence: {
    margin: 0,
    marginLeft: "2em",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: "2px 6px",
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
  },
  citation: { marginLeft: "2em", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

// Neutral colours: whether "yes" or "no" is good depends on the question (a "no" to "introduces liability" is fine).
const BADGE: Record<"yes" | "no" | "open", "brand" | "informative"> = { yes: "brand", no: "informative", open: "informative" };

export interface RiaPanelProps {
  s: PaneStrings;
  ui: UiLanguage;
  report: RiaReport;
  ticks: RiaTickMap;
  busy: boolean;
  inserting: boolean;
  canInsert: boolean;
  onTick: (itemId: string, answer: "yes" | "no" | null) => void;
  onInsert: (atCursor: boolean) => void;
}

export function RiaPanel(p: RiaPanelProps) {
  const { s, report } = p;
  const styles = useStyles();
  const [atCursor, setAtCursor] = useState(false);
  const answered = report.items.filter((i) => riaEffectiveAnswer(i, p.ticks) !== "open").length;
  const triggerQuotes = [...new Set(report.triggers.map((t) => `«${t.quote}»`))].slice(0, 6).join(", ");

  return (
    <div className={styles.root} data-testid="ria-panel" data-required={report.required}>
      <p className={styles.lead}>
        {report.required ? <span className={styles.required}>{s.ria.required}</span> : s.ria.notRequired}
      </p>
      {report.triggers.length > 0 && <p className={styles.triggers}>{s.ria.triggers(triggerQuotes)}</p>}
      <div className={styles.progress} data-testid="ria-progress">
        {s.ria.progress(answered, report.items.length)}
      </div>
      <ol className={styles.list} data-testid="ria-items">
        {report.items.map((item) => {
          const auto = item.answer !== "open";
          const answer = riaEffectiveAnswer(item, p.ticks);
          const label = item.label[p.ui];
          return (
            <li key={item.id} className={styles.item} data-testid="ria-item" data-item-id={item.id} data-answer={answer} data-auto={auto}>
              <div className={styles.head}>
                <span className={styles.no}>{item.no}.</span>
                <span className={styles.label}>{label}</span>
              </div>
              <div className={styles.answer}>
                {auto ? (
                  <>
                    <Badge appearance="filled" color={BADGE[answer]} data-testid="ria-auto-answer">
                      {s.ria.answers[answer]}
                    </Badge>
                    <span className={styles.how}>{s.ria.auto}</span>
                  </>
                ) : (
                  <div role="group" aria-label={s.ria.tickGroup(label)} className={styles.actions}>
                    {(["yes", "no"] as const).map((a) => (
                      <ToggleButton
                        key={a}
                        size="small"
                        checked={p.ticks[item.id] === a}
                        appearance={p.ticks[item.id] === a ? "primary" : "outline"}
                        disabled={p.busy}
                        onClick={() => p.onTick(item.id, p.ticks[item.id] === a ? null : a)}
                        data-testid={`ria-tick-${a}`}
                      >
                        {s.ria.answers[a]}
                      </ToggleButton>
                    ))}
                    {p.ticks[item.id] ? <span className={styles.how}>{s.ria.byLawyer}</span> : <span className={styles.how}>{s.ria.answers.open}</span>}
                  </div>
                )}
              </div>
              {item.evidence && (
                <p className={styles.evidence} data-testid="ria-evidence">
                  {s.ria.evidence} ({item.evidence.paragraphIndex === null ? s.wholeDocument : s.paragraphNo(item.evidence.paragraphIndex + 1)}): «
                  {item.evidence.quote}»
                </p>
              )}
              <div className={styles.citation}>
                {s.basis}: {s.citationLine(item.citation)}
              </div>
            </li>
          );
        })}
      </ol>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => p.onInsert(atCursor)} disabled={p.busy || !p.canInsert} data-testid="ria-insert-table">
          {s.ria.insertTable}
        </Button>
        <Checkbox checked={atCursor} onChange={(_e, d) => setAtCursor(d.checked === true)} label={s.ria.insertAtCursor} data-testid="ria-at-cursor" />
        {p.inserting && <Spinner size="tiny" label={s.ria.inserting} />}
      </div>
    </div>
  );
}
