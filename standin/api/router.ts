/**
 * The /api/v2 routes the stand-in serves, each tied to the path it implements in
 * Zendesk's OpenAPI file (the conformance test checks this table against the file), with
 * a handler per method: reads everywhere, the writes of a seat release, and the custom
 * object records the review history keeps.
 */
import { countUsers, listUsers, showCurrentUser, showManyUsers, showUser } from './users';
import { showJobStatus, updateManyUsers, updateUser } from './writes';
import { listCustomRoles } from './customRoles';
import { createRecord, listCustomObjects, listRecords, recordLimit, showCustomObject, showRecord, updateRecord, upsertRecord } from './customObjects';
import type { Handler } from './results';
import { countSearchResults } from './search';
import { listSessions, listUserSessions } from './sessions';
import { incrementalTicketEvents } from './ticketEvents';

/** The methods the stand-in implements (HEAD is served as GET). */
export const METHODS = ['get', 'put', 'post', 'patch'] as const;
export type Method = (typeof METHODS)[number];

export interface Route {
  /** The path as written in the OAS file's `paths`. */
  oasPath: string;
  pattern: RegExp;
  /** What the stand-in serves here, by method. */
  handlers: Partial<Record<Method, Handler>>;
  /** Every method Zendesk's OAS file declares on this path, lower case. */
  zendeskMethods: readonly string[];
  /** Served to any signed-in user, end users included (Show Self is "Allowed for anonymous users"). */
  anyRole?: boolean;
  /** Methods for admins only ("Allowed For: Admins", role changes): agents get 403 too. */
  adminOnly?: readonly Method[];
  /**
   * A PUT here writes users: it spends the update-user budget ('many'), and for one user
   * (the path's id) that user's budget too ('one'); see ./writeLimits.ts.
   */
  userWrite?: 'one' | 'many';
  /**
   * Methods Zendesk serves here that the OAS file does not declare on this path (its
   * developer documentation does); the conformance test checks they are still missing.
   */
  notInFile?: readonly string[];
}

