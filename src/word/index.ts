/** The Word side: the only code that calls Office.js. The task pane imports from here. */
export * from "./types";
export { getCapabilities, errorCode, errorReason } from "./capabilities";
export { readDocument, changedParagraphs, paragraphHash, READ_CHUNK, CURRENT_TEXT_OPTIONS, type ReadProgress } from "./read";
export { selectFinding } from "./select";
export {
  addComments,
  addCommentsSyncs,
  removeZangerComments,
  commentText,
  isZangerComment,
  COMMENTS_PER_SYNC,
  MAX_CONSECUTIVE_FAILURES,
  type AddCommentsOptions,
} from "./comments";
export { applyFixes, changedPart, FIXES_PER_SYNC, type ApplyFixesOptions } from "./fixes";
export {
  readTrackedChanges,
  selectTrackedChange,
  rebuildParagraph,
  TrackedChangesUnsupported,
  type TrackedChangeInfo,
  type ChangedParagraph,
  type TrackedReview,
} from "./tracked-changes";
export { openNewDocument, appendOoxml } from "./new-document";
export { loadAccessToken, saveAccessToken } from "./access-token";
export { loadModelOff, saveModelOff, MODEL_OFF_KEY } from "./model-choice";
export { loadDismissals, saveDismissals, isFingerprint, DISMISSALS_KEY } from "./dismissals";
export { RESOLVE_SYNCS, SEARCH_OPTIONS } from "./anchoring";
export { insertTable, tableShape, MAX_TABLE_COLUMNS, type TablePlacement, type InsertTableResult } from "./tables";
export { loadRiaTicks, saveRiaTicks, RIA_TICKS_KEY, type RiaTicks } from "./ria-ticks";
export * from "./anchor";
