import { Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { ACT_TYPES, LANGUAGES, type ActType, type Language } from "../../contract";
import type { PaneStrings } from "../../i18n/pane";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: "0", width: "100%" },
});

/**
 * The act type and language the check used (detected from the heading, or chosen by the user).
 * Choosing another value re-runs the check with that override.
 */
export function DocumentSettings(props: {
  s: PaneStrings;
  actType: ActType;
  language: Language;
  detected: { actType: ActType; language: Language };
  disabled: boolean;
  onActType: (a: ActType) => void;
  onLanguage: (l: Language) => void;
}) {
  const { s } = props;
  const styles = useStyles();
  const actHint = props.detected.actType !== props.actType ? s.detected(s.actTypes[props.detected.actType]) : undefined;
  const langHint = props.detected.language !== props.language ? s.detected(s.languages[props.detected.language]) : undefined;
  return (
    <div className={styles.root}>
      <Field label={s.actType} hint={actHint} size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={s.actTypes[props.actType]}
          selectedOptions={[props.actType]}
          disabled={props.disabled}
          onOptionSelect={(_e, d) => d.optionValue && d.optionValue !== props.actType && props.onActType(d.optionValue as ActType)}
          data-testid="act-type"
        >
          {ACT_TYPES.map((a) => (
            <Option key={a} value={a}>
              {s.actTypes[a]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={s.documentLanguage} hint={langHint} size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={s.languages[props.language]}
          selectedOptions={[props.language]}
          disabled={props.disabled}
          onOptionSelect={(_e, d) => d.optionValue && d.optionValue !== props.language && props.onLanguage(d.optionValue as Language)}
          data-testid="doc-language"
        >
          {LANGUAGES.map((l) => (
            <Option key={l} value={l}>
              {s.languages[l]}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
