import { Badge, Button, Input, Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Finding } from "../../contract";
import type { PaneStrings } from "../../i18n/pane";
import type { AnchorOutcome } from "../../word/types";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  card: {
    listStyleType: "none",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    boxShadow: tokens.shadow2,
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  selected: { boxShadow: `0 0 0 2px ${tokens.colorBrandStroke1}` },
  dismissedCard: { opacity: 0.65 },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  where: { marginLeft: "auto", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  main: {
    // A real <button>: the whole title + quote block selects the words in Word (keyboard: Tab, Enter/Space).
    appearance: "none",
    borderTopStyle: "none",
    borderRightStyle: "none",
    borderBottomStyle: "none",
    borderLeftStyle: "none",
    backgroundColor: "transparent",
    color: "inherit",
    fontFamily: "inherit",
    fontSize: "inherit",
    lineHeight: "inherit",
    textAlign: "left",
    boxSizing: "border-box",
    display: "block",
    width: "100%",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusSmall,
    padding: "2px",
    margin: "-2px",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  mainStatic: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  title: { display: "block", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  quote: {
    display: "block",
    marginTop: "2px",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  mark: { backgroundColor: "#fff1a8", color: tokens.colorNeutralForeground1, padding: "0 1px", borderRadius: "2px" },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
  suggestion: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteGreenForeground1,
    overflowWrap: "anywhere",
  },
  explanation: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusSmall,
  },
  citation: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  outcome: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1, margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center", marginTop: "2px" },
  done: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteGreenForeground1 },
  linkButton: { minWidth: "auto", paddingLeft: "4px", paddingRight: "4px" },
});

