import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';
import { FixedWindowLimiter } from './rateLimit';

describe('FixedWindowLimiter', () => {
  it('spends the budget within a window, then says how long to wait', () => {
    let now = 10_000;
    const limiter = new FixedWindowLimiter(2, 60_000, () => now);
    expect(limiter.take()).toEqual({ allowed: true, limit: 2, remaining: 1, retryAfter: 0 });
    now += 1_000;
    expect(limiter.take()).toMatchObject({ allowed: true, remaining: 0 });
    now += 400;
    expect(limiter.take()).toEqual({ allowed: false, limit: 2, remaining: 0, retryAfter: 59 }); // 58.6 s rounded up
    now = 10_000 + 59_999;
    expect(limiter.take()).toMatchObject({ allowed: false, retryAfter: 1 }); // never 0
    now = 10_000 + 60_000;
    expect(limiter.take()).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.state()).toMatchObject({ used: 1, remaining: 1, resetsInMs: 60_000 });
  });

  it('starts afresh when reconfigured', () => {
    let now = 0;
    const limiter = new FixedWindowLimiter(1, 1_000, () => now);
    limiter.take();
    expect(limiter.take().allowed).toBe(false);
    limiter.configure(3, 500);
    expect(limiter.remaining()).toBe(3);
    expect(limiter.take()).toMatchObject({ allowed: true, limit: 3, remaining: 2 });
    now = 499;
    expect(limiter.state().resetsInMs).toBe(1);
    now = 500;
    expect(limiter.state()).toMatchObject({ used: 0, remaining: 3, resetsInMs: 0 });
  });
});

describe('cursors', () => {
  it('round-trip a user id and reject anything else', () => {
    const c = encodeCursor(360000123456);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c)).toBe(360000123456);
    expect(decodeCursor('')).toBeNull();
    expect(decodeCursor('abc def')).toBeNull();
    expect(decodeCursor(Buffer.from('{"o":"name","v":1}').toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from('{"o":"id","v":1.5}').toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from('[1]').toString('base64url'))).toBeNull();
  });
});
