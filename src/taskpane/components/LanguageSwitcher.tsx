import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { UI_LANGUAGES, type UiLanguage } from "../../contract";

const useStyles = makeStyles({
  group: { display: "flex", gap: tokens.spacingHorizontalXXS },
});

const SHORT: Record<UiLanguage, string> = { kk: "ҚАЗ", ru: "РУС", en: "ENG" };

/** Three toggle buttons: ҚАЗ · РУС · ENG. */
export function LanguageSwitcher(props: {
  value: UiLanguage;
  label: string;
  names: Record<UiLanguage, string>;
  onChange: (lang: UiLanguage) => void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={props.label} className={styles.group}>
      {UI_LANGUAGES.map((lang) => (
        <ToggleButton
          key={lang}
          size="small"
          appearance={props.value === lang ? "primary" : "subtle"}
          checked={props.value === lang}
          aria-label={props.names[lang]}
          title={props.names[lang]}
          lang={lang}
          disabled={props.disabled}
          onClick={() => props.value !== lang && props.onChange(lang)}
          data-testid={`ui-lang-${lang}`}
        >
          {SHORT[lang]}
        </ToggleButton>
      ))}
    </div>
  );
}
