/**
 * What the pane needs from Word: exactly the functions of src/word (the only code that calls Office.js).
 * The App takes a WordHost prop so that tests can hand it something else; by default it is src/word itself.
 */
import * as word from "../word";
import type { AnchorOutcome, DocumentSnapshot, HostCapabilities } from "../word/types";
import type { TrackedReview } from "../word/tracked-changes";
import type { Finding } from "../contract";

export interface WordHost {
  getCapabilities(): HostCapabilities;
  readDocument(onProgress?: (done: number, total: number) => void): Promise<DocumentSnapshot>;
  changedParagraphs(snapshot: DocumentSnapshot): Promise<number[]>;
  selectFinding(f: Finding): Promise<AnchorOutcome>;
  addComments(
    findings: Finding[],
    bodyOf: (f: Finding) => string,
    options?: { onProgress?: (done: number, total: number) => void },
  ): Promise<AnchorOutcome[]>;
  removeZangerComments(): Promise<number>;
  /** Applies findings' suggestions as tracked changes (only the changed words), restoring the tracking mode. */
  applyFixes(findings: Finding[], options?: { onProgress?: (done: number, total: number) => void }): Promise<AnchorOutcome[]>;
  loadDismissals(): Promise<string[]>;
  saveDismissals(fingerprints: string[]): Promise<void>;
  /** The lawyer's answers to open RIA checklist items, per document (item ids and yes/no only). */
  loadRiaTicks(): Promise<Record<string, "yes" | "no">>;
  saveRiaTicks(ticks: Record<string, "yes" | "no">): Promise<void>;
  /** Tracked changes (WordApi 1.6) with each changed paragraph's text before and after them. */
  readTrackedChanges(): Promise<TrackedReview>;
  selectTrackedChange(n: number): Promise<boolean>;
  /** Opens a new Word document made from a .docx (base64). */
  openNewDocument(base64Docx: string): Promise<void>;
  /** The lawyer's choice not to ask the language model about this document (document settings). */
  loadModelOff(): Promise<boolean>;
  saveModelOff(off: boolean): Promise<void>;
  /** The user's access token to the service (Office roaming settings), if any. */
  loadAccessToken(): string | null;
  saveAccessToken(token: string | null): Promise<void>;
  /** Appends WordprocessingML (flat OPC) at the end of the open document. */
  appendOoxml(ooxml: string): Promise<void>;
  /** Writes a table (first row = headings) at the end of the document or after the cursor's paragraph. */
  insertTable(values: string[][], options?: { at?: "end" | "cursor" }): Promise<{ rowCount: number; columnCount: number }>;
}

export const wordHost: WordHost = word;

/** Capabilities without ever throwing: outside Office (no Office.js, or a plain browser) the pane is "not in Word". */
export function safeCapabilities(host: WordHost): HostCapabilities {
  try {
    return host.getCapabilities();
  } catch {
    return { inWord: false, wordApi14: false, wordApi16: false, wordApi17: false, readOnly: true, displayLanguage: "" };
  }
}
