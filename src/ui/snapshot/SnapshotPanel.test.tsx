import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { summarize } from '../../seats/review';
import type { Seat } from '../../seats/seat';
import { memoryStore, Outbox, outboxKey } from '../../snapshot/outbox';
import { fingerprint } from '../../snapshot/diff';
import { makeSnapshot, review, roster } from '../../snapshot/testing';
import { makeExemptions, NOW } from '../../test/seats';
import type { ApiRequest } from '../../zaf/gateway';
import { GatewayError } from '../../zaf/errors';
import type { SnapshotGateway } from '../../snapshot/push';
import { SnapshotPanel } from './SnapshotPanel';

const saved: { name: string; type: string; text: string }[] = [];
vi.mock('../download', () => ({ saveFile: (name: string, type: string, text: string) => saved.push({ name, type, text }) }));

const ENDPOINT = 'https://saas.example.com/ingest/zendesk';
const SETTINGS = { idleDays: 30, graceDays: 14, exempt: makeExemptions(), seatPrice: 55 };
const partOf = (r: ApiRequest) => (r.json as { part: { index: number } }).part.index;

/** A gateway whose answers the test decides, one request at a time. */
function gatewayOf(answer: (r: ApiRequest) => Promise<unknown> | unknown) {
  const requests: ApiRequest[] = [];
  const gateway: SnapshotGateway = {
    request: async (r) => {
      requests.push(r);
      await answer(r);
      return { status: 200, headers: {}, body: { accepted: true } };
    },
  };
  return { gateway, requests };
}

let ids = 0;
function renderPanel(gateway: SnapshotGateway, options: { seats?: Seat[]; endpoint?: string | null; store?: ReturnType<typeof memoryStore> } = {}) {
  const store = options.store ?? memoryStore();
  const props = (seats: Seat[]) => {
    const reviewed = review(seats);
    return {
      gateway,
      subdomain: 'acme',
      endpoint: options.endpoint === undefined ? ENDPOINT : options.endpoint,
      reviewed,
      summary: summarize(reviewed, 55),
      settings: SETTINGS,
      ready: true,
      installation: 7,
      appVersion: '0.1.0',
      store,
      newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
      clock: () => NOW,
    };
  };
  const view = render(
    <ThemeProvider>
      <SnapshotPanel {...props(options.seats ?? roster(2500))} />
    </ThemeProvider>,
  );
  const rerender = (seats: Seat[]) =>
    view.rerender(
      <ThemeProvider>
        <SnapshotPanel {...props(seats)} />
      </ThemeProvider>,
    );
  return { store, rerender };
}

const send = () => userEvent.click(screen.getByRole('button', { name: 'Send snapshot' }));

beforeEach(() => {
  saved.length = 0;
});

