/**
 * A worker thread of the engine pool (./engine-pool): runs the rules on one document at a time and sends its
 * partial findings every ~20 ms and then the result. The engine is pure; everything crossing the thread boundary
 * is plain data.
 */
import { parentPort } from "node:worker_threads";
import { maskComparativeTables } from "../engine/document/comparative-tables";
import { parseDocument } from "../engine/document/model";
import { evaluateRia } from "../engine/ria";
import { orderFindings, ruleSteps, summarise } from "../engine/run";
import type { Finding } from "../contract";
import type { WorkerJob, WorkerMessage } from "./engine-pool";

const SLICE_MS = 20;

function run(job: WorkerJob): void {
  const o = job.options;
  const doc = parseDocument(maskComparativeTables(job.paragraphs), { actType: o.actType, language: o.language, title: o.title, noHeading: o.noHeading });
  const failedRules: string[] = [];
  const all: Finding[] = [];
  let pending: Finding[] = [];
  let sliceStart = performance.now();
  for (const step of ruleSteps(doc, { ...o, onRuleError: (id) => failedRules.push(id) })) {
    all.push(...step.findings);
    if (!job.partial) continue;
    pending.push(...step.findings);
    if (performance.now() - sliceStart >= SLICE_MS && step.done < step.total) {
      post({ id: job.id, type: "partial", findings: orderFindings(pending), done: step.done, total: step.total, actType: doc.actType });
      pending = [];
      sliceStart = performance.now();
    }
  }
  const findings = orderFindings(all);
  post({
    id: job.id,
    type: "done",
    result: {
      findings,
      summary: summarise(findings),
      failedRules,
      document: { actType: doc.actType, language: doc.language, detected: doc.detected },
      ...(job.ria ? { ria: evaluateRia(doc, o.uiLanguage) } : {}),
      ...(job.doc ? { doc } : {}),
    },
  });
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
