import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSaasReceiver, type SaasReceiver } from './receiver';
import { TORII_MAX_FILE_BYTES, type ToriiFile } from './torii';

const ACCOUNT = '48213';
let receiver: SaasReceiver;
let token = 'torii-key';

beforeAll(async () => {
  receiver = await startSaasReceiver({ token: () => token, knownIds: () => [ACCOUNT], toriiSyncMs: 300 });
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.reset();
  token = 'torii-key';
});

const BOUNDARY = '----seat-review-boundary';
const file = (n: number): ToriiFile => ({
  users: Array.from({ length: n }, (_, i) => ({
    email: `agent${i}@example.com`,
    id: String(1000 + i),
    firstName: 'Agent',
    lastName: String(i),
    status: 'active',
    externalStatus: i === 0 ? 'suspended' : 'likely idle: no sign-in for 45 days',
    roles: ['agent'],
    lastUsedDate: '2026-02-01T10:00:00Z',
  })),
  licenses: [{ name: 'Agent seat', unassignedAmount: 3, pricePerUser: 5500, users: [{ email: 'agent0@example.com', licenseStatus: 'inactive' }] }],
});

function multipart(fields: { name: string; value: string; filename?: string }[], eol = '\r\n'): string {
  const lines: string[] = [];
  for (const f of fields) {
    lines.push(`--${BOUNDARY}`);
    lines.push(`Content-Disposition: form-data; name="${f.name}"${f.filename ? `; filename="${f.filename}"` : ''}`);
    if (f.filename) lines.push('Content-Type: application/json');
    lines.push('', f.value);
  }
  lines.push(`--${BOUNDARY}--`, '');
  return lines.join(eol);
}

const fields = (content: unknown, type = 'customIntegrationData') => [
  { name: 'file', filename: 'seat-review.json', value: typeof content === 'string' ? content : JSON.stringify(content) },
  { name: 'type', value: type },
];

