import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SETTINGS, mergeSettings, parseSettingArg, publicSettings, readManifest, readRequirements, secureSettings } from './settings';

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
      saas_destination: 'seat-review',
      saas_destination_id: '',
      daily_snapshot: false,
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

  it('parseSettingArg checks a value against its parameter type', () => {
    expect(parseSettingArg('daily_snapshot=true', parameters)).toEqual(['daily_snapshot', true]);
    expect(parseSettingArg('daily_snapshot=false', parameters)).toEqual(['daily_snapshot', false]);
    expect(parseSettingArg('idle_days=45', parameters)).toEqual(['idle_days', 45]);
    expect(parseSettingArg('seat_price=12.5', parameters)).toEqual(['seat_price', 12.5]);
    expect(parseSettingArg('saas_endpoint=https://saas.example/ingest', parameters)).toEqual(['saas_endpoint', 'https://saas.example/ingest']);
    expect(parseSettingArg('seat_currency=EUR', parameters)).toEqual(['seat_currency', 'EUR']);
    expect(parseSettingArg('exempt_users=a@x.example\\nb@x.example', parameters)).toEqual(['exempt_users', 'a@x.example\nb@x.example']);
    expect(parseSettingArg('seat_currency=a=b', parameters)).toEqual(['seat_currency', 'a=b']);
    expect(() => parseSettingArg('daily_snapshot=yes', parameters)).toThrow(/checkbox: true or false/);
    expect(() => parseSettingArg('idle_days=many', parameters)).toThrow(/number/);
    expect(() => parseSettingArg('idle_days=', parameters)).toThrow(/number/);
    expect(() => parseSettingArg('saas_endpoint=ftp://x', parameters)).toThrow(/URL/);
    expect(() => parseSettingArg('nope=1', parameters)).toThrow(/no such parameter/);
    expect(() => parseSettingArg('saas_token=x', parameters)).toThrow(/secure/);
    expect(() => parseSettingArg('daily_snapshot', parameters)).toThrow(/name=value/);
  });

  it('readRequirements: the parsed file, undefined without one, an error for a broken one', () => {
    expect(readRequirements()).toMatchObject({ custom_objects_v2: { objects: [{ key: 'seat_review_day' }] } });
    const dir = mkdtempSync(join(tmpdir(), 'standin-requirements-'));
    try {
      expect(readRequirements(join(dir, 'requirements.json'))).toBeUndefined();
      writeFileSync(join(dir, 'requirements.json'), '{ not json');
      expect(() => readRequirements(join(dir, 'requirements.json'))).toThrow(/requirements\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
