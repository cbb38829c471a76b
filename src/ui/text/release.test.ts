import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeOutcome, Failure, RefusalReason, RunWait } from '../../review';
import { makeSeat } from '../../test/seats';
import {
  anywayText,
  billText,
  confirmText,
  etaText,
  flaggedText,
  jobsText,
  lightAgentMissingText,
  openTicketsText,
  outcomeKey,
  outcomeReasonText,
  outcomeText,
  previewTitle,
  progressText,
  releaseCsvWords,
  refusalText,
  reportTitle,
  reportCounts,
  reportCountsText,
  restoreText,
  savingText,
  seatName,
  seatTicketFateText,
  targetText,
  ticketFateText,
  typeToConfirmLabel,
  waitText,
  wireReasonText,
} from './release';
import { dateTime, setFormats } from '../i18n/format';
import { setCatalogue } from '../i18n/messages';

afterEach(() => {
  setFormats('en');
  setCatalogue({});
});

const networkFailure: Failure = {
  code: 'gateway',
  kind: 'network',
  status: 0,
  attempts: 3,
  waitMs: null,
  url: '/api/v2/users/update_many',
  service: 'Zendesk',
  detail: null,
};

describe('counts and titles', () => {
  it('says one seat and many seats', () => {
    expect(confirmText(1)).toBe('Release 1 seat');
    expect(confirmText(250)).toBe('Release 250 seats');
    expect(confirmText(1000)).toBe('Release 1,000 seats');
    expect(previewTitle(250, null)).toBe('Release 250 seats');
    expect(previewTitle(1, 'Cora Quiet')).toBe('Release Cora Quiet');
    expect(typeToConfirmLabel(250)).toBe('Type 250 to confirm');
  });

  it('names a seat by name, else email, else id', () => {
    expect(seatName({ id: 7, name: 'Cora', email: 'c@x.test' })).toBe('Cora');
    expect(seatName({ id: 7, name: '', email: 'c@x.test' })).toBe('c@x.test');
    expect(seatName({ id: 7, name: '', email: '' })).toBe('User 7');
  });

  it('names the targets, and says why light agent is not offered', () => {
    expect(targetText({ kind: 'end-user' })).toBe('End user');
    expect(targetText({ kind: 'light-agent', roleId: 3, roleName: 'Light agent' })).toBe('Light agent');
    expect(targetText({ kind: 'light-agent', roleId: 3, roleName: 'Read-only staff' })).toBe('Light agent (Read-only staff)');
    expect(lightAgentMissingText('read')).toBe('Light agent is not offered: the account has no Light agent role.');
    expect(lightAgentMissingText('failed')).toMatch(/could not be read/);
    expect(lightAgentMissingText('loading')).toMatch(/^Checking/);
  });

  it('second confirmation names admins and exempt seats', () => {
    expect(flaggedText('Ada', 'admin')).toBe('Ada is an admin. Release Ada anyway?');
    expect(flaggedText('Eve', 'exempt')).toBe('Eve is on the exempt list. Release Eve anyway?');
    expect(anywayText(['Ada'])).toBe('Release Ada anyway');
    expect(anywayText(['Ada', 'Eve'])).toBe('Release 2 seats anyway');
  });
});

