import { describe, expect, it } from 'vitest';
import { ADA_SEEN, largeSnapshot, mixedSnapshot } from '../test/destinations';
import { destinationParts } from './parts';
import { zluriInstanceUrl, zluriPages, zluriSyncOf } from './zluri';

describe('Zluri pages', () => {
  it('maps each seat to the user record Zluri documents: email, name, role, licence, last used, status', () => {
    const [page, ...more] = zluriPages(mixedSnapshot());
    expect(more).toEqual([]);
    expect(page).toMatchObject({ entity: 'users', page: 1 });
    expect(page!.data).toEqual([
      { email: 'ada@example.com', name: 'Ada Lovelace', role: 'agent', license: ['paid'], last_used: ADA_SEEN, status: 'active' },
      // Likely idle: inactive; never signed in and never seen, so no last_used at all.
      { email: 'grace@example.com', name: 'Grace Hopper', role: 'agent', license: ['paid'], status: 'inactive' },
      { email: 'linus@example.com', name: 'Linus', role: 'light', license: ['light'], last_used: '2025-03-17T12:00:00.000Z', status: 'active' },
      {
        email: 'mary@example.com',
        name: 'Mary Ann Smith',
        role: 'admin',
        license: ['paid'],
        last_used: '2025-06-14T12:00:00.000Z',
        status: 'active',
      },
      {
        email: 'sam@example.com',
        name: 'Sam Suspended',
        role: 'agent',
        license: ['paid'],
        last_used: '2024-11-27T12:00:00.000Z',
        status: 'suspended',
      },
    ]);
  });

  it('carries no idle reasons (Zluri has no field for them)', () => {
    expect(JSON.stringify(zluriPages(mixedSnapshot()))).not.toContain('never_signed_in');
  });

  it('cuts pages of at most 1,000 users, numbered from 1, the suspended seats last', () => {
    const pages = zluriPages(largeSnapshot(2000));
    expect(pages.map((p) => [p.page, p.data.length])).toEqual([
      [1, 1000],
      [2, 1000],
      [3, 1],
    ]);
    expect(pages[2]!.data[0]).toMatchObject({ email: 's2001@example.com', status: 'suspended' });
  });

  it('is the same for the same snapshot (a page sent again overwrites itself with the same data)', () => {
    const snapshot = largeSnapshot(1500);
    expect(JSON.stringify(zluriPages(snapshot))).toBe(JSON.stringify(zluriPages(structuredClone(snapshot))));
  });
});

describe('Zluri requests and answers', () => {
  it('puts the instance id in the path, encoded', () => {
    expect(zluriInstanceUrl('inst 1/x')).toBe('https://api-ext.zluri.com/v2/integrations-sync/instances/inst%201%2Fx');
  });

  it('reads a sync from an answer, or null when it names none', () => {
    expect(zluriSyncOf({ id: 's-1', instance_id: 'i', status: 'finished' })).toEqual({ id: 's-1', status: 'finished' });
    expect(zluriSyncOf({ id: 42 })).toEqual({ id: '42', status: 'running' });
    expect(zluriSyncOf({ status: 'running' })).toBeNull();
    expect(zluriSyncOf('ok')).toBeNull();
  });
});

describe('Zluri parts as the outbox counts them', () => {
  it.each([0, 1, 1000, 1001, 2500])('%i seats: as many as the pages cut', (n) => {
    const snapshot = largeSnapshot(n);
    expect(destinationParts('zluri', snapshot)).toBe(zluriPages(snapshot).length);
  });
});
