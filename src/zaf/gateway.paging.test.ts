import { describe, expect, it } from 'vitest';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { ZendeskGateway, type GatewayOptions } from './gateway';

/**
 * Point 2 of the gateway: cursor paging always moves forward and stays on the account.
 * Errors are checked by name and code, so the same file runs against code without paging.ts.
 */
const ACME = 'https://acme.zendesk.com';
/** More requests than any of these streams needs: a looping stream hits it and fails otherwise. */
const RUNAWAY = 20;

function pagingGateway(answer: (url: string, index: number) => ScriptedAnswer, options: GatewayOptions = {}) {
  const client = new FakeZafClient((o, i) => (i >= RUNAWAY ? failure(404) : answer(o.url, i)));
  const gateway = new ZendeskGateway(client, { sleep: async () => undefined, random: () => 0, budget: null, ...options });
  return { client, gateway, urls: () => client.requests.map((r) => r.url) };
}

const page = (ids: number[], next: string | null, extra: { after_cursor?: string | null; has_more?: boolean } = {}) =>
  json({
    users: ids.map((id) => ({ id })),
    meta: { has_more: extra.has_more ?? next !== null, after_cursor: extra.after_cursor ?? null, before_cursor: null },
    links: { next, prev: null },
  });

async function readAll(gateway: ZendeskGateway, firstUrl: string): Promise<{ bodies: unknown[]; error: unknown }> {
  const bodies: unknown[] = [];
  try {
    for await (const p of gateway.pages(firstUrl)) bodies.push(p.body);
    return { bodies, error: null };
  } catch (error) {
    return { bodies, error };
  }
}

describe('pages never repeat', () => {
  it('a next link back to a page already read ends the stream with repeated-page', async () => {
    const { gateway, urls } = pagingGateway((url) =>
      url.includes('page%5Bafter%5D=b')
        ? page([3], `${ACME}/api/v2/users?page%5Bsize%5D=2`) // back to the first page
        : page([1, 2], `${ACME}/api/v2/users?page%5Bafter%5D=b&page%5Bsize%5D=2`),
    );
    const { bodies, error } = await readAll(gateway, '/api/v2/users?page[size]=2');
    expect(error).toMatchObject({ name: 'PagingError', code: 'repeated-page', url: '/api/v2/users?page%5Bsize%5D=2' });
    expect(error).toMatchObject({ stream: '/api/v2/users' });
    expect(urls()).toEqual(['/api/v2/users?page[size]=2', '/api/v2/users?page%5Bafter%5D=b&page%5Bsize%5D=2']);
    expect(bodies).toHaveLength(1);
  });

  it('a feed linking to itself is asked once', async () => {
    const { gateway, urls } = pagingGateway(() => page([1], `${ACME}/api/v2/sessions?page%5Bsize%5D=100`));
    const { error } = await readAll(gateway, '/api/v2/sessions?page[size]=100');
    expect(error).toMatchObject({ name: 'PagingError', code: 'repeated-page' });
    expect(error).toMatchObject({ stream: '/api/v2/sessions' });
    expect(urls()).toHaveLength(1);
  });
});

