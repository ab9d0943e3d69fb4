/**
 * The fake Word host of the browser preview and the E2E test: test/fakes/fake-word.ts installed as the globals
 * Word / Office / OfficeExtension of the page, with one of the sample drafts as the document.
 */
import { installFakeWord, type FakeWord, type FakeWordOptions } from "../../test/fakes/fake-word";
import { SAMPLES, type SampleId } from "./samples";

export type { FakeWord, FakeWordOptions };

/** Office display language that goes with each sample, so the pane opens in the sample's language. */
export const SAMPLE_DISPLAY_LANGUAGE: Record<SampleId, string> = { ru: "ru-RU", kk: "kk-KZ" };

export function installHost(opts: FakeWordOptions): FakeWord {
  return installFakeWord(window, opts);
}

/** (Re)installs the fake host with a sample draft; a little latency per round trip makes progress visible. */
export function installSample(id: SampleId): FakeWord {
  return installHost({
    paragraphs: SAMPLES[id].paragraphs,
    apiLevel: "1.7",
    displayLanguage: SAMPLE_DISPLAY_LANGUAGE[id],
    authorName: "Zanger",
    syncDelayMs: 20,
  });
}
