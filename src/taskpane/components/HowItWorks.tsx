/**
 * "How this works" (Law "On Artificial Intelligence", brief §7: people know what is AI-generated, get an
 * explanation, and decide): where the text goes, whether a model is used and which, the act editions, and the
 * switch that keeps the model away from this document.
 */
import { Button, makeStyles, Spinner, Switch, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { HealthResponse, UiLanguage } from "../../contract";
import type { PaneStrings } from "../../i18n/pane";
import { ApiError, describeApiError, getServiceInfo, type ActInfo } from "../api";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface HowItWorksProps {
  s: PaneStrings;
  ui: UiLanguage;
  modelOff: boolean;
  onModelOff: (off: boolean) => void;
  disabled: boolean;
}

export function HowItWorks({ s, ui, modelOff, onModelOff, disabled }: HowItWorksProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [info, setInfo] = useState<{ health: HealthResponse; acts: ActInfo[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next) {
      setError(null);
      getServiceInfo(ui)
        .then(setInfo)
        .catch((e) => setError(e instanceof ApiError ? describeApiError(e, s) : String(e)));
    }
  };

  return (
    <section className={styles.root} data-testid="how-it-works">
      <Button appearance="transparent" size="small" onClick={toggle} aria-expanded={open} data-testid="how-toggle" style={{ alignSelf: "flex-start" }}>
        {open ? "▾" : "▸"} {s.how.title}
      </Button>
      {open && (
        <div className={styles.root} data-testid="how-panel">
          {error && <p className={styles.text}>{error}</p>}
          {!info && !error && <Spinner size="tiny" />}
          {info && (
            <>
              <p className={styles.text}>{s.how.sentTo(window.location.origin)}</p>
              <p className={styles.text} data-testid="how-model">
                {info.health.llm.enabled && info.health.llm.model ? s.how.model(info.health.llm.model) : s.how.noModel}
              </p>
              {info.health.llm.enabled && (
                <Switch checked={!modelOff} onChange={(_e, d) => onModelOff(!d.checked)} disabled={disabled} label={s.how.modelSwitch} data-testid="model-switch" />
              )}
              <p className={styles.text}>{s.how.editions}</p>
              <ul className={styles.list} data-testid="how-editions">
                {info.acts.map((a) => (
                  <li key={a.id}>
                    {a.title} — {a.edition}
                  </li>
                ))}
              </ul>
              <p className={styles.text}>{s.how.decide}</p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
