import { afterEach, describe, expect, it } from 'vitest';
import { diffFingerprints, summarizeChange, type Fingerprint } from '../../snapshot/diff';
import { checkDestination, checkEndpoint, type EndpointProblem } from '../../snapshot/endpoint';
import type { PushProblem } from '../../snapshot/pushProblem';
import {
  changeText,
  destinationText,
  endpointProblemText,
  fileNoticeText,
  historyStatusText,
  megabytes,
  pushProblemText,
  refusalText,
  restartText,
  sendLabel,
  storageText,
  syncBusyWaitText,
  waitText,
} from './snapshot';
import type { FailureKind } from '../../zaf/errors';
import { setFormats } from '../i18n/format';
import { setCatalogue } from '../i18n/messages';

afterEach(() => {
  setFormats('en');
  setCatalogue({});
});

const saas = (kind: FailureKind, status: number, attempts: number, detail: string | null) =>
  ({ code: 'gateway', kind, status, attempts, waitMs: null, url: 'https://saas.example.com/ingest', service: 'SaaS Management', detail }) as const;

/** Today's exact words for every code of the snapshot panel. */
const refused = (value: string | null, whitelist: readonly string[] | null = null): string => {
  const checked = checkEndpoint(value, whitelist);
  return checked.ok ? '' : endpointProblemText(checked.problem);
};

describe('endpointProblemText', () => {
  it.each<[string | null, string]>([
    [null, 'Set the app setting "saas_endpoint" (SaaS Management endpoint URL) to send snapshots.'],
    [
      'saas.example.com/ingest',
      'The app setting "saas_endpoint" (SaaS Management endpoint URL) is not a valid absolute URL: "saas.example.com/ingest".',
    ],
    [
      'http://saas.example.com:8080/ingest',
      'The app setting "saas_endpoint" (SaaS Management endpoint URL) must be an https:// address (got "http://saas.example.com:8080").',
    ],
    [
      'https://user:pw@saas.example.com/',
      'The app setting "saas_endpoint" (SaaS Management endpoint URL) may not hold a user name or password; the token is sent from the "saas_token" setting.',
    ],
    [
      'https://{{setting.host}}/x',
      'The app setting "saas_endpoint" (SaaS Management endpoint URL) may not contain placeholders: "https://{{setting.host}}/x".',
    ],
  ])('%j → "%s"', (value, expected) => {
    expect(refused(value)).toBe(expected);
  });

  it('names the host, the whitelist and the fix', () => {
    expect(refused('https://saas.other.example/ingest', ['saas.example.com', 'b.example.com'])).toBe(
      'The host of the app setting "saas_endpoint" (SaaS Management endpoint URL), "saas.other.example", is not in the app\'s domain whitelist (saas.example.com, b.example.com): Zendesk sends the token only to whitelisted hosts. Package the app with "npm run package -- --saas-domain saas.other.example" and update it.',
    );
    expect(refused('https://saas.example.com/ingest', [])).toContain('(no host)');
  });
});

describe('pushProblemText', () => {
  const endpoint: EndpointProblem = { code: 'missing' };
  it.each<[PushProblem, string]>([
    [{ code: 'endpoint', endpoint }, 'Set the app setting "saas_endpoint" (SaaS Management endpoint URL) to send snapshots.'],
    [
      { code: 'too-large', users: 50, minUsers: 50 },
      "SaaS Management refused a part of 50 users as too large (413), even at the smallest part size (50 users): raise the receiver's request size limit.",
    ],
    [
      { code: 'token-refused', detail: 'Unauthorized. Token revoked' },
      'SaaS Management did not accept the token (401): Unauthorized. Token revoked. Check the app setting "saas_token" and that its scope allows the header.',
    ],
    [
      { code: 'token-refused', detail: null },
      'SaaS Management did not accept the token (401). Check the app setting "saas_token" and that its scope allows the header.',
    ],
    [{ code: 'refused', failure: saas('invalid', 422, 1, 'bad') }, 'SaaS Management rejected the request (422): bad'],
    [{ code: 'unreachable', failure: saas('network', 0, 6, null) }, 'Could not reach SaaS Management after 6 attempts (network error or no answer).'],
    [{ code: 'unreachable', failure: saas('not-found', 404, 1, null) }, 'SaaS Management did not find https://saas.example.com/ingest (404).'],
    [{ code: 'stored-text', text: 'As an older version kept it.' }, 'As an older version kept it.'],
  ])('%j', (problem, expected) => {
    expect(pushProblemText(problem)).toBe(expected);
  });
});

