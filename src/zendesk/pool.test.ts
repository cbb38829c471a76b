import { describe, expect, it } from 'vitest';
import { AbortedError } from '../zaf/gateway';
import { runPool } from './pool';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('runPool', () => {
  it('runs at most `concurrency` tasks at once and every item once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await runPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++running);
      await tick();
      running -= 1;
      done.push(n);
    });
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('the first failure starts no further item, tells the tasks in flight, and is thrown once they settle', async () => {
    const started: number[] = [];
    let inFlightStopped = false;
    let settled = false;
    const run = runPool([1, 2, 3, 4, 5], 2, async (n, stop) => {
      started.push(n);
      if (n === 1) throw new Error('page 1 failed');
      await tick();
      inFlightStopped = stop.aborted;
      settled = true;
    });
    await expect(run).rejects.toThrow('page 1 failed');
    expect(started).toEqual([1, 2]);
    expect(inFlightStopped).toBe(true);
    expect(settled).toBe(true);
  });

  it('a cancel is thrown as AbortedError, not as the failures it caused', async () => {
    const cancel = new AbortController();
    const run = runPool(
      [1, 2, 3],
      2,
      () => {
        cancel.abort();
        return Promise.reject(new AbortedError());
      },
      { signal: cancel.signal },
    );
    await expect(run).rejects.toBeInstanceOf(AbortedError);
  });
});
