import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LoggedRequest } from './requestLog';
import { startTestServer, type TestServer } from './testServer';

/** A package's requirements.json: one object with a field of each type the store checks. */
const REQUIREMENTS = {
  custom_objects_v2: {
    objects: [{ key: 'visit', title: 'Visit', title_pluralized: 'Visits', include_in_list_view: true }],
    object_fields: [
      { object_key: 'visit', key: 'count', title: 'Count', type: 'integer' },
      { object_key: 'visit', key: 'cost', title: 'Cost', type: 'decimal' },
      { object_key: 'visit', key: 'note', title: 'Note', type: 'text' },
      { object_key: 'visit', key: 'long', title: 'Long', type: 'textarea' },
      { object_key: 'visit', key: 'done', title: 'Done', type: 'checkbox' },
      { object_key: 'visit', key: 'on', title: 'On', type: 'date' },
    ],
  },
};

interface RecordWire {
  id: string;
  name: string;
  external_id: string | null;
  custom_object_key: string;
  custom_object_fields: Record<string, unknown>;
  created_at: string;
  updated_at: string;
  created_by_user_id: string;
  updated_by_user_id: string;
  url: string;
}
interface RecordsPage {
  custom_object_records: RecordWire[];
  meta: { has_more: boolean; after_cursor: string | null; before_cursor: string | null };
  links: { next: string | null; prev: string | null };
}
type Errors = { errors: { code: string; title: string; detail?: string; source?: { pointer: string } }[] };

const RECORDS = '/api/v2/custom_objects/visit/records';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seats: 60, endUsers: 20 }, { requirements: REQUIREMENTS });
});
afterAll(() => t.close());
beforeEach(() => t.control('/__standin/reset', 'POST'));

// T is the shape the test expects of the answer: a wrong one fails the test.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
async function send<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await t.get(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}
const create = (name: string, fields: Record<string, unknown> = {}, externalId?: string) =>
  send<{ custom_object_record: RecordWire }>('POST', RECORDS, {
    custom_object_record: { name, custom_object_fields: fields, ...(externalId ? { external_id: externalId } : {}) },
  });
const upsert = (externalId: string, record: Record<string, unknown>) =>
  send<{ custom_object_record: RecordWire }>('PATCH', `${RECORDS}?external_id=${encodeURIComponent(externalId)}`, { custom_object_record: record });

