import { describe, expect, it } from 'vitest';
import { ADA_SEEN, largeSnapshot, mixedSnapshot } from '../test/destinations';
import { lumosUpload } from './lumos';

describe('Lumos upload', () => {
  it('maps each seat to an account: id, names, status, seat class and role as permissions, activity as attributes', () => {
    const upload = lumosUpload(mixedSnapshot(), 'app-7');
    expect(upload.app_id).toBe('app-7');
    expect(upload.accounts[0]).toEqual({
      unique_identifier: '1',
      email: 'ada@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
      status: 'ACTIVE',
      permissions: [
        { unique_identifier: 'seat_class:paid', type: 'seat_class', name: 'paid' },
        { unique_identifier: 'role:agent', type: 'role', name: 'agent' },
      ],
      attributes: [
        { type: 'last_sign_in', name: '2025-06-13T12:00:00.000Z' },
        { type: 'last_seen', name: ADA_SEEN },
        { type: 'interactions', name: '12' },
        { type: 'idle', name: 'false' },
      ],
    });
  });

  it('a likely idle seat says so with its reasons; a suspended one is SUSPENDED; unknown activity is left out', () => {
    const [, grace, linus, mary, sam] = lumosUpload(mixedSnapshot(), 'a').accounts;
    expect(grace!.attributes).toEqual([
      { type: 'idle', name: 'true' },
      { type: 'idle_reason', name: 'never_signed_in' },
    ]);
    expect(linus).toMatchObject({ first_name: 'Linus', last_name: '', permissions: [{ name: 'light' }, { name: 'light' }] });
    expect(mary).toMatchObject({ first_name: 'Mary Ann', last_name: 'Smith', permissions: [{ name: 'paid' }, { type: 'role', name: 'admin' }] });
    expect(sam).toMatchObject({ unique_identifier: '5', status: 'SUSPENDED' });
  });

  it('holds every account in one upload, never parts', () => {
    expect(lumosUpload(largeSnapshot(2500), 'a').accounts).toHaveLength(2501);
  });
});
