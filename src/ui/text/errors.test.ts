/** Failures in words: exactly what the screen said when these sentences lived in zaf/errors.ts, and in another language. */
import { afterEach, describe, expect, it } from 'vitest';
import { failureKind, GatewayError, toGatewayError, waitTooLongError } from '../../zaf/errors';
import { failureOf } from '../../zendesk/failure';
import { plural, setFormats } from '../i18n/format';
import { setCatalogue } from '../i18n/messages';
import { aboutDuration, failureText, pagingText, sendProblemText } from './errors';

const text = (error: GatewayError): string => failureText(failureOf(error));

describe('gateway failures in words', () => {
  const url = '/api/v2/users?role%5B%5D=agent';

  it.each<[string, { status: number; body: unknown }, number, string]>([
    ['network, one attempt', { status: 0, body: null }, 1, 'Could not reach Zendesk (network error or no answer).'],
    ['network, several attempts', { status: 0, body: null }, 6, 'Could not reach Zendesk after 6 attempts (network error or no answer).'],
    [
      'unauthenticated (detail not needed)',
      { status: 401, body: { error: "Couldn't authenticate you" } },
      1,
      'Zendesk could not authenticate this session. Sign in again and reopen Seat Review.',
    ],
    [
      'forbidden with detail',
      { status: 403, body: { error: 'Forbidden', description: 'You do not have access to this page.' } },
      1,
      'Zendesk refused access (403): You do not have access to this page.',
    ],
    ['forbidden without detail', { status: 403, body: '' }, 1, 'Zendesk refused access (403).'],
    [
      'not found names the url',
      { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } },
      1,
      `Zendesk did not find ${url} (404): Not found`,
    ],
    ['not found without detail', { status: 404, body: null }, 1, `Zendesk did not find ${url} (404).`],
    ['invalid 400 without detail', { status: 400, body: 'Bad Request' }, 1, 'Zendesk rejected the request (400).'],
    [
      'invalid 422 with field details',
      { status: 422, body: { error: 'RecordInvalid', description: 'Record validation errors', details: { email: [{ description: 'is invalid' }] } } },
      1,
      'Zendesk rejected the request (422): Record validation errors. email: is invalid',
    ],
    [
      'rate limited after several waits',
      { status: 429, body: { errors: [{ code: 'TooManyRequests', title: 'Too many' }] } },
      13,
      "Zendesk's rate limit was still exceeded after 13 attempts. Try again in a few minutes.",
    ],
    ['rate limited, one attempt', { status: 429, body: null }, 1, "Zendesk's rate limit was still exceeded. Try again in a few minutes."],
    [
      'server error with detail and attempts',
      { status: 500, body: { error: 'InternalError', description: 'Something broke' } },
      6,
      'Zendesk had a server error (500) after 6 attempts: Something broke',
    ],
    ['server error, HTML body, one attempt', { status: 502, body: '<html>Bad Gateway</html>' }, 1, 'Zendesk had a server error (502).'],
    ['server error, no detail, attempts', { status: 504, body: null }, 2, 'Zendesk had a server error (504) after 2 attempts.'],
    ['other with detail', { status: 409, body: { error: 'Conflict', description: 'Edit conflict' } }, 1, 'Zendesk answered 409: Edit conflict'],
    ['other without detail', { status: 418, body: null }, 1, 'Zendesk answered 418.'],
  ])('%s', (_label, failure, attempts, message) => {
    const error = toGatewayError(failure, url, attempts);
    expect(text(error)).toBe(message);
    expect(error.kind).toBe(failureKind(failure.status));
  });

  it('names another service when asked', () => {
    expect(text(toGatewayError({ status: 0, body: null }, 'https://saas.example.com/hook', 3, 'SaaS Management'))).toBe(
      'Could not reach SaaS Management after 3 attempts (network error or no answer).',
    );
    expect(text(toGatewayError({ status: 403, body: { error: 'Nope' } }, '/x', 1, 'SaaS Management'))).toBe(
      'SaaS Management refused access (403): Nope',
    );
  });
});

