import { describe, expect, it } from 'vitest';
import { DEMO_SETTINGS, readManifest } from '../settings';
import { appIframeUrl, buildHostConfig, manifestLocations, switchableUsers, toZafUser, zoneOffsetMinutes } from './config';

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

  it("lists the user's groups as ZAF does: id and name", () => {
    const groups = [
      { id: 10, name: 'Support', extra: 'dropped' },
      { id: 11, name: 'Billing' },
    ];
    expect(toZafUser({ id: 1, role: 'agent' }, new Date(), groups).groups).toEqual([
      { id: 10, name: 'Support' },
      { id: 11, name: 'Billing' },
    ]);
  });

  it('copes with missing fields', () => {
    expect(toZafUser({ id: 1 })).toMatchObject({ id: 1, name: '', email: '', role: 'end-user', locale: 'en-US', avatarUrl: null });
    expect(zoneOffsetMinutes('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('Not/AZone', new Date())).toBe(0);
  });
});

describe('buildHostConfig', () => {
  const owner = { id: 1, name: 'Owner', role: 'admin' };
  const agent = { id: 2, name: 'Agent', role: 'agent' };
  const input = (manifest = readManifest()) => {
    let n = 0;
    return {
      zendeskOrigin: 'http://localhost:4400',
      appOrigin: 'http://127.0.0.1:4401',
      appId: 3,
      installationId: 4,
      planName: 'Professional',
      manifest,
      settings: DEMO_SETTINGS,
      account: { subdomain: 'acme', users: [owner, agent], ownerId: 1, sampleAgentId: 2 },
      currentUser: owner,
      newGuid: () => `g-${++n}`,
    };
  };

  it('never carries secure settings and points the iframes at the app origin', () => {
    const manifest = readManifest();
    const config = buildHostConfig(input(manifest));
    expect(JSON.stringify(config)).not.toContain(DEMO_SETTINGS.saas_token);
    expect(config.settings).not.toHaveProperty('saas_token');
    expect(config.settings).toMatchObject({ idle_days: 30, grace_days: 14, seat_price: 55 });
    expect(config.appUrl).toBe('http://127.0.0.1:4401/assets/index.html?origin=http%3A%2F%2Flocalhost%3A4400&app_guid=g-1');
    expect(config.appGuid).toBe('g-1');
    expect(config.users).toEqual([
      { id: 1, name: 'Owner', role: 'admin', owner: true },
      { id: 2, name: 'Agent', role: 'agent', owner: false },
    ]);
    expect(config.app).toEqual({ name: manifest.name, version: manifest.version });
  });

  it("loads the manifest's nav_bar and background, each with its own guid, and nothing undeclared", () => {
    const both = { name: 'X', version: '1', location: { support: { nav_bar: { url: 'assets/index.html' }, background: 'assets/background.html' } } };
    expect(buildHostConfig(input(both)).instances).toEqual([
      { location: 'nav_bar', instanceGuid: 'g-1', url: 'http://127.0.0.1:4401/assets/index.html?origin=http%3A%2F%2Flocalhost%3A4400&app_guid=g-1' },
      {
        location: 'background',
        instanceGuid: 'g-2',
        url: 'http://127.0.0.1:4401/assets/background.html?origin=http%3A%2F%2Flocalhost%3A4400&app_guid=g-2',
      },
    ]);
    const navOnly = { ...both, location: { support: { nav_bar: { url: 'assets/index.html' }, ticket_sidebar: { url: 'assets/t.html' } } } };
    expect(buildHostConfig(input(navOnly)).instances.map((i) => i.location)).toEqual(['nav_bar']);
    expect(() => buildHostConfig(input({ ...both, location: { support: { background: 'assets/b.html' } } }))).toThrow(/nav_bar/);
    // Every page load is a new set of instances.
    const again = buildHostConfig({ ...input(both), newGuid: undefined });
    const other = buildHostConfig({ ...input(both), newGuid: undefined });
    expect(again.instances[0]?.instanceGuid).not.toBe(other.instances[0]?.instanceGuid);
  });

  it("carries the current user's groups, and iconMissing only when the nav icon is missing", () => {
    const config = buildHostConfig({ ...input(), currentUserGroups: [{ id: 7, name: 'Support' }] });
    expect(config.currentUser.groups).toEqual([{ id: 7, name: 'Support' }]);
    expect(config).not.toHaveProperty('iconMissing');
    expect(buildHostConfig({ ...input(), iconMissing: true }).iconMissing).toBe(true);
  });

  it('hands over only declared, non-secure settings', () => {
    const manifest = {
      ...readManifest(),
      parameters: [
        { name: 'a', type: 'text' },
        { name: 'key', type: 'text', secure: true },
      ],
    };
    const config = buildHostConfig({ ...input(manifest), settings: { a: 'x', key: 'secret', stray: 1 } });
    expect(config.settings).toEqual({ a: 'x' });
    expect(JSON.stringify(config)).not.toContain('secret');
  });

  it('manifestLocations reads the repo manifest: nav_bar and background', () => {
    expect(manifestLocations(readManifest())).toEqual([
      { location: 'nav_bar', path: 'assets/index.html' },
      { location: 'background', path: 'assets/background.html' },
    ]);
    expect(manifestLocations({ location: 'nope' })).toEqual([]);
  });

  it('the switcher offers the owner first, a few other active admins, then the sample agent', () => {
    const users = [
      { id: 5, name: 'Agent', role: 'agent' },
      { id: 6, name: 'Second', role: 'admin' },
      { id: 7, name: 'Gone', role: 'admin', suspended: true },
      { id: 8, name: 'Owner', role: 'admin' },
      { id: 9, name: 'Third', role: 'admin' },
      { id: 10, name: 'Fourth', role: 'admin' },
      { id: 11, name: 'Fifth', role: 'admin' },
    ];
    const offered = switchableUsers({ users, ownerId: 8, sampleAgentId: 5 });
    expect(offered.map((u) => [u.id, u.role, u.owner])).toEqual([
      [8, 'admin', true],
      [6, 'admin', false],
      [9, 'admin', false],
      [10, 'admin', false],
      [5, 'agent', false],
    ]);
    // The account's own list of other admins, when it has one, decides.
    expect(switchableUsers({ users, ownerId: 8, sampleAgentId: 5, adminIds: [11, 6] }).map((u) => u.id)).toEqual([8, 11, 6, 5]);
  });

  it('appIframeUrl encodes the origin the SDK decodes', () => {
    const url = new URL(appIframeUrl('http://127.0.0.1:1', 'http://localhost:2', 'a b'));
    expect(url.pathname).toBe('/assets/index.html');
    expect(url.searchParams.get('origin')).toBe('http://localhost:2');
    expect(url.searchParams.get('app_guid')).toBe('a b');
    expect(new URL(appIframeUrl('http://127.0.0.1:1', 'http://localhost:2', 'g', 'assets/background.html')).pathname).toBe('/assets/background.html');
  });
});
