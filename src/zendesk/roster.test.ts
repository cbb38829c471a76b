import { describe, expect, it } from 'vitest';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { ZendeskGateway } from '../zaf/gateway';
import { MalformedPageError, ROSTER_URL, rosterPages } from './roster';

function gatewayWith(script: ScriptedAnswer[]) {
  const client = new FakeZafClient((_o, i) => script[i] ?? failure(404));
  return { client, gateway: new ZendeskGateway(client, { sleep: async () => undefined, random: () => 0 }) };
}

const page = (users: unknown[], next: string | null) => ({
  users,
  meta: { has_more: next !== null, after_cursor: null, before_cursor: null },
  links: { next, prev: null },
});

describe('roster', () => {
  it('asks Zendesk for agents and admins only, 100 a page, with cursor paging', async () => {
    const { gateway, client } = gatewayWith([json(page([], null))]);
    for await (const _ of rosterPages(gateway)) {
      // drain
    }
    expect(client.requests[0]?.url).toBe(ROSTER_URL);
    const url = new URL(ROSTER_URL, 'https://x.zendesk.com');
    expect(url.searchParams.getAll('role[]')).toEqual(['agent', 'admin']);
    expect(url.searchParams.get('page[size]')).toBe('100');
    expect(url.searchParams.has('page')).toBe(false);
  });

  it('parses every record, counts unreadable ones and skips end users', async () => {
    const { gateway } = gatewayWith([
      json(page([{ id: 1, role: 'agent' }, { id: 'x' }, null], 'https://acme.zendesk.com/api/v2/users?page%5Bafter%5D=a')),
      json(
        page(
          [
            { id: 2, role: 'admin' },
            { id: 3, role: 'end-user' },
          ],
          null,
        ),
      ),
    ]);
    const pages = [];
    for await (const p of rosterPages(gateway)) pages.push(p);
    expect(pages.map((p) => p.seats.map((s) => s.id))).toEqual([[1], [2]]);
    expect(pages.map((p) => p.unreadable)).toEqual([2, 0]);
    expect(pages.map((p) => p.next)).toEqual(['/api/v2/users?page%5Bafter%5D=a', null]);
  });

  it('refuses a page without a users list rather than reading it as empty', async () => {
    const { gateway } = gatewayWith([json({ meta: { has_more: false } })]);
    const run = async () => {
      for await (const _ of rosterPages(gateway)) {
        // drain
      }
    };
    await expect(run()).rejects.toBeInstanceOf(MalformedPageError);
  });
});
