import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LumosAccount } from './lumos';
import { startSaasReceiver, type SaasReceiver } from './receiver';

const APP = '7301';
let receiver: SaasReceiver;
let token = 'lsk_test_key';

beforeAll(async () => {
  receiver = await startSaasReceiver({ token: () => token, knownIds: () => [APP] });
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.reset();
  token = 'lsk_test_key';
});

const account = (id: number, extra: Partial<LumosAccount> = {}): LumosAccount => ({
  unique_identifier: String(id),
  email: `agent${id}@example.com`,
  first_name: 'Agent',
  last_name: String(id),
  status: 'ACTIVE',
  permissions: [{ unique_identifier: 'agent-seat', type: 'seat class', name: 'Agent seat' }],
  attributes: [{ type: 'last_sign_in', name: '2026-02-01T10:00:00Z' }],
  ...extra,
});

async function upload(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${receiver.url}/accounts/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('Lumos fake', () => {
  it("takes the app's whole account list, and a later upload replaces it: missing accounts are removed", async () => {
    expect(await upload({ app_id: APP, accounts: [account(1), account(2), account(3, { status: 'SUSPENDED' })] })).toEqual({
      status: 200,
      body: { app_id: APP, accounts: 3, added: 3, removed: 0 },
    });
    // An upload with only part of the accounts (what sending in parts would do) removes the rest.
    expect((await upload({ app_id: Number(APP), accounts: [account(3), account(4)] })).body).toMatchObject({ accounts: 2, added: 1, removed: 2 });
    const [app] = receiver.lumos().apps;
    expect(app?.accounts.map((a) => a.unique_identifier)).toEqual(['3', '4']);
    expect(app?.uploads.map((u) => [u.received, u.added, u.removed])).toEqual([
      [3, 3, 0],
      [2, 1, 2],
    ]);
  });

  it('knows only the installation app (404)', async () => {
    expect(await upload({ app_id: '999', accounts: [account(1)] })).toMatchObject({ status: 404, body: { error: 'AppNotFound' } });
    expect(receiver.lumos().apps).toEqual([]);
  });

  it('wants a Bearer lsk_ key equal to the installation token (401)', async () => {
    expect((await upload({ app_id: APP, accounts: [] }, { authorization: 'Bearer other' })).status).toBe(401);
    expect((await upload({ app_id: APP, accounts: [] }, { authorization: token })).status).toBe(401);
    token = 'not-a-lumos-key';
    const shaped = await upload({ app_id: APP, accounts: [] });
    expect(shaped).toMatchObject({ status: 401, body: { description: expect.stringMatching(/lsk_/) } });
  });

  it.each([
    ['no app_id', { accounts: [] }, /body\.app_id is required/],
    ['accounts not a list', { app_id: APP, accounts: {} }, /accounts must be a list/],
    ['an unknown top-level field', { app_id: APP, accounts: [], full: true }, /body\.full is not a known field/],
    ['no unique_identifier', { app_id: APP, accounts: [{ email: 'a@x.io' }] }, /unique_identifier is required/],
    [
      'a numeric unique_identifier',
      { app_id: APP, accounts: [{ unique_identifier: 7, email: 'a@x.io' }] },
      /unique_identifier must be a non-empty string/,
    ],
    [
      'neither email nor names',
      { app_id: APP, accounts: [{ unique_identifier: '1', first_name: 'A' }] },
      /needs an email, or a first_name and a last_name/,
    ],
    [
      'a status outside the enum',
      { app_id: APP, accounts: [account(1, { status: 'IDLE' as 'ACTIVE' })] },
      /status must be one of ACTIVE, SUSPENDED, DEPROVISIONED/,
    ],
    ['a lower-case status', { app_id: APP, accounts: [account(1, { status: 'active' as 'ACTIVE' })] }, /status must be one of/],
    [
      'a permission without id',
      { app_id: APP, accounts: [account(1, { permissions: [{ name: 'Agent' } as never] })] },
      /permissions\[0\]\.unique_identifier is required/,
    ],
    [
      'an attribute with a value field',
      { app_id: APP, accounts: [account(1, { attributes: [{ type: 't', name: 'n', value: 'v' } as never] })] },
      /attributes\[0\]\.value is not a known field/,
    ],
    ['an unknown account field', { app_id: APP, accounts: [{ ...account(1), last_seen: 'x' }] }, /accounts\[0\]\.last_seen is not a known field/],
    ['a unique_identifier twice', { app_id: APP, accounts: [account(1), account(1)] }, /unique_identifier "1" appears twice/],
  ])('refuses an upload with %s (422) and keeps the accounts it had', async (_name, body, message) => {
    await upload({ app_id: APP, accounts: [account(9)] });
    const res = await upload(body);
    expect(res.status).toBe(422);
    expect(res.body.description).toMatch(message);
    expect(receiver.lumos().apps[0]?.accounts.map((a) => a.unique_identifier)).toEqual(['9']);
  });

  it('takes an account with names and no email; refuses non-JSON; lists and clears through /__saas/lumos', async () => {
    expect((await upload({ app_id: APP, accounts: [{ unique_identifier: '5', first_name: 'A', last_name: 'B' }] })).status).toBe(200);
    expect((await upload('{oops')).status).toBe(400);
    expect((await upload('{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await fetch(`${receiver.url}/accounts/upload`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(405);
    expect((await fetch(`${receiver.url}/accounts/other`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    const listed = (await (await fetch(`${receiver.url}/__saas/lumos`)).json()) as { apps: { app_id: string }[] };
    expect(listed.apps.map((a) => a.app_id)).toEqual([APP]);
    await fetch(`${receiver.url}/__saas/lumos`, { method: 'DELETE' });
    expect(receiver.lumos()).toEqual({ apps: [] });
  });
});
