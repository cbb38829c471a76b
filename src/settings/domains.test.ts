import { describe, expect, it } from 'vitest';
import { checkHostName, hostAllowed, normaliseHost } from './domains';

describe('checkHostName', () => {
  it.each([
    ['', 'empty', null],
    ['*.example.com', 'wildcard', null],
    ['https://saas.example.com/x', 'not-bare', 'saas.example.com'],
    ['saas.example.com:8443', 'not-bare', 'saas.example.com'],
    ['[::1]', 'not-bare', null],
    ['saas.example.com.', 'trailing-dot', 'saas.example.com'],
    ['bücher.example', 'not-canonical', 'xn--bcher-kva.example'],
    ['010.0.0.1', 'not-canonical', '8.0.0.1'],
    ['example', 'no-dot', null],
    ['under_score.example.com', 'invalid', null],
    [`${'a'.repeat(250)}.com`, 'too-long', null],
  ] as const)('%j → %s', (value, code, suggestion) => {
    expect(checkHostName(value)).toMatchObject({ code, suggestion });
  });

  it('gives what a message needs as parameters: the domain under a wildcard, the length limit', () => {
    expect(checkHostName('*.Example.com')).toEqual({ code: 'wildcard', suggestion: null, domain: 'example.com' });
    expect(checkHostName('*.*')).toEqual({ code: 'wildcard', suggestion: null, domain: null });
    expect(checkHostName(`${'a'.repeat(250)}.com`)).toEqual({ code: 'too-long', suggestion: null, max: 253 });
  });

  it.each(['saas.example.com', 'SaaS.Example.com', 'localhost', '10.0.0.1', 'xn--bcher-kva.example'])('accepts %j', (value) => {
    expect(checkHostName(value)).toBeNull();
  });
});

describe('hostAllowed', () => {
  it('allows exactly the whitelisted hosts, whatever the case the entry was written in', () => {
    expect(hostAllowed('saas.example.com', ['SaaS.example.com '])).toBe(true);
    expect(hostAllowed('api.example.com', ['saas.example.com'])).toBe(false);
    expect(hostAllowed('saas.example.com.', ['saas.example.com'])).toBe(false);
    expect(hostAllowed('example.com', ['saas.example.com'])).toBe(false);
  });

  it('an entry the package refuses allows no host', () => {
    for (const entry of ['*.example.com', '*', 'saas.example.com.', 'https://saas.example.com', '010.0.0.1']) {
      // Hosts as URL.hostname gives them, which is all the app ever asks about ("010.0.0.1" reads as 8.0.0.1).
      for (const host of ['saas.example.com', 'api.example.com', 'saas.example.com.', '*.example.com', '8.0.0.1'].map(
        (h) => new URL(`https://${h}`).hostname,
      )) {
        expect(hostAllowed(host, [entry]), `${entry} / ${host}`).toBe(false);
      }
    }
  });

  it('normaliseHost trims and lower-cases', () => {
    expect(normaliseHost('  SaaS.Example.COM ')).toBe('saas.example.com');
  });
});
