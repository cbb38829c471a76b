import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { version as manifestVersion } from '../../../manifest.json';
import type { DestinationName } from '../../destinations/names';
import { createSnapshotSender } from '../../review';
import { summarize } from '../../seats/review';
import type { Seat } from '../../seats/seat';
import type { SnapshotGateway } from '../../snapshot/push';
import { memoryStore } from '../../snapshot/outbox';
import { sendReadiness, type EngagementPhaseKind } from '../../snapshot/readiness';
import { makeExemptions, makeSeat, NOW } from '../../test/seats';
import { review, roster } from '../../test/snapshots';
import { SnapshotPanel } from './SnapshotPanel';

const saved: { name: string; type: string; body: string | Blob }[] = [];
vi.mock('../download', () => ({ saveFile: (name: string, type: string, body: string | Blob) => saved.push({ name, type, body }) }));

const ENDPOINT = 'https://saas.example.com/ingest/zendesk';
const OKTA = 'https://acme.workflows.okta.com/api/flo/abc123/invoke';

/** A gateway that records and takes every request. */
function gatewayOf() {
  const requests: unknown[] = [];
  const gateway: SnapshotGateway = {
    request: (r) => {
      requests.push(r);
      return Promise.resolve({ status: 200, headers: {}, body: { accepted: true } });
    },
  };
  return { gateway, requests };
}

interface Options {
  destination?: DestinationName | (string & {});
  id?: string | null;
  endpoint?: string | null;
  seats?: Seat[];
  engagementPhase?: EngagementPhaseKind;
}

function renderPanel({ destination = 'seat-review', id = null, endpoint = ENDPOINT, seats = roster(3), engagementPhase = 'done' }: Options = {}) {
  const { gateway, requests } = gatewayOf();
  const sender = createSnapshotSender({
    gateway,
    endpoint,
    destination: { saasDestination: destination, saasDestinationId: id, seatsPurchased: null },
    subdomain: 'acme',
    installation: 7,
    store: memoryStore(),
    newId: () => '00000000-0000-4000-8000-000000000001',
    clock: () => NOW,
  });
  const reviewed = review(seats);
  const base = {
    reviewed,
    summary: summarize(reviewed, 55),
    rules: { idleDays: 30, graceDays: 14, exempt: makeExemptions() },
    seatPrice: 55,
    subdomain: 'acme',
    appVersion: manifestVersion,
    windowDays: 30,
  };
  render(
    <ThemeProvider>
      <SnapshotPanel sender={sender} readiness={sendReadiness('loaded', engagementPhase)} input={() => base} />
    </ThemeProvider>,
  );
  return { requests };
}

const text = async (body: string | Blob): Promise<string> => (typeof body === 'string' ? body : new TextDecoder().decode(await body.arrayBuffer()));
const gunzip = async (body: string | Blob): Promise<string> => {
  if (typeof body === 'string') throw new Error('expected a gzipped Blob');
  return gunzipSync(Buffer.from(await body.arrayBuffer())).toString('utf8');
};

