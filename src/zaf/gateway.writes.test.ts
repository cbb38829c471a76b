import { describe, expect, it } from 'vitest';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { GatewayError } from './errors';
import { ZendeskGateway } from './gateway';

function gatewayWith(script: ScriptedAnswer[]) {
  const client = new FakeZafClient((_o, i) => script[i] ?? failure(599));
  const sleeps: number[] = [];
  const sleep = (ms: number): Promise<void> => {
    sleeps.push(ms);
    return Promise.resolve();
  };
  const gateway = new ZendeskGateway(client, { sleep, random: () => 0, now: () => 0 });
  return { client, gateway, sleeps };
}

const TOO_MANY_JOBS = { error: 'TooManyJobs', description: 'Number of allowed concurrent jobs exceeded' };

describe('ZendeskGateway for writes', () => {
  it('hands an answer the caller handles itself straight back: no retry, no hold on the plan budget', async () => {
    const { client, gateway, sleeps } = gatewayWith([failure(429, {}, TOO_MANY_JOBS), json({ users: [] }, { 'x-rate-limit': '700' })]);
    const handOver = (status: number, body: unknown) => status === 429 && (body as { error?: string }).error === 'TooManyJobs';
    const refused = await gateway.request({ url: '/api/v2/users/update_many', method: 'PUT', json: {} }, { handOver }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GatewayError);
    expect(refused).toMatchObject({ status: 429, code: 'TooManyJobs', attempts: 1 });
    expect(client.requests).toHaveLength(1);
    // The next request is not held as a 429 would hold it.
    await gateway.request({ url: '/api/v2/users' });
    expect(sleeps).toEqual([]);
  });

  it("carries Zendesk's error code on a refusal", async () => {
    const body = { error: 'RecordInvalid', description: 'Record validation errors', details: { role: [{ description: 'Role cannot be changed' }] } };
    const { gateway } = gatewayWith([failure(422, {}, body)]);
    const refused = await gateway.request({ url: '/api/v2/users/1', method: 'PUT', json: {} }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ kind: 'invalid', code: 'RecordInvalid', detail: 'Record validation errors. role: Role cannot be changed' });
  });

  it('lets a gate learn from every answer, refusals included', async () => {
    const seen: [number, string | undefined][] = [];
    const gate = {
      take: () => Promise.resolve(),
      observe: (status: number, headers: Record<string, string>) => seen.push([status, headers['x-limit']]),
    };
    const { gateway } = gatewayWith([failure(503, { 'x-limit': 'a' }), json({}, { 'X-Limit': 'b' })]);
    await gateway.request({ url: '/api/v2/users/1', method: 'PUT', json: {} }, { gate });
    expect(seen).toEqual([
      [503, 'a'],
      [200, 'b'],
    ]);
  });

  it('opens a user in Zendesk with routeTo', async () => {
    const { client, gateway } = gatewayWith([]);
    await gateway.openUser(42);
    expect(client.invoked).toEqual([['routeTo', 'user', 42]]);
  });
});
