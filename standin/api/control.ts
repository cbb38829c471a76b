/**
 * /__standin/* control routes for tests, benchmarks and the demo: inspect the request
 * log, inject faults, change budgets and job timings, reset, switch who is signed in (and their language)
 * for everyone or for one browser, move the account's clock, look a user up for the host page.
 * JSON in and out; never rate limited, never logged. Paths not listed here are left to other handlers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { describeAccount, generateAccount, type DemoAccount } from '../demo/account';
import { clearedSessionCookie, sessionCookie } from './browserSessions';
import { BodyError, isRecord, readJson, writeJson, type Headers } from './http';
import { parseFaultsUpdate, SETTING_MINIMUMS, type FaultsUpdate } from './faults';
import { NO_FILTER } from './store';
import { localeProblem, type ApiSettings, type ApiState, type ObjectSettings } from './state';

type ControlResult = { status: number; body: unknown; headers?: Headers };
type ControlHandler = (state: ApiState, body: unknown, url: URL, req: IncomingMessage) => ControlResult;

const DAY_MS = 86_400_000;

const bad = (description: string): ControlResult => ({ status: 400, body: { error: 'InvalidControlRequest', description } });

function faultsView(state: ApiState): ControlResult {
  const { limit, windowMs, used, remaining, resetsInMs } = state.limiter.state();
  const incremental = state.incrementalLimiter.state();
  const updateUser = state.userWrites.account.state();
  const settings = state.settings();
  state.jobs.advance();
  const inFlight = state.jobs.inFlight();
  return {
    status: 200,
    body: {
      latencyMs: state.latencyMs,
      rateLimitPerMinute: limit,
      windowMs,
      ...state.faults.view(),
      rateWindow: { used, remaining, resetsInMs },
      incrementalPerMinute: incremental.limit,
      incrementalWindow: { used: incremental.used, remaining: incremental.remaining, resetsInMs: incremental.resetsInMs },
      updateUserPerMinute: updateUser.limit,
      updateUserWindow: { used: updateUser.used, remaining: updateUser.remaining, resetsInMs: updateUser.resetsInMs },
      jobsInFlight: settings.jobsInFlight,
      jobQueuedMs: settings.jobQueuedMs,
      jobMsPerUser: settings.jobMsPerUser,
      jobs: { inFlight, remaining: Math.max(0, settings.jobsInFlight - inFlight) },
    },
  };
}

/** The settings of an update (faults aside). */
function settingsOf(update: FaultsUpdate): Partial<ApiSettings> {
  const out: Partial<ApiSettings> = {};
  for (const key of Object.keys(SETTING_MINIMUMS) as (keyof typeof SETTING_MINIMUMS)[]) {
    if (update[key] !== undefined) out[key] = update[key];
  }
  return out;
}

function setFaults(state: ApiState, body: unknown): ControlResult {
  const update = parseFaultsUpdate(body);
  if (typeof update === 'string') return bad(update);
  const s = { ...state.settings(), ...settingsOf(update) };
  state.latencyMs = s.latencyMs;
  // A new budget (or window) starts a new window; an unchanged one keeps counting.
  if (update.rateLimitPerMinute !== undefined || update.windowMs !== undefined) state.limiter.configure(s.rateLimitPerMinute, s.windowMs);
  if (update.incrementalPerMinute !== undefined || update.windowMs !== undefined)
    state.incrementalLimiter.configure(s.incrementalPerMinute, s.windowMs);
  if (update.updateUserPerMinute !== undefined || update.windowMs !== undefined) state.userWrites.configure(s.updateUserPerMinute, s.windowMs);
  // New job settings apply to jobs queued from now on.
  state.setJobSettings(s);
  state.faults.apply(update);
  return faultsView(state);
}