describe('SnapshotPanel', () => {
  it('sends every part, showing "part i of n", then the last push', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { gateway, requests } = gatewayOf((r) => (partOf(r) === 2 ? gate : undefined));
    renderPanel(gateway);
    await send();
    expect(await screen.findByText('Sending part 2 of 3…')).toBeInTheDocument();
    act(() => release());
    expect(await screen.findByText(/3 of 3 parts accepted/)).toHaveAttribute('data-snapshot-last-push', 'sent');
    expect(requests.map(partOf)).toEqual([1, 2, 3]);
    expect(requests[0]).toMatchObject({ url: ENDPOINT, method: 'POST', secure: true, headers: { Authorization: 'Bearer {{setting.saas_token}}' } });
  });

  it('keeps a failed snapshot pending with its error; Retry sends only the parts not accepted', async () => {
    let down = true;
    const { gateway, requests } = gatewayOf((r) => {
      if (down && partOf(r) === 2) throw new GatewayError('SaaS Management had a server error (503) after 6 attempts.', 'server', 503, ENDPOINT, 6);
    });
    renderPanel(gateway);
    await send();
    const pending = await screen.findByText(/Snapshot not sent yet: 1 of 3 parts accepted/);
    expect(pending).toBeInTheDocument();
    expect(screen.getByText('SaaS Management had a server error (503) after 6 attempts.')).toBeInTheDocument();
    down = false;
    requests.length = 0;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText(/3 of 3 parts accepted/);
    expect(requests.map(partOf)).toEqual([2, 3]);
    expect(screen.queryByText(/Snapshot not sent yet/)).toBeNull();
  });

  it('re-sends a pending snapshot by itself when it opens, but not one the receiver refused', async () => {
    const store = memoryStore();
    const outbox = new Outbox(store, outboxKey('acme', 7));
    const seats = roster(1500);
    const snapshot = makeSnapshot(seats, { snapshotId: '11111111-1111-4111-8111-111111111111' });
    outbox.begin(snapshot, fingerprint(snapshot.header.snapshot_id, review(seats)));
    outbox.markAccepted(snapshot.header.snapshot_id, 1);
    outbox.fail(snapshot.header.snapshot_id, 'No answer', false, NOW);
    const first = gatewayOf(() => undefined);
    renderPanel(first.gateway, { store, seats });
    await screen.findByText(/2 of 2 parts accepted, /);
    expect(first.requests.map(partOf)).toEqual([2]);
    expect(first.requests[0]!.headers?.['Idempotency-Key']).toBe('11111111-1111-4111-8111-111111111111');
  });

  it('stops at a refusal, shows the receiver’s message and waits for Retry', async () => {
    const message = 'SaaS Management rejected the request (422): part 1: /users/0/email must be string';
    const { gateway, requests } = gatewayOf(() => {
      throw new GatewayError(message, 'invalid', 422, ENDPOINT, 1);
    });
    const { store } = renderPanel(gateway, { seats: roster(3) });
    await send();
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByText(/SaaS Management refused the snapshot: 0 of 1 part accepted/)).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    const again = gatewayOf(() => undefined);
    document.body.innerHTML = '';
    renderPanel(again.gateway, { store, seats: roster(3) });
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(again.requests).toHaveLength(0);
  });

  it('names the setting when the endpoint is missing, and still downloads', async () => {
    const { gateway, requests } = gatewayOf(() => undefined);
    renderPanel(gateway, { endpoint: null, seats: roster(3) });
    expect(screen.getByText(/Set the app setting "saas_endpoint"/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send snapshot' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const json = JSON.parse(saved[0]!.text) as { snapshot_id: string; users: unknown[]; part: unknown };
    expect(json).toMatchObject({ schema: 'zendesk-seat-snapshot/1', part: { index: 1, count: 1 } });
    expect(json.users).toHaveLength(3);
    expect(saved[1]!.name).toBe(saved[0]!.name.replace(/json$/, 'csv'));
    expect(saved[1]!.text.split('\r\n')[0]).toBe('\uFEFFid,name,email,created_at,last_login_at,role,role_type,custom_role_id,report_csv,chat_only,moderator,restricted_agent,shared,shared_agent,suspended,ticket_restriction,two_factor_auth_enabled,verified,seat_class,idle,idle_reasons,interactions,last_seen_at');
    expect(requests).toHaveLength(0);
  });

  it('keeps a history with the change since the previous snapshot', async () => {
    const { gateway } = gatewayOf(() => undefined);
    const { rerender } = renderPanel(gateway, { seats: roster(4) });
    await send();
    await screen.findByText(/1 of 1 part accepted/);
    rerender(roster(6, (i) => (i === 0 ? { lastLoginAt: null } : {})));
    await send();
    await userEvent.click(await screen.findByRole('button', { name: 'History (2)' }));
    const changes = [...document.querySelectorAll('[data-snapshot-change]')].map((c) => c.textContent);
    expect(changes).toEqual(['2 new idle seats, 2 seats added', 'First snapshot']);
  });
});
