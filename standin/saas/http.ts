/**
 * What the SaaS platform fakes (zluri.ts, torii.ts, lumos.ts, okta.ts) share: a request as
 * the receiver hands it to them, the answer they give back (the receiver sends it, or drops
 * the connection when a fault says so), and small checks of untrusted JSON records.
 * Error bodies are `{error, description}` on every platform: the vendors do not document
 * theirs, and one shape keeps the stand-in's own tests and logs simple.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { isRecord } from '../../src/guards';

export { isRecord };

/** Which fake answered: Seat Review's own format (/ingest/*) or a platform's. */
export type SaasPlatform = 'seat-review' | 'zluri' | 'torii' | 'lumos' | 'okta-workflows';

export interface PlatformRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  /** The body as text (ZAF's proxy sends text only). */
  text: string;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** One platform's fake: its routes, its state for inspection, and a way to forget it. */
export interface PlatformFake<State> {
  platform: SaasPlatform;
  /** The vendor's fixed host the stand-in's proxy routes here (x-forwarded-host), or null for a per-customer host. */
  host: string | null;
  /** Whether the path is one of this platform's routes (any method). */
  owns(path: string): boolean;
  handle(request: PlatformRequest): Reply;
  state(): State;
  clear(): void;
}

export const reply = (status: number, body: unknown, headers?: Record<string, string>): Reply =>
  headers ? { status, body, headers } : { status, body };
export const problem = (status: number, error: string, description: string): Reply => reply(status, { error, description });

/** The header's value when it is sent exactly once. */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}

/** Whether the header carries the installation's token (never when the token is empty). */
export function tokenIn(headers: IncomingHttpHeaders, name: string, token: string, scheme: 'Bearer ' | '' = ''): boolean {
  return token !== '' && header(headers, name) === `${scheme}${token}`;
}

export const isJsonContent = (headers: IncomingHttpHeaders): boolean => /^application\/json\b/i.test(header(headers, 'content-type') ?? '');

/** The body parsed as JSON, or the 400/415 reply saying why not. */
export function jsonBody(request: PlatformRequest): { ok: true; value: unknown } | { ok: false; reply: Reply } {
  if (!isJsonContent(request.headers)) return { ok: false, reply: problem(415, 'UnsupportedMediaType', 'Send application/json.') };
  try {
    return { ok: true, value: JSON.parse(request.text) as unknown };
  } catch {
    return { ok: false, reply: problem(400, 'InvalidJson', 'The body is not valid JSON.') };
  }
}

/** ISO 8601 date or date-time (what "last used" fields take), checked by shape and by Date. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
export const isIsoDate = (v: unknown): boolean => typeof v === 'string' && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v));
export const isEmail = (v: unknown): v is string => typeof v === 'string' && /^[^\s@]+@[^\s@]+$/.test(v);
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** A field rule: what is wrong with the value, or null. */
export type FieldRule = (value: unknown) => string | null;

export const rules = {
  text: (v: unknown) => (typeof v === 'string' ? null : 'must be a string'),
  nonEmpty: (v: unknown) => (isText(v) ? null : 'must be a non-empty string'),
  email: (v: unknown) => (isEmail(v) ? null : 'must be an email address'),
  date: (v: unknown) => (isIsoDate(v) ? null : 'must be an ISO 8601 date'),
  dateOrNull: (v: unknown) => (v === null || isIsoDate(v) ? null : 'must be an ISO 8601 date or null'),
  count: (v: unknown) => (Number.isInteger(v) && (v as number) >= 0 ? null : 'must be a whole number >= 0'),
  oneOf:
    (...allowed: string[]) =>
    (v: unknown) =>
      typeof v === 'string' && allowed.includes(v) ? null : `must be one of ${allowed.join(', ')}`,
  textList: (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : 'must be a list of strings'),
} satisfies Record<string, FieldRule | ((...a: string[]) => FieldRule)>;

/**
 * Checks one record: the required fields are present, every field present follows its rule,
 * and no field is unknown (the fakes are strict so that a field the platform does not
 * document is caught here, not silently dropped there). Returns the problems, `where` first.
 */
export function checkRecord(value: unknown, where: string, fields: Record<string, FieldRule>, required: readonly string[]): string[] {
  if (!isRecord(value)) return [`${where} must be an object`];
  const problems: string[] = [];
  for (const name of required) if (value[name] === undefined) problems.push(`${where}.${name} is required`);
  for (const [name, v] of Object.entries(value)) {
    const rule = fields[name];
    if (!rule) problems.push(`${where}.${name} is not a known field`);
    else if (v !== undefined) {
      const wrong = rule(v);
      if (wrong) problems.push(`${where}.${name} ${wrong}`);
    }
  }
  return problems;
}

/** A 422 listing the first few problems. */
export const invalid = (error: string, problems: readonly string[]): Reply =>
  problem(422, error, problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : ''));

export const now = (): string => new Date().toISOString();
