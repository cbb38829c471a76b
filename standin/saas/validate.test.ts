import { describe, expect, it } from 'vitest';
import { snapshotPart } from '../../src/snapshot/build';
import { asVersion1, makeSnapshot, roster, SNAPSHOT_ID } from '../../src/test/snapshots';
import { checkPart } from './validate';

const part = snapshotPart(makeSnapshot(roster(3)), 1);
const none = () => undefined;

describe('checkPart', () => {
  it('accepts version 1.2, which counts released seats', () => {
    expect(part.schema).toBe('zendesk-seat-snapshot/1.2');
    expect(checkPart(part, SNAPSHOT_ID, none)).toMatchObject({ ok: true, index: 1, count: 1, userIds: [1, 2, 3] });
    const released = { ...part, summary: { ...part.summary, released_seats: 4 } };
    expect(checkPart(released, SNAPSHOT_ID, none)).toMatchObject({ ok: true });
  });

  it('still accepts version 1.1, and holds it to its own schema (no released_seats there)', () => {
    const v11 = { ...part, schema: 'zendesk-seat-snapshot/1.1' };
    expect(checkPart(v11, SNAPSHOT_ID, none)).toMatchObject({ ok: true });
    expect(checkPart({ ...v11, summary: { ...part.summary, released_seats: 4 } }, SNAPSHOT_ID, none)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The snapshot does not match zendesk-seat-snapshot\/1\.1: \/summary must NOT have additional properties/),
    });
  });

  it('still accepts version 1 from installs not yet updated', () => {
    expect(checkPart(asVersion1(part), SNAPSHOT_ID, none)).toMatchObject({ ok: true, userIds: [1, 2, 3] });
  });

  it('holds each version to its own schema', () => {
    const { basis: _basis, ...noBasis } = part.users[0]!;
    expect(checkPart({ ...part, users: [noBasis] }, SNAPSHOT_ID, none)).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringMatching(/^The snapshot does not match zendesk-seat-snapshot\/1\.2: \/users\/0 must have required property 'basis'/),
    });
    const v1 = asVersion1(part) as { users: object[] };
    expect(checkPart({ ...v1, users: [{ ...v1.users[0], basis: 'sign-in' }] }, SNAPSHOT_ID, none)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The snapshot does not match zendesk-seat-snapshot\/1: .*must NOT have additional properties/),
    });
  });

  it('refuses a version it does not know', () => {
    expect(checkPart({ ...part, schema: 'zendesk-seat-snapshot/2' }, SNAPSHOT_ID, none)).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringContaining('/schema must be equal to constant'),
    });
    expect(checkPart({ ...part, schema: 'constructor' }, SNAPSHOT_ID, none)).toMatchObject({ ok: false, status: 422 });
  });
});
