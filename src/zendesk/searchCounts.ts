/**
 * One `/api/v2/search/count` per seat, a few at a time through the one worker pool, each
 * count reported as it arrives so a column fills in while loading. Engagement counts the
 * tickets a seat commented on; a release preview, the open tickets assigned to it. One
 * failure ends the run (pool.ts): the other counts stop instead of spending requests.
 */
import type { RequestControls, ZendeskGateway } from '../zaf/gateway';
import { MalformedResponseError } from './failure';
import { runPool } from './pool';

export type SearchCountControls = RequestControls & { onCount?: (userId: number, count: number) => void; concurrency?: number };

export async function countEach(
  gateway: ZendeskGateway,
  userIds: readonly number[],
  urlFor: (userId: number) => string,
  controls: SearchCountControls = {},
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  await runPool(
    userIds,
    controls.concurrency ?? 4,
    async (userId, stop) => {
      const url = urlFor(userId);
      const count = ((await gateway.request({ url }, { ...controls, stop })).body as { count?: unknown } | null)?.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new MalformedResponseError('search-count', url);
      counts.set(userId, count);
      controls.onCount?.(userId, count);
    },
    controls,
  );
  return counts;
}
