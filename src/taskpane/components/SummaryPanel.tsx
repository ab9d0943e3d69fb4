import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { PACKS, SEVERITIES, type Finding, type Pack, type Severity } from "../../contract";
import type { PaneStrings } from "../../i18n/pane";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  total: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  severities: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  packs: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  pack: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  packName: { flexGrow: 1, minWidth: 0 },
});

const COUNTER_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export function countFindings(findings: readonly Finding[]) {
  const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });
  const bySeverity = zero();
  const byPack = new Map<Pack, Record<Severity, number>>();
  for (const f of findings) {
    bySeverity[f.severity]++;
    const row = byPack.get(f.pack) ?? zero();
    row[f.severity]++;
    byPack.set(f.pack, row);
  }
  return { total: findings.length, bySeverity, byPack };
}

/** Counts of the shown (not dismissed) findings: by severity, then one line per pack. */
export function SummaryPanel({ s, findings }: { s: PaneStrings; findings: readonly Finding[] }) {
  const styles = useStyles();
  const c = countFindings(findings);
  if (c.total === 0) {
    return (
      <div className={styles.total} data-testid="summary">
        {s.noFindings}
      </div>
    );
  }
  const packs = PACKS.filter((p) => c.byPack.has(p));
  return (
    <div className={styles.root} data-testid="summary">
      <div className={styles.total}>{s.total(c.total)}</div>
      <div className={styles.severities}>
        {SEVERITIES.filter((sv) => c.bySeverity[sv] > 0).map((sv) => (
          <SeverityBadge key={sv} severity={sv} label={`${s.severities[sv]}: ${c.bySeverity[sv]}`} />
        ))}
      </div>
      <ul className={styles.packs} aria-label={s.summary}>
        {packs.map((p) => {
          const row = c.byPack.get(p)!;
          const spoken = SEVERITIES.filter((sv) => row[sv] > 0)
            .map((sv) => `${s.severities[sv]}: ${row[sv]}`)
            .join(", ");
          return (
            <li key={p} className={styles.pack} aria-label={`${s.packs[p]} — ${spoken}`}>
              <span className={styles.packName} aria-hidden="true">
                {s.packs[p]}
              </span>
              {SEVERITIES.filter((sv) => row[sv] > 0).map((sv) => (
                <Badge
                  key={sv}
                  aria-hidden="true"
                  title={`${s.severities[sv]}: ${row[sv]}`}
                  color={COUNTER_COLOR[sv]}
                  appearance="filled"
                  shape="circular"
                  size="small"
                >
                  {row[sv]}
                </Badge>
              ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
