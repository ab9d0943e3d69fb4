/**
 * The contract between the task pane and the Word side (src/word). Only src/word calls Office.js;
 * the pane calls these functions. Implemented in src/word/*.ts.
 */
import type { Finding, Paragraph } from "../contract";

export interface HostCapabilities {
  /** Running inside an Office host that is Word (or the fake Word host of the preview and tests). */
  inWord: boolean;
  /** WordApi 1.4: comments, change tracking mode, document settings. Below it the pane is read-only. */
  wordApi14: boolean;
  /** WordApi 1.6: tracked changes can be read. */
  wordApi16: boolean;
  /** WordApi 1.7: Paragraph.getText without deleted text. */
  wordApi17: boolean;
  readOnly: boolean;
  /** Office display language, e.g. "ru-RU", "kk-KZ", "en-US". */
  displayLanguage: string;
}

export interface DocumentSnapshot {
  paragraphs: Paragraph[];
  /** Per paragraph, hash of its text: used to tell whether the document changed since the check. */
  hashes: string[];
}

export type AnchorStatus =
  | "anchored" // found exactly where the finding says
  | "relocated" // the paragraph changed, the words were re-found by their context
  | "stale" // the words are no longer there
  | "ambiguous" // Word's hits do not match our count of occurrences: refusing to guess
  | "unsearchable" // Word cannot search this quote (e.g. control characters)
  | "document-level" // the finding is about the whole document (paragraphIndex null)
  | "failed"; // Word refused (e.g. NotAllowed on some Word on the web builds)

export interface AnchorOutcome {
  findingId: string;
  status: AnchorStatus;
  /** Human-readable reason for anything but anchored/relocated (English; the pane localises by status). */
  reason?: string;
}

/** Every comment Zanger writes starts with this, so "Remove Zanger comments" clears only ours. */
export const COMMENT_PREFIX = "[Zanger";