describe('tickets', () => {
  it('counts, counting, unknown', () => {
    expect(openTicketsText(3, 'loading')).toBe('3');
    expect(openTicketsText(0, 'done')).toBe('0');
    expect(openTicketsText(undefined, 'loading')).toBe('counting…');
    expect(openTicketsText(undefined, 'failed')).toBe('unknown');
    expect(openTicketsText(undefined, 'stopped')).toBe('unknown');
  });

  it('what Zendesk does with them for each target', () => {
    expect(ticketFateText('end-user')).toMatch(/not closed to you, the admin making the change \(or to another agent of the ticket’s group/);
    expect(ticketFateText('end-user')).toMatch(/Closed tickets keep their assignee\. The user leaves their groups\./);
    expect(ticketFateText('light-agent')).toMatch(/reassigns each seat’s solved tickets and unassigns its other tickets that are not solved/);
    expect(seatTicketFateText('end-user', 0)).toBe('none to move');
    expect(seatTicketFateText('end-user', 1)).toBe('it is reassigned to you');
    expect(seatTicketFateText('end-user', 4)).toBe('all reassigned to you');
    expect(seatTicketFateText('light-agent', 4)).toBe('all unassigned');
    expect(seatTicketFateText('light-agent', undefined)).toBe('any open ones unassigned');
  });
});

describe('progress', () => {
  it('releasing and restoring', () => {
    expect(progressText('release', 120, 250)).toBe('Releasing 120 of 250 seats');
    expect(progressText('restore', 0, 1)).toBe('Restoring 0 of 1 seat');
  });

  it('time left', () => {
    expect(etaText(null)).toBe('Estimating time left…');
    expect(etaText(400)).toBe('Almost done');
    expect(etaText(42_000)).toBe('About 42 seconds left');
    expect(etaText(90_000)).toBe('About 2 minutes left');
    expect(etaText(60_000)).toBe('About 1 minute left');
  });

  it.each<[RunWait, RegExp]>([
    ['job-slot', /waiting for one of its jobs to finish \(Zendesk runs at most 30 at a time\)/i],
    ['too-many-jobs', /Zendesk’s job limit is reached; waiting for jobs to finish/],
    ['rate-limited', /rate limit/],
    ['server-error', /server error/],
    ['network-error', /No answer from Zendesk/],
  ])('wait %s', (wait, words) => {
    expect(waitText(wait)).toMatch(words);
  });

  it('jobs in flight', () => {
    expect(jobsText(1)).toBe('1 job in flight');
    expect(jobsText(3)).toBe('3 jobs in flight');
  });
});

describe('outcomes', () => {
  it('keys every outcome; no answer is pending while running, unknown after', () => {
    expect(outcomeKey({ code: 'done' }, false)).toBe('released');
    expect(outcomeKey({ code: 'refused', refusal: { reason: 'owner', code: null, detail: null } }, true)).toBe('refused');
    expect(outcomeKey({ code: 'unknown', failure: networkFailure }, true)).toBe('unknown');
    expect(outcomeKey({ code: 'not-attempted', failure: null }, true)).toBe('not-attempted');
    expect(outcomeKey(null, false)).toBe('pending');
    expect(outcomeKey(null, true)).toBe('unknown');
    expect(['released', 'refused', 'unknown', 'not-attempted', 'pending'].map((k) => outcomeText(k as never))).toEqual([
      'Released',
      'Refused',
      'Unknown',
      'Not attempted',
      'Pending',
    ]);
  });

  it.each<[RefusalReason, string | null, string]>([
    ['owner', 'Cannot downgrade the account owner', 'The account owner cannot be downgraded (Zendesk: Cannot downgrade the account owner)'],
    ['owner', null, 'The account owner cannot be downgraded'],
    ['invalid', 'Role is invalid', 'Zendesk refused the change: Role is invalid'],
    ['forbidden', null, 'Zendesk did not allow the change (only admins can change roles)'],
    ['not-found', null, 'Zendesk has no such user any more'],
    ['job-failed', 'Internal error', 'Zendesk’s background job failed: Internal error'],
    ['other', 'Something', 'Zendesk refused the change: Something'],
  ])('refusal %s (%s)', (reason, detail, words) => {
    expect(refusalText({ reason, code: null, detail })).toBe(words);
  });

  it('words why a seat was not released', () => {
    expect(outcomeReasonText({ code: 'done' }, true)).toBe('');
    expect(outcomeReasonText(null, false)).toBe('');
    expect(outcomeReasonText(null, true)).toBe('Unknown: the app closed before Zendesk’s answer');
    expect(outcomeReasonText({ code: 'refused', refusal: { reason: 'invalid', code: 'RecordInvalid', detail: null } }, true)).toBe(
      'Zendesk refused the change: RecordInvalid',
    );
    expect(outcomeReasonText({ code: 'unknown', failure: networkFailure }, true)).toMatch(
      /^Zendesk’s answer could not be read: Could not reach Zendesk after 3/,
    );
    expect(outcomeReasonText({ code: 'not-attempted', failure: null }, true)).toBe('Cancelled before it was sent');
    expect(outcomeReasonText({ code: 'not-attempted', failure: networkFailure }, true)).toMatch(/^Could not reach Zendesk/);
  });

  it('words restores', () => {
    expect(restoreText(null)).toBe('');
    expect(restoreText({ code: 'done' })).toBe('Restored');
    expect(restoreText({ code: 'refused', refusal: { reason: 'invalid', code: null, detail: 'x' } })).toBe(
      'Restore refused: Zendesk refused the change: x',
    );
    expect(restoreText({ code: 'not-attempted', failure: null })).toBe('Restore cancelled before it was sent');
  });

  it('counts a report', () => {
    const seats: { outcome: ChangeOutcome | null; restore: ChangeOutcome | null }[] = [
      { outcome: { code: 'done' }, restore: { code: 'done' } },
      { outcome: { code: 'done' }, restore: null },
      { outcome: { code: 'refused', refusal: { reason: 'owner', code: null, detail: null } }, restore: null },
      { outcome: { code: 'not-attempted', failure: null }, restore: null },
      { outcome: null, restore: null },
    ];
    expect(reportCounts(seats, false)).toEqual({ released: 2, refused: 1, unknown: 0, notAttempted: 1, pending: 1, restored: 1 });
    expect(reportCountsText(reportCounts(seats, true))).toBe('2 released · 1 refused · 1 unknown · 1 not attempted · 1 restored');
  });
});

describe('money', () => {
  it('the bill drops only when the owner lowers the seat count', () => {
    expect(billText(250)).toBe(
      'Zendesk still bills these 250 seats until the account owner lowers the subscription’s seat count in Admin Center (usually from the next billing cycle). Lower it by up to 250.',
    );
    expect(billText(1)).toMatch(/^Zendesk still bills this seat until .* Lower it by up to 1\.$/);
    // Money in the account's currency, as the screen writes every cost.
    expect(savingText(3, 55.5)).toBe('At 55.5\u00a0USD a seat, lowering it by 3 saves 166.5\u00a0USD a month.');
    setFormats('en', 'EUR');
    expect(savingText(1000, 50)).toBe('At 50\u00a0EUR a seat, lowering it by 1,000 saves 50,000\u00a0EUR a month.');
  });
});

describe('report words', () => {
  it('words kept idle reason codes', () => {
    expect(wireReasonText('never_signed_in')).toBe('Never signed in');
    expect(wireReasonText('api_only_sign_in')).toBe('API-only sign-in?');
    expect(wireReasonText('no_sign_in_30d')).toBe('No sign-in for 30+ days');
    expect(wireReasonText('no_interactions_45d')).toBe('No ticket interaction in 45 days');
  });

  it('CSV cells: previous role in the table’s words', () => {
    const seat = { id: 1, before: makeSeat({ role: 'admin', roleType: 4 }), reasons: [], openTickets: 2, outcome: null, restore: null };
    const words = releaseCsvWords();
    expect(words.previousRole(seat)).toBe('Admin');
    expect(words.outcome(seat, false)).toBe('Pending');
    expect(words.outcome(seat, true)).toBe('Unknown');
    expect(Object.values(words.header)).toEqual([
      'User ID',
      'Name',
      'Email',
      'Outcome',
      'Reason',
      'Why it looked idle',
      'Open tickets',
      'Previous role',
      'Restore',
    ]);
  });

  it('titles a report in the history by its date and time, count and target', () => {
    const at = Date.UTC(2026, 10, 23, 12, 0);
    const seats = [{}, {}] as never[];
    expect(reportTitle({ startedAt: at, target: { kind: 'end-user' }, seats, cancelled: false })).toBe(`${dateTime(at)}: 2 seats to end user`);
    expect(
      reportTitle({ startedAt: at, target: { kind: 'light-agent', roleId: 3, roleName: 'Light agent' }, seats: [{}] as never[], cancelled: true }),
    ).toBe(`${dateTime(at)}: 1 seat to light agent (cancelled)`);
  });
});

describe("in the admin's language", () => {
  it('writes counts in the locale, and keeps the count to type as digits', () => {
    setFormats('de');
    expect(confirmText(1000)).toBe('Release 1.000 seats');
    expect(progressText('release', 1200, 2500)).toBe('Releasing 1.200 of 2.500 seats');
    expect(openTicketsText(1234, 'done')).toBe('1.234');
    expect(typeToConfirmLabel(1000)).toBe('Type 1000 to confirm');
  });

  it('takes the admin’s catalogue over English, the CSV headers too', () => {
    setCatalogue({ release: { csvUserId: 'Benutzer-ID', outcomeReleased: 'Freigegeben', jobsInFlight: (n: number) => `${n} Jobs laufen` } });
    expect(releaseCsvWords().header.id).toBe('Benutzer-ID');
    expect(releaseCsvWords().header.name).toBe('Name');
    expect(outcomeText('released')).toBe('Freigegeben');
    expect(jobsText(3)).toBe('3 Jobs laufen');
  });
});
