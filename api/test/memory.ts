import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** What this process (and a server started in it) holds after a full collection: retained, not garbage not yet swept. */
export function retainedBytes(): number {
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

/**
 * `retainedBytes` once the event loop has turned twice between collections: what a WeakRef keeps
 * for the current job, and what finalizers free, is gone too. For before/after comparisons.
 */
export async function settledRetainedBytes(): Promise<number> {
  for (let turn = 0; turn < 2; turn++) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return retainedBytes();
}