describe('restartText', () => {
  it.each<[number, string]>([
    [0, 'The SaaS Management endpoint setting changed: the whole snapshot was sent again from part 1 to the new endpoint.'],
    [
      1,
      'The SaaS Management endpoint setting changed after 1 part was accepted by the previous endpoint: the whole snapshot was sent again from part 1 to the new endpoint.',
    ],
    [
      3,
      'The SaaS Management endpoint setting changed after 3 parts were accepted by the previous endpoint: the whole snapshot was sent again from part 1 to the new endpoint.',
    ],
  ])('endpoint changed after %i accepted parts', (before, expected) => {
    expect(restartText({ code: 'endpoint-changed', at: '2025-01-01T00:00:00.000Z', accepted_before: before })).toBe(expected);
  });

  it('a split', () => {
    expect(restartText({ code: 'split', at: '2025-01-01T00:00:00.000Z', per_part: 250, previous_id: 'x' })).toBe(
      'SaaS Management refused a part as too large (413): the snapshot was cut into parts of at most 250 users and sent again from part 1 under a new snapshot id.',
    );
  });
});

describe('storageText', () => {
  it('words every notice', () => {
    expect(storageText({ code: 'snapshot-not-kept-sent' })).toBe('This browser could not keep the snapshot: it was sent.');
    expect(storageText({ code: 'snapshot-not-kept-pending' })).toBe(
      'This browser could not keep the snapshot: it will not survive a reload. Retry while Seat Review is open, or download it.',
    );
    expect(storageText({ code: 'history-not-kept' })).toBe(
      'This browser could not keep the snapshot history: what is shown here will not survive a reload.',
    );
  });
});

describe('refusalText', () => {
  it('words every refusal, and nothing when a send is possible', () => {
    expect(refusalText({ code: 'roster-loading' })).toBe('Sending is possible once every seat is loaded.');
    expect(refusalText({ code: 'roster-incomplete', phase: 'failed' })).toBe(
      'Not sent: loading stopped before every seat was loaded, so a snapshot would be missing seats. Resume loading, then send.',
    );
    expect(refusalText({ code: 'roster-incomplete', phase: 'incomplete' })).toBe(
      'Not sent: Zendesk gave fewer seats than it counted, so a snapshot would be missing seats. Reload, then send.',
    );
    expect(refusalText({ code: 'ready' })).toBeNull();
    expect(refusalText({ code: 'wait-for-review' })).toBeNull();
  });
});

describe('changeText', () => {
  const print = (seats: number[], idle: number[], suspended: number[]): Fingerprint => ({ snapshot_id: 'x', seats, idle, suspended });
  it('says "No change" for the same roster', () => {
    const same = print([1, 2], [2], []);
    expect(changeText(summarizeChange(diffFingerprints(same, same)))).toBe('No change');
  });

  it('counts each kind of change, singular and plural', () => {
    const before = print([1, 2, 3, 4], [2, 3], [5, 6]);
    const after = print([1, 2, 3, 5, 8], [1, 3, 8], [6, 7]);
    expect(changeText(summarizeChange(diffFingerprints(before, after), 1))).toBe(
      '2 new idle seats, 1 no longer idle, 2 seats added, 1 seat gone, 1 newly suspended, 1 no longer suspended',
    );
    expect(changeText(summarizeChange(diffFingerprints(print([1], [], []), print([1, 2], [1, 2], []))))).toBe('2 new idle seats, 1 seat added');
  });
});

