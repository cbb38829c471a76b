import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { snapshotParts } from '../../src/snapshot/build';
import { makeSnapshot, roster, SNAPSHOT_ID } from '../../src/snapshot/testing';
import { startSaasReceiver, type SaasReceiver } from './receiver';

let receiver: SaasReceiver;
let token = 'demo-secret-token';
const parts = snapshotParts(makeSnapshot(roster(2500)));

beforeAll(async () => {
  receiver = await startSaasReceiver({ token: () => token });
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.reset();
  token = 'demo-secret-token';
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(receiver.ingestUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': SNAPSHOT_ID, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function control(method: string, path: string, body?: unknown) {
  const res = await fetch(`${receiver.url}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('SaaS Management receiver', () => {
  it('accepts valid parts and records them once, a repeat answering duplicate', async () => {
    for (const part of parts) expect(await (await post(part)).json()).toMatchObject({ accepted: true, duplicate: false, part: part.part });
    const again = await post(parts[1]);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ accepted: true, duplicate: true });
    expect(receiver.accepted().map((p) => [p.index, p.user_ids.length])).toEqual([[1, 1000], [2, 1000], [3, 500]]);
    const listed = await control('GET', '/__saas/accepted');
    expect((listed.body.parts as unknown[]).length).toBe(3);
    expect((listed.body.requests as { duplicate: boolean }[]).map((r) => r.duplicate)).toEqual([false, false, false, true]);
    expect(await control('DELETE', '/__saas/accepted')).toMatchObject({ status: 200 });
    expect(receiver.accepted()).toEqual([]);
  });

  it('refuses a missing or wrong bearer token with 401', async () => {
    expect((await post(parts[0], { authorization: '' })).status).toBe(401);
    const wrong = await post(parts[0], { authorization: 'Bearer {{setting.saas_token}}' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'Unauthorized' });
    token = 'rotated';
    expect((await post(parts[0])).status).toBe(200);
    expect(receiver.accepted()).toHaveLength(1);
  });

  it('validates each part against the schema and its own rules (422 with a message)', async () => {
    const bad = await post({ ...parts[0], users: [{ ...parts[0]!.users[0], email: 7 }] });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { description: string }).description).toMatch(/^The snapshot does not match zendesk-seat-snapshot\/1: \/users\/0\/email must be string/);
    expect((await post(parts[0], { 'idempotency-key': 'other' })).status).toBe(422);
    expect((await post(parts[0], { 'idempotency-key': '' })).status).toBe(400);
    expect((await post('{oops')).status).toBe(400);
    expect((await post(parts[0], { 'content-type': 'text/plain' })).status).toBe(415);
    const tooMany = makeSnapshot(roster(1001));
    expect((await post({ ...snapshotParts(tooMany, 2000)[0] })).status).toBe(422);
    expect((await post(parts[0])).status).toBe(200);
    expect((await post({ ...parts[1], part: { index: 2, count: 4 } })).status).toBe(409);
    expect(receiver.accepted()).toHaveLength(1);
  });

  it('fails the next requests as told: 429 with Retry-After, 500, drop, slow, drop after accepting', async () => {
    const queued = await control('POST', '/__saas/faults', {
      next: [{ status: 429, retryAfter: 1 }, { status: 500 }, { drop: true }, { slowMs: 150 }, { drop: true, afterAccept: true }],
    });
    expect((queued.body.next as unknown[]).length).toBe(5);
    const limited = await post(parts[0]);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '1']);
    expect((await post(parts[0])).status).toBe(500);
    await expect(post(parts[0])).rejects.toThrow();
    expect(receiver.accepted()).toHaveLength(0);
    const started = Date.now();
    expect((await post(parts[0])).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await expect(post(parts[1])).rejects.toThrow();
    expect(receiver.accepted().map((p) => p.index)).toEqual([1, 2]);
    expect(await (await post(parts[1])).json()).toMatchObject({ duplicate: true });
    expect(receiver.log().map((r) => r.status)).toEqual([429, 500, 'dropped', 200, 'dropped', 200]);
  });

  it('refuses malformed fault lists and unknown routes', async () => {
    expect((await control('POST', '/__saas/faults', { next: [{ nope: 1 }] })).status).toBe(400);
    expect((await control('GET', '/nowhere')).status).toBe(404);
    expect((await fetch(receiver.ingestUrl)).status).toBe(405);
    await control('POST', '/__saas/faults', { next: [{ status: 503 }] });
    expect(await control('DELETE', '/__saas/faults')).toMatchObject({ status: 200 });
    expect((await control('GET', '/__saas/faults')).body).toEqual({ next: [] });
  });
});
