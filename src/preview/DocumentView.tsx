/**
 * A read-only view of the fake Word document: the paragraphs, the words that carry comments (highlighted and
 * numbered), the comments beside their paragraph, and the current selection. It follows the fake's state by
 * polling its sync counter, so whatever the pane does through src/word shows up here.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Fragment, useEffect, useState, type ReactNode } from "react";
import type { PaneStrings } from "../i18n/pane";
import type { FakeWord } from "./fake-host";

const useStyles = makeStyles({
  wrap: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, boxSizing: "border-box" },
  head: { maxWidth: "980px", margin: "0 auto 8px", display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalM },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  count: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  hint: { maxWidth: "980px", margin: "0 auto 12px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  page: {
    maxWidth: "980px",
    margin: "0 auto",
    backgroundColor: "#fff",
    boxShadow: tokens.shadow8,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 240px",
    "@media (max-width: 860px)": { gridTemplateColumns: "minmax(0, 1fr) 150px" },
  },
  text: {
    margin: 0,
    padding: "3px 28px 3px 48px",
    "@media (max-width: 860px)": { paddingLeft: "16px", paddingRight: "12px" },
    fontFamily: "'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif",
    fontSize: "15px",
    lineHeight: 1.45,
    color: "#1b1b1b",
    overflowWrap: "anywhere",
    whiteSpace: "pre-wrap",
  },
  first: { paddingTop: "40px" },
  last: { paddingBottom: "40px" },
  margin: {
    backgroundColor: "#f4f4f4",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "3px 10px",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  commented: { backgroundColor: "#fde68a", borderBottom: "2px solid #d97706" },
  selected: { backgroundColor: "#bfdbfe", outline: "1px solid #3b82f6" },
  marker: { fontFamily: tokens.fontFamilyBase, fontSize: "10px", fontWeight: 700, color: "#b45309", verticalAlign: "super", marginLeft: "1px" },
  balloon: {
    backgroundColor: "#fff",
    border: "1px solid #f59e0b",
    borderLeft: "4px solid #f59e0b",
    borderRadius: "4px",
    padding: "4px 6px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: "11px",
    lineHeight: 1.35,
    overflowWrap: "anywhere",
    color: "#333",
  },
  balloonText: {
    whiteSpace: "pre-line",
    display: "-webkit-box",
    WebkitLineClamp: 4,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  balloonHead: { fontWeight: 700, color: "#92400e", display: "block", marginBottom: "2px" },
});

interface Span {
  start: number;
  end: number;
  commentNos: number[];
  selected: boolean;
}

/** Splits a paragraph at every comment and selection boundary. */
function segments(text: string, marks: { start: number; end: number; no?: number; selected?: boolean }[]): Span[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Span[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const over = marks.filter((m) => m.start <= start && m.end >= end && m.end > m.start);
    out.push({
      start,
      end,
      commentNos: over.filter((m) => m.no !== undefined).map((m) => m.no!),
      selected: over.some((m) => m.selected),
    });
  }
  return out;
}

/** Re-renders whenever the fake has synced (comments written, selection changed, document read). */
function useFakeRevision(fake: FakeWord): number {
  const [rev, setRev] = useState(0);
  useEffect(() => {
    let last = -1;
    const t = window.setInterval(() => {
      const n = fake.state.syncCount;
      if (n !== last) {
        last = n;
        setRev((r) => r + 1);
      }
    }, 200);
    return () => window.clearInterval(t);
  }, [fake]);
  return rev;
}

export function DocumentView({ fake, s }: { fake: FakeWord; s: PaneStrings }) {
  const styles = useStyles();
  useFakeRevision(fake);
  const paragraphs = fake.state.paragraphs;
  const comments = fake.state.comments.map((c, i) => ({ ...c, no: i + 1 }));
  const selection = fake.state.selection;
  const last = paragraphs.length - 1;

  return (
    <div className={styles.wrap}>
      <div className={styles.head}>
        <h2 className={styles.h2}>{s.preview.documentView}</h2>
        <span className={styles.count} data-testid="preview-comment-count">
          {s.preview.commentsCount(comments.length)}
        </span>
      </div>
      <p className={styles.hint}>{s.preview.documentHint}</p>
      <div className={styles.page} role="document" aria-label={s.preview.documentView} data-testid="preview-document">
        {paragraphs.map((p, i) => {
          const mine = comments.filter((c) => c.paragraphIndex === i);
          const marks = [
            ...mine.map((c) => ({ start: c.start, end: c.end, no: c.no })),
            ...(selection && selection.paragraphIndex === i ? [{ start: selection.start, end: selection.end, selected: true }] : []),
          ];
          const parts: ReactNode[] = segments(p.text, marks).map((seg) => {
            const t = p.text.slice(seg.start, seg.end);
            if (seg.commentNos.length === 0 && !seg.selected) return <Fragment key={seg.start}>{t}</Fragment>;
            const lastOfComment = seg.commentNos.filter((no) => comments[no - 1]!.end === seg.end);
            return (
              <Fragment key={seg.start}>
                <span
                  className={mergeClasses(seg.commentNos.length > 0 && styles.commented, seg.selected && styles.selected)}
                  data-comment-nos={seg.commentNos.join(",") || undefined}
                  data-selected={seg.selected || undefined}
                >
                  {t}
                </span>
                {lastOfComment.length > 0 && (
                  <span className={styles.marker} aria-hidden="true">
                    {lastOfComment.join(",")}
                  </span>
                )}
              </Fragment>
            );
          });
          return (
            <Fragment key={i}>
              <p className={mergeClasses(styles.text, i === 0 && styles.first, i === last && styles.last)} data-paragraph={i}>
                {parts.length ? parts : "\u00a0"}
              </p>
              <div className={mergeClasses(styles.margin, i === 0 && styles.first, i === last && styles.last)}>
                {mine.map((c) => (
                  <div key={c.id} className={styles.balloon} data-testid="preview-comment" title={c.content}>
                    <span className={styles.balloonHead}>
                      {s.preview.comment} {c.no} · {c.authorName}
                    </span>
                    <span className={styles.balloonText}>{c.content}</span>
                  </div>
                ))}
              </div>
            </Fragment>
          );
        })}
      </div>
    </div>
  );
}