export const ROUTES: readonly Route[] = [
  { oasPath: '/api/v2/users', pattern: /^\/api\/v2\/users$/, handlers: { get: listUsers }, zendeskMethods: ['get', 'post'] },
  { oasPath: '/api/v2/users/count', pattern: /^\/api\/v2\/users\/count$/, handlers: { get: countUsers }, zendeskMethods: ['get'] },
  {
    oasPath: '/api/v2/users/me',
    pattern: /^\/api\/v2\/users\/me$/,
    handlers: { get: showCurrentUser },
    zendeskMethods: ['get'],
    anyRole: true,
  },
  {
    oasPath: '/api/v2/users/show_many',
    pattern: /^\/api\/v2\/users\/show_many$/,
    handlers: { get: showManyUsers },
    zendeskMethods: ['get'],
  },
  {
    oasPath: '/api/v2/users/{user_id}',
    pattern: /^\/api\/v2\/users\/(\d+)$/,
    handlers: { get: showUser, put: updateUser },
    zendeskMethods: ['get', 'put', 'delete'],
    adminOnly: ['put'],
    userWrite: 'one',
  },
  {
    oasPath: '/api/v2/users/update_many',
    pattern: /^\/api\/v2\/users\/update_many$/,
    handlers: { put: updateManyUsers },
    zendeskMethods: ['put'],
    adminOnly: ['put'],
    userWrite: 'many',
  },
  {
    oasPath: '/api/v2/job_statuses/{job_status_id}',
    pattern: /^\/api\/v2\/job_statuses\/([A-Za-z0-9]+)$/,
    handlers: { get: showJobStatus },
    zendeskMethods: ['get'],
  },
  {
    oasPath: '/api/v2/incremental/ticket_events',
    pattern: /^\/api\/v2\/incremental\/ticket_events$/,
    handlers: { get: incrementalTicketEvents },
    zendeskMethods: ['get'],
    adminOnly: ['get'],
  },
  {
    oasPath: '/api/v2/custom_roles',
    pattern: /^\/api\/v2\/custom_roles$/,
    handlers: { get: listCustomRoles },
    zendeskMethods: ['get', 'post'],
  },
  { oasPath: '/api/v2/search/count', pattern: /^\/api\/v2\/search\/count$/, handlers: { get: countSearchResults }, zendeskMethods: ['get'] },
  { oasPath: '/api/v2/sessions', pattern: /^\/api\/v2\/sessions$/, handlers: { get: listSessions }, zendeskMethods: ['get'], anyRole: true },
  {
    // The file has only DELETE here (Bulk Delete Sessions); "List Sessions" documents
    // GET /api/v2/users/{user_id}/sessions as well.
    oasPath: '/api/v2/users/{user_id}/sessions',
    pattern: /^\/api\/v2\/users\/(\d+)\/sessions$/,
    handlers: { get: listUserSessions },
    zendeskMethods: ['get', 'delete'],
    anyRole: true,
    notInFile: ['get'],
  },
  {
    oasPath: '/api/v2/custom_objects',
    pattern: /^\/api\/v2\/custom_objects$/,
    handlers: { get: listCustomObjects },
    zendeskMethods: ['get', 'post'],
  },
  {
    oasPath: '/api/v2/custom_objects/limits/record_limit',
    pattern: /^\/api\/v2\/custom_objects\/limits\/record_limit$/,
    handlers: { get: recordLimit },
    zendeskMethods: ['get'],
  },
  {
    oasPath: '/api/v2/custom_objects/{custom_object_key}',
    pattern: /^\/api\/v2\/custom_objects\/([A-Za-z0-9_:]+)$/,
    handlers: { get: showCustomObject },
    zendeskMethods: ['get', 'patch', 'delete'],
  },
  {
    oasPath: '/api/v2/custom_objects/{custom_object_key}/records',
    pattern: /^\/api\/v2\/custom_objects\/([A-Za-z0-9_:]+)\/records$/,
    handlers: { get: listRecords, post: createRecord, patch: upsertRecord },
    zendeskMethods: ['get', 'post', 'patch', 'delete'],
  },
  {
    // `records/count`, `/search`, `/autocomplete` are other routes (not served), not record ids.
    oasPath: '/api/v2/custom_objects/{custom_object_key}/records/{custom_object_record_id}',
    pattern: /^\/api\/v2\/custom_objects\/([A-Za-z0-9_:]+)\/records\/(?!(?:count|search|autocomplete)$)([A-Za-z0-9]+)$/,
    handlers: { get: showRecord, patch: updateRecord },
    zendeskMethods: ['get', 'patch', 'delete'],
  },
];

/** Paths under this prefix also spend the incremental export budget (10 a minute). */
export const INCREMENTAL_PREFIX = '/api/v2/incremental/';

export type RouteMatch =
  | { kind: 'found'; route: Route; method: Method; handler: Handler; params: string[] }
  /** Zendesk has this method here but the stand-in does not implement it (POST /users, DELETE /users/{id}). */
  | { kind: 'not-implemented'; route: Route }
  | { kind: 'none' };

/** Zendesk accepts `/api/v2/users` and `/api/v2/users.json` alike. */
export function normalizePath(path: string): string {
  return path.endsWith('.json') ? path.slice(0, -'.json'.length) : path;
}

/** The Allow header of a route: what the stand-in serves there. */
export function allowHeader(route: Route): string {
  const methods = METHODS.filter((m) => route.handlers[m]).map((m) => m.toUpperCase());
  return (methods.includes('GET') ? [...methods.slice(0, 1), 'HEAD', ...methods.slice(1)] : methods).join(', ');
}

/**
 * Wrong methods: a method Zendesk does not route on a path gets the same 404 as an
 * unknown path (Zendesk's router has no such route, so it answers 404, not 405). A method
 * Zendesk does implement there but this stand-in does not (POST /users, DELETE
 * /users/{id}) gets 405 with an `Allow` header naming what it does serve, so an
 * accidental write fails loudly instead of looking like a missing record.
 */
export function matchRoute(method: string, path: string): RouteMatch {
  const m = method.toUpperCase() === 'HEAD' ? 'get' : method.toLowerCase();
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const handler = route.handlers[m as Method];
    if (handler) return { kind: 'found', route, method: m as Method, handler, params: match.slice(1) };
    return route.zendeskMethods.includes(m) ? { kind: 'not-implemented', route } : { kind: 'none' };
  }
  return { kind: 'none' };
}
