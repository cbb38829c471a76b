import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReviewSession, type ReviewSession } from '../../review';
import { DAY_MS } from '../../seats/seat';
import { parseSettings } from '../../settings/settings';
import { memoryStore } from '../../storage/store';
import { failure, fakeGateway, FakeZafClient, json, type ScriptedAnswer } from '../../test/fakeZafClient';
import type { ZafCompleteResponse, ZafRequestOptions } from '../../zaf/sdk';
import { ReleaseFlow } from './ReleaseFlow';
import { ReleaseSeatButton } from './ReleaseSeatButton';
import { openReleasePreview } from './useReleases';
import { money } from '../i18n/format';

const saved: { name: string; type: string; text: string }[] = [];
vi.mock('../download', () => ({ saveFile: (name: string, type: string, text: string) => saved.push({ name, type, text }) }));

const NOW = Date.parse('2026-11-23T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW - d * DAY_MS).toISOString();
const OWNER = 2;
const OWNER_REFUSAL = {
  error: 'RecordInvalid',
  description: 'Record validation errors',
  details: { role: [{ description: 'Role cannot be changed for the account owner' }] },
};

/** Idle agents 100…, an admin (the owner), a light agent; `name` overrides the first idle agent's name. */
function users(idle: number, name = 'Cora Quiet') {
  return [
    { id: OWNER, name: 'Olive Owner', email: 'olive@acme.test', role: 'admin', role_type: 4, created_at: daysAgo(900), last_login_at: daysAgo(90) },
    {
      id: 3,
      name: 'Lu Light',
      email: 'lu@acme.test',
      role: 'agent',
      role_type: 1,
      custom_role_id: 77,
      created_at: daysAgo(900),
      last_login_at: daysAgo(90),
    },
    ...Array.from({ length: idle }, (_, i) => ({
      id: 100 + i,
      name: i === 0 ? name : `Idle ${i}`,
      email: `idle${i}@acme.test`,
      role: 'agent',
      created_at: daysAgo(400),
      last_login_at: daysAgo(60),
    })),
  ];
}

interface Account {
  idle?: number;
  name?: string;
  lightRole?: boolean;
  /** Job status reads wait for this before answering. */
  jobsHeld?: Promise<void>;
}

/** A scripted Zendesk: the roster, custom roles, open-ticket counts (id mod 3), user writes and jobs that complete on first read. */
class Zendesk extends FakeZafClient {
  private jobs = new Map<string, number[]>();

  constructor(private readonly account: Account = {}) {
    super((req) => this.answerFor(req));
  }

  override request(options: ZafRequestOptions): Promise<ZafCompleteResponse> {
    const { jobsHeld } = this.account;
    if (jobsHeld && options.url.startsWith('/api/v2/job_statuses/')) return jobsHeld.then(() => super.request(options));
    return super.request(options);
  }

  get writes(): ZafRequestOptions[] {
    return this.requests.filter((r) => r.type === 'PUT');
  }

  private answerFor(req: ZafRequestOptions): ScriptedAnswer {
    const path = req.url.split('?')[0] ?? '';
    if (path === '/api/v2/users' && req.type !== 'PUT') {
      const list = users(this.account.idle ?? 3, this.account.name);
      return json({ users: list, next_page: null, previous_page: null, count: list.length });
    }
    if (path === '/api/v2/custom_roles') {
      return json({
        custom_roles: this.account.lightRole ? [{ id: 77, name: 'Light agent', role_type: 1 }] : [{ id: 5, name: 'Staff', role_type: 0 }],
      });
    }
    if (path === '/api/v2/search/count') {
      const id = Number(/assignee:(\d+)/.exec(decodeURIComponent(req.url))?.[1]);
      return json({ count: id % 3 });
    }
    const user = /^\/api\/v2\/users\/(\d+)$/.exec(path);
    if (req.type === 'PUT' && user) {
      const id = Number(user[1]);
      if (id === OWNER) return failure(422, {}, OWNER_REFUSAL);
      const body = JSON.parse(req.data ?? '{}') as { user: Record<string, unknown> };
      return json({ user: { id, name: 'Seat', email: 's@acme.test', created_at: daysAgo(400), ...body.user } });
    }
    if (req.type === 'PUT' && path === '/api/v2/users/update_many') {
      const body = JSON.parse(req.data ?? '{}') as { users: { id: number }[] };
      const id = `J${this.jobs.size + 1}`;
      this.jobs.set(
        id,
        body.users.map((u) => u.id),
      );
      // No room for a second job of ours until this one ends.
      return json(
        { job_status: { id, status: 'queued', total: body.users.length, progress: 0 } },
        { 'zendesk-ratelimit-inflight-jobs': 'total=30; remaining=0' },
      );
    }
    const job = /^\/api\/v2\/job_statuses\/(\w+)$/.exec(path);
    if (job) {
      const ids = this.jobs.get(job[1] ?? '') ?? [];
      const results = ids.map((id) => ({ id, status: 'Updated', success: true }));
      return json({ job_status: { id: job[1], status: 'completed', total: ids.length, progress: ids.length, results } });
    }
    return failure(404);
  }
}

let session: ReviewSession;

async function setup(account: Account = {}, rawSettings: Record<string, unknown> = { seat_price: '50' }) {
  const client = new Zendesk(account);
  const { settings } = parseSettings(rawSettings);
  let n = 0;
  session = createReviewSession({
    gateway: fakeGateway(client, { budget: null }),
    settings,
    now: NOW,
    subdomain: 'acme',
    store: memoryStore(),
    newId: () => `report-${++n}`,
    clock: () => NOW,
    release: { pollDelaysMs: [0], fullWaitMs: 0, sleep: () => Promise.resolve() },
  });
  session.start();
  await session.settled();
  render(
    <ThemeProvider>
      <ReleaseFlow session={session} />
    </ThemeProvider>,
  );
  return client;
}

const rowOf = (id: number) => session.getState().reviewed.find((r) => r.seat.id === id)!;
const open = (ids: number[]) => openReleasePreview(session, ids);
const confirmButton = () => document.querySelector<HTMLButtonElement>('[data-release-confirm]')!;
const result = (id: number) => document.querySelector(`[data-release-result="${id}"]`);
const counted = () => waitFor(() => expect(session.releases.getState().preview?.counting).toBe('done'));

beforeEach(() => {
  saved.length = 0;
});

afterEach(() => session.dispose());

describe('the preview', () => {
  it('shows every seat with why it looks idle, its open tickets and the targets, and writes nothing until confirmed', async () => {
    const client = await setup({ lightRole: true });
    open([100, 101]);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Release 2 seats', { selector: 'h2' })).toBeInTheDocument();
    const cora = dialog.querySelector('[data-preview-seat="100"]') as HTMLElement;
    expect(within(cora).getByText('Cora Quiet')).toBeInTheDocument();
    expect(within(cora).getByText('idle0@acme.test')).toBeInTheDocument();
    expect(within(cora).getByText('No sign-in for 60 days (threshold 30)')).toBeInTheDocument();
    await counted();
    // Seat 100 has 100 % 3 = 1 open ticket, seat 101 has 2.
    expect(cora.querySelector('[data-open-tickets]')).toHaveTextContent('1');
    expect(within(cora).getByText('it is reassigned to you')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'End user' })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Light agent' }));
    expect(dialog.querySelector('[data-ticket-fate]')).toHaveTextContent(/solved tickets and unassigns/);
    expect(within(dialog).getByText(/bill does not drop until the account owner lowers the seat count/)).toBeInTheDocument();
    expect(within(dialog).getByText(/OAuth grants, API tokens/)).toBeInTheDocument();
    expect(confirmButton()).toHaveTextContent('Release 2 seats');
    expect(client.writes).toEqual([]);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(session.releases.getState().preview).toBeNull();
    expect(client.writes).toEqual([]);
  });

  it('says why light agent is not offered when the account has no Light agent role', async () => {
    await setup({ lightRole: false });
    open([100]);
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Light agent is not offered: the account has no Light agent role.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('radio', { name: /Light agent/ })).toBeNull();
    expect(within(dialog).getByText('Release Cora Quiet', { selector: 'h2' })).toBeInTheDocument();
  });

  it('over 25 seats, asks for the count typed and keeps the confirm disabled until it matches', async () => {
    const client = await setup({ idle: 30 });
    open(Array.from({ length: 30 }, (_, i) => 100 + i));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(session.releases.getState().preview?.roles).toBe('read'));
    const typed = within(dialog).getByLabelText('Type 30 to confirm');
    expect(confirmButton()).toHaveTextContent('Release 30 seats');
    expect(confirmButton()).toBeDisabled();
    await userEvent.type(typed, '3');
    expect(confirmButton()).toBeDisabled();
    await userEvent.type(typed, '1');
    expect(confirmButton()).toBeDisabled();
    await userEvent.clear(typed);
    await userEvent.type(typed, '30');
    expect(confirmButton()).toBeEnabled();
    expect(client.writes).toEqual([]);
    await userEvent.click(confirmButton());
    await waitFor(() => expect(client.writes.map((w) => w.url)).toEqual(['/api/v2/users/update_many']));
  });

  it('an admin from its own panel: a second step names it before anything is written; Zendesk refuses the owner', async () => {
    const client = await setup();
    render(
      <ThemeProvider>
        <ReleaseSeatButton session={session} row={rowOf(OWNER)} />
      </ThemeProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Release this seat' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(confirmButton()).toBeEnabled());
    await userEvent.click(confirmButton());
    expect(within(dialog).getByText('Olive Owner is an admin. Release Olive Owner anyway?')).toBeInTheDocument();
    expect(client.writes).toEqual([]);
    expect(confirmButton()).toHaveTextContent('Release Olive Owner anyway');
    await userEvent.click(confirmButton());
    await waitFor(() => expect(result(OWNER)).toHaveAttribute('data-outcome', 'refused'));
    expect(result(OWNER)).toHaveTextContent(/The account owner cannot be downgraded \(Zendesk: .*Role cannot be changed for the account owner\)/);
    expect(client.writes.map((w) => w.url)).toEqual([`/api/v2/users/${OWNER}`]);
    expect(document.querySelector('[data-release-money]')).toBeNull();
  });

  it('offers nothing for a seat that holds no paid seat', async () => {
    await setup();
    render(
      <ThemeProvider>
        <ReleaseSeatButton session={session} row={rowOf(3)} />
      </ThemeProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Release this seat' })).toBeNull();
  });
});

