import type { WorkerPort } from '../../src/data/worker-port';

export type FakeWorker<In, Out> = WorkerPort<In, Out> & { terminated: boolean };

/**
 * Fake Web Workers for the worker clients' tests: each message the page posts is handed to
 * `behave` on the next task (answer, throw, garble or say nothing), as a real worker would
 * answer later. `made` lists every worker the client created, to check it started one.
 */
export function fakeWorkers<In, Out>(behave: (w: FakeWorker<In, Out>, message: In, transfer: Transferable[]) => void) {
  const made: FakeWorker<In, Out>[] = [];
  const create = () => {
    const w: FakeWorker<In, Out> = {
      terminated: false,
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage(message, transfer = []) {
        setTimeout(() => behave(w, message, transfer), 0);
      },
      terminate() {
        w.terminated = true;
      },
    };
    made.push(w);
    return w;
  };
  return { create, made };
}
