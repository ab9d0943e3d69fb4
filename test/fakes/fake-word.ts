/**
 * A stateful fake of the subset of the Word JavaScript API (and Office/OfficeExtension globals) that src/word
 * calls. Runs in jest (node) and in a browser (webpack bundles it into the preview and the E2E host script),
 * so it imports nothing: no Node modules, no jest.
 *
 * It behaves like the real thing where our bugs would hide:
 * - Proxy objects: scalar properties (and collection `items`, `isNullObject`, ClientResult.value) THROW
 *   (code PropertyNotLoaded / ValueNotLoaded, like office.js) until load() + sync(); objects returned by
 *   *OrNullObject methods read `undefined` when null, like office.js.
 * - Every method call (load, search, getText, insertComment, delete, settings.add, select, expandTo) is QUEUED and
 *   executed, in order, at context.sync(). A failing action rejects the sync with an OfficeExtension.Error-like
 *   error (`code`, `debugInfo`); the actions before it have taken effect, the ones after it are dropped.
 * - Word.run runs its callback and then a trailing sync (like office.js; an empty sync is no round trip).
 *   Objects cannot be used after their Word.run has finished (InvalidObjectPath).
 * - Every sync is recorded: state.syncCount (every sync() call, trailing ones included), state.roundTrips (syncs
 *   that carried at least one action, i.e. what costs time in real Word) and state.syncLog (what each did).
 * - Requirement sets: a configured API level gates Office.context.requirements.isSetSupported("WordApi", v)
 *   AND the API itself: using a WordApi 1.4 feature (comments, settings) on a 1.3 host fails with ApiNotFound,
 *   getText (1.7) on a 1.4 host likewise.
 * - paragraph.search(text, {matchCase}) searches the paragraph's current text, left to right, non-overlapping;
 *   `^^` is a literal caret, `^t` a tab (other ^-codes: InvalidArgument or NotImplemented); a search string over
 *   255 characters fails with InvalidArgument (office-js#168).
 * - Tracked deletions (paragraph init `deletions`) are included in `paragraph.text` (Word on the web,
 *   office-js#1267) and left out of `getText({includeTextMarkedAsDeleted:false})`; search sees the current text.
 *   Tracked insertions (init `insertions`) are part of the current text. Both carry an author and a date.
 * - Change tracking (WordApi 1.4): `document.changeTrackingMode` loads and sets ("Off", "TrackAll",
 *   "TrackMineOnly"); `range.insertText(text, "Replace")` (1.1) replaces the range's words and, when tracking
 *   is on, records a Deleted change for the old words and an Added change for the new ones by `authorName`;
 *   `body/paragraph.getTrackedChanges()` (1.6) lists them in document order with type, text, author, date and
 *   getRange() (the inserted words; an empty range where deleted words were).
 *
 * - Body.insertOoxml(ooxml, "Start"|"End") (1.1) takes a flat OPC package (pkg:package) or a bare w:document and puts
 *   its paragraphs and tables into the body like Word (table cells as paragraphs of tableNestingLevel 1, listed in
 *   state.tables); the XML it was given is kept in state.insertedOoxml, where tests read the formatting.
 * - Tables (WordApi 1.3): body.insertTable(rows, cols, "Start"|"End", values) and paragraph.insertTable(…, "Before"|"After",
 *   values) validate like Word (values a rows × cols 2-D array of strings, InvalidArgument otherwise) and put one
 *   paragraph per cell into the body (tableNestingLevel 1), as Word's paragraph collection shows them; a table at the
 *   end of the body is followed by an empty paragraph (Word keeps a paragraph mark after a table). state.tables lists them.
 *
 * Simplifications: a paragraph proxy is bound to its index (not to the paragraph), ranges do not move when the
 * text is edited, a range never spans paragraphs, comments keep the offsets they were inserted at.
 */

// ------------------------------------------------------------------------------------------------------------
// Public types
// ------------------------------------------------------------------------------------------------------------

export interface FakeParagraphInit {
  text: string;
  style?: string;
  tableNestingLevel?: number;
  /**
   * The cell of a table this paragraph is in (row and column from 0; several paragraphs may share a cell). A run of
   * consecutive table paragraphs is one table, as in Word (two tables always have a paragraph between them); a
   * table paragraph given without a cell is in a one-column table, one row per paragraph.
   */
  cell?: { row: number; col: number };
  /** The list number Word shows (auto-numbering), e.g. "1." — makes the paragraph a list item. */
  listString?: string;
  /** Tracked deletions shown inline: `text` inserted before `offset` of the current text. */
  deletions?: { offset: number; text: string; author?: string; date?: string }[];
  /** Tracked insertions: `length` characters of the current text from `offset`. */
  insertions?: { offset: number; length: number; author?: string; date?: string }[];
}

export interface InsertCommentRequest {
  paragraphIndex: number;
  start: number;
  end: number;
  quotedText: string;
  content: string;
}

export interface FakeCommentRecord {
  id: string;
  paragraphIndex: number;
  start: number;
  end: number;
  /** The text of the range the comment was inserted on, at insertion time. */
  quotedText: string;
  content: string;
  authorName: string;
  resolved: boolean;
}

export interface FakeWordOptions {
  paragraphs: (string | FakeParagraphInit)[];
  /** Highest WordApi requirement set supported: "1.3" (Office LTSC 2021), "1.4", … "1.7" (default), "1.9". */
  apiLevel?: string;
  /** Office.context.displayLanguage (default "ru-RU"). */
  displayLanguage?: string;
  /** Office.context.platform / onReady info.platform (default "OfficeOnline"). */
  platform?: string;
  /** Make insertComment fail with NotAllowed (office-js#6746): always, or for the requests the predicate picks. */
  failInsertComment?: boolean | ((req: InsertCommentRequest) => boolean);
  /** Make Comment.delete fail with GeneralException (office-js#6895). */
  failDeleteComment?: boolean | ((c: FakeCommentRecord) => boolean);
  /** Comments already in the document (e.g. a reviewer's). */
  comments?: { paragraphIndex: number; start: number; end: number; content: string; authorName?: string }[];
  /** Document settings already stored (Word.Document.settings). */
  settings?: Record<string, unknown>;
  /** Author of comments inserted through the API (default "Fake User"). */
  authorName?: string;
  /** Whether paragraph.text includes tracked deletions (default true, as on Word on the web). */
  textIncludesDeleted?: boolean;
  /** Simulated latency of every round trip, in ms (default 0). */
  syncDelayMs?: number;
  /** The document's change tracking mode when opened (default "Off"). */
  changeTrackingMode?: "Off" | "TrackAll" | "TrackMineOnly";
  /** Office.context.roamingSettings already saved for the add-in (they follow the user, not the document). */
  roamingSettings?: Record<string, unknown>;
  /** Make Range.insertText fail with GeneralException for the ranges whose words the predicate picks. */
  failInsertText?: (oldText: string) => boolean;
}

/** A tracked change as the fake holds it (and as state.trackedChanges reports it). */
export interface FakeTrackedChangeState {
  paragraphIndex: number;
  type: "Added" | "Deleted";
  text: string;
  author: string;
  /** ISO date. */
  date: string;
  /** Offset in the paragraph's current text (for Deleted: where the deleted words stood). */
  offset: number;
}

export interface SyncLogEntry {
  /** 1-based sync number over the fake's lifetime. */
  n: number;
  /** Which Word.run (1-based). */
  run: number;
  /** The sync Word.run makes after its callback. */
  trailing: boolean;
  /** Carried at least one action (an empty sync makes no round trip in office.js). */
  roundTrip: boolean;
  /** What each action did, in order. */
  actions: string[];
  /** "Code: message" when the sync failed. */
  error?: string;
}

export interface FakeParagraphState {
  /** Current text (what getText({includeTextMarkedAsDeleted:false}) returns). */
  text: string;
  /** What paragraph.text returns (with inline tracked deletions when textIncludesDeleted). */
  rawText: string;
  style: string;
  tableNestingLevel: number;
  listString: string | null;
}

export interface FakeSelection {
  paragraphIndex: number;
  start: number;
  end: number;
  text: string;
}

export interface FakeSearchRecord {
  paragraphIndex: number;
  search: string;
  matchCase: boolean;
  hits: number;
}

export interface FakeTableState {
  id: number;
  rowCount: number;
  columnCount: number;
  headerRowCount: number;
  /** Cell texts as they are now, row by row. */
  values: string[][];
  /** Index of the paragraph of the first cell. */
  paragraphIndex: number;
}

export interface FakeWordState {
  readonly apiLevel: string;
  readonly paragraphs: FakeParagraphState[];
  readonly comments: FakeCommentRecord[];
  readonly selection: FakeSelection | null;
  /** Stored document settings (values as they round-trip through JSON). */
  readonly settings: Record<string, unknown>;
  readonly syncCount: number;
  readonly roundTrips: number;
  readonly syncLog: SyncLogEntry[];
  readonly runCount: number;
  readonly searches: FakeSearchRecord[];
  /** Tables in the body, in document order. */
  readonly tables: FakeTableState[];
  /** Bumped by every change to the document (a sync that did something, or a test/user edit): for re-rendering. */
  readonly revision: number;
  /** The change tracking mode now. */
  readonly changeTrackingMode: string;
  /** Tracked changes in document order. */
  readonly trackedChanges: FakeTrackedChangeState[];
  /** Roaming settings as last saved by saveAsync. */
  readonly roamingSettings: Record<string, unknown>;
  /** The OOXML given to Body.insertOoxml, in order. */
  readonly insertedOoxml: string[];
  /** Documents made by Application.createDocument (base64 .docx) and whether they were opened. */
  readonly createdDocuments: { base64: string; opened: boolean }[];
  /** Text edits made through the API (range.insertText), in order: what was replaced by what, tracked or not. */
  readonly edits: { paragraphIndex: number; start: number; oldText: string; newText: string; tracked: boolean }[];
  /** The user edits paragraph i (its tracked deletions go away). */
  setParagraph(index: number, text: string): void;
  /** The user inserts a paragraph before `index` (index = length appends). Comments below shift down. */
  insertParagraph(index: number, text: string): void;
  /** The user deletes paragraph i, with its comments. */
  removeParagraph(index: number): void;
  /** The user adds a comment. */
  addUserComment(c: { paragraphIndex: number; start: number; end: number; content: string; authorName?: string }): void;
  /** Zero syncCount, roundTrips, syncLog, runCount and searches (e.g. after arranging a test). */
  resetCounters(): void;
}