function accountView(state: ApiState): ControlResult {
  const { subdomain, now, ownerId, sampleAgentId } = state.account;
  state.jobs.advance();
  // The users as writes left them.
  const summary = describeAccount({ ...state.account, users: [...state.store.list(NO_FILTER)] });
  const { adminIds } = state.account;
  return {
    status: 200,
    body: { subdomain, now: now.toISOString(), ownerId, sampleAgentId, adminIds, summary, openTickets: state.tickets.openAssigned() },
  };
}

/** `historyDays` and `customObjects` of a reset body, or what is wrong with them. */
function objectSettingsOf(body: Record<string, unknown>): Partial<ObjectSettings> | string {
  const out: Partial<ObjectSettings> = {};
  if (body.historyDays !== undefined) {
    if (typeof body.historyDays !== 'number' || !Number.isInteger(body.historyDays) || body.historyDays < 0)
      return 'historyDays must be an integer >= 0';
    out.historyDays = body.historyDays;
  }
  if (body.customObjects !== undefined) {
    if (typeof body.customObjects !== 'boolean') return 'customObjects must be true or false';
    out.customObjects = body.customObjects;
  }
  return out;
}

function reset(state: ApiState, body: unknown): ControlResult {
  if (body !== undefined && !isRecord(body)) return bad('body must be a JSON object');
  const { account: spec, historyDays, customObjects, ...rest } = body ?? {};
  const unknown = Object.keys(rest).filter((k) => !(k in SETTING_MINIMUMS));
  if (unknown.length > 0) return bad(`unknown keys: ${unknown.join(', ')}`);
  const settings = parseFaultsUpdate(rest);
  if (typeof settings === 'string') return bad(settings);
  const objects = objectSettingsOf({ historyDays, customObjects });
  if (typeof objects === 'string') return bad(objects);
  if (spec !== undefined && !isRecord(spec)) return bad('account must be a DemoSpec object');
  let account: DemoAccount | null = null;
  if (spec !== undefined) {
    try {
      account = generateAccount(spec);
    } catch (error) {
      return bad(`account: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    state.reset(account, settingsOf(settings), objects);
  } catch (error) {
    return bad(error instanceof Error ? error.message : String(error));
  }
  return accountView(state);
}

function clockView(state: ApiState): ControlResult {
  return { status: 200, body: { now: new Date(state.nowMs()).toISOString(), offsetMs: state.clockOffsetMs } };
}

/** POST /__standin/clock: `{"advanceDays": n}` or `{"advanceMs": n}`, n >= 0; the clock never goes back (but for a reset). */
function moveClock(state: ApiState, body: unknown): ControlResult {
  const usage = 'body must be {"advanceDays": n} or {"advanceMs": n} with n >= 0';
  if (!isRecord(body)) return bad(usage);
  const keys = Object.keys(body);
  const key = keys[0];
  if (keys.length !== 1 || (key !== 'advanceDays' && key !== 'advanceMs')) return bad(usage);
  const n = body[key];
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return bad(usage);
  state.clockOffsetMs += Math.round(key === 'advanceDays' ? n * DAY_MS : n);
  return clockView(state);
}

/** GET /__standin/user?id=N: one user as the API has it now, for the host page (not an API request: not logged). */
function showUser(state: ApiState, _body: unknown, url: URL): ControlResult {
  const id = url.searchParams.get('id') ?? '';
  const user = /^\d+$/.test(id) ? state.store.byId(Number(id)) : undefined;
  return user ? { status: 200, body: { user } } : { status: 404, body: { error: 'RecordNotFound', description: `No user ${id}` } };
}

/**
 * POST /__standin/session: who is signed in. With `"browser": true` only the browser that
 * asked is (a `standin_session` cookie, ./browserSessions.ts); otherwise everyone without
 * such a cookie.
 */
function setSession(state: ApiState, body: unknown): ControlResult {
  if (!isRecord(body)) return bad('body must be {"role":"admin"|"agent"|"end-user"} or {"user_id":n}, with an optional "locale" and "browser"');
  if (body.locale !== undefined) {
    const problem = localeProblem(body.locale);
    if (problem) return bad(problem);
  }
  if (body.browser !== undefined && typeof body.browser !== 'boolean') return bad('browser must be true or false');
  let userId: number | undefined;
  if (body.user_id !== undefined) {
    if (typeof body.user_id !== 'number') return bad('user_id must be a number');
    userId = body.user_id;
  } else if (body.role === 'admin') {
    userId = state.account.ownerId;
  } else if (body.role === 'agent') {
    userId = state.account.sampleAgentId;
  } else if (body.role === 'end-user') {
    userId = state.account.users.find((u) => u.role === 'end-user')?.id;
    if (userId === undefined) return { status: 404, body: { error: 'RecordNotFound', description: 'The account has no end users' } };
  } else {
    return bad('role must be "admin", "agent" or "end-user"');
  }
  if (!state.store.byId(userId)) return { status: 404, body: { error: 'RecordNotFound', description: `No user ${userId}` } };
  // A new session without a locale is in the stand-in's start language again.
  const locale = typeof body.locale === 'string' ? body.locale : null;
  if (body.browser === true) {
    const user = state.store.byId(userId) as ZendeskUserWire;
    const language = locale ?? state.defaultLocale;
    const cookie = sessionCookie({ epoch: state.sessionEpoch, userId, locale });
    return {
      status: 200,
      body: { user: language === null ? user : { ...user, locale: language }, browser: true },
      headers: { 'Set-Cookie': cookie },
    };
  }
  state.currentUserId = userId;
  state.locale = locale ?? state.defaultLocale;
  return { status: 200, body: { user: state.currentUser(), browser: false } };
}

/** GET /__standin/session: the user this browser acts as (its cookie's, else everyone's). */
function showSession(state: ApiState, _body: unknown, _url: URL, req: IncomingMessage): ControlResult {
  return { status: 200, body: { user: state.currentUser(req), browser: state.browserSession(req) !== null } };
}

/** DELETE /__standin/session: this browser's cookie removed; it acts as everyone's user again. */
function endBrowserSession(state: ApiState): ControlResult {
  return { status: 200, body: { user: state.currentUser(), browser: false }, headers: { 'Set-Cookie': clearedSessionCookie() } };
}

const CONTROL_ROUTES: Record<string, Partial<Record<string, ControlHandler>>> = {
  '/__standin/requests': {
    GET: (state) => ({ status: 200, body: { requests: state.log.list() } }),
    DELETE: (state) => {
      state.log.clear();
      return { status: 200, body: { requests: [] } };
    },
  },
  '/__standin/faults': { GET: faultsView, POST: setFaults },
  '/__standin/reset': { POST: reset },
  '/__standin/session': { GET: showSession, POST: setSession, DELETE: endBrowserSession },
  '/__standin/clock': { GET: clockView, POST: moveClock },
  '/__standin/account': { GET: accountView },
  '/__standin/user': { GET: showUser },
};

export const CONTROL_PATHS = Object.keys(CONTROL_ROUTES);

/** Serves a control route; false when the path is not one of them. */
export async function serveControl(state: ApiState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const methods = CONTROL_ROUTES[url.pathname];
  if (!methods) return false;
  const noStore = { 'Cache-Control': 'no-store' };
  const method = (req.method ?? 'GET').toUpperCase();
  const handler = methods[method];
  if (!handler) {
    const allow = Object.keys(methods).join(', ');
    writeJson(res, 405, { error: 'MethodNotAllowed', description: `Use ${allow}` }, { ...noStore, Allow: allow });
    return true;
  }
  let body: unknown;
  try {
    body = method === 'GET' || method === 'DELETE' ? undefined : await readJson(req);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    writeJson(res, 400, { error: 'InvalidControlRequest', description: error.message }, noStore);
    return true;
  }
  const result = handler(state, body, url, req);
  writeJson(res, result.status, result.body, { ...noStore, ...result.headers });
  return true;
}
