/** What the Word host can do: requirement sets gated at run time (manifest minimum is WordApi 1.4). */
import type { HostCapabilities } from "./types";

function isSetSupported(name: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/**
 * Reads the host's capabilities. Below WordApi 1.4 (Office LTSC 2021 stops at 1.3) there are no comments,
 * no change-tracking mode and no document settings: the pane runs read-only (it can still check and select).
 */
export function getCapabilities(): HostCapabilities {
  let host: string | undefined;
  let displayLanguage = "en-US";
  try {
    if (typeof Office !== "undefined" && Office.context) {
      host = Office.context.host === undefined || Office.context.host === null ? undefined : String(Office.context.host);
      displayLanguage = Office.context.displayLanguage || displayLanguage;
    }
  } catch {
    host = undefined;
  }
  const inWord =
    typeof Word !== "undefined" && (host === undefined ? isSetSupported("WordApi", "1.1") : host === "Word");
  const wordApi14 = inWord && isSetSupported("WordApi", "1.4");
  const wordApi16 = wordApi14 && isSetSupported("WordApi", "1.6");
  const wordApi17 = wordApi16 && isSetSupported("WordApi", "1.7");
  return { inWord, wordApi14, wordApi16, wordApi17, readOnly: !wordApi14, displayLanguage };
}

/** WordApi 1.3 (Office 2019+): tableNestingLevel, isListItem, listItemOrNullObject. */
export function supportsWordApi13(): boolean {
  return isSetSupported("WordApi", "1.3");
}

/** The `code` of an OfficeExtension.Error (or any error), for reasons shown to the user. */
export function errorCode(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return e instanceof Error ? e.name : "Error";
}

export function errorReason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return `${errorCode(e)}: ${msg}`;
}