export interface FakeWord {
  Word: FakeWordNamespace;
  Office: FakeOfficeNamespace;
  OfficeExtension: FakeOfficeExtensionNamespace;
  state: FakeWordState;
}

export interface FakeWordNamespace {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(objects: unknown, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  RequestContext: typeof FakeRequestContext;
  ErrorCodes: Record<string, string>;
  InsertLocation: Record<string, string>;
  SelectionMode: Record<string, string>;
  ChangeTrackingMode: Record<string, string>;
}

export interface FakeOfficeNamespace {
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  context: {
    host: string;
    platform: string;
    displayLanguage: string;
    contentLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    /** Per-user add-in settings that follow the user (Office.context.roamingSettings). */
    roamingSettings: {
      get(name: string): unknown;
      set(name: string, value: unknown): void;
      remove(name: string): void;
      saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
    };
    diagnostics: { host: string; platform: string; version: string };
    document: { mode: string };
  };
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
}

export interface FakeOfficeExtensionNamespace {
  Error: typeof FakeOfficeError;
  ErrorCodes: Record<string, string>;
  ClientResult: typeof FakeClientResult;
}

// ------------------------------------------------------------------------------------------------------------
// Errors
// ------------------------------------------------------------------------------------------------------------

export const FAKE_ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;

/** Shaped like OfficeExtension.Error: name "RichApi.Error", code, message, debugInfo. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
  override toString(): string {
    return `${this.name}: ${this.code}: ${this.message}`;
  }
}

function notLoaded(type: string, prop: string): FakeOfficeError {
  return new FakeOfficeError(
    FAKE_ERROR_CODES.propertyNotLoaded,
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );
}

// ------------------------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------------------------

const WORD_SEARCH_MAX = 255;

function parseVersion(v: string | number): number[] {
  return String(v)
    .split(".")
    .map((x) => Number.parseInt(x, 10) || 0);
}

function versionAtLeast(have: string, need: string | number): boolean {
  const a = parseVersion(have);
  const b = parseVersion(need);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

function short(s: string, max = 30): string {
  const one = s.replace(/[\r\n\v]/g, "⏎");
  return JSON.stringify(one.length > max ? one.slice(0, max) + "…" : one);
}

function jsonClone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function foldCase(s: string): string {
  let out = "";
  for (const ch of s) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Decodes Word's non-wildcard ^-codes; throws like Word for what we do not (or Word does not) accept. */
function decodeSearchText(search: string): string {
  let out = "";
  for (let i = 0; i < search.length; i++) {
    const ch = search[i]!;
    if (ch !== "^") {
      out += ch;
      continue;
    }
    const code = search[i + 1];
    i++;
    switch (code) {
      case "^":
        out += "^";
        break;
      case "t":
        out += "\t";
        break;
      case "s":
        out += "\u00a0";
        break;
      case "l":
        out += "\v";
        break;
      case "p":
        out += "\r"; // a paragraph mark: never inside a paragraph's text
        break;
      case "~":
        out += "\u2011";
        break;
      case "-":
        out += "\u00ad";
        break;
      case "+":
        out += "\u2014";
        break;
      case "=":
        out += "\u2013";
        break;
      case "?":
      case "#":
      case "$":
      case "w":
      case "&":
        throw new FakeOfficeError(FAKE_ERROR_CODES.notImplemented, `The fake does not implement the search code ^${code}.`);
      default:
        throw new FakeOfficeError(
          FAKE_ERROR_CODES.invalidArgument,
          `Invalid special character in search text: ${code === undefined ? "a lone ^" : "^" + code}.`,
          "Paragraph.search",
        );
    }
  }
  return out;
}

interface SearchOptionsLike {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  matchWildcards?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
  matchSoundsLike?: boolean;
}

/** Word-like search in `text`: left to right, non-overlapping. Returns [start,end) pairs. */
function searchText(text: string, search: string, options: SearchOptionsLike | undefined): [number, number][] {
  const o = options ?? {};
  for (const unsupported of ["matchWildcards", "ignorePunct", "ignoreSpace", "matchSoundsLike"] as const) {
    if (o[unsupported]) {
      throw new FakeOfficeError(FAKE_ERROR_CODES.notImplemented, `The fake does not implement the search option ${unsupported}.`);
    }
  }
  if (typeof search !== "string" || search.length === 0) {
    throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, "The search text is empty.", "Paragraph.search");
  }
  if (search.length > WORD_SEARCH_MAX) {
    throw new FakeOfficeError(
      FAKE_ERROR_CODES.invalidArgument,
      `The search text is ${search.length} characters long; the maximum is ${WORD_SEARCH_MAX}.`,
      "Paragraph.search",
    );
  }
  const needle = decodeSearchText(search);
  const hay = o.matchCase ? text : foldCase(text);
  const pin = o.matchCase ? needle : foldCase(needle);
  const out: [number, number][] = [];
  let from = 0;
  while (from <= hay.length) {
    const at = hay.indexOf(pin, from);
    if (at === -1) break;
    const end = at + pin.length;
    const startsWord = at === 0 || !WORD_CHAR.test(text[at - 1]!);
    const endsWord = end === text.length || !WORD_CHAR.test(text[end]!);
    const ok =
      (!o.matchWholeWord || (startsWord && endsWord)) && (!o.matchPrefix || startsWord) && (!o.matchSuffix || endsWord);
    if (ok) {
      out.push([at, end]);
      from = end;
    } else {
      from = at + 1;
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------------------
// The document
// ------------------------------------------------------------------------------------------------------------

interface TrackedMark {
  author: string;
  date: string;
}

interface ParaData {
  text: string;
  deletions: ({ offset: number; text: string } & Partial<TrackedMark>)[];
  insertions?: ({ offset: number; length: number } & TrackedMark)[];
  style: string;
  tableNestingLevel: number;
  listString: string | null;
  /** The table cell this paragraph is (tables inserted through the API). */
  cell?: { table: number; row: number; col: number };
}

interface TableRecord {
  id: number;
  rowCount: number;
  columnCount: number;
  headerRowCount: number;
}

/** Date of tracked changes given without one, and of changes made through the API (fixed: tests compare them). */
const FAKE_DATE = "2026-11-20T09:00:00.000Z";
const FAKE_NOW = "2026-12-01T12:00:00.000Z";
const TRACKING_MODES = ["Off", "TrackAll", "TrackMineOnly"];

const WORD_MAX_TABLE_COLUMNS = 63;
const WORD_MAX_TABLE_ROWS = 32767;

interface Loc {
  pi: number;
  start: number;
  end: number;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text of the w:t runs (tabs as \t) of one piece of WordprocessingML. */
function wordText(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) {
    out += m[0] === "<w:tab/>" ? "\t" : m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_e, n: string) => XML_ENTITIES[n]!);
  }
  return out;
}

/** The body of a flat OPC package or w:document as paragraphs and tables, in order (a minimal reading of OOXML). */
export function ooxmlBlocks(ooxml: string): ({ p: string } | { table: string[][] })[] {
  const body = /<w:body>([\s\S]*?)(?:<w:sectPr[\s\S]*?<\/w:sectPr>|<w:sectPr\/>)?\s*<\/w:body>/.exec(ooxml);
  if (!body) throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, "The OOXML has no w:body.", "insertOoxml");
  const blocks: ({ p: string } | { table: string[][] })[] = [];
  for (const m of body[1]!.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    if (m[1] !== undefined) {
      const rows = [...m[1].matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
        [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
          [...c[1]!.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((pp) => wordText(pp[1]!)).join("\v"),
        ),
      );
      blocks.push({ table: rows });
    } else blocks.push({ p: m[2] === undefined ? "" : wordText(m[2]) });
  }
  return blocks;
}

class FakeHost {
  readonly opts: FakeWordOptions;
  readonly apiLevel: string;
  readonly paras: ParaData[];
  comments: FakeCommentRecord[] = [];
  selection: FakeSelection | null = null;
  readonly settings = new Map<string, string>();
  syncCount = 0;
  roundTrips = 0;
  syncLog: SyncLogEntry[] = [];
  runCount = 0;
  searches: FakeSearchRecord[] = [];
  revision = 0;
  private nextCommentId = 1;
  tables: TableRecord[] = [];
  private nextTableId = 1;
  trackingMode: string;
  edits: FakeWordState["edits"][number][] = [];
  createdDocuments: { base64: string; opened: boolean }[] = [];
  roaming = new Map<string, string>();
  private readonly uids = new WeakMap<ParaData, string>();
  private nextUid = 1;

  /** Paragraph.uniqueLocalId: stable for the paragraph while the document is open. */
  uidOf(p: ParaData): string {
    let id = this.uids.get(p);
    if (!id) {
      id = `{fake-paragraph-${this.nextUid++}}`;
      this.uids.set(p, id);
    }
    return id;
  }

