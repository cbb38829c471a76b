/**
 * Test helpers (never imported by the app): Zendesk's custom object records for
 * `seat_review_day` as the documented API keeps them (cursor list, filter by external id,
 * upsert by external id that updates only the fields sent), shared by every fake client
 * that asks, so two admins can race for a day; and a client whose answers take time.
 */
import { json, failure, type ScriptedAnswer } from './fakeZafClient';
import type { DayFigures } from '../history/record';
import type { ZafClient, ZafCompleteResponse, ZafRequestOptions } from '../zaf/sdk';

export interface StoredRecord {
  id: string;
  name: string;
  external_id: string;
  custom_object_key: string;
  custom_object_fields: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

const RECORDS = '/api/v2/custom_objects/seat_review_day/records';

export class FakeRecords {
  readonly records: StoredRecord[] = [];
  /** `plan`: a plan without custom objects (403); `missing`: the object was never installed (404); `down`: 503. */
  mode: 'ok' | 'plan' | 'missing' | 'down' = 'ok';
  /** Custom object calls answered, by method. */
  readonly calls: { method: string; url: string }[] = [];
  private next = 1;

  constructor(private readonly now: () => number = Date.now) {}

  /** The answer to a custom object call, or null for any other URL. */
  answer(options: ZafRequestOptions): ScriptedAnswer | null {
    if (!options.url.startsWith('/api/v2/custom_objects/')) return null;
    const method = options.type ?? 'GET';
    this.calls.push({ method, url: options.url });
    if (this.mode === 'plan')
      return failure(403, {}, { errors: [{ code: 'Forbidden', title: 'Forbidden', detail: 'Custom objects are not on this plan' }] });
    if (this.mode === 'missing') return failure(404, {}, { errors: [{ code: 'NotFound', title: 'Not Found', detail: 'Custom object not found' }] });
    if (this.mode === 'down') return failure(503);
    const url = new URL(options.url, 'https://acme.zendesk.com');
    if (url.pathname !== RECORDS) return failure(404);
    if (method === 'PATCH') return this.upsert(url.searchParams.get('external_id') ?? '', options.data);
    return this.list(url);
  }

  private list(url: URL): ScriptedAnswer {
    const ids = url.searchParams.get('filter[external_ids]');
    let rows = ids === null ? [...this.records] : this.records.filter((r) => ids.split(',').includes(r.external_id));
    if (url.searchParams.get('sort') === '-id') rows.reverse();
    const size = Number(url.searchParams.get('page[size]') ?? '100');
    const after = Number(url.searchParams.get('page[after]') ?? '0');
    const page = rows.slice(after, after + size);
    const more = after + size < rows.length;
    rows = page;
    const next = new URL(url);
    next.searchParams.set('page[after]', String(after + size));
    return json({
      custom_object_records: rows,
      meta: { has_more: more, after_cursor: more ? String(after + size) : null, before_cursor: null },
      links: { next: more ? next.href : null, prev: null },
      count: rows.length,
    });
  }

  private upsert(externalId: string, data: string | undefined): ScriptedAnswer {
    const body = JSON.parse(data ?? '{}') as { custom_object_record?: { name?: string; custom_object_fields?: Record<string, unknown> } };
    const sent = body.custom_object_record ?? {};
    const at = new Date(this.now()).toISOString();
    let record = this.records.find((r) => r.external_id === externalId);
    if (!record) {
      record = {
        id: `01REC${String(this.next++).padStart(21, '0')}`,
        name: sent.name ?? externalId,
        external_id: externalId,
        custom_object_key: 'seat_review_day',
        custom_object_fields: {},
        created_at: at,
        updated_at: at,
      };
      this.records.push(record);
    }
    // Only the fields sent change.
    record.custom_object_fields = { ...record.custom_object_fields, ...sent.custom_object_fields };
    record.updated_at = at;
    return json({ custom_object_record: structuredClone(record) });
  }
}

/** The same client, each answer `ms` later (real time): requests of two clients interleave as over a network. */
export function slowClient(inner: ZafClient, ms: number): ZafClient {
  return {
    on: (event, handler) => inner.on(event, handler),
    metadata: () => inner.metadata(),
    context: () => inner.context(),
    get: (path) => inner.get(path),
    invoke: (name, ...args) => inner.invoke(name, ...args),
    request: (options: ZafRequestOptions): Promise<ZafCompleteResponse> =>
      new Promise((resolve) => setTimeout(resolve, ms)).then(() => inner.request(options)),
  };
}

/** A day's figures for tests: `seats` equal to `paid`, no release, no price unless `more` says. */
export const dayFigures = (paid: number, idle: number, suspended: number, more: Partial<DayFigures> = {}): DayFigures => ({
  seats: paid,
  paid,
  idle,
  suspended,
  released: 0,
  idleCost: null,
  suspendedCost: null,
  currency: null,
  ...more,
});