describe('next links stay on the account', () => {
  const origins: GatewayOptions = { accountOrigins: [ACME, 'http://localhost:4400'] };

  it.each([
    ['absolute on another host', 'https://evil.example.com/api/v2/users?page%5Bafter%5D=x'],
    ['on another Zendesk account', 'https://other.zendesk.com/api/v2/users?page%5Bafter%5D=x'],
    ['protocol-relative', '//evil.example.com/api/v2/users?page%5Bafter%5D=x'],
    ['protocol-relative with a backslash', '/\\evil.example.com/api/v2/users?page%5Bafter%5D=x'],
    ['the account over plain http', 'http://acme.zendesk.com/api/v2/users?page%5Bafter%5D=x'],
    ['the framing host on another port', 'http://localhost:9999/api/v2/users?page%5Bafter%5D=x'],
  ])('%s: refused with off-host-link, never requested', async (_label, link) => {
    const { gateway, urls } = pagingGateway((_url, i) => (i === 0 ? page([1], link) : page([2], null)), origins);
    const { error } = await readAll(gateway, '/api/v2/users?page[size]=1');
    expect(error).toMatchObject({ name: 'PagingError', code: 'off-host-link', url: link });
    expect(urls()).toEqual(['/api/v2/users?page[size]=1']);
  });

  it.each([
    ['on the account', `${ACME}/api/v2/users?page%5Bafter%5D=x`],
    ['on the Zendesk page framing the app', 'http://localhost:4400/api/v2/users?page%5Bafter%5D=x'],
    ['relative', '/api/v2/users?page%5Bafter%5D=x'],
  ])('%s: followed as a relative URL', async (_label, link) => {
    const { gateway, urls } = pagingGateway((_url, i) => (i === 0 ? page([1], link) : page([2], null)), origins);
    const { bodies, error } = await readAll(gateway, '/api/v2/users?page[size]=1');
    expect(error).toBeNull();
    expect(bodies).toHaveLength(2);
    expect(urls()[1]).toBe('/api/v2/users?page%5Bafter%5D=x');
  });

  it('without account origins (tests, bench), only Zendesk and loopback hosts are followed', async () => {
    const follow = async (link: string) => {
      const { gateway, urls } = pagingGateway((_url, i) => (i === 0 ? page([1], link) : page([2], null)));
      const { error } = await readAll(gateway, '/api/v2/users?page[size]=1');
      return { code: (error as { code?: string } | null)?.code ?? null, requests: urls().length };
    };
    expect(await follow('https://any.zendesk.com/api/v2/users?page%5Bafter%5D=x')).toEqual({ code: null, requests: 2 });
    expect(await follow('http://127.0.0.1:4400/api/v2/users?page%5Bafter%5D=x')).toEqual({ code: null, requests: 2 });
    expect(await follow('https://evil.example.com/api/v2/users?page%5Bafter%5D=x')).toEqual({ code: 'off-host-link', requests: 1 });
    expect(await follow('//any.zendesk.com/api/v2/users?page%5Bafter%5D=x')).toEqual({ code: 'off-host-link', requests: 1 });
  });
});

describe('has_more without a next link', () => {
  it('continues from meta.after_cursor on the current query', async () => {
    const { gateway, urls } = pagingGateway((_url, i) => (i === 0 ? page([1, 2], null, { has_more: true, after_cursor: 'c2' }) : page([3], null)));
    const { bodies, error } = await readAll(gateway, '/api/v2/users?role[]=agent&page[size]=2');
    expect(error).toBeNull();
    expect(bodies).toHaveLength(2);
    const second = new URL(urls()[1] as string, ACME);
    expect(second.pathname).toBe('/api/v2/users');
    expect(second.searchParams.get('page[after]')).toBe('c2');
    expect(second.searchParams.get('page[size]')).toBe('2');
    expect(second.searchParams.getAll('role[]')).toEqual(['agent']);
  });

  it('a cursor that does not move is a repeated page', async () => {
    const { gateway, urls } = pagingGateway(() => page([1], null, { has_more: true, after_cursor: 'same' }));
    const { error } = await readAll(gateway, '/api/v2/users?page[size]=1');
    expect(error).toMatchObject({ name: 'PagingError', code: 'repeated-page' });
    expect(urls()).toHaveLength(2);
  });

  it('with neither link nor cursor, ends with ended-early instead of passing for complete', async () => {
    const { gateway, urls } = pagingGateway(() => page([1], null, { has_more: true }));
    const { bodies, error } = await readAll(gateway, '/api/v2/users?page[size]=1');
    expect(error).toMatchObject({ name: 'PagingError', code: 'ended-early', url: '/api/v2/users?page[size]=1' });
    expect(error).toMatchObject({ stream: '/api/v2/users' });
    expect(bodies).toHaveLength(0);
    expect(urls()).toHaveLength(1);
  });
});
