import { Worker } from 'node:worker_threads';
import {
  type CellMark,
  type DisclosureRules,
  type ProtectedReport,
  protectReport,
  type ReportModel,
  stepBudget,
} from '../../domain/analyse/disclosure.js';

/**
 * The protection of a report model (src/domain/analyse/disclosure.ts, `protectReport`) on a worker thread.
 * Protecting a table of many small cells takes up to about a second of solver work (bounded by its steps); on
 * the server's own thread that second would hold up every other request. One worker per process protects the
 * reports one after another (two cores: more would only compete with the database); the answer is the same as
 * `protectReport` gives, the bound being counted in steps. Where no worker can start, the protection runs here.
 */

export interface ProtectionRequest {
  readonly id: number;
  readonly model: ReportModel;
  readonly k: number;
  readonly alsoSuppress: ReadonlySet<string>;
  readonly steps: number;
}

export type ProtectionResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly marks: ReadonlyMap<string, CellMark>;
      readonly rules: DisclosureRules;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The worker itself failed (could not load, stopped): not the protection. */
class WorkerGone extends Error {}

interface Pending {
  resolve(r: ProtectedReport): void;
  reject(e: Error): void;
}

let worker: Worker | null = null;
let broken = false;
let next = 1;
const pending = new Map<number, Pending>();

function failAll(err: Error): void {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
}

function startWorker(): Worker | null {
  if (broken) return null;
  if (worker) return worker;
  try {
    // The sources are TypeScript run by tsx: the entry registers it in the worker, then loads the worker.
    const w = new Worker(new URL('./protect-worker-entry.mjs', import.meta.url));
    w.unref();
    w.on('message', (res: ProtectionResponse) => {
      const p = pending.get(res.id);
      if (!p) return;
      pending.delete(res.id);
      if (res.ok) p.resolve({ marks: res.marks, rules: res.rules });
      else p.reject(new Error(res.message));
    });
    w.on('error', (err) => {
      worker = null;
      failAll(new WorkerGone(err.message));
    });
    w.on('exit', () => {
      worker = null;
      failAll(new WorkerGone('the protection worker stopped'));
    });
    worker = w;
    return w;
  } catch {
    broken = true;
    return null;
  }
}

/** `protectReport(model, k, { alsoSuppress, budget: stepBudget(steps) })`, on the worker thread. */
export async function protectOffThread(
  model: ReportModel,
  k: number,
  alsoSuppress: ReadonlySet<string>,
  steps: number,
): Promise<ProtectedReport> {
  const inline = () => protectReport(model, k, { alsoSuppress, budget: stepBudget(steps) });
  const w = startWorker();
  if (!w) return inline();
  const id = next++;
  const answer = new Promise<ProtectedReport>((resolve, reject) => pending.set(id, { resolve, reject }));
  w.ref();
  try {
    w.postMessage({ id, model, k, alsoSuppress, steps } satisfies ProtectionRequest);
    return await answer;
  } catch (e) {
    if (!(e instanceof WorkerGone)) throw e;
    // A worker that cannot run here is not tried again; the protection is the same on this thread.
    broken = true;
    return inline();
  } finally {
    if (pending.size === 0) w.unref();
  }
}

/** Whether protections run on the worker thread (false before the first, or where none could start). */
export function protectionWorkerRunning(): boolean {
  return worker !== null && !broken;
}

/** Stops the worker (the server's shutdown, tests). */
export async function stopProtectionWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