  /** Validates insertTable's arguments like Word (InvalidArgument). */
  checkTableArgs(rowCount: number, columnCount: number, values: unknown, where: string): string[][] {
    const bad = (msg: string) => new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, msg, where);
    if (!Number.isInteger(rowCount) || rowCount < 1 || rowCount > WORD_MAX_TABLE_ROWS) throw bad(`rowCount ${rowCount} is out of range.`);
    if (!Number.isInteger(columnCount) || columnCount < 1 || columnCount > WORD_MAX_TABLE_COLUMNS) {
      throw bad(`columnCount ${columnCount} is out of range (1–${WORD_MAX_TABLE_COLUMNS}).`);
    }
    if (values === undefined) return Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, () => ""));
    if (!Array.isArray(values) || values.length !== rowCount) throw bad(`values must have ${rowCount} rows.`);
    return values.map((row, r) => {
      if (!Array.isArray(row) || row.length !== columnCount) throw bad(`values row ${r} must have ${columnCount} cells.`);
      return row.map((cell, c) => {
        if (typeof cell !== "string") throw bad(`values[${r}][${c}] is not a string.`);
        return cell;
      });
    });
  }

  insertedOoxml: string[] = [];

  /** Body.insertOoxml at the start or the end: the package's paragraphs and tables go into the body. */
  insertOoxmlAt(atEnd: boolean, ooxml: string): number {
    const blocks = ooxmlBlocks(ooxml);
    let pos = atEnd ? this.paras.length : 0;
    let added = 0;
    for (const b of blocks) {
      if ("p" in b) {
        this.paras.splice(pos, 0, { text: b.p, deletions: [], style: "Normal", tableNestingLevel: 0, listString: null });
        for (const c of this.comments) if (c.paragraphIndex >= pos) c.paragraphIndex++;
        pos++;
        added++;
      } else {
        const before = this.paras.length;
        this.insertTableAt(pos, b.table);
        const n = this.paras.length - before;
        pos += n;
        added += n;
      }
    }
    this.insertedOoxml.push(ooxml);
    return added;
  }

  /** Puts a table's cell paragraphs at paragraph position `pos`; returns the table id. */
  insertTableAt(pos: number, values: string[][]): number {
    const id = this.nextTableId++;
    const rowCount = values.length;
    const columnCount = values[0]!.length;
    const cells: ParaData[] = [];
    values.forEach((row, r) =>
      row.forEach((text, c) =>
        cells.push({
          text: text.replace(/[\r\n]+/g, "\v"),
          deletions: [],
          style: "Normal",
          tableNestingLevel: 1,
          listString: null,
          cell: { table: id, row: r, col: c },
        }),
      ),
    );
    // A document cannot end with a table: Word keeps an empty paragraph after it.
    if (pos >= this.paras.length) cells.push({ text: "", deletions: [], style: "Normal", tableNestingLevel: 0, listString: null });
    this.paras.splice(pos, 0, ...cells);
    for (const c of this.comments) if (c.paragraphIndex >= pos) c.paragraphIndex += cells.length;
    if (this.selection && this.selection.paragraphIndex >= pos) this.selection.paragraphIndex += cells.length;
    this.tables.push({ id, rowCount, columnCount, headerRowCount: 0 });
    return id;
  }

  /** Tables of the initial document: each run of table paragraphs is one table (see FakeParagraphInit.cell). */
  private placeInitialTables(cells: ({ row: number; col: number } | undefined)[]): void {
    let i = 0;
    while (i < this.paras.length) {
      if (this.paras[i]!.tableNestingLevel === 0) {
        i++;
        continue;
      }
      const id = this.nextTableId++;
      let rows = 0;
      let cols = 0;
      for (let row = 0; i < this.paras.length && this.paras[i]!.tableNestingLevel > 0; i++, row++) {
        const cell = cells[i] ?? { row, col: 0 };
        this.paras[i]!.cell = { table: id, row: cell.row, col: cell.col };
        rows = Math.max(rows, cell.row + 1);
        cols = Math.max(cols, cell.col + 1);
      }
      this.tables.push({ id, rowCount: rows, columnCount: cols, headerRowCount: 0 });
    }
  }

  table(id: number | undefined, where: string): TableRecord {
    const t = id === undefined ? undefined : this.tables.find((x) => x.id === id);
    if (!t || !this.paras.some((p) => p.cell?.table === id)) {
      throw new FakeOfficeError(FAKE_ERROR_CODES.itemNotFound, "The table does not exist.", where);
    }
    return t;
  }

  tableValues(id: number): string[][] {
    const t = this.tables.find((x) => x.id === id)!;
    const out = Array.from({ length: t.rowCount }, () => Array.from({ length: t.columnCount }, () => ""));
    for (const p of this.paras) if (p.cell?.table === id) out[p.cell.row]![p.cell.col] = p.text;
    return out;
  }

  constructor(opts: FakeWordOptions) {
    this.opts = opts;
    this.apiLevel = opts.apiLevel ?? "1.7";
    this.paras = opts.paragraphs.map((p) => {
      const init: FakeParagraphInit = typeof p === "string" ? { text: p } : p;
      return {
        text: init.text,
        deletions: [...(init.deletions ?? [])].sort((a, b) => a.offset - b.offset),
        insertions: (init.insertions ?? [])
          .map((x) => ({ offset: x.offset, length: x.length, author: x.author ?? "Reviewer", date: x.date ?? FAKE_DATE }))
          .sort((a, b) => a.offset - b.offset),
        style: init.style ?? "Normal",
        tableNestingLevel: init.tableNestingLevel ?? (init.cell ? 1 : 0),
        listString: init.listString ?? null,
      };
    });
    this.placeInitialTables(opts.paragraphs.map((p) => (typeof p === "string" ? undefined : p.cell)));
    this.trackingMode = opts.changeTrackingMode ?? "Off";
    for (const c of opts.comments ?? []) this.addComment({ ...c, authorName: c.authorName ?? "Reviewer" });
    for (const [k, v] of Object.entries(opts.settings ?? {})) this.settings.set(k, JSON.stringify(v));
    for (const [k, v] of Object.entries(opts.roamingSettings ?? {})) this.roaming.set(k, JSON.stringify(v));
  }

  supports(version: string): boolean {
    return versionAtLeast(this.apiLevel, version);
  }

  require(version: string, what: string): void {
    if (!this.supports(version)) {
      throw new FakeOfficeError(
        FAKE_ERROR_CODES.apiNotFound,
        `${what} needs WordApi ${version}; this host supports WordApi ${this.apiLevel}.`,
        what,
      );
    }
  }

  para(pi: number, where: string): ParaData {
    const p = this.paras[pi];
    if (!p) throw new FakeOfficeError(FAKE_ERROR_CODES.invalidObjectPath, `Paragraph ${pi} no longer exists.`, where);
    return p;
  }

  rawText(p: ParaData): string {
    if (p.deletions.length === 0) return p.text;
    let out = "";
    let at = 0;
    for (const d of p.deletions) {
      const offset = Math.min(Math.max(d.offset, at), p.text.length);
      out += p.text.slice(at, offset) + d.text;
      at = offset;
    }
    return out + p.text.slice(at);
  }

  /**
   * Replaces loc's words by `text` (Range.insertText "Replace"); with tracking on, the old words become a tracked
   * deletion and the new ones a tracked insertion. Offsets after the range (marks, comments) move with the text.
   */
  replaceText(loc: Loc, text: string, where: string): Loc {
    const p = this.para(loc.pi, where);
    const old = p.text.slice(loc.start, loc.end);
    const delta = text.length - old.length;
    p.text = p.text.slice(0, loc.start) + text + p.text.slice(loc.end);
    const after = (o: number) => (o >= loc.end ? o + delta : o > loc.start ? loc.start : o);
    for (const d of p.deletions) d.offset = after(d.offset);
    p.insertions = (p.insertions ?? [])
      .map((x) => {
        const s0 = x.offset;
        const e0 = x.offset + x.length;
        // The part of an earlier insertion that the new words replace is gone (as in Word).
        const s1 = s0 >= loc.end ? s0 + delta : Math.min(s0, loc.start);
        const e1 = e0 <= loc.start ? e0 : e0 >= loc.end ? e0 + delta : loc.start;
        // An insertion that contains the whole range just changes its words (a simplification of Word's merge).
        if (s0 < loc.start && e0 > loc.end) return { ...x, length: x.length + delta };
        return { ...x, offset: s1, length: Math.max(0, e1 - s1) };
      })
      .filter((x) => x.length > 0);
    for (const c of this.comments) {
      if (c.paragraphIndex !== loc.pi) continue;
      if (c.start >= loc.end) c.start += delta;
      if (c.end >= loc.end) c.end += delta;
    }
    const tracked = this.trackingMode !== "Off";
    if (tracked) {
      const mark = { author: this.opts.authorName ?? "Fake User", date: FAKE_NOW };
      if (old) {
        p.deletions.push({ offset: loc.start, text: old, ...mark });
        p.deletions.sort((a, b) => a.offset - b.offset);
      }
      if (text) {
        p.insertions.push({ offset: loc.start, length: text.length, ...mark });
        p.insertions.sort((a, b) => a.offset - b.offset);
      }
    }
    this.edits.push({ paragraphIndex: loc.pi, start: loc.start, oldText: old, newText: text, tracked });
    return { pi: loc.pi, start: loc.start, end: loc.start + text.length };
  }

  /** Tracked changes in document order (in a paragraph: by offset, a deletion before an insertion at the same place). */
  trackedChanges(only?: number): FakeTrackedChangeState[] {
    const out: FakeTrackedChangeState[] = [];
    this.paras.forEach((p, pi) => {
      if (only !== undefined && pi !== only) return;
      const marks: FakeTrackedChangeState[] = [
        ...p.deletions.map((d) => ({ paragraphIndex: pi, type: "Deleted" as const, text: d.text, author: d.author ?? "Reviewer", date: d.date ?? FAKE_DATE, offset: d.offset })),
        ...(p.insertions ?? []).map((x) => ({ paragraphIndex: pi, type: "Added" as const, text: p.text.slice(x.offset, x.offset + x.length), author: x.author, date: x.date, offset: x.offset })),
      ];
      marks.sort((a, b) => a.offset - b.offset || (a.type === b.type ? 0 : a.type === "Deleted" ? -1 : 1));
      out.push(...marks);
    });
    return out;
  }

  textOf(loc: Loc, where: string): string {
    return this.para(loc.pi, where).text.slice(loc.start, loc.end);
  }

  addComment(c: { paragraphIndex: number; start: number; end: number; content: string; authorName: string }): FakeCommentRecord {
    const p = this.para(c.paragraphIndex, "addComment");
    const rec: FakeCommentRecord = {
      id: `{fake-comment-${this.nextCommentId++}}`,
      paragraphIndex: c.paragraphIndex,
      start: c.start,
      end: c.end,
      quotedText: p.text.slice(c.start, c.end),
      content: c.content,
      authorName: c.authorName,
      resolved: false,
    };
    this.comments.push(rec);
    return rec;
  }

  comment(id: string | undefined, where: string): FakeCommentRecord {
    const c = id === undefined ? undefined : this.comments.find((x) => x.id === id);
    if (!c) throw new FakeOfficeError(FAKE_ERROR_CODES.itemNotFound, "The comment does not exist.", where);
    return c;
  }
}

