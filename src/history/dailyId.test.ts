import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import schema from '../snapshot/schema.json';
import { DAILY_SNAPSHOT_NAMESPACE, dailySnapshotId, uuidV5 } from './dailyId';

const UUID = new RegExp(schema.properties.snapshot_id.pattern);

describe('daily snapshot id', () => {
  it('matches RFC 9562 version 5 (the DNS namespace example from the RFC)', async () => {
    // RFC 9562 appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
    expect(await uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is the same for the same account and day, different otherwise, and valid for the schema', async () => {
    const a = await dailySnapshotId('acme', '2026-11-23');
    expect(a).toMatch(UUID);
    expect(a[14]).toBe('5');
    expect(await dailySnapshotId('acme', '2026-11-23')).toBe(a);
    expect(await dailySnapshotId('ACME', '2026-11-23')).toBe(a);
    expect(await dailySnapshotId('acme', '2026-11-24')).not.toBe(a);
    expect(await dailySnapshotId('globex', '2026-11-23')).not.toBe(a);
  });

  it('hashes the namespace and the name with SHA-1, as Node computes it', async () => {
    const ns = Buffer.from(DAILY_SNAPSHOT_NAMESPACE.replace(/-/g, ''), 'hex');
    const hash = createHash('sha1')
      .update(Buffer.concat([ns, Buffer.from('acme:2026-11-23')]))
      .digest('hex');
    const id = (await dailySnapshotId('acme', '2026-11-23')).replace(/-/g, '');
    // All but the version and variant bits come from the hash.
    expect(id.slice(0, 12)).toBe(hash.slice(0, 12));
    expect(id.slice(13, 16)).toBe(hash.slice(13, 16));
    expect(id.slice(18, 32)).toBe(hash.slice(18, 32));
  });
});
