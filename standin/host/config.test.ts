import { describe, expect, it } from 'vitest';
import { DEMO_SETTINGS, readManifest } from '../settings';
import { appIframeUrl, buildHostConfig, toZafUser, zoneOffsetMinutes } from './config';

describe('toZafUser', () => {
  it('maps the REST user to ZAF currentUser fields', () => {
    const user = toZafUser(
      {
        id: 9,
        name: 'Ada Admin',
        email: 'ada@acme.example',
        role: 'admin',
        locale: 'fr',
        time_zone: 'Paris',
        iana_time_zone: 'Europe/Paris',
        tags: ['vip', 3 as unknown as string],
        photo: { content_url: 'https://x.example/a.png' },
      },
      new Date('2026-01-15T12:00:00Z'),
    );
    expect(user).toMatchObject({
      id: 9,
      name: 'Ada Admin',
      email: 'ada@acme.example',
      role: 'admin',
      locale: 'fr',
      timeZone: { ianaName: 'Europe/Paris', name: 'Paris', offset: 60, formattedOffset: 'GMT+01:00' },
      avatarUrl: 'https://x.example/a.png',
      tags: ['vip'],
      groups: [],
    });
  });

  it('copes with missing fields', () => {
    expect(toZafUser({ id: 1 })).toMatchObject({ id: 1, name: '', email: '', role: 'end-user', locale: 'en-US', avatarUrl: null });
    expect(zoneOffsetMinutes('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('Not/AZone', new Date())).toBe(0);
  });
});

describe('buildHostConfig', () => {
  it('never carries secure settings and points the iframe at the app origin', () => {
    const manifest = readManifest();
    const owner = { id: 1, name: 'Owner', role: 'admin' };
    const agent = { id: 2, name: 'Agent', role: 'agent' };
    const config = buildHostConfig({
      zendeskOrigin: 'http://localhost:4400',
      appOrigin: 'http://127.0.0.1:4401',
      appGuid: 'g-1',
      appId: 3,
      installationId: 4,
      planName: 'Professional',
      manifest,
      settings: DEMO_SETTINGS,
      account: { subdomain: 'acme', users: [owner, agent], ownerId: 1, sampleAgentId: 2 },
      currentUser: owner,
    });
    expect(JSON.stringify(config)).not.toContain(DEMO_SETTINGS.saas_token);
    expect(config.settings).not.toHaveProperty('saas_token');
    expect(config.settings).toMatchObject({ idle_days: 30, grace_days: 14, seat_price: 55 });
    expect(config.appUrl).toBe('http://127.0.0.1:4401/assets/index.html?origin=http%3A%2F%2Flocalhost%3A4400&app_guid=g-1');
    expect(config.users).toEqual({
      admin: { id: 1, name: 'Owner', role: 'admin' },
      agent: { id: 2, name: 'Agent', role: 'agent' },
    });
    expect(config.app).toEqual({ name: manifest.name, version: manifest.version });
  });

  it('appIframeUrl encodes the origin the SDK decodes', () => {
    const url = new URL(appIframeUrl('http://127.0.0.1:1', 'http://localhost:2', 'a b'));
    expect(url.searchParams.get('origin')).toBe('http://localhost:2');
    expect(url.searchParams.get('app_guid')).toBe('a b');
  });
});