describe('records', () => {
  it('creates a record (201) shaped as Zendesk sends it: ULID id, every field, https url', async () => {
    const { status, body } = await create('first', { count: 3, note: 'hi' }, 'ext-1');
    expect(status).toBe(201);
    const rec = body.custom_object_record;
    expect(rec.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(rec).toMatchObject({
      name: 'first',
      external_id: 'ext-1',
      custom_object_key: 'visit',
      custom_object_fields: { count: 3, cost: null, note: 'hi', long: null, done: null, on: null },
      created_by_user_id: String(t.api.account().ownerId),
      url: expect.stringMatching(new RegExp(`^https://127\\.0\\.0\\.1:\\d+${RECORDS}/${rec.id}\\.json$`)) as unknown,
    });
    expect(rec.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect((await send<{ custom_object_record: RecordWire }>('GET', `${RECORDS}/${rec.id}`)).body.custom_object_record).toEqual(rec);
    expect((await send<{ count: number; limit: number }>('GET', '/api/v2/custom_objects/limits/record_limit')).body).toEqual({
      count: 1,
      limit: 1_000_000,
    });
  });

  it('pages through 65 records with cursors, both ways and in every sort, links absolute on the request origin', async () => {
    const created: string[] = [];
    for (let i = 0; i < 65; i++) created.push((await create(`r${i}`, { count: i })).body.custom_object_record.id);
    expect([...created].sort()).toEqual(created); // ids sort by creation
    const walk = async (first: string): Promise<{ ids: string[]; last: RecordsPage }> => {
      let url: string | null = first;
      const ids: string[] = [];
      let last: RecordsPage | undefined;
      while (url) {
        const page: RecordsPage = (await send<RecordsPage>('GET', url)).body;
        ids.push(...page.custom_object_records.map((r) => r.id));
        if (page.meta.has_more) expect(page.links.next?.startsWith(`${t.base}${RECORDS}?page%5Bafter%5D=`)).toBe(true);
        url = page.meta.has_more ? page.links.next : null;
        last = page;
      }
      return { ids, last: last as RecordsPage };
    };
    const forward = await walk(`${RECORDS}?page[size]=10`);
    expect(forward.ids).toEqual(created);
    expect(forward.last.links.next).toBeNull();
    expect(forward.last.custom_object_records).toHaveLength(5);
    const back = (await send<RecordsPage>('GET', forward.last.links.prev as string)).body;
    expect(back.custom_object_records.map((r) => r.id)).toEqual(created.slice(50, 60));
    expect(back.meta.has_more).toBe(true);
    expect((await walk(`${RECORDS}?page[size]=25&sort=-id`)).ids).toEqual([...created].reverse());
    // A change moves a record to the end of updated_at order.
    await upsert('never-made', { name: 'late' });
    await t.control('/__standin/clock', 'POST', { advanceMs: 1000 }); // no tie on updated_at
    await send('PATCH', `${RECORDS}/${created[0]}`, { custom_object_record: { custom_object_fields: { note: 'touched' } } });
    const byUpdate = (await walk(`${RECORDS}?page[size]=30&sort=updated_at`)).ids;
    expect(byUpdate.slice(-1)).toEqual([created[0]]);
    expect(byUpdate).toHaveLength(66);
    expect((await walk(`${RECORDS}?page[size]=100&sort=-updated_at`)).ids[0]).toBe(created[0]);
    // Cursors are the sort's own; sizes over 100 are clamped; bad values are 400s.
    const mixed = await send<Errors>(
      'GET',
      `${RECORDS}?sort=-id&page[after]=${(await send<RecordsPage>('GET', `${RECORDS}?page[size]=1`)).body.meta.after_cursor}`,
    );
    expect(mixed.status).toBe(400);
    expect((await send<RecordsPage>('GET', `${RECORDS}?page[size]=500`)).body.custom_object_records).toHaveLength(66);
    expect((await send<Errors>('GET', `${RECORDS}?sort=name`)).status).toBe(400);
    expect((await send<Errors>('GET', `${RECORDS}?page[size]=0`)).status).toBe(400);
  });

  it('upserts by external id: creates, then updates only the fields named, keeping the others', async () => {
    const made = await upsert('day-1', { name: 'Day 1', custom_object_fields: { count: 1, note: 'claim', done: false } });
    expect(made.status).toBe(200);
    const id = made.body.custom_object_record.id;
    const changed = await upsert('day-1', { custom_object_fields: { count: 2, cost: 12.5 } });
    expect(changed.status).toBe(200);
    expect(changed.body.custom_object_record).toMatchObject({
      id,
      name: 'Day 1',
      external_id: 'day-1',
      custom_object_fields: { count: 2, cost: 12.5, note: 'claim', done: false, long: null, on: null },
    });
    const cleared = await upsert('day-1', { custom_object_fields: { note: null } });
    expect(cleared.body.custom_object_record.custom_object_fields.note).toBeNull();
    expect(cleared.body.custom_object_record.custom_object_fields.count).toBe(2);
    // The body may repeat the query's external id (the app does), not name another.
    expect((await upsert('day-1', { name: 'Day 1', external_id: 'day-1' })).status).toBe(200);
    expect((await upsert('day-1', { external_id: 'day-2' })).status).toBe(400);
    expect((await upsert('day-9', { custom_object_fields: { count: 1 } })).status).toBe(422); // a new record needs a name
    expect((await send('PATCH', `${RECORDS}?name=Day%201`, { custom_object_record: { name: 'x' } })).status).toBe(400);
    expect((await send('PATCH', RECORDS, { custom_object_record: { name: 'x' } })).status).toBe(400);
    expect((await send<RecordsPage>('GET', RECORDS)).body.custom_object_records).toHaveLength(1);
  });

  it('filters by external ids and by ids', async () => {
    const a = (await create('a', {}, 'ext-a')).body.custom_object_record;
    await create('b', {}, 'ext-b');
    const c = (await create('c', {}, 'ext-c')).body.custom_object_record;
    const names = async (query: string): Promise<string[]> =>
      (await send<RecordsPage>('GET', `${RECORDS}?${query}`)).body.custom_object_records.map((r) => r.name);
    expect(await names('filter[external_ids]=ext-c,ext-a,nope')).toEqual(['a', 'c']);
    expect(await names('filter[external_ids]=EXT-A')).toEqual([]); // case sensitive
    expect(await names(`filter[ids]=${c.id}`)).toEqual(['c']);
    expect(await names(`filter[ids]=${a.id},${c.id}&filter[external_ids]=ext-a`)).toEqual(['a']);
    expect(await names('filter[external_ids]=')).toEqual(['a', 'b', 'c']);
  });

  it('refuses unknown fields, wrong types, a taken external id, a missing name with 422 and the Errors body', async () => {
    const bad = async (record: Record<string, unknown>, pointer: string): Promise<void> => {
      const res = await send<Errors>('POST', RECORDS, { custom_object_record: record });
      expect(res.status, JSON.stringify(record)).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ code: 'RecordInvalid', source: { pointer } });
    };
    const fields = '/custom_object_record/custom_object_fields';
    await bad({ name: 'x', custom_object_fields: { colour: 'red' } }, `${fields}/colour`);
    await bad({ name: 'x', custom_object_fields: { count: '3' } }, `${fields}/count`);
    await bad({ name: 'x', custom_object_fields: { count: 1.5 } }, `${fields}/count`);
    await bad({ name: 'x', custom_object_fields: { cost: 'cheap' } }, `${fields}/cost`);
    await bad({ name: 'x', custom_object_fields: { note: 7 } }, `${fields}/note`);
    await bad({ name: 'x', custom_object_fields: { done: 'yes' } }, `${fields}/done`);
    await bad({ name: 'x', custom_object_fields: { on: '2025-02-30' } }, `${fields}/on`);
    await bad({ custom_object_fields: { count: 1 } }, '/custom_object_record/name');
    await bad({ name: 'x', custom_object_fields: { long: 'y'.repeat(33_000) } }, '/custom_object_record');
    expect((await create('ok', { count: 1, cost: 2.25, note: 'n', long: 'l\nl', done: true, on: '2025-02-28' }, 'taken')).status).toBe(201);
    await bad({ name: 'again', external_id: 'taken' }, '/custom_object_record/external_id');
    expect((await send<Errors>('POST', RECORDS, { record: { name: 'x' } })).status).toBe(422);
    expect((await send<RecordsPage>('GET', RECORDS)).body.custom_object_records).toHaveLength(1);
  });

  it('answers 404 with the Errors body for an object or record that does not exist', async () => {
    for (const path of [
      '/api/v2/custom_objects/car',
      '/api/v2/custom_objects/car/records',
      `${RECORDS}/01GCSJW391QVSC80GYDH7E93Q6`,
      `${RECORDS}/nope`,
    ]) {
      const res = await send<Errors>('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.body.errors[0], path).toMatchObject({ code: 'RecordNotFound' });
    }
    expect((await send('POST', '/api/v2/custom_objects/car/records', { custom_object_record: { name: 'x' } })).status).toBe(404);
    const object = await send<{ custom_object: Record<string, unknown> }>('GET', '/api/v2/custom_objects/visit.json');
    expect(object.body.custom_object).toMatchObject({ key: 'visit', title: 'Visit', title_pluralized: 'Visits', include_in_list_view: true });
    expect((await send('DELETE', RECORDS)).status).toBe(405);
  });

  it('is for agents and admins, through the normal pipeline (logged with who asked, rate limited)', async () => {
    const account = t.api.account();
    await t.control('/__standin/session', 'POST', { role: 'agent' });
    expect((await create('by agent')).status).toBe(201);
    const list = await t.get(RECORDS);
    expect(list.headers.get('x-rate-limit')).toBe('700');
    const [record] = ((await list.json()) as RecordsPage).custom_object_records;
    expect(record?.created_by_user_id).toBe(String(account.sampleAgentId));
    await t.control('/__standin/session', 'POST', { role: 'end-user' });
    expect((await send('GET', RECORDS)).status).toBe(403);
    const { requests } = (await t.control<{ requests: LoggedRequest[] }>('/__standin/requests')).body;
    expect(requests.map((r) => [r.method, r.status, r.user_id])).toEqual([
      ['POST', 201, account.sampleAgentId],
      ['GET', 200, account.sampleAgentId],
      ['GET', 403, expect.any(Number)],
    ]);
    await t.control('/__standin/faults', 'POST', { failNext: { count: 1, status: 503, path: '/api/v2/custom_objects' } });
    await t.control('/__standin/session', 'POST', { role: 'admin' });
    expect((await t.get(RECORDS)).status).toBe(503);
  });

  it('a reset clears the records and keeps the objects', async () => {
    await create('gone');
    await t.control('/__standin/reset', 'POST');
    expect((await send<RecordsPage>('GET', RECORDS)).body.custom_object_records).toEqual([]);
    expect((await send('GET', '/api/v2/custom_objects/visit')).status).toBe(200);
  });
});

describe('a plan without custom objects', () => {
  it('has nothing installed and refuses every custom object call with 403 and the Errors body', async () => {
    const plain = await startTestServer({ seats: 30, endUsers: 5 }, { requirements: REQUIREMENTS, customObjects: false });
    try {
      for (const [method, path] of [
        ['GET', '/api/v2/custom_objects'],
        ['GET', '/api/v2/custom_objects/visit'],
        ['GET', RECORDS],
        ['POST', RECORDS],
        ['PATCH', `${RECORDS}?external_id=x`],
        ['GET', '/api/v2/custom_objects/limits/record_limit'],
      ] as const) {
        const res = await plain.get(path, { method, body: method === 'GET' ? undefined : '{"custom_object_record":{"name":"x"}}' });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(((await res.json()) as Errors).errors[0]?.code).toBe('Forbidden');
      }
      expect((await plain.get('/api/v2/users/me')).status).toBe(200);
      // A reset can give the plan custom objects (installed then), and take them away again.
      await plain.control('/__standin/reset', 'POST', { customObjects: true });
      expect((await plain.get(RECORDS)).status).toBe(200);
      await plain.control('/__standin/reset', 'POST', { customObjects: false });
      expect((await plain.get(RECORDS)).status).toBe(403);
    } finally {
      await plain.close();
    }
  });

  it('without requirements nothing is installed: 404 for the object', async () => {
    const bare = await startTestServer({ seats: 30, endUsers: 5 });
    try {
      expect((await bare.get(RECORDS)).status).toBe(404);
      expect(((await (await bare.get('/api/v2/custom_objects')).json()) as { custom_objects: unknown[] }).custom_objects).toEqual([]);
      expect((await bare.control('/__standin/reset', 'POST', { historyDays: 5 })).status).toBe(400); // no object to seed
    } finally {
      await bare.close();
    }
  });
});
