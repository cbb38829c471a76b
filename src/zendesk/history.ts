/**
 * The account's review history in Zendesk: records of the custom object `seat_review_day`
 * (requirements.json), one a UTC day, read and upserted by external id through the gateway.
 * A failure says where the history has to be kept instead (history/state.ts): a 403 is a
 * plan without custom objects, a 404 an installation without the object, anything else
 * (after the gateway's own retries) storage that cannot be read just now.
 */
import { HISTORY_OBJECT_KEY, externalIdOf, fromWire, type DayFieldsWire, type DayRecord } from '../history/record';
import type { HistoryFallback } from '../history/state';
import { GatewayError } from '../zaf/errors';
import type { RequestControls, ZendeskGateway } from '../zaf/gateway';
import { isRecord } from '../guards';
import { failureOf, isCancellation, type Failure } from './failure';

/** The most days read back: more than a year, about four pages. */
export const MAX_HISTORY_DAYS = 400;

const RECORDS_URL = `/api/v2/custom_objects/${HISTORY_OBJECT_KEY}/records`;

/** Why the history could not be read or written in Zendesk, and where it goes instead. */
export class HistoryError extends Error {
  override readonly name = 'HistoryError';
  constructor(
    readonly fallback: HistoryFallback,
    readonly failure: Failure,
  ) {
    super(`history ${fallback}`);
  }
}

export function fallbackOf(error: unknown): HistoryFallback {
  if (error instanceof GatewayError && error.status === 403) return 'plan';
  if (error instanceof GatewayError && error.status === 404) return 'not-installed';
  return 'unreadable';
}

/** Runs one call, turning what went wrong into a HistoryError; a cancel stays a cancel. */
async function guarded<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isCancellation(error, signal) || error instanceof HistoryError) throw error;
    throw new HistoryError(fallbackOf(error), failureOf(error));
  }
}

/** The records of a list answer; an answer without the list is not Zendesk's documented one. */
function recordsOf(body: unknown, url: string): unknown[] {
  if (isRecord(body) && Array.isArray(body.custom_object_records)) return body.custom_object_records;
  throw new HistoryError('unreadable', { code: 'unexpected', detail: `no custom_object_records in ${url}` });
}

/** One day's record, or null when nobody wrote that day: exactly one request. */
export function readDay(gateway: ZendeskGateway, day: string, controls: RequestControls = {}): Promise<DayRecord | null> {
  const url = `${RECORDS_URL}?filter[external_ids]=${encodeURIComponent(externalIdOf(day))}`;
  return guarded(async () => {
    const { body } = await gateway.request({ url }, controls);
    for (const raw of recordsOf(body, url)) {
      const record = fromWire(raw);
      if (record?.day === day) return record;
    }
    return null;
  }, controls.signal);
}

/** The newest days first by id, at most `limit` of them; returned oldest first, one record a day. */
export function listDays(gateway: ZendeskGateway, controls: RequestControls = {}, limit = MAX_HISTORY_DAYS): Promise<DayRecord[]> {
  return guarded(async () => {
    const byDay = new Map<string, DayRecord>();
    let seen = 0;
    for await (const page of gateway.pages(`${RECORDS_URL}?page[size]=100&sort=-id`, controls)) {
      for (const raw of recordsOf(page.body, page.url)) {
        const record = fromWire(raw);
        // Newest id first: a day written twice (a hand-made duplicate) keeps its latest record.
        if (record && !byDay.has(record.day)) byDay.set(record.day, record);
      }
      seen += recordsOf(page.body, page.url).length;
      if (seen >= limit) break;
    }
    return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)).slice(-limit);
  }, controls.signal);
}

/**
 * Creates or updates the day's record by its external id; Zendesk updates only the fields
 * sent. Returns the record as Zendesk now holds it (null if its answer could not be read).
 */
export function upsertDay(gateway: ZendeskGateway, day: string, fields: DayFieldsWire, controls: RequestControls = {}): Promise<DayRecord | null> {
  const externalId = externalIdOf(day);
  const url = `${RECORDS_URL}?external_id=${encodeURIComponent(externalId)}`;
  return guarded(async () => {
    const { body } = await gateway.request(
      { url, method: 'PATCH', json: { custom_object_record: { name: day, external_id: externalId, custom_object_fields: fields } } },
      controls,
    );
    return isRecord(body) ? fromWire(body.custom_object_record) : null;
  }, controls.signal);
}
