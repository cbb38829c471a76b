import { describe, expect, it } from 'vitest';
import { strategyText, timeLeftText } from './EngagementProgress';

describe('strategyText', () => {
  const plan = { strategy: 'ticket-events' as const, requests: 16, alternativeRequests: 3000, etaSeconds: 90, perMinute: 10 };

  it('names the way chosen, its cost and the other way’s', () => {
    expect(strategyText(plan, 30)).toBe(
      "Counting ticket updates and comments of the last 30 days from Zendesk's ticket event export: 16 requests (search counts would need 3,000 requests), at most 10 a minute.",
    );
    expect(strategyText({ ...plan, strategy: 'search-counts', requests: 1, alternativeRequests: 4, perMinute: 350 }, 7)).toBe(
      'Counting the tickets each paid seat commented on in the last 7 days with Zendesk search: 1 request (the ticket event export would need about 4 requests), at most 350 a minute.',
    );
  });

  it('says "up to" when search’s cost came from the seat count before the roster was in', () => {
    expect(strategyText({ ...plan, seatsEstimated: true }, 30)).toContain('(search counts would need up to 3,000 requests)');
  });
});

describe('timeLeftText', () => {
  it('to the second under an hour, to the minute above; under a minute when the estimate is spent', () => {
    expect(timeLeftText(0)).toBe('under a minute left');
    expect(timeLeftText(-3)).toBe('under a minute left');
    expect(timeLeftText(1)).toBe('about 1 s left');
    expect(timeLeftText(59)).toBe('about 59 s left');
    expect(timeLeftText(60)).toBe('about 1 min 0 s left');
    expect(timeLeftText(150)).toBe('about 2 min 30 s left');
    expect(timeLeftText(3599)).toBe('about 59 min 59 s left');
    expect(timeLeftText(3600)).toBe('about 1 h 0 min left');
    expect(timeLeftText(7380)).toBe('about 2 h 3 min left');
  });

  it('rounds a part second up', () => {
    expect(timeLeftText(0.2)).toBe('about 1 s left');
  });
});