beforeEach(() => {
  saved.length = 0;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SnapshotPanel: the destination on screen', () => {
  it.each([
    [
      'seat-review',
      null,
      ENDPOINT,
      "Usage snapshots (zendesk-seat-snapshot/1.2) go to saas.example.com through Zendesk's secure proxy.",
      'Send snapshot',
    ],
    ['zluri', 'inst-7', null, "Usage snapshots go to Zluri (instance inst-7) through Zendesk's secure proxy.", 'Send to Zluri'],
    ['torii', '4242', null, "Usage snapshots go to Torii (app account 4242) through Zendesk's secure proxy.", 'Send to Torii'],
    ['lumos', 'app-9', null, "Usage snapshots go to Lumos (app app-9) through Zendesk's secure proxy.", 'Send to Lumos'],
    [
      'okta-workflows',
      null,
      OKTA,
      "Usage snapshots go to Okta Workflows (acme.workflows.okta.com) through Zendesk's secure proxy.",
      'Send to Okta Workflows',
    ],
  ] as const)('%s: names where snapshots go, and Send says where', (destination, id, endpoint, line, button) => {
    renderPanel({ destination, id, endpoint });
    expect(screen.getByText(line)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: button })).toBeEnabled();
  });

  it('says Send waits for the review, and where it will send', () => {
    renderPanel({ destination: 'zluri', id: 'inst-7', endpoint: null, engagementPhase: 'loading' });
    expect(screen.getByRole('button', { name: 'Send to Zluri when the review finishes' })).toBeEnabled();
  });

  it('refuses to send without the id the platform needs, naming the setting’s meaning, and still offers the files', async () => {
    const { requests } = renderPanel({ destination: 'lumos', id: null, endpoint: null });
    expect(
      screen.getByText('Lumos needs the id of the app that receives the snapshots (created once in Lumos): no snapshot is sent until it is set.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Usage snapshots can still be downloaded for upload.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send to Lumos' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Download for Zylo (CSV)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(requests).toHaveLength(0);
  });

  it('names the valid destinations when the setting names none', () => {
    renderPanel({ destination: 'vendr' });
    expect(
      screen.getByText(/must be one of "seat-review", "zluri", "torii", "lumos", or "okta-workflows"; "vendr" is none of them/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send snapshot' })).toBeDisabled();
  });
});

describe('SnapshotPanel: files for Flexera One and Zylo', () => {
  const seats = [
    makeSeat({ id: 1, name: 'Ada Lovelace', email: 'ada@example.com' }),
    makeSeat({ id: 2, name: 'Sus Pended', email: 'sus@example.com', suspended: true }),
    makeSeat({ id: 3, name: '=cmd|x', email: 'shared@example.com', sharedAgent: true }),
  ];

  it('saves the Flexera roster as gzipped JSON Lines, suspended seats included', async () => {
    renderPanel({ seats });
    await userEvent.click(screen.getByRole('button', { name: 'Download for Flexera (JSON Lines, gzip)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ name: 'seat-review-flexera-acme-2025-06-15.jsonl.gz', type: 'application/gzip' });
    const lines = (await gunzip(saved[0]!.body))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => [l.uniqueId, l.firstName, l.lastName, l.deactivatedAt])).toEqual([
      ['1', 'Ada', 'Lovelace', null],
      ['2', 'Sus', 'Pended', null],
    ]);
    expect(document.querySelector('[data-snapshot-file-notice]')).toBeNull();
  });

  it('saves plain JSON Lines where the browser cannot gzip, and says to gzip it', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    // As in a browser without it: the property is not there at all.
    delete (globalThis as { CompressionStream?: unknown }).CompressionStream;
    renderPanel({ seats });
    await userEvent.click(screen.getByRole('button', { name: 'Download for Flexera (JSON Lines, gzip)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ name: 'seat-review-flexera-acme-2025-06-15.jsonl', type: 'application/jsonl' });
    expect((await text(saved[0]!.body)).split('\n')).toHaveLength(3);
    expect(await screen.findByText(/saved uncompressed \(\.jsonl\): compress it with gzip before uploading it to Flexera One/)).toHaveAttribute(
      'data-snapshot-file-notice',
      'flexera-not-gzipped',
    );
  });

  it('says so when the gzipped file is above Flexera’s 10 MB', async () => {
    /** A CompressionStream that makes 12 MB of whatever it is given. */
    class Bloating {
      readonly writable: WritableStream<Uint8Array>;
      readonly readable: ReadableStream<Uint8Array>;
      constructor() {
        const stream = new TransformStream<Uint8Array, Uint8Array>({
          transform: () => undefined,
          flush: (c) => c.enqueue(new Uint8Array(12_000_000)),
        });
        this.writable = stream.writable;
        this.readable = stream.readable;
      }
    }
    vi.stubGlobal('CompressionStream', Bloating);
    renderPanel({ seats });
    await userEvent.click(screen.getByRole('button', { name: 'Download for Flexera (JSON Lines, gzip)' }));
    expect(await screen.findByText(/The Flexera file is 12 MB, above Flexera One's limit of 10 MB a file/)).toHaveAttribute(
      'data-snapshot-file-notice',
      'flexera-too-large',
    );
    expect(saved[0]!.name).toMatch(/\.jsonl\.gz$/);
  });

  it('saves the Zylo usage CSV, formula-safe, with a byte-order mark', async () => {
    renderPanel({ seats: [...seats, makeSeat({ id: 4, name: '@SUM(1)', email: 'at@example.com' })] });
    await userEvent.click(screen.getByRole('button', { name: 'Download for Zylo (CSV)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ name: 'seat-review-zylo-acme-2025-06-15.csv', type: 'text/csv;charset=utf-8' });
    const csv = await text(saved[0]!.body);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual(['email', 'name', 'seat_class', 'last_sign_in', 'last_seen', 'interactions', 'status', 'idle']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[6]])).toEqual([
      ['ada@example.com', 'Ada Lovelace', 'active'],
      ['at@example.com', "'@SUM(1)", 'active'],
      ['sus@example.com', 'Sus Pended', 'suspended'],
    ]);
  });

  it('offers no platform file while the roster is not whole', () => {
    const { gateway } = gatewayOf();
    const sender = createSnapshotSender({ gateway, endpoint: ENDPOINT, subdomain: 'acme', installation: 7, store: memoryStore() });
    render(
      <ThemeProvider>
        <SnapshotPanel sender={sender} readiness={sendReadiness('failed', 'done')} input={() => null} />
      </ThemeProvider>,
    );
    expect(screen.getByRole('button', { name: 'Download for Flexera (JSON Lines, gzip)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download for Zylo (CSV)' })).toBeDisabled();
  });
});