describe('progress, report and restore', () => {
  it('shows progress and jobs in flight; Cancel sends no new job and the report says what was done', async () => {
    let finishJobs!: () => void;
    const client = await setup({ idle: 150, jobsHeld: new Promise<void>((r) => (finishJobs = r)) });
    open(Array.from({ length: 150 }, (_, i) => 100 + i));
    await screen.findByRole('dialog');
    await waitFor(() => expect(session.releases.getState().preview?.roles).toBe('read'));
    await userEvent.type(screen.getByLabelText('Type 150 to confirm'), '150');
    await userEvent.click(confirmButton());

    await waitFor(() => expect(document.querySelector('[data-release-waiting]')).toHaveAttribute('data-release-waiting', 'job-slot'));
    expect(screen.getByText('Releasing 0 of 150 seats', { selector: 'p' })).toBeInTheDocument();
    expect(document.querySelector('[data-release-jobs]')).toHaveTextContent('1 job in flight');
    expect(screen.getByText(/Zendesk runs at most 30 at a time/)).toBeInTheDocument();
    expect(result(100)).toHaveAttribute('data-outcome', 'pending');

    await userEvent.click(document.querySelector('[data-action="cancel-release"]')!);
    expect(screen.getByText('Cancelling: no new jobs are sent; jobs already sent finish.')).toBeInTheDocument();
    act(() => finishJobs());

    await waitFor(() => expect(document.querySelector('[data-release-progress]')).toBeNull());
    expect(client.writes.map((w) => w.url)).toEqual(['/api/v2/users/update_many']);
    expect(result(100)).toHaveAttribute('data-outcome', 'released');
    expect(result(199)).toHaveAttribute('data-outcome', 'released');
    expect(result(200)).toHaveAttribute('data-outcome', 'not-attempted');
    expect(result(200)).toHaveTextContent('Cancelled before it was sent');
    expect(document.querySelector('[data-release-counts]')).toHaveTextContent('100 released · 0 refused · 0 unknown · 50 not attempted');
    // Money as the screen writes every cost, in the account's currency (the matcher reads its no-break space as a space).
    expect(document.querySelector('[data-release-money]')).toHaveTextContent(
      `Zendesk still bills these 100 seats until the account owner lowers the subscription’s seat count in Admin Center (usually from the next billing cycle). Lower it by up to 100. At ${money(50)} a seat, lowering it by 100 saves ${money(5000)} a month.`.replace(
        /\s/g,
        ' ',
      ),
    );
    // Released end users left the review.
    expect(session.getState().reviewed.some((r) => r.seat.id === 100)).toBe(false);
  });

  it('Restore puts one seat back with a PUT and marks it restored; says what Zendesk does not restore', async () => {
    const client = await setup();
    open([100, 101]);
    await screen.findByRole('dialog');
    await counted();
    await userEvent.click(confirmButton());
    await waitFor(() => expect(result(101)).toHaveAttribute('data-outcome', 'released'));
    expect(document.querySelector('[data-release-not-restored]')).toHaveTextContent(/does not restore ticket assignments or group memberships/);
    expect(result(100)?.querySelector('td:nth-child(3)')).toHaveTextContent('1');

    await userEvent.click(result(101)!.querySelector('[data-action="restore"]')!);
    await waitFor(() => expect(result(101)).toHaveAttribute('data-restore', 'restored'));
    expect(result(101)).toHaveTextContent('Restored');
    expect(result(100)).not.toHaveAttribute('data-restore');
    const last = client.writes.at(-1)!;
    expect([last.url, JSON.parse(last.data ?? '')]).toEqual(['/api/v2/users/101', { user: { role: 'agent', custom_role_id: null } }]);
    expect(session.getState().reviewed.some((r) => r.seat.id === 101)).toBe(true);
    expect(document.querySelector('[data-release-money]')).toHaveTextContent('Lower it by up to 1.');
  });

  it('downloads the report as CSV, a formula-looking name escaped', async () => {
    await setup({ name: '=SUM(1+1)' });
    open([100]);
    await screen.findByRole('dialog');
    await counted();
    await userEvent.click(confirmButton());
    await waitFor(() => expect(result(100)).toHaveAttribute('data-outcome', 'released'));
    await userEvent.click(document.querySelector('[data-action="download-release-report"]')!);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('seat-release-acme-2026-11-23T1200.csv');
    const rows = Papa.parse<string[]>(saved[0]!.text.replace(/^\uFEFF/, ''), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual(['User ID', 'Name', 'Email', 'Outcome', 'Reason', 'Why it looked idle', 'Open tickets', 'Previous role', 'Restore']);
    expect(rows[1]).toEqual(['100', "'=SUM(1+1)", 'idle0@acme.test', 'Released', '', 'No sign-in for 30+ days', '1', 'Agent', '']);
  });

  it('keeps earlier reports in the history, each openable', async () => {
    await setup();
    for (const id of [100, 101]) {
      open([id]);
      await screen.findByRole('dialog');
      await counted();
      await userEvent.click(confirmButton());
      await waitFor(() => expect(result(id)).toHaveAttribute('data-outcome', 'released'));
    }
    expect(result(100)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Release history (2)' }));
    await userEvent.click(document.querySelector('[data-release-history-item="report-1"]')!);
    expect(result(100)).toHaveAttribute('data-outcome', 'released');
    await userEvent.click(document.querySelector('[data-action="close-release-report"]')!);
    expect(document.querySelector('[data-release-report]')).toBeNull();
  });
});
