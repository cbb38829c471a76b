/**
 * One /api/v2 request, start to finish: log it, apply injected faults and latency,
 * spend the rate budget (and the incremental export or update-user budget), check
 * access (as the user the request's session cookie names, else the one signed in for
 * everyone), bring background jobs up to now, read a write's body (PUT, POST, PATCH), route, answer.
 * Faults that alter a page (paging, stalled export) are handed to the route handler,
 * which applies them where it builds the page; rate header faults are applied here. Every answer carries
 * X-Rate-Limit / X-Rate-Limit-Remaining; no CORS headers, ever (the app must come
 * through the host page's proxy, same origin).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { BodyError, JSON_CONTENT_TYPE, readJson, requestOrigin, sleep, writeRaw, type Headers } from './http';
import { CUSTOM_OBJECTS_PREFIX, planRefusal } from './customObjects';
import { failureBody } from './faults';
import { forbidden, invalidValue, notFound, TOO_MANY_REQUESTS_BODY, type ApiResult } from './results';
import { allowHeader, INCREMENTAL_PREFIX, matchRoute, normalizePath, type RouteMatch } from './router';
import type { LoggedRequest } from './requestLog';
import type { ApiState } from './state';
import { jobsHeader } from './writes';

function rateHeaders(limit: number, remaining: number): Headers {
  return { 'X-Rate-Limit': limit, 'X-Rate-Limit-Remaining': remaining };
}

function answer(res: ServerResponse, entry: LoggedRequest, status: number, headers: Headers, body: string): void {
  entry.status = status;
  writeRaw(res, status, headers, body);
}

function answerJson(res: ServerResponse, entry: LoggedRequest, result: ApiResult, headers: Headers): void {
  if (result.fault) entry.fault = result.fault;
  answer(res, entry, result.status, { 'Content-Type': JSON_CONTENT_TYPE, ...headers, ...result.headers }, JSON.stringify(result.body));
}

/** A write's JSON body; a 400 when it is not JSON. */
async function readBody(req: IncomingMessage): Promise<{ body: unknown } | ApiResult> {
  try {
    return { body: await readJson(req) };
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    return invalidValue(error.message); // Zendesk's wording for an unreadable body is unverified
  }
}

export async function serveApi(state: ApiState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const rawPath = url.pathname;
  // Who asks is settled on arrival: a reset while the request waits does not change it.
  const currentUser = state.currentUser(req);
  const entry = state.log.start(method, rawPath, url.search.replace(/^\?/, ''), currentUser.id);

  if (state.faults.take('drop', rawPath)) {
    entry.fault = 'drop';
    req.socket.destroy();
    return;
  }
  if (state.latencyMs > 0) await sleep(state.latencyMs);

  const throttle = state.faults.take('throttle', rawPath);
  if (throttle) {
    entry.fault = 'throttle';
    const headers = { ...rateHeaders(state.limiter.budget, 0), 'Retry-After': throttle.retryAfter };
    answerJson(res, entry, { status: 429, body: TOO_MANY_REQUESTS_BODY }, headers);
    return;
  }
  const rate = state.limiter.take();
  if (!rate.allowed) {
    entry.fault = 'rate-limit';
    const headers = { ...rateHeaders(rate.limit, 0), 'Retry-After': rate.retryAfter };
    answerJson(res, entry, { status: 429, body: TOO_MANY_REQUESTS_BODY }, headers);
    return;
  }
  const limits = rateHeaders(rate.limit, rate.remaining);
  // Incremental exports: 10 a minute, and each also counts towards the account budget
  // (spent above). X-Rate-Limit* keep describing the account budget.
  if (normalizePath(rawPath).startsWith(INCREMENTAL_PREFIX)) {
    const incremental = state.incrementalLimiter.take();
    if (!incremental.allowed) {
      entry.fault = 'rate-limit';
      const body = {
        error: 'TooManyRequests',
        description: `You have exceeded the rate limit of ${incremental.limit} incremental export requests per minute`,
      };
      answerJson(res, entry, { status: 429, body }, { ...limits, 'Retry-After': incremental.retryAfter });
      return;
    }
  }

  const path = normalizePath(rawPath);
  const match = matchRoute(method, path);
  // User writes: the update-user budget, and one user's own (./writeLimits.ts).
  let writeHeaders: Headers = {};
  if (match.kind === 'found' && match.method === 'put' && match.route.userWrite) {
    const refused = state.userWrites.take(match.route.userWrite === 'one' ? Number(match.params[0]) : null);
    // Every update_many answer says how many jobs may still start.
    writeHeaders = { ...state.userWrites.header(), ...(match.route.userWrite === 'many' ? jobsHeader(state.jobs) : {}) };
    if (refused) {
      answerJson(res, entry, refused, { ...limits, ...writeHeaders });
      return;
    }
  }

  const fail = state.faults.take('fail', rawPath);
  if (fail) {
    entry.fault = 'fail';
    const { contentType, body } = failureBody(fail.status);
    answer(res, entry, fail.status, contentType ? { ...limits, 'Content-Type': contentType } : limits, body);
    return;
  }

  const result = await route(state, req, url, match, entry, currentUser);
  // An answer that names a long wait (hours) while the budget looks nearly spent.
  const reset = state.faults.take('rateLimitReset', rawPath);
  if (reset) entry.fault = 'rate-limit-reset';
  const headers: Headers = reset
    ? {
        ...limits,
        'X-Rate-Limit-Remaining': reset.remaining,
        'ratelimit-limit': rate.limit,
        'ratelimit-remaining': reset.remaining,
        'ratelimit-reset': reset.resetSeconds,
      }
    : limits;
  answerJson(res, entry, result, { ...headers, ...writeHeaders });
}