// ------------------------------------------------------------------------------------------------------------
// Request context
// ------------------------------------------------------------------------------------------------------------

interface QueuedAction {
  label: string;
  run: () => string | void;
}

export class FakeRequestContext {
  /** @internal */ readonly _host: FakeHost;
  /** @internal */ readonly _run: number;
  /** @internal */ _closed = false;
  private _queue: QueuedAction[] = [];
  readonly document: FakeDocument;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: (_o: unknown): void => undefined, remove: (_o: unknown): void => undefined };

  /** @internal */
  constructor(host: FakeHost, run: number) {
    this._host = host;
    this._run = run;
    this.document = new FakeDocument(this);
    this.application = new FakeApplication(this);
  }

  /** @internal */
  _enqueue(label: string, run: () => string | void): void {
    if (this._closed) {
      throw new FakeOfficeError(
        FAKE_ERROR_CODES.invalidObjectPath,
        `${label}: the object was created in a Word.run that has finished.`,
        label,
      );
    }
    this._queue.push({ label, run });
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this._flush(false).then(() => passThroughValue as T);
  }

  /** @internal */
  async _flush(trailing: boolean): Promise<void> {
    const host = this._host;
    const actions = this._queue;
    this._queue = [];
    const entry: SyncLogEntry = { n: ++host.syncCount, run: this._run, trailing, roundTrip: actions.length > 0, actions: [] };
    host.syncLog.push(entry);
    if (actions.length === 0) {
      await Promise.resolve();
      return;
    }
    host.roundTrips++;
    host.revision++;
    const delay = host.opts.syncDelayMs ?? 0;
    await (delay > 0 ? new Promise<void>((r) => setTimeout(r, delay)) : Promise.resolve());
    for (const a of actions) {
      try {
        const detail = a.run();
        entry.actions.push(detail ? `${a.label} → ${detail}` : a.label);
      } catch (e) {
        const err =
          e instanceof FakeOfficeError
            ? e
            : new FakeOfficeError(FAKE_ERROR_CODES.generalException, e instanceof Error ? e.message : String(e), a.label);
        entry.actions.push(`${a.label} ✗ ${err.code}`);
        entry.error = `${err.code}: ${err.message}`;
        throw err;
      }
    }
  }
}

// ------------------------------------------------------------------------------------------------------------
// Proxy objects
// ------------------------------------------------------------------------------------------------------------

/** Property name → the WordApi version that introduced it. */
type Scalars = Record<string, string>;

type LoadSpec = string | string[] | { select?: string | string[]; top?: number; skip?: number } | undefined;

function selectList(spec: LoadSpec): { props: string[]; top?: number; skip?: number } {
  if (spec === undefined) return { props: [] };
  if (typeof spec === "string") return { props: spec.split(",").map((s) => s.trim()).filter(Boolean) };
  if (Array.isArray(spec)) return { props: spec.map((s) => s.trim()).filter(Boolean) };
  const inner = selectList(spec.select);
  return { props: inner.props, top: spec.top, skip: spec.skip };
}

abstract class FakeClientObject {
  /** @internal */ readonly _ctx: FakeRequestContext;
  /** @internal */ readonly _values = new Map<string, unknown>();
  /** @internal */ _isNull: boolean | undefined = undefined;
  /** @internal */ abstract readonly _type: string;
  /** @internal */ abstract readonly _scalars: Scalars;

  constructor(ctx: FakeRequestContext) {
    this._ctx = ctx;
  }

  get context(): FakeRequestContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded(this._type, "isNullObject");
    return this._isNull;
  }

  /** @internal */ abstract _label(): string;
  /** @internal Reads a scalar from the document, at sync time. */
  abstract _read(prop: string): unknown;

  /** @internal Resolves what the proxy points at, at sync time (sets _isNull). */
  _resolve(): void {
    this._isNull = false;
  }

  /** @internal */
  _checkProps(props: string[], scalars: Scalars, type: string): string[] {
    for (const p of props) {
      if (p.includes("/")) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.notImplemented, `The fake does not implement navigation loads (${type}: ${p}).`);
      }
      if (!(p in scalars)) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, `${type} has no property '${p}' (fake).`, `${type}.load`);
      }
    }
    return props;
  }

  /** @internal */
  _fill(props: string[]): void {
    for (const p of props) {
      this._ctx._host.require(this._scalars[p]!, `${this._type}.${p}`);
      this._values.set(p, this._read(p));
    }
  }

  load(spec?: LoadSpec): this {
    const { props } = selectList(spec);
    const all = props.length === 0;
    // Loading everything takes what this host supports (like office.js), naming an unsupported one fails.
    const list = all ? Object.keys(this._scalars).filter((k) => this._ctx._host.supports(this._scalars[k]!)) : this._checkProps(props, this._scalars, this._type);
    this._ctx._enqueue(`${this._label()}.load(${all ? "*" : list.join(",")})`, () => {
      this._resolve();
      if (this._isNull) return "null object";
      this._fill(list);
    });
    return this;
  }

  /** @internal */
  _get<T>(prop: string): T {
    if (this._isNull) return undefined as T;
    if (!this._values.has(prop)) throw notLoaded(this._type, prop);
    return this._values.get(prop) as T;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  /** @internal */ _items: T[] | undefined = undefined;
  /** @internal */ abstract readonly _itemScalars: Scalars;
  /** @internal */ abstract readonly _itemType: string;
  /** @internal */ readonly _scalars: Scalars = {};

  get items(): T[] {
    if (this._items === undefined) throw notLoaded(this._type, "items");
    return this._items;
  }

  /** @internal Creates the item proxies, at sync time. */
  abstract _materialise(): T[];

  /** @internal */
  _read(prop: string): unknown {
    throw notLoaded(this._type, prop);
  }

  override load(spec?: LoadSpec): this {
    const { props, top, skip } = selectList(spec);
    const itemProps = props.map((p) => (p.startsWith("items/") ? p.slice("items/".length) : p)).filter((p) => p !== "items");
    const all = itemProps.length === 0;
    const list = all ? Object.keys(this._itemScalars).filter((k) => this._ctx._host.supports(this._itemScalars[k]!)) : this._checkProps(itemProps, this._itemScalars, this._itemType);
    const label = `${this._label()}.load(${all ? "items/*" : list.map((p) => "items/" + p).join(",")})`;
    this._ctx._enqueue(label, () => {
      this._resolve();
      let items = this._materialise();
      if (skip !== undefined) items = items.slice(skip);
      if (top !== undefined) items = items.slice(0, top);
      for (const item of items) {
        item._resolve();
        item._fill(list);
      }
      this._items = items;
      return `${items.length} item(s)`;
    });
    return this;
  }
}

export class FakeClientResult<T> {
  /** @internal */ _loaded = false;
  /** @internal */ _value: T | undefined = undefined;

  get value(): T {
    if (!this._loaded) {
      throw new FakeOfficeError(FAKE_ERROR_CODES.valueNotLoaded, "ValueNotLoaded", "clientResult.value");
    }
    return this._value as T;
  }

  /** @internal */
  _set(v: T): void {
    this._value = v;
    this._loaded = true;
  }
}

/** Word.Application (WordApi 1.3): createDocument(base64) makes a new document; open() shows it. */
export class FakeApplication extends FakeClientObject {
  readonly _type = "Application";
  readonly _scalars: Scalars = {};

  _label(): string {
    return "Application";
  }

  _read(prop: string): unknown {
    throw notLoaded(this._type, prop);
  }

  createDocument(base64File?: string): FakeDocumentCreated {
    const created = new FakeDocumentCreated(this._ctx);
    this._ctx._enqueue(`Application.createDocument(${base64File ? `${base64File.length} base64 chars` : "blank"})`, () => {
      const host = this._ctx._host;
      host.require("1.3", "Application.createDocument");
      if (base64File !== undefined && (typeof base64File !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64File) || base64File.length % 4 !== 0)) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, "The file is not valid base64.", "Application.createDocument");
      }
      // A .docx is a ZIP: it starts with "PK" (base64 "UEs").
      if (base64File && !base64File.startsWith("UEs")) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, "The file is not a Word document.", "Application.createDocument");
      }
      created._i = host.createdDocuments.push({ base64: base64File ?? "", opened: false }) - 1;
      return `document ${created._i}`;
    });
    return created;
  }
}

