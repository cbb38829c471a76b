/**
 * What a route handler receives and returns, and the error bodies Zendesk sends.
 * Handlers are plain functions from request facts to a JSON result: no sockets involved.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import type { Headers } from './http';
import type { ActivityStore } from './activity';
import type { CustomObjectStore } from './customObjectStore';
import type { PagingFaultKind } from './faults';
import type { JobQueue } from './jobs';
import type { LoggedRequest } from './requestLog';
import type { UserStore } from './store';
import type { TicketStore } from './tickets';

export interface ApiRequest {
  url: URL;
  /** Path as requested (e.g. `/api/v2/users.json`). */
  rawPath: string;
  /** Path without a trailing `.json` (Zendesk serves both spellings). */
  path: string;
  /** Captured path segments, e.g. the user id. */
  params: string[];
  /** `http://host:port` the request came to, for absolute links. */
  origin: string;
  store: UserStore;
  /** Ticket events and sessions of the account. */
  activity: ActivityStore;
  /** The account's tickets: status, assignee, updated_at. */
  tickets: TicketStore;
  /** Background jobs (update_many) and their limits. */
  jobs: JobQueue;
  /** The account's custom objects and records; null on a plan without custom objects. */
  customObjects: CustomObjectStore | null;
  /** The account owner, whose role cannot change. */
  ownerId: number;
  /** Parsed JSON request body of a write; undefined for reads and empty bodies. */
  body?: unknown;
  currentUser: ZendeskUserWire;
  /** The account's notion of "now" (demo time), in ms. */
  nowMs: number;
  /**
   * Injected faults the handler applies itself, each call using one up (./faults.ts):
   * only handlers that serve such a page ask, so other answers leave the fault pending.
   * Absent when a handler is called outside the pipeline.
   */
  faults?: {
    /** A cursor page's misleading next link (pagingNext), or null. */
    paging(): PagingFaultKind | null;
    /** Whether this export page must not advance (stallExportNext). */
    stallExport(): boolean;
    /** Whether this update_many must be refused as if 30 jobs were running (tooManyJobsNext). */
    tooManyJobs(): boolean;
  };
}

export interface ApiResult {
  status: number;
  body: unknown;
  headers?: Headers;
  /** What the request log notes about this answer (a refusal by a limit, an injected fault). */
  fault?: LoggedRequest['fault'];
}

export type Handler = (request: ApiRequest) => ApiResult;

export const ok = (body: unknown): ApiResult => ({ status: 200, body });

/** 404 as Zendesk sends it for a missing record (and, here, for any unknown /api/v2 path). */
export const notFound = (): ApiResult => ({
  status: 404,
  body: { error: 'RecordNotFound', description: 'Not found' },
});

/** 403 for signed-in users without agent access (wording as seen on Zendesk; unverified). */
export const forbidden = (): ApiResult => ({
  status: 403,
  body: {
    error: 'Forbidden',
    description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
  },
});

/**
 * 400 for bad paging parameters, in the shape the OpenAPI file documents for cursor
 * paging errors (`{"errors":[{"code":"InvalidPaginationParameter","title":"page[after] is not valid"}]}`,
 * see ListTriggerCategories). Zendesk's exact wording for /api/v2/users is unverified.
 */
export const invalidPagination = (title: string): ApiResult => ({
  status: 400,
  body: { errors: [{ code: 'InvalidPaginationParameter', title }] },
});

/** 400 for other invalid parameters, in the classic `{error, description}` shape (wording unverified). */
export const invalidValue = (description: string): ApiResult => ({
  status: 400,
  body: { error: 'InvalidValue', description },
});

/**
 * 422 for a record Zendesk refuses to save, in its validation error shape:
 * `{"error":"RecordInvalid","description":"Record validation errors","details":{"<field>":[{"description","error"}]}}`.
 */
export const recordInvalid = (field: string, description: string, error = 'InvalidValue'): ApiResult => ({
  status: 422,
  body: { error: 'RecordInvalid', description: 'Record validation errors', details: { [field]: [{ description, error }] } },
});

/**
 * 422 for a start_time of an incremental export within the last minute (or in the
 * future), as Zendesk sends it: `{"error":"InvalidValue","description":"Too recent
 * start_time. Use a start_time older than …"}` (clients match on the description's start).
 */
export const tooRecent = (): ApiResult => ({
  status: 422,
  body: { error: 'InvalidValue', description: 'Too recent start_time. Use a start_time older than 1 minute' },
});

/** 429 body (unverified: Zendesk documents the status and Retry-After, not the body). */
export const TOO_MANY_REQUESTS_BODY = {
  error: 'TooManyRequests',
  description: 'You have exceeded the rate limit',
};
