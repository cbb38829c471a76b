/**
 * A faithful local imitation of Zendesk's Support API (the Users, Sessions, Search count
 * and incremental ticket event endpoints Seat Review reads, the user writes and job
 * statuses a seat release makes, and the custom object records of the review history),
 * for `npm start`, end-to-end tests and benchmarks.
 * Plain Node `http`: mount `handle` in any server and let it pass on paths that are not its own.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import type { DemoAccount } from '../demo/account';
import { serveControl } from './control';
import { serveApi } from './pipeline';
import { ApiState, DEFAULT_OBJECT_SETTINGS, DEFAULT_SETTINGS, type ApiSettings } from './state';

export interface ZendeskApiOptions {
  account: DemoAccount;
  rateLimitPerMinute?: number; // account-wide budget; default 700 (Enterprise)
  incrementalPerMinute?: number; // incremental export budget (on top of the account's); default 10
  updateUserPerMinute?: number; // user create/update budget (on top of the account's); default 100
  windowMs?: number; // the window of every budget; default 60_000 (tests shorten it)
  latencyMs?: number; // added to every /api/v2 response; default 0
  jobsInFlight?: number; // background jobs queued or working at once; default 30
  jobQueuedMs?: number; // how long a new job stays queued; default 200
  jobMsPerUser?: number; // how long a working job takes per user; default 10
  locale?: string; // the signed-in user's profile language (`currentUser.locale`) at start and after a reset; default: the user's own
  /** The hosted package's parsed requirements.json: its `custom_objects_v2` objects and fields are created at start, as an install does. */
  requirements?: unknown;
  /** False: a plan without custom objects (nothing installed, every custom object call 403). Default true. */
  customObjects?: boolean;
  /** Days of `seat_review_day` records before the account's today (standin/demo/history.ts); needs the object in `requirements`. Default 0. */
  historyDays?: number;
}

export interface ZendeskApi {
  /** Serves /api/v2/* and the /__standin/* control routes; resolves false when the path is not its own. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /**
   * The user the API treats as signed in: the one the request's `standin_session` cookie
   * names (per-browser sessions), else the one signed in for everyone (the owner admin by default).
   */
  currentUser(req?: IncomingMessage): ZendeskUserWire;
  account(): DemoAccount;
}

export function createZendeskApi(options: ZendeskApiOptions): ZendeskApi {
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof ApiSettings)[]) settings[key] = options[key] ?? DEFAULT_SETTINGS[key];
  const state = new ApiState(options.account, settings, options.locale ?? null, {
    requirements: options.requirements ?? DEFAULT_OBJECT_SETTINGS.requirements,
    customObjects: options.customObjects ?? DEFAULT_OBJECT_SETTINGS.customObjects,
    historyDays: options.historyDays ?? DEFAULT_OBJECT_SETTINGS.historyDays,
  });
  return {
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://standin.invalid');
      if (url.pathname === '/api/v2' || url.pathname.startsWith('/api/v2/')) {
        await serveApi(state, req, res, url);
        return true;
      }
      if (url.pathname.startsWith('/__standin/')) return serveControl(state, req, res, url);
      return false;
    },
    currentUser: (req) => state.currentUser(req),
    account: () => state.account,
  };
}

export type { LoggedRequest } from './requestLog';
export { CONTROL_PATHS } from './control';
export { ROUTES } from './router';
export { SESSION_COOKIE } from './browserSessions';