export class FakeDocumentCreated extends FakeClientObject {
  readonly _type = "DocumentCreated";
  readonly _scalars: Scalars = {};
  /** @internal */ _i: number | undefined;

  _label(): string {
    return `DocumentCreated[${this._i ?? "?"}]`;
  }

  _read(prop: string): unknown {
    throw notLoaded(this._type, prop);
  }

  open(): void {
    this._ctx._enqueue(`${this._label()}.open()`, () => {
      const d = this._i === undefined ? undefined : this._ctx._host.createdDocuments[this._i];
      if (!d) throw new FakeOfficeError(FAKE_ERROR_CODES.invalidObjectPath, "The document was not created.", "DocumentCreated.open");
      d.opened = true;
    });
  }
}

export class FakeDocument extends FakeClientObject {
  readonly _type = "Document";
  readonly _scalars: Scalars = { changeTrackingMode: "1.4" };
  readonly body: FakeBody;
  private _settings: FakeSettingCollection | undefined;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.body = new FakeBody(ctx);
  }

  get settings(): FakeSettingCollection {
    this._settings ??= new FakeSettingCollection(this._ctx);
    return this._settings;
  }

  _label(): string {
    return "Document";
  }

  get changeTrackingMode(): string {
    return this._get("changeTrackingMode");
  }

  /** Setting the mode is queued like any write and applied at sync (WordApi 1.4). */
  set changeTrackingMode(mode: string) {
    this._ctx._enqueue(`Document.changeTrackingMode = ${mode}`, () => {
      const host = this._ctx._host;
      host.require("1.4", "Document.changeTrackingMode");
      if (!TRACKING_MODES.includes(mode)) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, `Invalid change tracking mode ${mode}.`, "Document.changeTrackingMode");
      }
      host.trackingMode = mode;
      this._values.set("changeTrackingMode", mode);
    });
  }

  /** The current selection (the cursor is an empty range); the start of the document when there is none. */
  getSelection(): FakeRange {
    const range = new FakeRange(this._ctx);
    this._ctx._enqueue("Document.getSelection()", () => {
      const sel = this._ctx._host.selection;
      range._loc = sel ? { pi: sel.paragraphIndex, start: sel.start, end: sel.end } : { pi: 0, start: 0, end: 0 };
      return range._label();
    });
    return range;
  }

  _read(prop: string): unknown {
    if (prop === "changeTrackingMode") return this._ctx._host.trackingMode;
    throw notLoaded(this._type, prop);
  }
}

export class FakeBody extends FakeClientObject {
  readonly _type = "Body";
  readonly _scalars: Scalars = { text: "1.1" };
  readonly paragraphs: FakeParagraphCollection;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.paragraphs = new FakeParagraphCollection(ctx);
  }

  _label(): string {
    return "Body";
  }

  _read(prop: string): unknown {
    const host = this._ctx._host;
    if (prop === "text") return host.paras.map((p) => host.rawText(p)).join("\r");
    throw notLoaded(this._type, prop);
  }

  insertTable(rowCount: number, columnCount: number, insertLocation: string, values?: string[][]): FakeTable {
    const table = new FakeTable(this._ctx);
    this._ctx._enqueue(`Body.insertTable(${rowCount}x${columnCount}, ${insertLocation})`, () => {
      const host = this._ctx._host;
      host.require("1.3", "Body.insertTable");
      if (insertLocation !== "Start" && insertLocation !== "End") {
        throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, `Body.insertTable: insertLocation must be Start or End, not ${insertLocation}.`, "Body.insertTable");
      }
      const rows = host.checkTableArgs(rowCount, columnCount, values, "Body.insertTable");
      table._id = host.insertTableAt(insertLocation === "Start" ? 0 : host.paras.length, rows);
      return `table ${table._id} (${rowCount} rows)`;
    });
    return table;
  }

  insertOoxml(ooxml: string, insertLocation: string): FakeRange {
    const range = new FakeRange(this._ctx);
    this._ctx._enqueue(`Body.insertOoxml(${ooxml.length} chars, ${insertLocation})`, () => {
      const host = this._ctx._host;
      if (insertLocation !== "Start" && insertLocation !== "End") {
        throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, `Body.insertOoxml: insertLocation must be Start or End, not ${insertLocation}.`, "Body.insertOoxml");
      }
      const at = insertLocation === "End" ? host.paras.length : 0;
      const n = host.insertOoxmlAt(insertLocation === "End", ooxml);
      range._loc = { pi: Math.min(at, host.paras.length - 1), start: 0, end: 0 };
      return `${n} paragraph(s)`;
    });
    return range;
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    const coll = new FakeTrackedChangeCollection(this._ctx);
    this._ctx._enqueue("Body.getTrackedChanges()", () => {
      this._ctx._host.require("1.6", "Body.getTrackedChanges");
      coll._changes = this._ctx._host.trackedChanges();
      return `${coll._changes.length} tracked change(s)`;
    });
    return coll;
  }

  getComments(): FakeCommentCollection {
    const coll = new FakeCommentCollection(this._ctx);
    this._ctx._enqueue("Body.getComments()", () => {
      this._ctx._host.require("1.4", "Body.getComments");
      coll._ids = this._ctx._host.comments.map((c) => c.id);
      return `${coll._ids.length} comment(s)`;
    });
    return coll;
  }
}

export class FakeParagraphCollection extends FakeCollection<FakeParagraph> {
  readonly _type = "ParagraphCollection";
  readonly _itemType = "Paragraph";
  readonly _itemScalars: Scalars = PARAGRAPH_SCALARS;

  /** @internal For a range's paragraphs: the paragraph indexes, at sync time (the whole body when unset). */
  _scope: (() => number[]) | undefined = undefined;

  _label(): string {
    return "ParagraphCollection";
  }

  /** @internal */
  _indices(): number[] {
    return this._scope ? this._scope() : this._ctx._host.paras.map((_, i) => i);
  }

  _materialise(): FakeParagraph[] {
    return this._indices().map((i) => new FakeParagraph(this._ctx, i));
  }

  getFirst(): FakeParagraph {
    return this._pick("getFirst", (idx) => idx[0]);
  }

  getLast(): FakeParagraph {
    return this._pick("getLast", (idx) => idx[idx.length - 1]);
  }

  private _pick(name: string, pick: (idx: number[]) => number | undefined): FakeParagraph {
    const para = new FakeParagraph(this._ctx, -1);
    this._ctx._enqueue(`${this._label()}.${name}()`, () => {
      this._ctx._host.require("1.3", `ParagraphCollection.${name}`);
      const i = pick(this._indices());
      if (i === undefined) throw new FakeOfficeError(FAKE_ERROR_CODES.itemNotFound, "The collection is empty.", `ParagraphCollection.${name}`);
      para._index = i;
      return para._label();
    });
    return para;
  }
}

const PARAGRAPH_SCALARS: Scalars = {
  uniqueLocalId: "1.6",
  text: "1.1",
  style: "1.1",
  styleBuiltIn: "1.3",
  tableNestingLevel: "1.3",
  isListItem: "1.3",
};

export class FakeParagraph extends FakeClientObject {
  readonly _type = "Paragraph";
  readonly _scalars: Scalars = PARAGRAPH_SCALARS;
  /** @internal Set at sync time for paragraphs returned by getFirst/getLast. */ _index: number;
  private _listItem: FakeListItem | undefined;
  private _cell: FakeTableCell | undefined;

  constructor(ctx: FakeRequestContext, index: number) {
    super(ctx);
    this._index = index;
  }

  get text(): string {
    return this._get("text");
  }
  get style(): string {
    return this._get("style");
  }
  get styleBuiltIn(): string {
    return this._get("styleBuiltIn");
  }
  get tableNestingLevel(): number {
    return this._get("tableNestingLevel");
  }
  get isListItem(): boolean {
    return this._get("isListItem");
  }
  get uniqueLocalId(): string {
    return this._get("uniqueLocalId");
  }

  _label(): string {
    return `Paragraph[${this._index}]`;
  }

  override _resolve(): void {
    this._ctx._host.para(this._index, this._label());
    this._isNull = false;
  }

  _read(prop: string): unknown {
    const host = this._ctx._host;
    const p = host.para(this._index, this._label());
    switch (prop) {
      case "uniqueLocalId":
        return host.uidOf(p);
      case "text":
        return host.opts.textIncludesDeleted === false ? p.text : host.rawText(p);
      case "style":
        return p.style;
      case "styleBuiltIn":
        return /^Heading [1-9]$/.test(p.style) ? p.style.replace(" ", "") : p.style === "Normal" ? "Normal" : "Other";
      case "tableNestingLevel":
        return p.tableNestingLevel;
      case "isListItem":
        return p.listString !== null;
      default:
        throw notLoaded(this._type, prop);
    }
  }

  get listItemOrNullObject(): FakeListItem {
    this._listItem ??= new FakeListItem(this._ctx, this._index);
    return this._listItem;
  }

  /** WordApi 1.3: the table cell the paragraph is in (a null object outside tables). */
  get parentTableCellOrNullObject(): FakeTableCell {
    this._cell ??= new FakeTableCell(this._ctx, this._index);
    return this._cell;
  }

