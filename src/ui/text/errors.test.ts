/** Gateway failures in words: exactly what the screen said when these sentences lived in zaf/errors.ts. */
import { describe, expect, it } from 'vitest';
import { failureKind, GatewayError, toGatewayError, waitTooLongError } from '../../zaf/errors';
import { failureOf } from '../../zendesk/failure';
import { aboutDuration, failureText } from './errors';

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
