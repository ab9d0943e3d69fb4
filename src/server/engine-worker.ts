/**
 * A worker thread of the engine pool (./engine-pool): runs the rules on one document at a time and sends its
 * partial findings every ~20 ms and then the result. The engine is pure; everything crossing the thread boundary
 * is plain data.
 */
import { parentPort } from "node:worker_threads";
import { checkInSlices } from "../engine/run";
import { rulesResultOf, type WorkerJob, type WorkerMessage } from "./engine-pool";

const SLICE_MS = 20;

function run(job: WorkerJob): void {
  const o = job.options;
  // Partial findings only when asked; otherwise one slice as long as the whole check.
  const slices = checkInSlices(job.paragraphs, { ...o, onRuleError: () => undefined }, job.partial ? SLICE_MS : Infinity);
  let r = slices.next();
  for (; !r.done; r = slices.next()) post({ id: job.id, type: "partial", findings: r.value.findings, done: r.value.done, total: r.value.total, actType: r.value.doc.actType });
  post({ id: job.id, type: "done", result: rulesResultOf(r.value, { ria: job.ria, ui: o.uiLanguage, doc: job.doc }) });
}

function post(m: WorkerMessage): void {
  parentPort!.postMessage(m);
}

parentPort!.on("message", (job: WorkerJob) => {
  try {
    run(job);
  } catch (e) {
    post({ id: job.id, type: "error", message: e instanceof Error ? e.message : String(e) });
  }
});