  getText(options?: { includeTextMarkedAsDeleted?: boolean; includeHiddenText?: boolean }): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    const withDeleted = options?.includeTextMarkedAsDeleted === true;
    this._ctx._enqueue(`${this._label()}.getText(${withDeleted ? "withDeleted" : "current"})`, () => {
      const host = this._ctx._host;
      host.require("1.7", "Paragraph.getText");
      const p = host.para(this._index, this._label());
      result._set(withDeleted ? host.rawText(p) : p.text);
    });
    return result;
  }

  search(searchText: string, options?: SearchOptionsLike): FakeRangeCollection {
    return searchInto(this._ctx, `${this._label()}.search(${short(searchText)})`, searchText, options, () => {
      const p = this._ctx._host.para(this._index, this._label());
      return { pi: this._index, start: 0, end: p.text.length };
    });
  }

  getRange(rangeLocation?: string): FakeRange {
    const range = new FakeRange(this._ctx);
    this._ctx._enqueue(`${this._label()}.getRange(${rangeLocation ?? "Whole"})`, () => {
      const len = this._ctx._host.para(this._index, this._label()).text.length;
      const loc = rangeLocation === "Start" ? 0 : rangeLocation === "End" ? len : undefined;
      range._loc = loc === undefined ? { pi: this._index, start: 0, end: len } : { pi: this._index, start: loc, end: loc };
    });
    return range;
  }

  select(): void {
    this.getRange("Whole").select();
  }

  insertTable(rowCount: number, columnCount: number, insertLocation: string, values?: string[][]): FakeTable {
    const table = new FakeTable(this._ctx);
    this._ctx._enqueue(`${this._label()}.insertTable(${rowCount}x${columnCount}, ${insertLocation})`, () => {
      const host = this._ctx._host;
      host.require("1.3", "Paragraph.insertTable");
      if (insertLocation !== "Before" && insertLocation !== "After") {
        throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, `Paragraph.insertTable: insertLocation must be Before or After, not ${insertLocation}.`, "Paragraph.insertTable");
      }
      host.para(this._index, this._label());
      const rows = host.checkTableArgs(rowCount, columnCount, values, "Paragraph.insertTable");
      table._id = host.insertTableAt(insertLocation === "After" ? this._index + 1 : this._index, rows);
      return `table ${table._id} (${rowCount} rows)`;
    });
    return table;
  }
}

export class FakeListItem extends FakeClientObject {
  readonly _type = "ListItem";
  readonly _scalars: Scalars = { listString: "1.3", level: "1.3" };
  private readonly _index: number;

  constructor(ctx: FakeRequestContext, index: number) {
    super(ctx);
    this._index = index;
  }

  get listString(): string {
    return this._get("listString");
  }
  get level(): number {
    return this._get("level");
  }

  _label(): string {
    return `Paragraph[${this._index}].listItemOrNullObject`;
  }

  override _resolve(): void {
    const host = this._ctx._host;
    host.require("1.3", "Paragraph.listItemOrNullObject");
    this._isNull = host.para(this._index, this._label()).listString === null;
  }

  _read(prop: string): unknown {
    const p = this._ctx._host.para(this._index, this._label());
    if (prop === "listString") return p.listString;
    if (prop === "level") return 0;
    throw notLoaded(this._type, prop);
  }
}

export class FakeTableCell extends FakeClientObject {
  readonly _type = "TableCell";
  readonly _scalars: Scalars = { rowIndex: "1.3", cellIndex: "1.3", value: "1.3" };
  private readonly _index: number;

  constructor(ctx: FakeRequestContext, index: number) {
    super(ctx);
    this._index = index;
  }

  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get cellIndex(): number {
    return this._get("cellIndex");
  }
  get value(): string {
    return this._get("value");
  }

  _label(): string {
    return `Paragraph[${this._index}].parentTableCellOrNullObject`;
  }

  override _resolve(): void {
    const host = this._ctx._host;
    host.require("1.3", "Paragraph.parentTableCellOrNullObject");
    this._isNull = host.para(this._index, this._label()).cell === undefined;
  }

  _read(prop: string): unknown {
    const host = this._ctx._host;
    const cell = host.para(this._index, this._label()).cell!;
    if (prop === "rowIndex") return cell.row;
    if (prop === "cellIndex") return cell.col;
    if (prop === "value") {
      return host.paras
        .filter((p) => p.cell && p.cell.table === cell.table && p.cell.row === cell.row && p.cell.col === cell.col)
        .map((p) => p.text)
        .join("\n");
    }
    throw notLoaded(this._type, prop);
  }
}

function searchInto(
  ctx: FakeRequestContext,
  label: string,
  search: string,
  options: SearchOptionsLike | undefined,
  scope: () => Loc,
): FakeRangeCollection {
  const coll = new FakeRangeCollection(ctx);
  ctx._enqueue(label, () => {
    const within = scope();
    const text = ctx._host.para(within.pi, label).text.slice(within.start, within.end);
    const hits = searchText(text, search, options);
    coll._hits = hits.map(([s, e]) => ({ pi: within.pi, start: within.start + s, end: within.start + e }));
    ctx._host.searches.push({ paragraphIndex: within.pi, search, matchCase: !!options?.matchCase, hits: hits.length });
    return `${hits.length} hit(s)`;
  });
  return coll;
}

export class FakeRangeCollection extends FakeCollection<FakeRange> {
  readonly _type = "RangeCollection";
  readonly _itemType = "Range";
  readonly _itemScalars: Scalars = RANGE_SCALARS;
  /** @internal */ _hits: Loc[] | undefined = undefined;

  _label(): string {
    return "RangeCollection";
  }

  _materialise(): FakeRange[] {
    if (!this._hits) throw new FakeOfficeError(FAKE_ERROR_CODES.invalidObjectPath, "The search has not run.", "RangeCollection");
    return this._hits.map((loc) => {
      const r = new FakeRange(this._ctx);
      r._loc = { ...loc };
      return r;
    });
  }
}

const RANGE_SCALARS: Scalars = { text: "1.1", isEmpty: "1.3", style: "1.1" };

export class FakeRange extends FakeClientObject {
  readonly _type = "Range";
  readonly _scalars: Scalars = RANGE_SCALARS;
  /** @internal Where the range is; set at sync time for ranges returned by queued methods. */
  _loc: Loc | undefined = undefined;

  get text(): string {
    return this._get("text");
  }
  get isEmpty(): boolean {
    return this._get("isEmpty");
  }
  get style(): string {
    return this._get("style");
  }

  /** The paragraphs the range touches (a range of this fake never spans paragraphs: one). */
  get paragraphs(): FakeParagraphCollection {
    const coll = new FakeParagraphCollection(this._ctx);
    coll._scope = () => [this._where("Range.paragraphs").pi];
    return coll;
  }

  /** Test hook (not Word API): where the range is, once resolved. */
  get fakeLocation(): { paragraphIndex: number; start: number; end: number } | undefined {
    return this._loc ? { paragraphIndex: this._loc.pi, start: this._loc.start, end: this._loc.end } : undefined;
  }

  _label(): string {
    return this._loc ? `Range[p${this._loc.pi}:${this._loc.start}-${this._loc.end}]` : "Range";
  }

  /** @internal */
  _where(what: string): Loc {
    if (!this._loc) throw new FakeOfficeError(FAKE_ERROR_CODES.invalidObjectPath, "The range has not been resolved.", what);
    this._ctx._host.para(this._loc.pi, what);
    return this._loc;
  }

  override _resolve(): void {
    this._where(this._label());
    this._isNull = false;
  }

  _read(prop: string): unknown {
    const host = this._ctx._host;
    const loc = this._where(this._label());
    if (prop === "text") return host.textOf(loc, this._label());
    if (prop === "isEmpty") return loc.start === loc.end;
    if (prop === "style") return host.para(loc.pi, this._label()).style;
    throw notLoaded(this._type, prop);
  }

