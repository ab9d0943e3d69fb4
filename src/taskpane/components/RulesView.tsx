/**
 * The rules catalogue, as docs/rules.md shows it, from GET /api/v1/rules: id, the brief's codes, pack, severity,
 * title and description in the UI language, citation with a link to the official text. Searchable, filterable
 * by pack.
 */
import { Badge, Input, Link, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useState } from "react";
import { PACKS, type Pack, type RuleInfo, type UiLanguage } from "../../contract";
import type { PaneStrings } from "../../i18n/pane";
import { ApiError, describeApiError, getRules } from "../api";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  select: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    padding: "4px 6px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  count: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  rule: {
    listStyleType: "none",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  meta: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** Lower-cased, ё→е: enough for a search box in three languages. */
const norm = (t: string) => t.toLowerCase().replace(/ё/g, "е");

export function RulesView({ s, ui }: { s: PaneStrings; ui: UiLanguage }) {
  const styles = useStyles();
  const searchId = useId();
  const packId = useId();
  const [rules, setRules] = useState<RuleInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [pack, setPack] = useState<Pack | "all">("all");

  useEffect(() => {
    let live = true;
    setError(null);
    getRules(ui)
      .then((r) => live && setRules(r.rules))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? describeApiError(e, s) : String(e)));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ui]);

  const packsPresent = useMemo(() => PACKS.filter((p) => rules?.some((r) => r.pack === p)), [rules]);
  const shown = useMemo(() => {
    if (!rules) return [];
    const q = norm(query.trim());
    return rules.filter(
      (r) =>
        (pack === "all" || r.pack === pack) &&
        (!q || [r.id, r.brief.join(" "), r.title[ui], r.description[ui]].some((t) => norm(t).includes(q))),
    );
  }, [rules, query, pack, ui]);

  return (
    <section className={styles.root} aria-label={s.rules.title} data-testid="rules-view">
      <div className={styles.filters}>
        <Input
          id={searchId}
          type="search"
          value={query}
          onChange={(_e, d) => setQuery(d.value)}
          placeholder={s.rules.search}
          aria-label={s.rules.search}
          data-testid="rules-search"
        />
        <label htmlFor={packId} className={styles.label}>
          {s.rules.pack}
        </label>
        <select id={packId} className={styles.select} value={pack} onChange={(e) => setPack(e.target.value as Pack | "all")} data-testid="rules-pack">
          <option value="all">{s.rules.allPacks}</option>
          {packsPresent.map((p) => (
            <option key={p} value={p}>
              {s.packs[p]}
            </option>
          ))}
        </select>
      </div>
      {error && <div role="alert">{error}</div>}
      {!rules && !error && <Spinner size="tiny" label={s.rules.loading} />}
      {rules && (
        <div className={styles.count} data-testid="rules-count" aria-live="polite">
          {s.rules.count(shown.length, rules.length)}
        </div>
      )}
      {rules && shown.length === 0 && <div className={styles.text}>{s.rules.empty}</div>}
      <ul className={styles.list}>
        {shown.map((r) => (
          <li key={r.id} className={styles.rule} data-testid="rule" data-rule-id={r.id} data-pack={r.pack}>
            <div className={styles.head}>
              <SeverityBadge severity={r.severity} label={s.severities[r.severity]} />
              <span className={styles.id}>{r.id}</span>
              <Badge appearance="outline" color="subtle" size="small">
                {s.packs[r.pack]}
              </Badge>
              {r.brief.length > 0 && (
                <span className={styles.meta}>
                  {s.rules.brief}: {r.brief.join(", ")}
                </span>
              )}
            </div>
            <div className={styles.title}>{r.title[ui].replace(/«\{\w+\}»|\{\w+\}/g, "").replace(/[:\s—-]+$/, "")}</div>
            <details>
              <summary className={styles.meta}>{s.moreDetails}</summary>
              <p className={styles.text}>{r.description[ui]}</p>
            </details>
            <div className={styles.meta}>
              {s.rules.appliesTo}: {r.actTypes.length === 0 ? s.rules.allActTypes : r.actTypes.map((t) => s.actTypes[t]).join(", ")}
            </div>
            <div className={styles.meta}>
              {s.basis}:{" "}
              {r.citation.url ? (
                <Link href={r.citation.url} target="_blank" rel="noopener noreferrer" inline>
                  {s.citationLine(r.citation)}
                </Link>
              ) : (
                s.citationLine(r.citation)
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
