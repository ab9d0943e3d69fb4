/**
 * Stand-alone fake Word host for the E2E test (emitted as dist/test/fake-word-host.js, a fixed name).
 * The test serves this file in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js, so it runs
 * exactly where Office.js would: before the pane's bundle. Options come from window.__ZANGER_FAKE_OPTIONS__
 * (set by page.addInitScript); the fake is exposed as window.__zangerFake so the test can read its state.
 */
import { installHost, type FakeWord, type FakeWordOptions } from "./fake-host";

declare global {
  interface Window {
    __ZANGER_FAKE_OPTIONS__?: FakeWordOptions;
    __zangerFake?: FakeWord;
  }
}

window.__zangerFake = installHost(window.__ZANGER_FAKE_OPTIONS__ ?? { paragraphs: [""] });