describe('wait-too-long', () => {
  it.each<[number, string]>([
    [86_400_000, 'about 24 hours'],
    [7_200_000, 'about 2 hours'],
    [3_600_000, 'about 1 hour'],
    [600_000, 'about 10 minutes'],
    [301_000, 'about 5 minutes'],
    [45_000, 'about 45 seconds'],
    [1_000, 'about 1 second'],
    [3 * 86_400_000, 'about 3 days'],
  ])('%i ms reads “%s”', (ms, words) => {
    expect(aboutDuration(ms)).toBe(words);
  });

  it('carries what Zendesk asked, and says what was loaded is kept and can be resumed', () => {
    const error = waitTooLongError(86_400_000, '/api/v2/users', 429, 1);
    expect(error).toMatchObject({ kind: 'wait-too-long', waitMs: 86_400_000, status: 429, url: '/api/v2/users', attempts: 1 });
    expect(text(error)).toBe(
      'Zendesk asked Seat Review to wait about 24 hours before sending more requests (its rate limit), longer than Seat Review holds a review. What was loaded is kept; resume loading later.',
    );
    expect(new GatewayError('x', 'server', 500, '/x', 1).waitMs).toBeNull();
  });
});

describe('paging, unreadable answers and sends in words', () => {
  it('names the list an admin knows, what went wrong and what Seat Review did', () => {
    expect(pagingText({ paging: 'repeated-page', stream: '/api/v2/users?role[]=agent', url: '/api/v2/users?page=3' })).toBe(
      "Zendesk's paging of the list of seats pointed back to a page already read (/api/v2/users?page=3). " +
        'Seat Review stopped there instead of reading the same pages forever: the list of seats was not read to its end.',
    );
    expect(pagingText({ paging: 'off-host-link', stream: '/api/v2/sessions', url: 'https://evil.example/x' })).toBe(
      "Zendesk's paging of the list of sign-in sessions pointed to another website (https://evil.example/x). " +
        'Seat Review did not follow it: the list of sign-in sessions was not read to its end.',
    );
    expect(pagingText({ paging: 'stalled-export', stream: '/api/v2/incremental/ticket_events', url: '/e' })).toContain(
      'the ticket event export stopped moving forward in time (/e)',
    );
    expect(pagingText({ paging: 'ended-early', stream: '/api/v2/groups', url: '/g' })).toBe(
      "Zendesk's paging of /api/v2/groups said more pages follow but gave no link to them (/g). " +
        'Seat Review cannot tell where to continue: /api/v2/groups was not read to its end.',
    );
  });

  it('says which answer could not be read', () => {
    expect(failureText({ code: 'malformed', what: 'users-page', url: '/u' })).toBe(
      'Zendesk sent a page Seat Review cannot read (no "users" list) for /u.',
    );
    expect(failureText({ code: 'malformed', what: 'job-status', url: '/j' })).toBe(
      "Zendesk sent a background job's status Seat Review cannot read (/j).",
    );
    expect(failureText({ code: 'unexpected', detail: 'TypeError: x is undefined' })).toBe('TypeError: x is undefined');
  });

  it('says why a snapshot cannot be sent', () => {
    expect(sendProblemText({ code: 'not-kept' })).toBe(
      'This snapshot was too large to keep in the browser, so it cannot be re-sent: send a new snapshot.',
    );
    expect(sendProblemText({ code: 'stopped', detail: 'Failed to fetch' })).toBe('Sending stopped unexpectedly: Failed to fetch');
  });
});

describe('in the admin’s language', () => {
  afterEach(() => {
    setCatalogue({});
    setFormats('en');
  });

  it('takes its sentences from the admin’s catalogue and its numbers from the locale', () => {
    setCatalogue({ errors: { aboutDays: (n: number) => plural(n, { one: 'etwa # Tag', other: 'etwa # Tage' }) } });
    setFormats('de');
    expect(aboutDuration(1500 * 86_400_000)).toBe('etwa 1.500 Tage');
    // A sentence the catalogue lacks falls back to English, with the locale's numbers.
    expect(text(toGatewayError({ status: 0, body: null }, '/x', 1200))).toBe(
      'Could not reach Zendesk after 1.200 attempts (network error or no answer).',
    );
  });
});
