import { describe, expect, it } from 'vitest';
import { endpointFingerprint, maskCredentials } from './credentials';

describe('maskCredentials', () => {
  it.each([
    ['Authorization: Bearer demo-secret-token', 'Authorization: ***'],
    [
      'you sent Authorization: Bearer demo-secret-token. Check the app setting "saas_token".',
      'you sent Authorization: ***. Check the app setting "saas_token".',
    ],
    ['authorization:demo-secret-token', 'authorization:***'],
    ['Proxy-Authorization: Basic dXNlcjpwYXNzd29yZA==', 'Proxy-Authorization: ***'],
    ['X-Api-Key: abc123, then more', 'X-Api-Key: ***, then more'],
    ['Cookie: a=1; session=xyz\nnext line', 'Cookie: ***\nnext line'],
    ['token was Bearer demo-secret-token (expired)', 'token was Bearer *** (expired)'],
    ['bearer eyJhbGciOi.eyJzdWIi.sig_-x', 'bearer ***'],
    ['it said Bearer demo-secret-token.', 'it said Bearer ***.'],
    ['Basic dXNlcjpwYXNzd29yZA==', 'Basic ***'],
    ['GET /x?token=demo-secret-token&page=2', 'GET /x?token=***&page=2'],
    ['access_token=abc; api_key=def, apiKey=ghi client_secret=jkl', 'access_token=***; api_key=***, apiKey=*** client_secret=***'],
    ['{"authorization":"Bearer demo-secret-token","ok":1}', '{"authorization":"***","ok":1}'],
    ['{"Authorization": "Bearer a\\"b", "access_token": "x"}', '{"Authorization": "***", "access_token": "***"}'],
    ["{'api_key': 'x'}", "{'api_key': '***'}"],
  ])('masks %j', (text, masked) => {
    expect(maskCredentials(text)).toBe(masked);
  });

  it.each([
    'Missing or wrong bearer token: check the SaaS Management token setting.',
    'SaaS Management rejected the request (422): part 1: /users/0/email must be string',
    'Token revoked',
    'Your Basic plan does not include this endpoint.',
    'Bearer authentication is required.',
  ])('leaves plain words alone: %j', (text) => {
    expect(maskCredentials(text)).toBe(text);
  });
});

describe('endpointFingerprint', () => {
  it('names an endpoint without holding it, and tells two apart', () => {
    const a = endpointFingerprint('https://saas.example.com/ingest/zendesk');
    expect(a).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(a).not.toContain('saas');
    expect(endpointFingerprint('https://saas.example.com/ingest/zendesk')).toBe(a);
    expect(endpointFingerprint('https://saas.example.com/ingest/zendesk2')).not.toBe(a);
    // FNV-1a 64 of the empty string is its offset basis.
    expect(endpointFingerprint('')).toBe('fnv1a64:cbf29ce484222325');
  });
});
