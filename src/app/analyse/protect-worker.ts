import { parentPort } from 'node:worker_threads';
import { protectReport, stepBudget } from '../../domain/analyse/disclosure.js';
import type { ProtectionRequest, ProtectionResponse } from './protection.js';

/**
 * The worker thread that protects the analysis's reports (src/app/analyse/protection.ts): the solver's work
 * runs here, so the server's own thread goes on answering other requests meanwhile.
 */
parentPort?.on('message', (req: ProtectionRequest) => {
  let res: ProtectionResponse;
  try {
    const r = protectReport(req.model, req.k, {
      alsoSuppress: req.alsoSuppress,
      budget: stepBudget(req.steps),
    });
    res = { id: req.id, ok: true, marks: r.marks, rules: r.rules };
  } catch (e) {
    res = { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(res);
});