async function route(
  state: ApiState,
  req: IncomingMessage,
  url: URL,
  match: RouteMatch,
  entry: LoggedRequest,
  currentUser: ZendeskUserWire,
): Promise<ApiResult> {
  if (match.kind === 'none') return notFound();
  if (match.kind === 'not-implemented') {
    const allow = allowHeader(match.route);
    const description = `${entry.method} ${entry.path} is not available on this local Support API (it serves ${allow} here)`;
    return { status: 405, body: { error: 'MethodNotAllowed', description }, headers: { Allow: allow } };
  }
  const isAgent = currentUser.role === 'agent' || currentUser.role === 'admin';
  const allowed = match.route.adminOnly?.includes(match.method) ? currentUser.role === 'admin' : isAgent || match.route.anyRole === true;
  if (!allowed) return forbidden();
  // A plan without custom objects refuses every custom object route (agents and admins: end users got 403 above).
  if (!state.customObjects && entry.path.startsWith(CUSTOM_OBJECTS_PREFIX)) return planRefusal();
  let body: unknown;
  if (match.method !== 'get') {
    const read = await readBody(req);
    if (!('body' in read)) return read;
    body = read.body;
  }
  // Jobs make their changes when their time comes: before anything reads or queues.
  state.jobs.advance();
  const rawPath = entry.path;
  try {
    return match.handler({
      url,
      rawPath,
      path: normalizePath(rawPath),
      params: match.params,
      origin: requestOrigin(req),
      store: state.store,
      activity: state.activity,
      tickets: state.tickets,
      jobs: state.jobs,
      customObjects: state.customObjects,
      ownerId: state.account.ownerId,
      body,
      currentUser,
      nowMs: state.nowMs(),
      faults: {
        paging: () => {
          const fault = state.faults.take('paging', rawPath);
          if (fault) entry.fault = 'paging';
          return fault?.kind ?? null;
        },
        stallExport: () => {
          const fault = state.faults.take('stallExport', rawPath);
          if (fault) entry.fault = 'stall-export';
          return fault !== null;
        },
        tooManyJobs: () => state.faults.take('tooManyJobs', rawPath) !== null,
      },
    });
  } catch (error) {
    // A bug in the stand-in itself: say so plainly rather than hang the caller.
    return { status: 500, body: { error: 'StandinError', description: error instanceof Error ? error.message : String(error) } };
  }
}
