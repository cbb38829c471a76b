import { describe, expect, it } from 'vitest';
import { ADA_SEEN, mixedSnapshot } from '../test/destinations';
import { byteLength, toriiAppAccount, toriiFile, toriiFileIdOf, toriiMultipart } from './torii';

describe('Torii file', () => {
  it('maps each seat to a user: ids, names, active with Zendesk state in externalStatus, roles, last used', () => {
    const { users } = toriiFile(mixedSnapshot());
    expect(users).toEqual([
      {
        email: 'ada@example.com',
        id: '1',
        firstName: 'Ada',
        lastName: 'Lovelace',
        status: 'active',
        externalStatus: 'active',
        roles: ['agent'],
        lastUsedDate: ADA_SEEN,
      },
      {
        email: 'grace@example.com',
        id: '2',
        firstName: 'Grace',
        lastName: 'Hopper',
        status: 'active',
        externalStatus: 'likely idle (never_signed_in)',
        roles: ['agent'],
      },
      {
        email: 'linus@example.com',
        id: '3',
        firstName: 'Linus',
        status: 'active',
        externalStatus: 'active',
        roles: ['light'],
        lastUsedDate: '2025-03-17T12:00:00.000Z',
      },
      {
        email: 'mary@example.com',
        id: '4',
        firstName: 'Mary Ann',
        lastName: 'Smith',
        status: 'active',
        externalStatus: 'active',
        roles: ['admin'],
        lastUsedDate: '2025-06-14T12:00:00.000Z',
      },
      {
        email: 'sam@example.com',
        id: '5',
        firstName: 'Sam',
        lastName: 'Suspended',
        status: 'active',
        externalStatus: 'suspended',
        roles: ['agent'],
        lastUsedDate: '2024-11-27T12:00:00.000Z',
      },
    ]);
  });

  it('makes each seat class a licence: price in cents, unassigned bought seats, idle and suspended seats inactive', () => {
    expect(toriiFile(mixedSnapshot(10)).licenses).toEqual([
      {
        name: 'paid',
        // 10 bought, 4 held (the suspended seat holds its own).
        unassignedAmount: 6,
        pricePerUser: 5500,
        users: [
          { email: 'ada@example.com', licenseStatus: 'active' },
          { email: 'grace@example.com', licenseStatus: 'inactive' },
          { email: 'mary@example.com', licenseStatus: 'active' },
          { email: 'sam@example.com', licenseStatus: 'inactive' },
        ],
      },
      { name: 'light', pricePerUser: 0, users: [{ email: 'linus@example.com', licenseStatus: 'active' }] },
    ]);
  });

  it('without a purchased count or a price, those fields are left out', () => {
    const snapshot = mixedSnapshot(null);
    const { seat_price: _price, ...summary } = snapshot.header.summary;
    const [paid] = toriiFile({ ...snapshot, header: { ...snapshot.header, summary } }).licenses;
    expect(paid).not.toHaveProperty('unassignedAmount');
    expect(paid).not.toHaveProperty('pricePerUser');
  });
});

describe('Torii upload', () => {
  it('writes the file and its type as a multipart form in text', () => {
    const { contentType, body } = toriiMultipart('{"users":[]}', 'abc-123');
    expect(contentType).toBe('multipart/form-data; boundary=seat-review-abc123');
    expect(body).toBe(
      [
        '--seat-review-abc123',
        'Content-Disposition: form-data; name="type"',
        '',
        'customIntegrationData',
        '--seat-review-abc123',
        'Content-Disposition: form-data; name="file"; filename="seat-review.json"',
        'Content-Type: application/json',
        '',
        '{"users":[]}',
        '--seat-review-abc123--',
        '',
      ].join('\r\n'),
    );
  });

  it('never picks a boundary that the file contains', () => {
    const { contentType, body } = toriiMultipart('{"name":"--seat-review-x"}', 'x');
    const boundary = contentType.split('boundary=')[1]!;
    expect(boundary).toBe('seat-review-x-0');
    expect(body.split(`--${boundary}`)).toHaveLength(4);
  });

  it('counts the size in UTF-8 bytes', () => {
    expect(byteLength('é')).toBe(2);
  });

  it('reads the file id as {id} or {file: {id}}', () => {
    expect(toriiFileIdOf({ id: 12 })).toBe(12);
    expect(toriiFileIdOf({ file: { id: 'f-1' } })).toBe('f-1');
    expect(toriiFileIdOf({ ok: true })).toBeNull();
    expect(toriiFileIdOf(null)).toBeNull();
  });

  it('sends an all-digit app account id as a number', () => {
    expect(toriiAppAccount('4242')).toBe(4242);
    expect(toriiAppAccount('acc-1')).toBe('acc-1');
  });
});
