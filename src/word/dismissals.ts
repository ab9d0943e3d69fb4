/**
 * Dismissed findings, per document, in Word's document settings (WordApi 1.4; saved with the document).
 * Only fingerprints are stored (rule id + hash), never draft text.
 */
import { getCapabilities } from "./capabilities";

export const DISMISSALS_KEY = "zanger.dismissals";

/** A fingerprint is an opaque printable-ASCII token without spaces (e.g. "LA-ENTRY-INTO-FORCE-60D:0a1b…"). */
const FINGERPRINT = /^[\x21-\x7e]{1,200}$/;

export function isFingerprint(value: unknown): value is string {
  return typeof value === "string" && FINGERPRINT.test(value);
}

function parseStored(value: unknown): string[] {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(v)) return [];
  return [...new Set(v.filter(isFingerprint))];
}

/** The dismissed fingerprints of this document ([] when none, or below WordApi 1.4). */
export async function loadDismissals(): Promise<string[]> {
  if (!getCapabilities().wordApi14) return [];
  return Word.run(async (context) => {
    const setting = context.document.settings.getItemOrNullObject(DISMISSALS_KEY);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? [] : parseStored(setting.value);
  });
}

/**
 * Replaces the document's dismissed fingerprints. Throws TypeError for anything that is not a fingerprint
 * (this is what keeps draft text out of the settings). Below WordApi 1.4 there are no document settings: nothing
 * is stored (the pane keeps dismissals in memory for the session).
 */
export async function saveDismissals(fingerprints: readonly string[]): Promise<void> {
  const bad = fingerprints.find((fp) => !isFingerprint(fp));
  if (bad !== undefined) throw new TypeError(`not a fingerprint: ${JSON.stringify(String(bad).slice(0, 40))}`);
  if (!getCapabilities().wordApi14) return;
  const unique = [...new Set(fingerprints)].sort();
  await Word.run(async (context) => {
    context.document.settings.add(DISMISSALS_KEY, unique);
    await context.sync();
  });
}
