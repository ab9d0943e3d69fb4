/**
 * The rules on several cores: a pool of worker threads (./engine-worker), one document per worker at a time, the
 * others queued. The main thread keeps HTTP, validation, the audit log and the model part; a check never blocks it.
 * A worker that dies fails only its own check (the caller answers a clear error) and is replaced.
 *
 * The worker runs compiled JavaScript, so the pool exists only in the built service (`zanger serve`); the service
 * built from source in tests runs the engine in slices on the main thread instead (checkParagraphsAsync).
 */
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ActType, Finding, Language, Pack, Paragraph, RiaReport, Summary, UiLanguage } from "../contract";
import type { ParsedDocument } from "../engine/document/model";
import { evaluateRia } from "../engine/ria";
import type { EngineResult } from "../engine/run";

export interface WorkerJob {
  id: number;
  paragraphs: readonly Paragraph[];
  options: { actType?: ActType; language?: Language; title?: string; noHeading?: boolean; packs?: readonly Pack[]; uiLanguage?: UiLanguage };
  /** Send partial findings while the rules run. */
  partial: boolean;
  /** Evaluate the RIA checklist too. */
  ria: boolean;
  /** Send the parsed document back (the model part needs it; copying it costs the main thread otherwise). */
  doc: boolean;
}

/** What the rules give a check: findings, the document's detected type and language, the RIA checklist. */
export interface RulesResult {
  findings: Finding[];
  summary: Summary;
  failedRules: string[];
  document: { actType: ActType; language: Language; detected: { actType: ActType; language: Language } };
  ria?: RiaReport;
  doc?: ParsedDocument;
}

/** What a check needs of the engine's result, the same in a worker and on the main thread. */
export function rulesResultOf(result: EngineResult, opts: { ria: boolean; ui?: UiLanguage; doc: boolean }): RulesResult {
  const { doc, findings, summary, failedRules } = result;
  return {
    findings,
    summary,
    failedRules,
    document: { actType: doc.actType, language: doc.language, detected: doc.detected },
    ...(opts.ria ? { ria: evaluateRia(doc, opts.ui) } : {}),
    ...(opts.doc ? { doc } : {}),
  };
}

export type WorkerMessage =
  | { id: number; type: "partial"; findings: Finding[]; done: number; total: number; actType: ActType }
  | { id: number; type: "done"; result: RulesResult }
  | { id: number; type: "error"; message: string };

type OnPartial = (findings: Finding[], done: number, total: number, actType: ActType) => void;

interface Pending {
  job: WorkerJob;
  resolve: (r: RulesResult) => void;
  reject: (e: Error) => void;
  onPartial?: OnPartial;
}

export const WORKER_SCRIPT = path.join(__dirname, "engine-worker.js");

export class EnginePool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers lost in a row without answering a check: a worker that cannot start is not restarted for ever. */
  private failuresInARow = 0;
  static readonly MAX_RESTARTS = 3;

  /**
   * `memoryMb` caps each worker's heap: a pathological document kills only its worker (its check fails with a clear
   * error and the worker is replaced) instead of the whole service.
   */
  constructor(
    readonly size: number,
    private readonly script = WORKER_SCRIPT,
    private readonly memoryMb = 512,
  ) {
    if (!fs.existsSync(script)) throw new Error(`the engine worker ${script} is not built (npm run build)`);
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /** Runs the engine on a document in a worker; partial findings (if asked) as they come. */
  check(paragraphs: readonly Paragraph[], options: WorkerJob["options"], extra: { onPartial?: OnPartial; ria?: boolean; doc?: boolean } = {}): Promise<RulesResult> {
    if (this.closed) return Promise.reject(new Error("the engine pool is closed"));
    if (this.broken()) return Promise.reject(new Error("the engine workers cannot start; see the service log"));
    return new Promise((resolve, reject) => {
      const job: WorkerJob = { id: this.nextId++, paragraphs, options, partial: extra.onPartial !== undefined, ria: extra.ria === true, doc: extra.doc === true };
      this.queue.push({ job, resolve, reject, onPartial: extra.onPartial });
      this.dispatch();
    });
  }

  /** Checks waiting for a free worker. */
  get queued(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error("the service is shutting down"));
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private broken(): boolean {
    return this.idle.length === 0 && this.busy.size === 0 && this.failuresInARow > EnginePool.MAX_RESTARTS;
  }

  private dispatch(): void {
    if (this.broken()) for (const p of this.queue.splice(0)) p.reject(new Error("the engine workers cannot start; see the service log"));
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage(pending.job);
    }
  }

  private spawn(): Worker {
    // An 8 MB young generation keeps each worker's resident memory down (2 workers under 8 or 32 clients: ≈ 240–250 MB
    // for the service, against ≈ 340 with V8's default) without slowing checks (measured: same checks per second).
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: 8 } });
    worker.on("message", (m: WorkerMessage) => {
      const pending = this.busy.get(worker);
      if (!pending || pending.job.id !== m.id) return;
      if (m.type === "partial") {
        pending.onPartial?.(m.findings, m.done, m.total, m.actType);
        return;
      }
      this.busy.delete(worker);
      this.idle.push(worker);
      this.failuresInARow = 0;
      if (m.type === "done") pending.resolve(m.result);
      else pending.reject(new Error(`engine worker: ${m.message}`));
      this.dispatch();
    });
    const lost = (why: string) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      pending?.reject(new Error(`engine worker ${why}`));
      this.failuresInARow++;
      if (!this.closed && this.failuresInARow <= EnginePool.MAX_RESTARTS) this.idle.push(this.spawn());
      if (!this.closed) this.dispatch();
    };
    worker.on("error", (e) => lost(`failed: ${e.message}`));
    worker.on("exit", (code) => {
      if (this.busy.has(worker) || this.idle.includes(worker)) lost(`exited with code ${code}`);
    });
    return worker;
  }
}
