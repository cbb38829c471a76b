/**
 * The host page's way of carrying out an app's client.request() on the account
 * (routeRequest + encodeRequest, then a same-origin fetch, as host.ts does), against the
 * real fake API: writes arrive with their method and body, and a job's https status URL
 * comes back to the account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { startTestServer, type TestServer } from '../api/testServer';
import { encodeRequest, responseOutcome, routeRequest, headersObject } from './protocol';
import type { ZafRequestOptions } from './types';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seats: 40, endUsers: 20 }, { jobQueuedMs: 0, jobMsPerUser: 0 });
});
afterAll(() => t.close());

/** What host.ts performRequest does for an account request, then the outcome the SDK gets. */
async function perform(options: ZafRequestOptions): Promise<unknown[]> {
  const route = routeRequest(options, { zendeskOrigin: t.base, subdomain: t.api.account().subdomain });
  if (route.via !== 'zendesk') throw new Error(`the page would send ${String(options.url)} ${route.via}`);
  const encoded = encodeRequest({ ...options, url: route.url });
  const init: RequestInit = { method: encoded.method, headers: encoded.headers };
  if (encoded.body !== undefined) init.body = encoded.body;
  const res = await fetch(`${t.base}${encoded.url}`, init);
  const outcome = responseOutcome(
    { status: res.status, statusText: res.statusText, headers: headersObject(res.headers.entries()), text: await res.text() },
    options,
  );
  expect(outcome.outcome).toBe('done');
  return outcome.responseArgs;
}

describe('writes through the host page', () => {
  it('PUT /users/{id} with a JSON string body changes the user', async () => {
    const agent = t.api.account().users.find((u) => u.role === 'agent' && u.id !== t.api.account().sampleAgentId) as ZendeskUserWire;
    const [body] = await perform({
      url: `/api/v2/users/${agent.id}.json`,
      type: 'PUT',
      contentType: 'application/json',
      data: JSON.stringify({ user: { role: 'end-user' } }),
      dataType: 'json',
    });
    expect(body).toMatchObject({ user: { id: agent.id, role: 'end-user' } });
    const log = (await t.control<{ requests: { method: string; path: string; status: number }[] }>('/__standin/requests')).body.requests;
    expect(log.at(-1)).toMatchObject({ method: 'PUT', path: `/api/v2/users/${agent.id}.json`, status: 200 });
  });

  it('update_many answers a job whose https url the page sends back to the account', async () => {
    const agent = t.api.account().users.filter((u) => u.role === 'agent')[3] as ZendeskUserWire;
    const [queued] = (await perform({
      url: '/api/v2/users/update_many.json',
      type: 'PUT',
      contentType: 'application/json',
      data: JSON.stringify({ users: [{ id: agent.id, role: 'end-user' }] }),
      httpCompleteResponse: true,
    })) as [{ status: number; headers: Record<string, string>; responseJSON: { job_status: { url: string } } }];
    expect(queued.headers['zendesk-ratelimit-inflight-jobs']).toBe('total=30; remaining=29');
    expect(queued.responseJSON.job_status.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/api\/v2\/job_statuses\/[0-9a-f]{32}\.json$/);
    const [status] = await perform({ url: queued.responseJSON.job_status.url, dataType: 'json' });
    expect(status).toMatchObject({ job_status: { status: 'completed', results: [{ id: agent.id, success: true }] } });
  });
});
