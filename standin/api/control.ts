/**
 * /__standin/* control routes for tests, benchmarks and the demo: inspect the request
 * log, inject faults, reset, switch who is signed in. JSON in and out; never rate
 * limited, never logged. Paths not listed here are left to other handlers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeAccount, generateAccount } from '../demo/account';
import { BodyError, isRecord, readJson, writeJson } from './http';
import { parseFaultsUpdate } from './faults';
import type { ApiSettings, ApiState } from './state';

type ControlResult = { status: number; body: unknown };
type ControlHandler = (state: ApiState, body: unknown) => ControlResult;

const bad = (description: string): ControlResult => ({ status: 400, body: { error: 'InvalidControlRequest', description } });

function faultsView(state: ApiState): ControlResult {
  const { limit, windowMs, used, remaining, resetsInMs } = state.limiter.state();
  const incremental = state.incrementalLimiter.state();
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
    },
  };
}

function setFaults(state: ApiState, body: unknown): ControlResult {
  const update = parseFaultsUpdate(body);
  if (typeof update === 'string') return bad(update);
  if (update.latencyMs !== undefined) state.latencyMs = update.latencyMs;
  if (update.rateLimitPerMinute !== undefined || update.windowMs !== undefined) {
    const { limit, windowMs } = state.limiter.state();
    state.limiter.configure(update.rateLimitPerMinute ?? limit, update.windowMs ?? windowMs);
  }
  if (update.incrementalPerMinute !== undefined || update.windowMs !== undefined) {
    const { limit, windowMs } = state.incrementalLimiter.state();
    state.incrementalLimiter.configure(update.incrementalPerMinute ?? limit, update.windowMs ?? windowMs);
  }
  state.faults.apply(update);
  return faultsView(state);
}

function accountView(state: ApiState): ControlResult {
  const { subdomain, now, ownerId, sampleAgentId } = state.account;
  return { status: 200, body: { subdomain, now: now.toISOString(), ownerId, sampleAgentId, summary: describeAccount(state.account) } };
}

function reset(state: ApiState, body: unknown): ControlResult {
  if (body !== undefined && !isRecord(body)) return bad('body must be a JSON object');
  const b = body ?? {};
  const keys = ['account', 'rateLimitPerMinute', 'incrementalPerMinute', 'windowMs', 'latencyMs'];
  const unknown = Object.keys(b).filter((k) => !keys.includes(k));
  if (unknown.length > 0) return bad(`unknown keys: ${unknown.join(', ')}`);
  const { rateLimitPerMinute, incrementalPerMinute, windowMs, latencyMs } = b;
  const settings = parseFaultsUpdate({ rateLimitPerMinute, incrementalPerMinute, windowMs, latencyMs });
  if (typeof settings === 'string') return bad(settings);
  if (b.account !== undefined && !isRecord(b.account)) return bad('account must be a DemoSpec object');
  let account = null;
  if (b.account !== undefined) {
    try {
      account = generateAccount(b.account);
    } catch (error) {
      return bad(`account: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const overrides: Partial<ApiSettings> = {};
  if (settings.rateLimitPerMinute !== undefined) overrides.rateLimitPerMinute = settings.rateLimitPerMinute;
  if (settings.incrementalPerMinute !== undefined) overrides.incrementalPerMinute = settings.incrementalPerMinute;
  if (settings.windowMs !== undefined) overrides.windowMs = settings.windowMs;
  if (settings.latencyMs !== undefined) overrides.latencyMs = settings.latencyMs;
  state.reset(account, overrides);
  return accountView(state);
}

function setSession(state: ApiState, body: unknown): ControlResult {
  if (!isRecord(body)) return bad('body must be {"role":"admin"|"agent"|"end-user"} or {"user_id":n}');
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
  state.currentUserId = userId;
  return { status: 200, body: { user: state.currentUser() } };
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
  '/__standin/session': {
    GET: (state) => ({ status: 200, body: { user: state.currentUser() } }),
    POST: setSession,
  },
  '/__standin/account': { GET: accountView },
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
  const result = handler(state, body);
  writeJson(res, result.status, result.body, noStore);
  return true;
}