  expandTo(range: FakeRange): FakeRange {
    const out = new FakeRange(this._ctx);
    this._ctx._enqueue(`${this._label()}.expandTo(${range._label()})`, () => {
      const a = this._where("Range.expandTo");
      const b = range._where("Range.expandTo");
      if (a.pi !== b.pi) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.notImplemented, "The fake does not implement ranges across paragraphs.");
      }
      out._loc = { pi: a.pi, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
      return out._label();
    });
    return out;
  }

  search(searchText: string, options?: SearchOptionsLike): FakeRangeCollection {
    return searchInto(this._ctx, `${this._label()}.search(${short(searchText)})`, searchText, options, () =>
      this._where("Range.search"),
    );
  }

  /** Replace (the range's words), Start/Before or End/After (an insertion at that end of the range). */
  insertText(text: string, insertLocation: string): FakeRange {
    const out = new FakeRange(this._ctx);
    this._ctx._enqueue(`${this._label()}.insertText(${short(text)}, ${insertLocation})`, () => {
      const host = this._ctx._host;
      const loc = this._where("Range.insertText");
      if (typeof text !== "string") throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, "text must be a string.", "Range.insertText");
      if (/[\r\n]/.test(text)) throw new FakeOfficeError(FAKE_ERROR_CODES.notImplemented, "The fake does not insert paragraph breaks.", "Range.insertText");
      const at: Loc =
        insertLocation === "Replace"
          ? loc
          : insertLocation === "Start" || insertLocation === "Before"
            ? { pi: loc.pi, start: loc.start, end: loc.start }
            : insertLocation === "End" || insertLocation === "After"
              ? { pi: loc.pi, start: loc.end, end: loc.end }
              : (() => {
                  throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, `Invalid insertLocation ${insertLocation}.`, "Range.insertText");
                })();
      if (host.opts.failInsertText?.(host.textOf(at, "Range.insertText"))) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.generalException, "An internal error has occurred.", "Range.insertText");
      }
      out._loc = host.replaceText(at, text, "Range.insertText");
      this._loc = insertLocation === "Replace" ? out._loc : this._loc;
      return out._label();
    });
    return out;
  }

  insertComment(commentText: string): FakeComment {
    const comment = new FakeComment(this._ctx);
    this._ctx._enqueue(`${this._label()}.insertComment(${short(commentText)})`, () => {
      const host = this._ctx._host;
      host.require("1.4", "Range.insertComment");
      const loc = this._where("Range.insertComment");
      if (typeof commentText !== "string" || commentText.length === 0) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, "The comment text is empty.", "Range.insertComment");
      }
      const req: InsertCommentRequest = {
        paragraphIndex: loc.pi,
        start: loc.start,
        end: loc.end,
        quotedText: host.textOf(loc, "Range.insertComment"),
        content: commentText,
      };
      const fail = host.opts.failInsertComment;
      if (fail === true || (typeof fail === "function" && fail(req))) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.notAllowed, "The operation is not allowed.", "Range.insertComment");
      }
      const rec = host.addComment({ ...req, authorName: host.opts.authorName ?? "Fake User" });
      comment._id = rec.id;
      return `${rec.id} on ${short(rec.quotedText)}`;
    });
    return comment;
  }

  select(selectionMode?: string): void {
    this._ctx._enqueue(`${this._label()}.select(${selectionMode ?? "Select"})`, () => {
      const host = this._ctx._host;
      const loc = this._where("Range.select");
      const start = selectionMode === "End" ? loc.end : loc.start;
      const end = selectionMode === "Start" ? loc.start : loc.end;
      host.selection = { paragraphIndex: loc.pi, start, end, text: host.textOf({ pi: loc.pi, start, end }, "Range.select") };
    });
  }

  getComments(): FakeCommentCollection {
    const coll = new FakeCommentCollection(this._ctx);
    this._ctx._enqueue(`${this._label()}.getComments()`, () => {
      const host = this._ctx._host;
      host.require("1.4", "Range.getComments");
      const loc = this._where("Range.getComments");
      const overlaps = (c: FakeCommentRecord) =>
        loc.start === loc.end ? c.start <= loc.start && c.end >= loc.start : c.start < loc.end && c.end > loc.start;
      coll._ids = host.comments.filter((c) => c.paragraphIndex === loc.pi && overlaps(c)).map((c) => c.id);
      return `${coll._ids.length} comment(s)`;
    });
    return coll;
  }
}

const TRACKED_CHANGE_SCALARS: Scalars = { type: "1.6", text: "1.6", author: "1.6", date: "1.6" };

export class FakeTrackedChangeCollection extends FakeCollection<FakeTrackedChange> {
  readonly _type = "TrackedChangeCollection";
  readonly _itemType = "TrackedChange";
  readonly _itemScalars: Scalars = TRACKED_CHANGE_SCALARS;
  /** @internal Set at sync time. */
  _changes: FakeTrackedChangeState[] | undefined;

  _label(): string {
    return "TrackedChangeCollection";
  }

  _materialise(): FakeTrackedChange[] {
    if (!this._changes) throw new FakeOfficeError(FAKE_ERROR_CODES.invalidObjectPath, "The collection has not been resolved.");
    return this._changes.map((c) => {
      const t = new FakeTrackedChange(this._ctx);
      t._change = c;
      return t;
    });
  }
}

export class FakeTrackedChange extends FakeClientObject {
  readonly _type = "TrackedChange";
  readonly _scalars: Scalars = TRACKED_CHANGE_SCALARS;
  /** @internal */ _change: FakeTrackedChangeState | undefined;

  get type(): string {
    return this._get("type");
  }
  get text(): string {
    return this._get("text");
  }
  get author(): string {
    return this._get("author");
  }
  get date(): Date {
    return this._get("date");
  }

  _label(): string {
    return this._change ? `TrackedChange[p${this._change.paragraphIndex}:${this._change.type}@${this._change.offset}]` : "TrackedChange";
  }

  _read(prop: string): unknown {
    const c = this._change;
    if (!c) throw new FakeOfficeError(FAKE_ERROR_CODES.invalidObjectPath, "The tracked change has not been resolved.");
    if (prop === "date") return new Date(c.date);
    return (c as unknown as Record<string, unknown>)[prop];
  }

  /** The inserted words; for a deletion, the empty range where the deleted words stood. */
  getRange(): FakeRange {
    const range = new FakeRange(this._ctx);
    this._ctx._enqueue(`${this._label()}.getRange()`, () => {
      const c = this._change;
      if (!c) throw new FakeOfficeError(FAKE_ERROR_CODES.invalidObjectPath, "The tracked change has not been resolved.");
      range._loc = { pi: c.paragraphIndex, start: c.offset, end: c.type === "Added" ? c.offset + c.text.length : c.offset };
      return range._label();
    });
    return range;
  }
}

const COMMENT_SCALARS: Scalars = { id: "1.4", content: "1.4", authorName: "1.4", resolved: "1.4" };

export class FakeCommentCollection extends FakeCollection<FakeComment> {
  readonly _type = "CommentCollection";
  readonly _itemType = "Comment";
  readonly _itemScalars: Scalars = COMMENT_SCALARS;
  /** @internal */ _ids: string[] | undefined = undefined;

  _label(): string {
    return "CommentCollection";
  }

  _materialise(): FakeComment[] {
    if (!this._ids) throw new FakeOfficeError(FAKE_ERROR_CODES.invalidObjectPath, "getComments has not run.", "CommentCollection");
    const live = new Set(this._ctx._host.comments.map((c) => c.id));
    return this._ids
      .filter((id) => live.has(id))
      .map((id) => {
        const c = new FakeComment(this._ctx);
        c._id = id;
        return c;
      });
  }
}

export class FakeComment extends FakeClientObject {
  readonly _type = "Comment";
  readonly _scalars: Scalars = COMMENT_SCALARS;
  /** @internal */ _id: string | undefined = undefined;

  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
  get authorName(): string {
    return this._get("authorName");
  }
  get resolved(): boolean {
    return this._get("resolved");
  }

  _label(): string {
    return `Comment[${this._id ?? "?"}]`;
  }

  override _resolve(): void {
    this._ctx._host.comment(this._id, this._label());
    this._isNull = false;
  }

  _read(prop: string): unknown {
    const c = this._ctx._host.comment(this._id, this._label());
    switch (prop) {
      case "id":
        return c.id;
      case "content":
        return c.content;
      case "authorName":
        return c.authorName;
      case "resolved":
        return c.resolved;
      default:
        throw notLoaded(this._type, prop);
    }
  }

  delete(): void {
    this._ctx._enqueue(`${this._label()}.delete()`, () => {
      const host = this._ctx._host;
      host.require("1.4", "Comment.delete");
      const c = host.comment(this._id, "Comment.delete");
      const fail = host.opts.failDeleteComment;
      if (fail === true || (typeof fail === "function" && fail({ ...c }))) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.generalException, "GeneralException", "Comment.delete");
      }
      host.comments = host.comments.filter((x) => x.id !== c.id);
    });
  }
}

const TABLE_SCALARS: Scalars = { rowCount: "1.3", values: "1.3", headerRowCount: "1.3" };

/** Word.Table (WordApi 1.3): rowCount, values, headerRowCount (settable: the setter is queued, like office.js). */
export class FakeTable extends FakeClientObject {
  readonly _type = "Table";
  readonly _scalars: Scalars = TABLE_SCALARS;
  /** @internal Set at sync time by the insert. */ _id: number | undefined = undefined;

  get rowCount(): number {
    return this._get("rowCount");
  }
  get values(): string[][] {
    return this._get("values");
  }
  get headerRowCount(): number {
    return this._get("headerRowCount");
  }
  set headerRowCount(n: number) {
    this._ctx._enqueue(`${this._label()}.headerRowCount = ${n}`, () => {
      const t = this._ctx._host.table(this._id, "Table.headerRowCount");
      if (!Number.isInteger(n) || n < 0 || n > t.rowCount) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, `headerRowCount ${n} is out of range.`, "Table.headerRowCount");
      }
      t.headerRowCount = n;
    });
  }

  _label(): string {
    return `Table[${this._id ?? "?"}]`;
  }

  override _resolve(): void {
    this._ctx._host.table(this._id, this._label());
    this._isNull = false;
  }

  _read(prop: string): unknown {
    const host = this._ctx._host;
    const t = host.table(this._id, this._label());
    if (prop === "rowCount") return t.rowCount;
    if (prop === "headerRowCount") return t.headerRowCount;
    if (prop === "values") return host.tableValues(t.id);
    throw notLoaded(this._type, prop);
  }
}

const SETTING_SCALARS: Scalars = { key: "1.4", value: "1.4" };

export class FakeSettingCollection extends FakeCollection<FakeSetting> {
  readonly _type = "SettingCollection";
  readonly _itemType = "Setting";
  readonly _itemScalars: Scalars = SETTING_SCALARS;

  _label(): string {
    return "SettingCollection";
  }

  override _resolve(): void {
    this._ctx._host.require("1.4", "Document.settings");
    this._isNull = false;
  }

  _materialise(): FakeSetting[] {
    return [...this._ctx._host.settings.keys()].map((k) => new FakeSetting(this._ctx, k, "get"));
  }

