import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarize, type EngagementById } from '../../seats/review';
import type { Seat } from '../../seats/seat';
import { memoryStore, Outbox, outboxKey } from '../../snapshot/outbox';
import { endpointFingerprint } from '../../snapshot/credentials';
import { fingerprint } from '../../snapshot/diff';
import { createSnapshotSender } from '../../review';
import { makeSnapshot, review, roster } from '../../test/snapshots';
import { makeExemptions, NOW } from '../../test/seats';
import type { ApiRequest } from '../../zaf/gateway';
import { toGatewayError } from '../../zaf/errors';
import type { SnapshotGateway } from '../../snapshot/push';
import { sendReadiness, type EngagementPhaseKind, type RosterPhase } from '../../snapshot/readiness';
import { version as manifestVersion } from '../../../manifest.json';
import { SnapshotPanel } from './SnapshotPanel';
import { refusingStore } from '../../test/fullStorage';
import { dateTime, setFormats } from '../i18n/format';
import { setCatalogue } from '../i18n/messages';

const saved: { name: string; type: string; text: string }[] = [];
vi.mock('../download', () => ({ saveFile: (name: string, type: string, text: string) => saved.push({ name, type, text }) }));

const ENDPOINT = 'https://saas.example.com/ingest/zendesk';
const SETTINGS = { idleDays: 30, graceDays: 14, exempt: makeExemptions(), seatPrice: 55 };
const partOf = (r: ApiRequest) => (r.json as { part: { index: number } }).part.index;

/** A gateway whose answers the test decides, one request at a time. */
/** What the gateway throws when the receiver answers `status` (its body as sent), after `attempts`. */
const saasError = (status: number, attempts: number, body: unknown = null, url: string = ENDPOINT) =>
  toGatewayError({ status, body }, url, attempts, 'SaaS Management');

