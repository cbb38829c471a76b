import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEMO_SETTINGS,
  checkSettingValue,
  installSettings,
  mergeSettings,
  parseSettingArg,
  publicSettings,
  readManifest,
  readRequirements,
  readSettingsFile,
  secureSettings,
  type ManifestParameter,
} from './settings';

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

describe('settings as Zendesk installs them', () => {
  const parameters: ManifestParameter[] = [
    { name: 'title', type: 'text', default: 'Hello' },
    { name: 'limit', type: 'number', default: 10 },
    { name: 'on', type: 'checkbox' },
    { name: 'api_key', type: 'text', secure: true, scopes: ['header'] },
  ];

  it('starts from the defaults, layers installed values in order, drops undeclared names', () => {
    const { settings, dropped } = installSettings(parameters, { limit: 20, stray: 'x' }, { limit: 30, api_key: 'k', other: 1, title: undefined });
    expect(settings).toEqual({ title: 'Hello', limit: 30, api_key: 'k' });
    expect(dropped).toEqual(['stray', 'other']);
    // A declared parameter with neither default nor value is absent.
    expect(installSettings(parameters).settings).toEqual({ title: 'Hello', limit: 10 });
  });

  it('the demo install on the repo manifest keeps every value and drops nothing', () => {
    const { parameters: repo = [] } = readManifest();
    const { settings, dropped } = installSettings(repo, DEMO_SETTINGS);
    expect(dropped).toEqual([]);
    expect(settings).toEqual({ ...DEMO_SETTINGS });
  });

  it('never hands a secure or undeclared value to the app', () => {
    expect(publicSettings({ title: 'a', api_key: 'secret', stray: 1 }, parameters)).toEqual({ title: 'a' });
  });

  it('checks values by type, naming the parameter and the expected type', () => {
    expect(checkSettingValue('limit', 5, parameters)).toBe(5);
    expect(checkSettingValue('limit', '5', parameters)).toBe(5);
    expect(checkSettingValue('on', true, parameters)).toBe(true);
    expect(checkSettingValue('title', null, parameters)).toBeNull();
    expect(() => checkSettingValue('limit', 'ten', parameters)).toThrow('--setting limit is a number (got "ten")');
    expect(() => checkSettingValue('on', 1, parameters)).toThrow('--setting on is a checkbox: true or false (got 1)');
    expect(() => checkSettingValue('title', 3, parameters)).toThrow('--setting title is text (got 3)');
    expect(() => checkSettingValue('nope', 'x', parameters)).toThrow(/nope: the manifest has no such parameter \(title, limit, on, api_key\)/);
  });

  it('reads --settings FILE.json, secure values included, and refuses a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'standin-settings-'));
    try {
      const file = join(dir, 'settings.json');
      writeFileSync(file, JSON.stringify({ limit: '12', on: true, api_key: 'k' }));
      expect(readSettingsFile(file, parameters)).toEqual({ limit: 12, on: true, api_key: 'k' });
      writeFileSync(file, JSON.stringify({ on: 'yes' }));
      expect(() => readSettingsFile(file, parameters)).toThrow(/on is a checkbox: true or false/);
      writeFileSync(file, JSON.stringify({ unknown: 1 }));
      expect(() => readSettingsFile(file, parameters)).toThrow(/unknown: the manifest has no such parameter/);
      writeFileSync(file, '[1]');
      expect(() => readSettingsFile(file, parameters)).toThrow(/JSON object/);
      writeFileSync(file, '{');
      expect(() => readSettingsFile(file, parameters)).toThrow(/--settings/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
