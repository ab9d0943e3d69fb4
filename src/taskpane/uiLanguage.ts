/** The pane's language: the user's last choice (localStorage), else Office's display language (kk-*, ru-*, else en). */
import { useCallback, useState } from "react";
import { UI_LANGUAGES, type UiLanguage } from "../contract";
import { uiLanguageFromDisplayLanguage } from "../i18n/pane";

export const UI_LANGUAGE_KEY = "zanger.uiLanguage";

function stored(): UiLanguage | undefined {
  try {
    const v = window.localStorage.getItem(UI_LANGUAGE_KEY);
    return v && (UI_LANGUAGES as readonly string[]).includes(v) ? (v as UiLanguage) : undefined;
  } catch {
    return undefined; // storage disabled (some Office hosts, private windows)
  }
}

export function initialUiLanguage(displayLanguage: string): UiLanguage {
  return stored() ?? uiLanguageFromDisplayLanguage(displayLanguage);
}

export function useUiLanguage(displayLanguage: string): [UiLanguage, (lang: UiLanguage) => void] {
  const [lang, setLang] = useState<UiLanguage>(() => initialUiLanguage(displayLanguage));
  const choose = useCallback((next: UiLanguage) => {
    setLang(next);
    try {
      window.localStorage.setItem(UI_LANGUAGE_KEY, next);
    } catch {
      /* not persisted; the choice still holds for this session */
    }
  }, []);
  return [lang, choose];
}
