/**
 * Sessions (ListSessions in Zendesk's OpenAPI file): `GET /api/v2/sessions` and
 * `GET /api/v2/users/{user_id}/sessions` → `{sessions: [...]}` plus cursor or offset
 * paging exactly as /users (./paging.ts), sorted by id.
 *
 * "If authenticated as an admin, returns all the account's sessions. If authenticated as
 * an agent or end user, returns only the sessions of the user making the request."
 * The per-user list is open to admins for anyone; others get 403 for any user but
 * themselves (unverified: the file documents no error), and 404 for an unknown user.
 */
import { listPage } from './paging';
import { forbidden, notFound, type ApiRequest, type ApiResult } from './results';

export function listSessions(r: ApiRequest): ApiResult {
  const mine = r.currentUser.role === 'admin' ? r.activity.sessions : r.activity.sessionsOf(r.currentUser.id);
  return listPage(r, 'sessions', mine);
}

export function listUserSessions(r: ApiRequest): ApiResult {
  const userId = Number(r.params[0]);
  if (!r.store.byId(userId)) return notFound();
  if (r.currentUser.role !== 'admin' && r.currentUser.id !== userId) return forbidden();
  return listPage(r, 'sessions', r.activity.sessionsOf(userId));
}
