/**
 * What a release preview reads before anything is written: the account's Light agent role
 * (the other target, when it exists) and each seat's open assigned tickets, one search count
 * a seat, paced at the share of the plan's limit engagement's searches use, so agents at
 * work are not slowed down.
 */
import type { ZendeskGateway } from '../zaf/gateway';
import { RateGate } from '../zaf/rateGate';
import { FALLBACK_RATE_LIMIT, SEARCH_SHARE } from '../zendesk/engagement';
import { searchPerMinute } from '../zendesk/strategy';
import { lightAgentRole, openTicketsUrl, type CustomRole } from '../zendesk/roleChanges';
import { countEach } from '../zendesk/searchCounts';

const PREVIEW_CONCURRENCY = 8;

export interface PreviewReadOptions {
  signal?: AbortSignal;
  onCount?: (userId: number, openTickets: number) => void;
  /** A compressed minute for benchmarks. */
  minuteMs?: number;
}

export function readLightAgentRole(gateway: ZendeskGateway, signal?: AbortSignal): Promise<CustomRole | null> {
  return lightAgentRole(gateway, signal ? { signal } : {});
}

/** Searches a minute the preview may spend. */
export function previewPerMinute(gateway: ZendeskGateway): number {
  return searchPerMinute(gateway.budget?.planLimit ?? FALLBACK_RATE_LIMIT, SEARCH_SHARE);
}

export function countOpenTickets(
  gateway: ZendeskGateway,
  userIds: readonly number[],
  options: PreviewReadOptions = {},
): Promise<Map<number, number>> {
  return countEach(gateway, userIds, openTicketsUrl, {
    ...(options.signal ? { signal: options.signal } : {}),
    gate: RateGate.forZendesk(previewPerMinute(gateway), options.minuteMs),
    // Enough in flight that the pace, not each answer's latency, sets the time (350 a minute is 6 a second).
    concurrency: PREVIEW_CONCURRENCY,
    ...(options.onCount ? { onCount: options.onCount } : {}),
  });
}