  add(key: string, value: unknown): FakeSetting {
    const setting = new FakeSetting(this._ctx, key, "get");
    this._ctx._enqueue(`SettingCollection.add(${short(key)})`, () => {
      const host = this._ctx._host;
      host.require("1.4", "SettingCollection.add");
      if (typeof key !== "string" || key.length === 0) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, "The setting key is empty.", "SettingCollection.add");
      }
      if (value === undefined) {
        throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, "The setting value is undefined.", "SettingCollection.add");
      }
      const json = JSON.stringify(value);
      host.settings.set(key, json);
      return `${json.length} chars`;
    });
    return setting;
  }

  getItem(key: string): FakeSetting {
    const setting = new FakeSetting(this._ctx, key, "get");
    this._ctx._enqueue(`SettingCollection.getItem(${short(key)})`, () => setting._resolve());
    return setting;
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this._ctx, key, "getOrNull");
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._ctx._enqueue("SettingCollection.getCount()", () => {
      this._resolve();
      result._set(this._ctx._host.settings.size);
    });
    return result;
  }

  deleteAll(): void {
    this._ctx._enqueue("SettingCollection.deleteAll()", () => {
      this._resolve();
      this._ctx._host.settings.clear();
    });
  }
}

export class FakeSetting extends FakeClientObject {
  readonly _type = "Setting";
  readonly _scalars: Scalars = SETTING_SCALARS;
  private readonly _key: string;
  private readonly _mode: "get" | "getOrNull";

  constructor(ctx: FakeRequestContext, key: string, mode: "get" | "getOrNull") {
    super(ctx);
    this._key = key;
    this._mode = mode;
  }

  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }

  _label(): string {
    return `Setting[${short(this._key)}]`;
  }

  override _resolve(): void {
    const host = this._ctx._host;
    host.require("1.4", "Document.settings");
    const exists = host.settings.has(this._key);
    if (!exists && this._mode === "get") {
      throw new FakeOfficeError(FAKE_ERROR_CODES.itemNotFound, `The setting ${this._key} does not exist.`, "SettingCollection.getItem");
    }
    this._isNull = !exists;
  }

  _read(prop: string): unknown {
    if (prop === "key") return this._key;
    if (prop === "value") {
      const json = this._ctx._host.settings.get(this._key);
      return json === undefined ? undefined : JSON.parse(json);
    }
    throw notLoaded(this._type, prop);
  }

  delete(): void {
    this._ctx._enqueue(`${this._label()}.delete()`, () => {
      this._ctx._host.require("1.4", "Setting.delete");
      this._ctx._host.settings.delete(this._key);
    });
  }
}

// ------------------------------------------------------------------------------------------------------------
// Factory
// ------------------------------------------------------------------------------------------------------------

const KNOWN_SETS = new Set(["wordapi"]);

export function createFakeWord(opts: FakeWordOptions): FakeWord {
  const host = new FakeHost(opts);
  const platform = opts.platform ?? "OfficeOnline";
  const displayLanguage = opts.displayLanguage ?? "ru-RU";

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args.find((a) => typeof a === "function") as ((ctx: FakeRequestContext) => Promise<T>) | undefined;
    if (!batch) throw new FakeOfficeError(FAKE_ERROR_CODES.invalidArgument, "Word.run needs a batch function.", "Word.run");
    const ctx = new FakeRequestContext(host, ++host.runCount);
    try {
      const pending = batch(ctx) as unknown;
      if (!pending || typeof (pending as { then?: unknown }).then !== "function") {
        throw new FakeOfficeError(FAKE_ERROR_CODES.runMustReturnPromise, "The batch function passed to Word.run must return a promise.");
      }
      const result = await (pending as Promise<T>);
      await ctx._flush(true);
      return result;
    } finally {
      ctx._closed = true;
    }
  }

  const Word: FakeWordNamespace = {
    run: run as FakeWordNamespace["run"],
    RequestContext: FakeRequestContext,
    ErrorCodes: { ...FAKE_ERROR_CODES },
    InsertLocation: { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace" },
    SelectionMode: { select: "Select", start: "Start", end: "End" },
    ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
  };

  const Office: FakeOfficeNamespace = {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
    context: {
      host: "Word",
      platform,
      displayLanguage,
      contentLanguage: displayLanguage,
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (!KNOWN_SETS.has(String(name).toLowerCase())) return false;
          return minVersion === undefined ? true : versionAtLeast(host.apiLevel, minVersion);
        },
      },
      // Like Office: set/remove change a local copy; saveAsync persists it (here: into state.roamingSettings).
      roamingSettings: (() => {
        const local = new Map<string, string>(Object.entries(host.opts.roamingSettings ?? {}).map(([k, v]) => [k, JSON.stringify(v)]));
        return {
          get: (name: string) => (local.has(name) ? JSON.parse(local.get(name)!) : null),
          set: (name: string, value: unknown) => void local.set(name, JSON.stringify(value)),
          remove: (name: string) => void local.delete(name),
          saveAsync: (callback?: (result: { status: string }) => void) => {
            host.roaming = new Map(local);
            setTimeout(() => callback?.({ status: "succeeded" }), 0);
          },
        };
      })(),
      diagnostics: { host: "Word", platform, version: "16.0.fake" },
      document: { mode: "ReadWrite" },
    },
    onReady(callback) {
      const info = { host: "Word", platform };
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
  };

  const OfficeExtension: FakeOfficeExtensionNamespace = {
    Error: FakeOfficeError,
    ErrorCodes: { ...FAKE_ERROR_CODES },
    ClientResult: FakeClientResult,
  };

  const state: FakeWordState = {
    get apiLevel() {
      return host.apiLevel;
    },
    get paragraphs() {
      return host.paras.map((p) => ({
        text: p.text,
        rawText: host.opts.textIncludesDeleted === false ? p.text : host.rawText(p),
        style: p.style,
        tableNestingLevel: p.tableNestingLevel,
        listString: p.listString,
      }));
    },
    get comments() {
      return host.comments.map((c) => ({ ...c }));
    },
    get changeTrackingMode() {
      return host.trackingMode;
    },
    get trackedChanges() {
      return host.trackedChanges();
    },
    get edits() {
      return host.edits.map((e) => ({ ...e }));
    },
    get createdDocuments() {
      return host.createdDocuments.map((d) => ({ ...d }));
    },
    get insertedOoxml() {
      return [...host.insertedOoxml];
    },
    get roamingSettings() {
      const out: Record<string, unknown> = {};
      for (const [k, v] of host.roaming) out[k] = JSON.parse(v);
      return out;
    },
    get selection() {
      return host.selection ? { ...host.selection } : null;
    },
    get settings() {
      const out: Record<string, unknown> = {};
      for (const [k, v] of host.settings) out[k] = JSON.parse(v);
      return out;
    },
    get syncCount() {
      return host.syncCount;
    },
    get roundTrips() {
      return host.roundTrips;
    },
    get syncLog() {
      return host.syncLog.map((e) => ({ ...e, actions: [...e.actions] }));
    },
    get runCount() {
      return host.runCount;
    },
    get searches() {
      return host.searches.map((s) => ({ ...s }));
    },
    get revision() {
      return host.revision;
    },
    get tables() {
      return host.tables
        .filter((t) => host.paras.some((p) => p.cell?.table === t.id))
        .map((t) => ({
          id: t.id,
          rowCount: t.rowCount,
          columnCount: t.columnCount,
          headerRowCount: t.headerRowCount,
          values: host.tableValues(t.id),
          paragraphIndex: host.paras.findIndex((p) => p.cell?.table === t.id),
        }))
        .sort((a, b) => a.paragraphIndex - b.paragraphIndex);
    },
    setParagraph(index, text) {
      const p = host.para(index, "setParagraph");
      p.text = text;
      p.deletions = [];
      p.insertions = [];
      host.revision++;
    },
    insertParagraph(index, text) {
      if (index < 0 || index > host.paras.length) throw new RangeError(`no paragraph position ${index}`);
      host.paras.splice(index, 0, { text, deletions: [], style: "Normal", tableNestingLevel: 0, listString: null });
      for (const c of host.comments) if (c.paragraphIndex >= index) c.paragraphIndex++;
      if (host.selection && host.selection.paragraphIndex >= index) host.selection.paragraphIndex++;
      host.revision++;
    },
    removeParagraph(index) {
      host.para(index, "removeParagraph");
      host.paras.splice(index, 1);
      host.comments = host.comments.filter((c) => c.paragraphIndex !== index);
      for (const c of host.comments) if (c.paragraphIndex > index) c.paragraphIndex--;
      if (host.selection?.paragraphIndex === index) host.selection = null;
      else if (host.selection && host.selection.paragraphIndex > index) host.selection.paragraphIndex--;
      host.revision++;
    },
    addUserComment(c) {
      host.addComment({ ...c, authorName: c.authorName ?? "Reviewer" });
      host.revision++;
    },
    resetCounters() {
      host.syncCount = 0;
      host.roundTrips = 0;
      host.syncLog = [];
      host.runCount = 0;
      host.searches = [];
    },
  };

  return { Word, Office, OfficeExtension: OfficeExtension, state };
}

/**
 * Creates a fake and installs it as the globals `Word`, `Office` and `OfficeExtension` of `globalObj`
 * (globalThis in jest, window in the browser). Returns the fake, whose `state` the test inspects.
 */
export function installFakeWord(globalObj: object, opts: FakeWordOptions): FakeWord {
  const fake = createFakeWord(opts);
  const g = globalObj as Record<string, unknown>;
  g.Word = fake.Word;
  g.Office = fake.Office;
  g.OfficeExtension = fake.OfficeExtension;
  return fake;
}

/** Removes the globals installFakeWord set. */
export function uninstallFakeWord(globalObj: object): void {
  const g = globalObj as Record<string, unknown>;
  delete g.Word;
  delete g.Office;
  delete g.OfficeExtension;
}
