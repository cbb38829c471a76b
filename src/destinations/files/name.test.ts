import { describe, expect, it } from 'vitest';
import { makeSnapshot, roster } from '../../test/snapshots';
import { platformFileName } from './name';

describe('platformFileName', () => {
  it('names the platform, the account and the day the snapshot was built, keeping only file-safe characters', () => {
    expect(platformFileName('flexera', makeSnapshot(roster(1), { subdomain: 'ac/me' }), 'jsonl.gz')).toBe(
      'seat-review-flexera-acme-2025-06-15.jsonl.gz',
    );
    expect(platformFileName('zylo', makeSnapshot(roster(1), { subdomain: '' }), 'csv')).toBe('seat-review-zylo-zendesk-2025-06-15.csv');
  });
});
