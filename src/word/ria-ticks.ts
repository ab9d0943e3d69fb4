/**
 * The lawyer's answers to open RIA checklist items, per document, in Word's document settings (WordApi 1.4),
 * like dismissals: only item ids and "yes"/"no", never draft text.
 */
import { getCapabilities } from "./capabilities";

export const RIA_TICKS_KEY = "zanger.ria";

/** Item id → the lawyer's answer. */
export type RiaTicks = Record<string, "yes" | "no">;

const ITEM_ID = /^[a-z0-9-]{1,40}$/;

function clean(value: unknown): RiaTicks {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return {};
    }
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return {};
  const out: RiaTicks = {};
  for (const [k, a] of Object.entries(v as Record<string, unknown>)) {
    if (ITEM_ID.test(k) && (a === "yes" || a === "no")) out[k] = a;
  }
  return out;
}

/** The stored answers of this document ({} when none, or below WordApi 1.4). */
export async function loadRiaTicks(): Promise<RiaTicks> {
  if (!getCapabilities().wordApi14) return {};
  return Word.run(async (context) => {
    const setting = context.document.settings.getItemOrNullObject(RIA_TICKS_KEY);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? {} : clean(setting.value);
  });
}

/** Replaces the stored answers. Throws TypeError for a key or value that is not an item id / answer. */
export async function saveRiaTicks(ticks: RiaTicks): Promise<void> {
  for (const [k, a] of Object.entries(ticks)) {
    if (!ITEM_ID.test(k) || (a !== "yes" && a !== "no")) throw new TypeError(`not an RIA checklist answer: ${JSON.stringify(k).slice(0, 40)}`);
  }
  if (!getCapabilities().wordApi14) return;
  const sorted = Object.fromEntries(Object.entries(ticks).sort(([a], [b]) => a.localeCompare(b)));
  await Word.run(async (context) => {
    context.document.settings.add(RIA_TICKS_KEY, sorted);
    await context.sync();
  });
}
