/**
 * Whether the language model may be asked about this document: the lawyer's choice, kept in the document's
 * settings (WordApi 1.4) as a single flag. Below 1.4 there are no document settings: the choice lasts the session.
 */
import { getCapabilities } from "./capabilities";

export const MODEL_OFF_KEY = "zanger.llmOff";

export async function loadModelOff(): Promise<boolean> {
  if (!getCapabilities().wordApi14) return false;
  return Word.run(async (context) => {
    const setting = context.document.settings.getItemOrNullObject(MODEL_OFF_KEY);
    setting.load("value");
    await context.sync();
    return !setting.isNullObject && setting.value === true;
  });
}

export async function saveModelOff(off: boolean): Promise<void> {
  if (!getCapabilities().wordApi14) return;
  await Word.run(async (context) => {
    context.document.settings.add(MODEL_OFF_KEY, off);
    await context.sync();
  });
}
