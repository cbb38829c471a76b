import { describe, expect, it } from 'vitest';
import { parseStartArgs } from './start';

describe('npm start flags', () => {
  it('defaults to ports 4400 / 4401 and the demo account', () => {
    expect(parseStartArgs([])).toEqual({ zendeskPort: 4400, appPort: 4401, account: {} });
  });

  it('maps every flag', () => {
    expect(
      parseStartArgs(['--seats', '600', '--end-users', '0', '--seed', '7', '--port', '5000', '--latency', '150', '--rate-limit', '100']),
    ).toEqual({
      zendeskPort: 5000,
      appPort: 5001,
      account: { seats: 600, endUsers: 0, seed: 7 },
      latencyMs: 150,
      rateLimitPerMinute: 100,
    });
    expect(parseStartArgs(['--port', '5000', '--app-port', '6000'])).toMatchObject({ zendeskPort: 5000, appPort: 6000 });
  });

  it('rejects bad values and unknown flags', () => {
    expect(() => parseStartArgs(['--seats', '1'])).toThrow(/--seats/);
    expect(() => parseStartArgs(['--latency', 'fast'])).toThrow(/--latency/);
    expect(() => parseStartArgs(['--nope'])).toThrow();
  });
});
