import { describe, expect, it } from 'vitest';
import { failureKind, GatewayError, toGatewayError, waitTooLongError, zendeskErrorText, type FailureKind } from './errors';

describe('zendeskErrorText', () => {
  it.each<[string, unknown, string | null]>([
    ['401 {error}', { error: "Couldn't authenticate you" }, "Couldn't authenticate you"],
    [
      '403 {error, description}: the description is the specific text',
      { error: 'Forbidden', description: 'You do not have access to this page.' },
      'You do not have access to this page.',
    ],
    ['404 {error, description}', { error: 'RecordNotFound', description: 'Not found' }, 'Not found'],
    ['{error} with a blank description falls back to error', { error: 'Forbidden', description: '  ' }, 'Forbidden'],
    ['{error:{title,message}}: the message', { error: { title: 'Forbidden', message: 'No access to users' } }, 'No access to users'],
    ['{error:{title}} only', { error: { title: 'Forbidden' } }, 'Forbidden'],
    ['{error:{title, message:""}} falls back to the title', { error: { title: 'Forbidden', message: '' } }, 'Forbidden'],
    [
      '{error:{message}} with a description: both',
      { error: { message: 'Access denied' }, description: 'Ask an admin' },
      'Access denied. Ask an admin',
    ],
    [
      '{errors:[{title,detail}]}',
      { errors: [{ title: 'Invalid cursor', detail: 'The cursor has expired' }] },
      'Invalid cursor — The cursor has expired',
    ],
    ['{errors:[{code,title}]}', { errors: [{ code: 'TooManyRequests', title: 'Too many requests' }] }, 'Too many requests'],
    ['{errors:[{detail}]}', { errors: [{ detail: 'Only a detail' }] }, 'Only a detail'],
    ['several errors, joined', { errors: [{ title: 'First' }, { title: 'Second', detail: 'more' }] }, 'First. Second — more'],
    ['errors entries that say nothing are skipped', { errors: ['text', null, { code: 'X' }, { title: '  ' }] }, null],
    [
      '422 with details per field',
      {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { email: [{ description: 'Email is invalid' }], name: [{ description: 'Name is too short' }, { description: 'Name is reserved' }] },
      },
      'Record validation errors. email: Email is invalid. name: Name is too short. name: Name is reserved',
    ],
    [
      '422 details that are malformed are skipped',
      {
        description: 'Record validation errors',
        details: { email: 'bad', role: [null, 'x', { description: '' }, { description: 'Role is invalid' }] },
      },
      'Record validation errors. role: Role is invalid',
    ],
    ['details alone', { details: { base: [{ description: 'Something is wrong' }] } }, 'base: Something is wrong'],
    ['trims the texts', { error: '  Forbidden  ' }, 'Forbidden'],
    ['an HTML page', '<html><body><h1>502 Bad Gateway</h1></body></html>', null],
    ['a plain string', 'Bad request', null],
    ['null', null, null],
    ['undefined', undefined, null],
    ['a number', 500, null],
    ['an array', [{ error: 'x' }], null],
    ['an empty object', {}, null],
    ['an empty error', { error: '' }, null],
    ['an error that is a number', { error: 500 }, null],
  ])('%s', (_label, body, expected) => {
    expect(zendeskErrorText(body)).toBe(expected);
  });
});

describe('failureKind', () => {
  it.each<[number, FailureKind]>([
    [0, 'network'],
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [400, 'invalid'],
    [422, 'invalid'],
    [429, 'rate-limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [504, 'server'],
    [599, 'server'],
    [402, 'other'],
    [405, 'other'],
    [409, 'other'],
    [413, 'other'],
    [499, 'other'],
    [302, 'other'],
    [200, 'other'],
  ])('%i → %s', (status, kind) => {
    expect(failureKind(status)).toBe(kind);
  });
});

describe('toGatewayError', () => {
  const url = '/api/v2/users?role%5B%5D=agent';

  it('is a GatewayError carrying kind, status, url and attempts', () => {
    const error = toGatewayError({ status: 503, body: null }, url, 6);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('GatewayError');
    expect(error.kind).toBe('server');
    expect(error.status).toBe(503);
    expect(error.url).toBe(url);
    expect(error.attempts).toBe(6);
  });

  it("keeps the service and the body's own text as fields, for the screen to word", () => {
    const error = toGatewayError({ status: 403, body: { error: 'Nope' } }, '/x', 1, 'SaaS Management');
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, service: 'SaaS Management', detail: 'Nope', attempts: 1 });
  });
});

describe('wait-too-long', () => {
  it('carries what Zendesk asked, and says what was loaded is kept and can be resumed', () => {
    const error = waitTooLongError(86_400_000, '/api/v2/users', 429, 1);
    expect(error).toMatchObject({ kind: 'wait-too-long', waitMs: 86_400_000, status: 429, url: '/api/v2/users', attempts: 1 });
    expect(new GatewayError('x', 'server', 500, '/x', 1).waitMs).toBeNull();
  });
});
