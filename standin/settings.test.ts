import { describe, expect, it } from 'vitest';
import { DEMO_SETTINGS, mergeSettings, publicSettings, readManifest, secureSettings } from './settings';

describe('settings', () => {
  const { parameters = [] } = readManifest();

  it('the demo install covers every manifest parameter', () => {
    expect(Object.keys(DEMO_SETTINGS).sort()).toEqual(parameters.map((p) => p.name).sort());
  });

  it('splits secure from non-secure by the manifest', () => {
    expect(secureSettings(DEMO_SETTINGS, parameters)).toEqual({ saas_token: 'demo-secret-token' });
    const open = publicSettings(DEMO_SETTINGS, parameters);
    expect(open).not.toHaveProperty('saas_token');
    expect(open).toEqual({
      saas_endpoint: '',
      idle_days: 30,
      grace_days: 14,
      seat_price: 55,
      seat_currency: 'USD',
      seats_purchased: 230,
      exempt_users: '',
    });
  });

  it('merges overrides, ignoring undefined', () => {
    const merged = mergeSettings(DEMO_SETTINGS, { idle_days: 60, saas_endpoint: undefined as unknown as string });
    expect(merged.idle_days).toBe(60);
    expect(merged.saas_endpoint).toBe('');
    expect(DEMO_SETTINGS.idle_days).toBe(30);
  });
});