const QUOTE_MAX = 140;
const CONTEXT = 32;
const shorten = (q: string) => (q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX - 1)}…` : q);

/** Up to CONTEXT characters of context on each side, cut at a word boundary where there is one. */
export function contextOf(before: string, after: string): { lead: string; tail: string } {
  let lead = before.length > CONTEXT ? before.slice(-CONTEXT) : before;
  if (lead.length < before.length) {
    const sp = lead.indexOf(" ");
    lead = "…" + (sp >= 0 && sp < lead.length - 1 ? lead.slice(sp + 1) : lead);
  }
  let tail = after.length > CONTEXT ? after.slice(0, CONTEXT) : after;
  if (tail.length < after.length) {
    const sp = tail.lastIndexOf(" ");
    tail = (sp > 0 ? tail.slice(0, sp) : tail) + "…";
  }
  return { lead, tail };
}

export interface FindingCardProps {
  s: PaneStrings;
  finding: Finding;
  outcome?: AnchorOutcome;
  commented: boolean;
  /** Its suggestion was applied as a tracked change. */
  fixed: boolean;
  dismissed: boolean;
  selected: boolean;
  readOnly: boolean;
  busy: boolean;
  onSelect: (f: Finding) => void;
  onAddComment: (f: Finding) => void;
  onApplyFix: (f: Finding) => void;
  /** Sends the lawyer's verdict; resolves when recorded. */
  onFeedback: (f: Finding, verdict: "useful" | "false-alarm", reason?: string) => Promise<void>;
  onDismiss: (f: Finding) => void;
  onRestore: (f: Finding) => void;
}

/** One finding: severity, title, the quoted words (click to select them in Word), message, basis, actions. */
export function FindingCard(p: FindingCardProps) {
  const { s, finding: f } = p;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [feedback, setFeedback] = useState<"idle" | "reason" | "sending" | "sent">("idle");
  const [reason, setReason] = useState("");
  const send = async (verdict: "useful" | "false-alarm") => {
    setFeedback("sending");
    try {
      await p.onFeedback(f, verdict, verdict === "false-alarm" ? reason.trim() || undefined : undefined);
      setFeedback("sent");
    } catch {
      setFeedback(verdict === "false-alarm" ? "reason" : "idle");
    }
  };
  const explId = useId();
  const outcomeId = useId();
  const documentLevel = f.paragraphIndex === null;
  const problem = p.outcome && p.outcome.status !== "anchored" ? p.outcome.status : undefined;
  // For "failed" Word's own (technical, English) reason helps support; the other statuses say it all.
  const problemText = problem
    ? problem === "failed" && p.outcome?.reason
      ? `${s.anchor.failed} (${p.outcome.reason})`
      : s.anchor[problem]
    : undefined;
  const ctx = contextOf(f.before, f.after);

  const mainContent = (
    <>
      <span className={styles.title}>{f.title}</span>
      {!documentLevel && (
        <span className={styles.quote}>
          {ctx.lead}
          <mark className={styles.mark}>{shorten(f.quote)}</mark>
          {ctx.tail}
        </span>
      )}
    </>
  );

  return (
    <li
      className={mergeClasses(
        styles.card,
        styles[f.severity],
        p.selected && styles.selected,
        p.dismissed && styles.dismissedCard,
      )}
      data-testid="finding"
      data-rule={f.ruleId}
      data-finding-id={f.id}
    >
      <div className={styles.head}>
        <SeverityBadge severity={f.severity} label={s.severities[f.severity]} />
        <Badge appearance="outline" color="subtle" size="small" shape="rounded">
          {s.packs[f.pack]}
        </Badge>
        {p.dismissed && (
          <Badge appearance="tint" color="subtle" size="small">
            {s.dismissed}
          </Badge>
        )}
        <span className={styles.where}>{documentLevel ? s.wholeDocument : s.paragraphNo((f.paragraphIndex ?? 0) + 1)}</span>
      </div>

      {documentLevel ? (
        <div className={mergeClasses(styles.main, styles.mainStatic)}>{mainContent}</div>
      ) : (
        <button
          type="button"
          className={styles.main}
          onClick={() => p.onSelect(f)}
          aria-label={`${f.title}. ${s.showInDocument(shorten(f.quote))}`}
          aria-describedby={problemText ? outcomeId : undefined}
          title={s.showInDocument(shorten(f.quote))}
          data-testid="finding-select"
        >
          {mainContent}
        </button>
      )}

      <p className={styles.text}>{f.message}</p>
      {f.suggestion && <p className={styles.suggestion}>{s.suggestion(f.suggestion.replacement)}</p>}
      {f.source === "llm" && <p className={styles.outcome}>{s.llmSource}</p>}

      {open && (
        <p id={explId} className={styles.explanation}>
          {f.explanation}
        </p>
      )}

      <div className={styles.citation}>
        {s.basis}: {s.citationLine(f.citation)}
        {f.citation.url && (
          <>
            {" · "}
            <Link
              href={f.citation.url}
              target="_blank"
              rel="noopener noreferrer"
              inline
              aria-label={s.officialTextLabel(f.citation.actTitle ?? f.citation.act)}
            >
              {s.officialText}
            </Link>
          </>
        )}
      </div>

      {problemText && (
        <p id={outcomeId} className={styles.outcome} role="status" data-testid="finding-outcome" data-status={problem}>
          {problemText}
        </p>
      )}

      <div className={styles.actions}>
        <Button
          size="small"
          appearance="transparent"
          className={styles.linkButton}
          aria-expanded={open}
          aria-controls={open ? explId : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? s.lessDetails : s.moreDetails}
        </Button>
        {p.commented ? (
          <span className={styles.done} data-testid="finding-commented">
            ✓ {s.commentAdded}
          </span>
        ) : (
          !documentLevel &&
          !p.dismissed && (
            <Button
              size="small"
              disabled={!p.readOnly && p.busy}
              disabledFocusable={p.readOnly}
              title={p.readOnly ? s.readOnlyDisabled : undefined}
              onClick={() => p.onAddComment(f)}
              data-testid="finding-add-comment"
            >
              {s.addComment}
            </Button>
          )
        )}
        {f.suggestion &&
          !documentLevel &&
          !p.dismissed &&
          (p.fixed ? (
            <span className={styles.done} data-testid="finding-fixed">
              ✓ {s.fixApplied}
            </span>
          ) : (
            <Button
              size="small"
              disabled={!p.readOnly && p.busy}
              disabledFocusable={p.readOnly}
              title={p.readOnly ? s.readOnlyDisabled : undefined}
              onClick={() => p.onApplyFix(f)}
              data-testid="finding-apply-fix"
            >
              {s.applyFix}
            </Button>
          ))}
        {feedback === "sent" ? (
          <span className={styles.done} data-testid="feedback-sent">
            ✓ {s.feedback.thanks}
          </span>
        ) : feedback === "reason" || (feedback === "sending" && reason) ? (
          <span className={styles.actions}>
            <Input size="small" aria-label={s.feedback.reason} placeholder={s.feedback.reason} value={reason} onChange={(_e, d) => setReason(d.value.slice(0, 500))} data-testid="feedback-reason" />
            <Button size="small" onClick={() => void send("false-alarm")} disabled={feedback === "sending"} data-testid="feedback-send">
              {s.feedback.send}
            </Button>
          </span>
        ) : (
          <>
            <Button size="small" appearance="subtle" onClick={() => void send("useful")} disabled={feedback === "sending"} data-testid="feedback-useful">
              {s.feedback.useful}
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setFeedback("reason")} disabled={feedback === "sending"} data-testid="feedback-false">
              {s.feedback.falseAlarm}
            </Button>
          </>
        )}
        {p.dismissed ? (
          <Button size="small" appearance="subtle" disabled={p.busy} onClick={() => p.onRestore(f)}>
            {s.restore}
          </Button>
        ) : (
          <Button
            size="small"
            appearance="subtle"
            disabled={!p.readOnly && p.busy}
            disabledFocusable={p.readOnly}
            title={p.readOnly ? s.readOnlyDisabled : undefined}
            aria-label={s.dismissLabel(f.title)}
            onClick={() => p.onDismiss(f)}
            data-testid="finding-dismiss"
          >
            {s.dismiss}
          </Button>
        )}
      </div>
    </li>
  );
}