describe('historyStatusText', () => {
  it('words every status', () => {
    const statuses = ['sending', 'sent', 'pending', 'rejected', 'superseded'] as const;
    expect(statuses.map(historyStatusText)).toEqual(['Interrupted', 'Sent', 'Pending', 'Refused', 'Not sent (replaced)']);
  });
});

describe('waitText', () => {
  const notice = (reason: 'rate-limited' | 'server-error' | 'network-error', delayMs: number) =>
    ({ reason, delayMs, status: reason === 'server-error' ? 503 : 0, url: 'https://saas.example.com/ingest' }) as const;
  it('says what the send waits for, in whole seconds (at least 1)', () => {
    expect(waitText(notice('rate-limited', 20_400))).toBe('SaaS Management asked to slow down: retrying in 20 s.');
    expect(waitText(notice('server-error', 200))).toBe('SaaS Management had a server error (503): retrying in 1 s.');
    expect(waitText(notice('network-error', 2_000))).toBe('No answer from SaaS Management: retrying in 2 s.');
  });
});

describe("in the admin's language", () => {
  it('writes numbers in the locale and lists changes as the locale separates them', () => {
    setFormats('de');
    expect(pushProblemText({ code: 'too-large', users: 1500, minUsers: 1 })).toBe(
      "SaaS Management refused a part of 1.500 users as too large (413), even at the smallest part size (1 user): raise the receiver's request size limit.",
    );
    const print = (seats: number[], idle: number[]): Fingerprint => ({ snapshot_id: 'x', seats, idle, suspended: [] });
    expect(changeText(summarizeChange(diffFingerprints(print([1, 3], []), print([1, 2], [1, 2]))))).toBe(
      '2 new idle seats, 1 seat added und 1 seat gone',
    );
  });

  it('takes the admin’s catalogue over English, key by key', () => {
    setCatalogue({ snapshot: { noChange: 'Keine Änderung', statusSent: 'Gesendet' } });
    const same: Fingerprint = { snapshot_id: 'x', seats: [1], idle: [], suspended: [] };
    expect(changeText(summarizeChange(diffFingerprints(same, same)))).toBe('Keine Änderung');
    expect(historyStatusText('sent')).toBe('Gesendet');
    expect(historyStatusText('pending')).toBe('Pending');
  });
});

describe('where snapshots go', () => {
  it.each([
    [
      'seat-review',
      null,
      'https://saas.example.com/ingest',
      "Usage snapshots (zendesk-seat-snapshot/1.2) go to saas.example.com through Zendesk's secure proxy.",
    ],
    ['zluri', 'inst-7', 'https://api-ext.zluri.com/x', "Usage snapshots go to Zluri (instance inst-7) through Zendesk's secure proxy."],
    ['torii', '4242', 'https://api.toriihq.com/v1.0', "Usage snapshots go to Torii (app account 4242) through Zendesk's secure proxy."],
    ['lumos', 'app-1', 'https://api.lumos.com/accounts/upload', "Usage snapshots go to Lumos (app app-1) through Zendesk's secure proxy."],
    [
      'okta-workflows',
      null,
      'https://acme.workflows.okta.com/api/flo/abc/invoke',
      "Usage snapshots go to Okta Workflows (acme.workflows.okta.com) through Zendesk's secure proxy.",
    ],
  ] as const)('%s', (name, id, url, expected) => {
    expect(destinationText({ name, id, url })).toBe(expected);
  });

  it('says where Send sends', () => {
    expect([sendLabel('seat-review', false), sendLabel('zluri', false), sendLabel('okta-workflows', false)]).toEqual([
      'Send snapshot',
      'Send to Zluri',
      'Send to Okta Workflows',
    ]);
    expect([sendLabel('seat-review', true), sendLabel('lumos', true)]).toEqual([
      'Send snapshot when the review finishes',
      'Send to Lumos when the review finishes',
    ]);
  });

  const refusedDestination = (
    settings: { saasDestination: string; saasDestinationId?: string | null },
    whitelist: readonly string[] | null = null,
  ) => {
    const checked = checkDestination({ saasDestinationId: null, saasEndpoint: null, ...settings }, whitelist);
    return checked.ok ? '' : endpointProblemText(checked.problem);
  };

  it('words a destination the settings cannot send to', () => {
    expect(refusedDestination({ saasDestination: 'vendr' })).toBe(
      'Destination of usage snapshots must be one of "seat-review", "zluri", "torii", "lumos", or "okta-workflows"; "vendr" is none of them, so no snapshot is sent until it is fixed.',
    );
    expect(refusedDestination({ saasDestination: 'torii' })).toBe(
      "Torii needs the id of the custom integration's app account that receives the snapshots: no snapshot is sent until it is set.",
    );
    expect(refusedDestination({ saasDestination: 'zluri', saasDestinationId: 'i-1' }, ['saas.example.com'])).toBe(
      'Zluri takes snapshots at "api-ext.zluri.com", which is not in the app\'s domain whitelist: Zendesk sends the token only to whitelisted hosts. Package the app with "npm run package -- --destination zluri" and update it.',
    );
  });
});

