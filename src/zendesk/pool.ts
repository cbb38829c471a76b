/**
 * The one worker pool: roster pages and search counts both run through it, with one
 * failure rule. Items go to at most `concurrency` tasks at a time; the first failure
 * stops the pool softly (no new item starts, and `stop` tells the tasks in flight: their
 * waits end, an answer already on its way still arrives), and is thrown once every task
 * has settled. A cancel (the caller's signal) is thrown as AbortedError; the caller's
 * own `stop` reaches the tasks linked with the pool's (AbortSignal.any).
 */
import { AbortedError } from '../zaf/gateway';

export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, stop: AbortSignal) => Promise<void>,
  { signal, stop: outer }: { signal?: AbortSignal; stop?: AbortSignal } = {},
): Promise<void> {
  const stop = new AbortController();
  // The caller's own soft stop, if any, stops the pool's tasks too: one signal, linked.
  const stopping = outer ? AbortSignal.any([outer, stop.signal]) : stop.signal;
  let next = 0;
  const failures: unknown[] = [];
  const worker = async (): Promise<void> => {
    while (next < items.length && !stopping.aborted) {
      const item = items[next++] as T;
      try {
        await task(item, stopping);
      } catch (error) {
        // A cancel is not the failure to report; the first real one is.
        if (!(error instanceof AbortedError)) failures.push(error);
        stop.abort();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (signal?.aborted) throw new AbortedError();
  if (failures.length > 0) throw failures[0];
  if (stopping.aborted) throw new AbortedError();
}