async function upload(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${receiver.url}/v1.0/files/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function sync(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${receiver.url}/v1.0/services/sync/custom`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Torii fake', () => {
  it('takes a file, syncs it into the app account after ~300 ms, with its users and licences', async () => {
    const uploaded = await upload(multipart(fields(file(3))));
    expect(uploaded).toEqual({ status: 200, body: { id: expect.any(Number) } });
    const idFile = uploaded.body.id as number;
    expect(receiver.torii().files[0]).toMatchObject({ id: idFile, name: 'seat-review.json', type: 'customIntegrationData' });
    const started = await sync({ idFile, idAppAccount: Number(ACCOUNT) });
    expect(started).toMatchObject({ status: 200, body: { status: 'running' } });
    expect(receiver.torii().app_accounts).toEqual([]);
    expect(receiver.torii().syncs).toMatchObject([{ id_file: idFile, id_app_account: ACCOUNT, status: 'running' }]);
    await wait(350);
    const state = receiver.torii();
    expect(state.syncs[0]?.status).toBe('done');
    expect(state.app_accounts[0]).toMatchObject({ id_app_account: ACCOUNT, id_file: idFile });
    expect(state.app_accounts[0]?.users.map((u) => u.email)).toEqual(['agent0@example.com', 'agent1@example.com', 'agent2@example.com']);
    expect(state.app_accounts[0]?.licenses[0]).toMatchObject({ name: 'Agent seat', pricePerUser: 5500 });
  });

  it('runs one sync at a time per app account: 409 while one runs', async () => {
    const idFile = (await upload(multipart(fields(file(1))))).body.id as number;
    expect((await sync({ idFile, idAppAccount: ACCOUNT })).status).toBe(200); // a numeric string is taken too
    const busy = await sync({ idFile, idAppAccount: ACCOUNT });
    expect(busy).toMatchObject({ status: 409, body: { error: 'SyncInProgress' } });
    await wait(350);
    expect((await sync({ idFile, idAppAccount: ACCOUNT })).status).toBe(200);
  });

  it('replaces the app account users with the latest file', async () => {
    const first = (await upload(multipart(fields(file(4))))).body.id as number;
    await sync({ idFile: first, idAppAccount: ACCOUNT });
    await wait(350);
    const second = (await upload(multipart(fields({ users: [{ email: 'only@example.com' }] })))).body.id as number;
    expect(second).not.toBe(first);
    await sync({ idFile: second, idAppAccount: ACCOUNT });
    await wait(350);
    expect(receiver.torii().app_accounts[0]).toMatchObject({ users: [{ email: 'only@example.com' }], licenses: [] });
  });

  it('knows only the installation app account and uploaded files (404)', async () => {
    const idFile = (await upload(multipart(fields(file(1))))).body.id as number;
    expect((await sync({ idFile, idAppAccount: 999 })).body).toMatchObject({ error: 'AppAccountNotFound' });
    expect((await sync({ idFile: idFile + 1, idAppAccount: ACCOUNT })).body).toMatchObject({ error: 'FileNotFound' });
    expect((await sync({ idFile: 'x', idAppAccount: ACCOUNT })).status).toBe(422);
    expect((await sync({ idFile, idAppAccount: ACCOUNT, full: true })).status).toBe(422);
    expect((await sync({ idFile })).status).toBe(422);
  });

  it('wants Authorization: Bearer with the installation token (401)', async () => {
    expect((await upload(multipart(fields(file(1))), { authorization: 'Bearer nope' })).status).toBe(401);
    expect((await upload(multipart(fields(file(1))), { authorization: token })).status).toBe(401);
    expect((await sync({ idFile: 1, idAppAccount: ACCOUNT }, { authorization: '' })).status).toBe(401);
    expect(receiver.torii().files).toEqual([]);
  });

  it('refuses a file over 3 MB with 413, and takes one just under', async () => {
    const pad = (size: number) => {
      const base = JSON.stringify({ users: [{ email: 'a@example.com', externalStatus: '' }] });
      return base.replace('"externalStatus":""', `"externalStatus":"${'x'.repeat(size - base.length)}"`);
    };
    expect(Buffer.byteLength(pad(TORII_MAX_FILE_BYTES + 1))).toBe(TORII_MAX_FILE_BYTES + 1);
    const over = await upload(multipart(fields(pad(TORII_MAX_FILE_BYTES + 1))));
    expect(over).toMatchObject({ status: 413, body: { error: 'FileTooLarge' } });
    expect((await upload(multipart(fields(pad(TORII_MAX_FILE_BYTES))))).status).toBe(200);
  });

  it('refuses bodies that are not the documented multipart upload', async () => {
    expect((await upload(multipart(fields(file(1))), { 'content-type': 'application/json' })).status).toBe(400);
    expect((await upload(multipart(fields(file(1)), '\n'))).body).toMatchObject({ error: 'InvalidMultipart' });
    expect((await upload(multipart([{ name: 'type', value: 'customIntegrationData' }]))).body).toMatchObject({ error: 'MissingFile' });
    expect(
      (
        await upload(
          multipart([
            { name: 'file', value: '{}' },
            { name: 'type', value: 'customIntegrationData' },
          ]),
        )
      ).body,
    ).toMatchObject({
      error: 'MissingFile',
    });
    expect((await upload(multipart([fields(file(1))[0]!]))).body).toMatchObject({ error: 'MissingType' });
    expect((await upload(multipart(fields(file(1), 'contract')))).status).toBe(422);
    expect((await upload(multipart(fields('{oops')))).body).toMatchObject({ error: 'InvalidJson' });
    expect(receiver.torii().files).toEqual([]);
  });

  it.each([
    ['no users list', { licenses: [] }, /file\.users is required/],
    ['a user without email', { users: [{ firstName: 'A' }] }, /users\[0\]\.email is required/],
    ['status suspended (Torii has active|deleted)', { users: [{ email: 'a@x.io', status: 'suspended' }] }, /status must be one of active, deleted/],
    ['a bad lastUsedDate', { users: [{ email: 'a@x.io', lastUsedDate: '01/02/2026' }] }, /lastUsedDate must be an ISO 8601 date/],
    ['an unknown user field', { users: [{ email: 'a@x.io', idle: true }] }, /users\[0\]\.idle is not a known field/],
    ['an email twice', { users: [{ email: 'a@x.io' }, { email: 'a@x.io' }] }, /a@x\.io appears twice/],
    ['a licence without name', { users: [], licenses: [{ pricePerUser: 1 }] }, /licenses\[0\]\.name is required/],
    ['a price in dollars', { users: [], licenses: [{ name: 'Agent', pricePerUser: 55.5 }] }, /pricePerUser must be a whole number/],
    [
      'a bad licenseStatus',
      { users: [], licenses: [{ name: 'Agent', users: [{ email: 'a@x.io', licenseStatus: 'idle' }] }] },
      /licenseStatus must be one of/,
    ],
  ])('refuses a file with %s (422)', async (_name, content, message) => {
    const res = await upload(multipart(fields(content)));
    expect(res.status).toBe(422);
    expect(res.body.description).toMatch(message);
  });

  it('serves only its two routes and lists / clears through /__saas/torii', async () => {
    const res = await fetch(`${receiver.url}/v1.0/files/url?name=a&type=customIntegrationData`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(404);
    expect((await fetch(`${receiver.url}/v1.0/files/upload`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(405);
    await upload(multipart(fields(file(1))));
    const listed = (await (await fetch(`${receiver.url}/__saas/torii`)).json()) as { files: unknown[] };
    expect(listed.files).toHaveLength(1);
    await fetch(`${receiver.url}/__saas/torii`, { method: 'DELETE' });
    expect(receiver.torii()).toEqual({ files: [], syncs: [], app_accounts: [] });
  });
});