describe('platform push problems', () => {
  it.each<[PushProblem, string]>([
    [
      { code: 'file-too-large', destination: 'torii', bytes: 3_456_789, limit: 3_000_000 },
      "Nothing was sent: the roster makes a Torii file of 3.5 MB, above the 3 MB Torii takes in one upload through Zendesk's proxy. Send to Zluri or Lumos instead, which take larger rosters.",
    ],
    [
      { code: 'sync-busy', destination: 'zluri', tries: 4, waitedMs: 90_000 },
      'Zluri was still running another sync after 4 tries (409), so nothing new was synced. Retry once it has finished.',
    ],
    [
      { code: 'sync-busy', destination: 'torii', tries: 1, waitedMs: 0 },
      'Torii was running another sync (409), so nothing new was synced. Retry once it has finished.',
    ],
    [
      { code: 'unexpected-answer', destination: 'zluri', step: 'create-sync' },
      'Zluri answered without the id of the sync it started, so nothing was synced. Retry; if it happens again, check the app setting "saas_destination_id".',
    ],
    [
      { code: 'unexpected-answer', destination: 'torii', step: 'upload-file' },
      'Torii answered the upload without a file id, so nothing was synced. Retry later.',
    ],
    [
      { code: 'sync-failed', destination: 'zluri' },
      'Zluri took every page, then reported the sync as failed: see the sync in Zluri for why, then Retry.',
    ],
  ])('%j', (problem, expected) => {
    expect(pushProblemText(problem)).toBe(expected);
  });

  it('says a platform runs another sync while the send waits for it', () => {
    expect(syncBusyWaitText('zluri', { delayMs: 29_600 })).toBe('Zluri is running another sync (409): trying again in 30 s.');
  });

  it('says a Zluri sync ended and the pages went again to a new one', () => {
    expect(restartText({ code: 'sync-gone', at: '2025-06-15T12:00:00.000Z', accepted_before: 3, status: 'finished' })).toBe(
      'The Zluri sync this snapshot was going to had ended after 3 pages were accepted: a new sync was started and every page sent again from page 1.',
    );
  });
});

describe('platform files', () => {
  it('words what the admin should know about a Flexera file', () => {
    expect(fileNoticeText({ code: 'flexera-not-gzipped' })).toMatch(/saved uncompressed \(\.jsonl\): compress it with gzip/);
    expect(fileNoticeText({ code: 'flexera-too-large', bytes: 12_340_000, limit: 10_000_000 })).toBe(
      "The Flexera file is 12.3 MB, above Flexera One's limit of 10 MB a file: split it and upload the parts as incremental loads (a full load deactivates the users its file lacks).",
    );
  });

  it('writes sizes in the admin’s number format', () => {
    setFormats('de');
    expect(megabytes(3_456_789)).toBe('3,5 MB');
  });
});