function gatewayOf(answer: (r: ApiRequest) => unknown) {
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

interface Review {
  seats?: Seat[];
  engagement?: EngagementById;
  rosterPhase?: RosterPhase;
  engagementPhase?: EngagementPhaseKind;
}

let ids = 0;
function renderPanel(gateway: SnapshotGateway, options: Review & { endpoint?: string | null; store?: ReturnType<typeof memoryStore> } = {}) {
  const store = options.store ?? memoryStore();
  // The sender a review session makes for this screen, re-sending the pending snapshot as the session does on start.
  const sender = createSnapshotSender({
    gateway,
    endpoint: options.endpoint === undefined ? ENDPOINT : options.endpoint,
    subdomain: 'acme',
    installation: 7,
    store,
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    clock: () => NOW,
  });
  sender.resendPending();
  const props = ({ seats = roster(2500), engagement, rosterPhase = 'loaded', engagementPhase = 'done' }: Review) => {
    const reviewed = review(seats, engagement);
    // What the review session hands the panel: its readiness, and its input while the review allows a snapshot.
    const readiness = sendReadiness(rosterPhase, engagementPhase);
    const base = {
      reviewed,
      summary: summarize(reviewed, 55),
      rules: { idleDays: SETTINGS.idleDays, graceDays: SETTINGS.graceDays, exempt: SETTINGS.exempt },
      seatPrice: SETTINGS.seatPrice,
      subdomain: 'acme',
      appVersion: manifestVersion,
      windowDays: SETTINGS.idleDays,
    };
    const allowed = readiness.code === 'ready' || readiness.code === 'wait-for-review';
    return { sender, readiness, input: () => (allowed ? base : null) };
  };
  const view = render(
    <ThemeProvider>
      <SnapshotPanel {...props(options)} />
    </ThemeProvider>,
  );
  const rerender = (next: Seat[] | Review) =>
    view.rerender(
      <ThemeProvider>
        <SnapshotPanel {...props(Array.isArray(next) ? { seats: next } : next)} />
      </ThemeProvider>,
    );
  return { store, rerender };
}

const send = () => userEvent.click(screen.getByRole('button', { name: 'Send snapshot' }));

beforeEach(() => {
  saved.length = 0;
});

afterEach(() => {
  setFormats('en');
  setCatalogue({});
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
      if (down && partOf(r) === 2) throw saasError(503, 6);
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

  it('shows the pending snapshot the review session re-sends when it starts', async () => {
    const store = memoryStore();
    const outbox = new Outbox(store, outboxKey('acme', 7));
    const seats = roster(1500);
    const snapshot = makeSnapshot(seats, { snapshotId: '11111111-1111-4111-8111-111111111111' });
    outbox.begin(snapshot, fingerprint(snapshot.header.snapshot_id, review(seats)));
    // As a push records it: the receiver the accepted part went to.
    outbox.bind(snapshot.header.snapshot_id, endpointFingerprint(ENDPOINT));
    outbox.markAccepted(snapshot.header.snapshot_id, 1);
    outbox.fail(snapshot.header.snapshot_id, { code: 'unreachable', failure: { code: 'unexpected', detail: 'No answer' } }, false, NOW);
    const first = gatewayOf(() => undefined);
    renderPanel(first.gateway, { store, seats });
    await screen.findByText(/2 of 2 parts accepted, /);
    expect(first.requests.map(partOf)).toEqual([2]);
    expect(first.requests[0]!.headers?.['Idempotency-Key']).toBe('11111111-1111-4111-8111-111111111111');
  });

  it('stops at a refusal, shows the receiver’s message and waits for Retry', async () => {
    const message = 'SaaS Management rejected the request (422): part 1: /users/0/email must be string';
    const { gateway, requests } = gatewayOf(() => {
      throw saasError(422, 1, { error: 'InvalidSnapshot', description: 'part 1: /users/0/email must be string' });
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
    expect(json).toMatchObject({ schema: 'zendesk-seat-snapshot/1.2', part: { index: 1, count: 1 } });
    expect(json.users).toHaveLength(3);
    expect(saved[1]!.name).toBe(saved[0]!.name.replace(/json$/, 'csv'));
    expect(saved[1]!.text.split('\r\n')[0]).toBe(
      '\uFEFFid,name,email,created_at,last_login_at,role,role_type,custom_role_id,report_csv,chat_only,moderator,restricted_agent,shared,shared_agent,suspended,ticket_restriction,two_factor_auth_enabled,verified,seat_class,idle,idle_reasons,idle_reasons_text,interactions,last_seen_at,last_seen_known,basis',
    );
    // The panel words the reasons beside their codes.
    const [header = [], ...users] = saved[1]!.text
      .slice(1)
      .split('\r\n')
      .map((line) => line.split(','));
    const codes = users.map((user) => user[header.indexOf('idle_reasons')]);
    const words = users.map((user) => user[header.indexOf('idle_reasons_text')]);
    expect(codes).toContain('never_signed_in');
    expect(words[codes.indexOf('never_signed_in')]).toBe('Never signed in');
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
    // The history table loads when first opened.
    await waitFor(() => expect(document.querySelector('[data-snapshot-change]')).not.toBeNull());
    const changes = [...document.querySelectorAll('[data-snapshot-change]')].map((c) => c.textContent);
    expect(changes).toEqual(['2 new idle seats, 2 seats added', 'First snapshot']);
  });
});

const sentUsers = (requests: ApiRequest[]) =>
  requests.flatMap((r) => (r.json as { users: { id: number; basis: string; interactions: number | null; idle: boolean }[] }).users);

describe("SnapshotPanel: in the admin's language", () => {
  const lastPush = () => document.querySelector('[data-snapshot-last-push]');

  it('words the last push as one sentence, its result coloured, its moment in the screen’s date format', async () => {
    renderPanel(gatewayOf(() => undefined).gateway, { seats: roster(3) });
    await send();
    await waitFor(() => expect(lastPush()).not.toBeNull());
    expect(lastPush()).toHaveTextContent(`Last push ${dateTime(NOW)}: 1 of 1 part accepted, sent.`);
    expect(lastPush()?.querySelector('span')).toHaveTextContent(/^sent$/);
  });

  it('puts the coloured result where the language’s sentence puts it, and numbers in its format', async () => {
    setFormats('de');
    setCatalogue({
      snapshot: {
        lastPush: (when: string, accepted: number, count: number, result: string) =>
          `Letzte Übertragung ${when}: ${result} (${accepted} von ${count}).`,
        lastPushSent: 'gesendet',
      },
    });
    renderPanel(gatewayOf(() => undefined).gateway, { seats: roster(3) });
    await send();
    await waitFor(() => expect(lastPush()).not.toBeNull());
    expect(lastPush()).toHaveTextContent(`Letzte Übertragung ${dateTime(NOW)}: gesendet (1 von 1).`);
    expect(lastPush()?.querySelector('span')).toHaveTextContent(/^gesendet$/);
    expect(dateTime(NOW)).not.toBe(new Date(NOW).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }));
  });
});

describe('SnapshotPanel: only a finished review is sent', () => {
  it('queues a send while interactions load, and sends by itself when they settle', async () => {
    const { gateway, requests } = gatewayOf(() => undefined);
    // A seat that never signs in but answers tickets by email: idle on sign-in alone.
    const seats = roster(4);
    const { rerender } = renderPanel(gateway, { seats, engagementPhase: 'loading' });
    const queue = screen.getByRole('button', { name: /^Send snapshot/ });
    await userEvent.click(queue);
    // Nothing leaves before interactions settle: the button said it would wait.
    expect(requests).toHaveLength(0);
    expect(queue).toHaveTextContent('Will send when the review finishes');
    expect(screen.getByRole('button', { name: 'Will send when the review finishes' })).toBeDisabled();
    expect(screen.getByText(/will be sent as soon as sessions and ticket interactions finish loading/)).toBeInTheDocument();
    rerender({ seats, engagementPhase: 'loading' });
    expect(requests).toHaveLength(0);
    const counted: EngagementById = new Map(seats.map((s) => [s.id, { interactions: 5, lastSeenAt: null }]));
    rerender({ seats, engagement: counted, engagementPhase: 'done' });
    await screen.findByText(/1 of 1 part accepted/);
    expect(requests).toHaveLength(1);
    const users = sentUsers(requests);
    expect(users.every((u) => u.basis === 'sign-in-and-interactions' && u.interactions === 5 && !u.idle)).toBe(true);
  });

  it('sends a queued snapshot on sign-in only when the admin cancels the count, and says so per user', async () => {
    const { gateway, requests } = gatewayOf(() => undefined);
    const seats = roster(4);
    const { rerender } = renderPanel(gateway, { seats, engagementPhase: 'probing' });
    await userEvent.click(screen.getByRole('button', { name: 'Send snapshot when the review finishes' }));
    rerender({ seats, engagementPhase: 'cancelled' });
    await screen.findByText(/1 of 1 part accepted/);
    expect(sentUsers(requests).map((u) => u.basis)).toEqual(['sign-in', 'sign-in', 'sign-in', 'sign-in']);
  });

  it('drops a queued send the admin takes back', async () => {
    const { gateway, requests } = gatewayOf(() => undefined);
    const seats = roster(4);
    const { rerender } = renderPanel(gateway, { seats, engagementPhase: 'loading' });
    await userEvent.click(screen.getByRole('button', { name: 'Send snapshot when the review finishes' }));
    await userEvent.click(screen.getByRole('button', { name: "Don't send" }));
    rerender({ seats, engagementPhase: 'done' });
    await screen.findByRole('button', { name: 'Send snapshot' });
    expect(requests).toHaveLength(0);
  });

  it.each([
    ['failed', /loading stopped before every seat was loaded, so a snapshot would be missing seats/],
    ['incomplete', /Zendesk gave fewer seats than it counted, so a snapshot would be missing seats/],
  ] as const)('refuses to send or download while the roster is %s, saying why', async (rosterPhase, reason) => {
    const { gateway, requests } = gatewayOf(() => undefined);
    renderPanel(gateway, { seats: roster(4), rosterPhase });
    expect(screen.getByText(reason)).toHaveAttribute('data-snapshot-refused', rosterPhase);
    expect(screen.getByRole('button', { name: 'Send snapshot' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download JSON' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Send snapshot' }));
    expect(requests).toHaveLength(0);
  });

  it('drops a queued send when the roster stops short', async () => {
    const { gateway, requests } = gatewayOf(() => undefined);
    const seats = roster(4);
    const { rerender } = renderPanel(gateway, { seats, engagementPhase: 'loading' });
    await userEvent.click(screen.getByRole('button', { name: 'Send snapshot when the review finishes' }));
    rerender({ seats, rosterPhase: 'failed', engagementPhase: 'loading' });
    rerender({ seats, rosterPhase: 'failed', engagementPhase: 'done' });
    expect(await screen.findByText(/a snapshot would be missing seats/)).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});

describe('SnapshotPanel: one receiver', () => {
  const A = ENDPOINT;
  const B = 'https://saas.other.example/ingest';

  it('does not finish at a new endpoint what began at another: the admin retries it whole there, or discards it', async () => {
    const store = memoryStore();
    let down = true;
    const first = gatewayOf((r) => {
      if (down && partOf(r) === 2) throw saasError(503, 6, null, A);
    });
    renderPanel(first.gateway, { store, endpoint: A });
    await send();
    await screen.findByText(/Snapshot not sent yet: 1 of 3 parts accepted/);
    expect(first.requests.map((r) => [r.url, partOf(r)])).toEqual([
      [A, 1],
      [A, 2],
    ]);
    down = false;

    // The setting now names B; the app opens again.
    document.body.innerHTML = '';
    const second = gatewayOf(() => undefined);
    renderPanel(second.gateway, { store, endpoint: B });
    expect(
      await screen.findByText(/endpoint setting changed since this snapshot was started \(1 part went to the previous endpoint\)/),
    ).toBeInTheDocument();
    expect(second.requests).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText(/3 of 3 parts accepted, /);
    expect(second.requests.map((r) => [r.url, partOf(r)])).toEqual([
      [B, 1],
      [B, 2],
      [B, 3],
    ]);
    expect(first.requests).toHaveLength(2);
    expect(screen.getByText(/the whole snapshot was sent again from part 1 to the new endpoint/)).toHaveAttribute(
      'data-snapshot-restarted',
      'endpoint-changed',
    );
  });
});

describe('SnapshotPanel: what the receiver says and what the browser keeps', () => {
  it('masks a credential the receiver echoes, on screen and in storage', async () => {
    const { gateway } = gatewayOf(() => {
      throw saasError(400, 1, { error: 'BadRequest', description: 'you sent Authorization: Bearer demo-secret-token' });
    });
    const { store } = renderPanel(gateway, { seats: roster(3) });
    await send();
    expect(await screen.findByText('SaaS Management rejected the request (400): you sent Authorization: ***')).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('demo-secret-token');
    expect([...store.data.values()].join('\n')).not.toContain('demo-secret-token');
  });

  it('says a snapshot the browser could not keep was sent', async () => {
    const { gateway, requests } = gatewayOf(() => undefined);
    renderPanel(gateway, { seats: roster(3), store: refusingStore((key) => key.endsWith(':pending')) });
    await send();
    await screen.findByText(/1 of 1 part accepted, /);
    expect(requests).toHaveLength(1);
    expect(screen.getByText('This browser could not keep the snapshot: it was sent.')).toHaveAttribute(
      'data-snapshot-storage',
      'snapshot-not-kept-sent',
    );
  });

  it('says a snapshot the browser could not keep will not survive a reload, and still retries it', async () => {
    let down = true;
    const { gateway, requests } = gatewayOf(() => {
      if (down) throw saasError(0, 6);
    });
    renderPanel(gateway, { seats: roster(3), store: refusingStore((key) => key.endsWith(':pending')) });
    await send();
    expect(await screen.findByText(/This browser could not keep the snapshot: it will not survive a reload/)).toBeInTheDocument();
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText('This browser could not keep the snapshot: it was sent.');
    expect(requests).toHaveLength(2);
  });

  it('finishes a push whose progress the browser cannot write, and says the history will not last', async () => {
    let full = false;
    const store = refusingStore((key) => full && key.endsWith(':state'));
    const { gateway, requests } = gatewayOf(() => {
      full = true;
    });
    renderPanel(gateway, { store });
    await send();
    await screen.findByText(/3 of 3 parts accepted, /);
    expect(requests.map(partOf)).toEqual([1, 2, 3]);
    expect(screen.getByText(/could not keep the snapshot history/)).toHaveAttribute('data-snapshot-storage', 'history-not-kept');
    expect(store.data.size).toBe(0);
  });
});
