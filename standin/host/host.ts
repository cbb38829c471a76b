/**
 * The stand-in's Zendesk page: loads its config, builds one iframe per app location the
 * manifest declares (nav_bar shown, background hidden, as Zendesk loads them) and answers
 * each instance's SDK. All protocol decisions live in protocol.ts; this file is DOM glue.
 */
import './host.css';
import {
  HostProtocol,
  encodeRequest,
  headersObject,
  invalidRequestOutcome,
  networkFailureOutcome,
  requestReply,
  requestTimeoutMs,
  responseOutcome,
  routeNotice,
  routeRequest,
  type Effect,
  type HttpResult,
  type NotifyKind,
  type RequestOutcome,
  type RouteKind,
} from './protocol';
import {
  CLOCK_PATH,
  HOME_PAGE_PATH,
  HOST_CONFIG_PATH,
  PROXY_PATH,
  SESSION_PATH,
  type AppInstance,
  type AppLocation,
  type HostConfig,
  type StandinClock,
  type SwitchableUser,
  type ZafRequestOptions,
} from './types';

/** Sandbox and permissions Zendesk gives app iframes. */
const IFRAME_SANDBOX = [
  'allow-scripts',
  'allow-same-origin',
  'allow-forms',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
  'allow-downloads',
  'allow-modals',
].join(' ');
const IFRAME_ALLOW = 'clipboard-read; clipboard-write';

/** What one app instance (one iframe) did on this page. */
interface InstanceDebug {
  location: AppLocation;
  instanceGuid: string;
  protocol: HostProtocol;
  notifications: { message: string; kind: NotifyKind; at: number }[];
  requests: { key: string; via: string; url: string; outcome?: 'done' | 'fail'; status?: number }[];
  /** routeTo calls, as `kind:target` (what the notices' data-routed-to says). */
  routes: string[];
}

/** The nav_bar instance's record at the top (as before there were two), every instance under `instances`. */
interface StandinDebug extends Omit<InstanceDebug, 'location' | 'instanceGuid'> {
  config: HostConfig;
  instances: Partial<Record<AppLocation, InstanceDebug>>;
}

declare global {
  interface Window {
    /** Inspection hook for tests and debugging of the stand-in page. */
    __standin?: StandinDebug;
  }
}

function byId<T extends HTMLElement>(id: string, type: abstract new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`#${id} missing from the host page or not a ${type.name}`);
  return el;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => (p as string).charAt(0).toUpperCase()).join('') || '?';
}

function roleLabel(role: string): string {
  return role === 'admin' ? 'Admin' : role === 'agent' ? 'Agent' : role;
}

function renderChrome(config: HostConfig): void {
  for (const icon of document.querySelectorAll<HTMLElement>('.zd-nav__appicon')) {
    icon.style.setProperty('-webkit-mask-image', 'url("/app-icon.svg")');
    icon.style.setProperty('mask-image', 'url("/app-icon.svg")');
  }
  byId('zd-account', HTMLElement).textContent = config.subdomain;
  const avatar = byId('zd-avatar', HTMLElement);
  avatar.textContent = initials(config.currentUser.name);
  avatar.title = config.currentUser.name;
  // Agent Home has no app open (only background apps run); the app's page has it current in the nav.
  const current = appOpen() ? byId('zd-nav-app', HTMLElement) : byId('zd-nav-home', HTMLElement);
  current.classList.add('is-current');
  current.setAttribute('aria-current', 'page');
  byId('zd-header-title', HTMLElement).textContent = appOpen() ? config.app.name : 'Home';
  document.title = `${appOpen() ? config.app.name : 'Agent Home'} – ${config.subdomain} – Zendesk`;
  renderSwitcher(config);
}

/** The nav_bar app is open on its own page; Agent Home loads only background apps, as Zendesk does. */
function appOpen(): boolean {
  return location.pathname !== HOME_PAGE_PATH;
}

function renderSwitcher(config: HostConfig): void {
  const wrap = byId('standin-switch', HTMLElement);
  const button = byId('standin-switch-button', HTMLButtonElement);
  const menu = byId('standin-switch-menu', HTMLUListElement);
  byId('standin-user-label', HTMLElement).textContent = `${config.currentUser.name} (${roleLabel(config.currentUser.role)})`;
  menu.replaceChildren();
  for (const user of config.users) {
    const li = document.createElement('li');
    li.setAttribute('role', 'none');
    const item = document.createElement('button');
    item.type = 'button';
    item.setAttribute('role', 'menuitemradio');
    item.setAttribute('aria-checked', String(user.id === config.currentUser.id));
    item.dataset.userId = String(user.id);
    item.textContent = `${user.name} (${roleLabel(user.role)}${user.owner ? ', owner' : ''})`;
    item.addEventListener('click', () => void switchUser(user));
    li.append(item);
    menu.append(li);
  }
  const close = () => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    menu.hidden = !menu.hidden;
    button.setAttribute('aria-expanded', String(!menu.hidden));
  });
  document.addEventListener('click', close);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  wrap.hidden = false;
}

async function postControl(path: string, body: unknown): Promise<Response | null> {
  try {
    return await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return null;
  }
}

/** Signs THIS browser in as `user` (a cookie session: another browser keeps its own), then reloads. */
async function switchUser(user: SwitchableUser): Promise<void> {
  const res = await postControl(SESSION_PATH, { user_id: user.id, browser: true });
  if (!res?.ok) {
    showToast(`Could not switch user (${res?.status ?? 'no answer'})`, 'error', 5000);
    return;
  }
  location.reload();
}

/** The stand-in's day beside the switcher, and the button that moves it a day on (for everyone), then reloads. */
async function renderClock(): Promise<void> {
  let clock: StandinClock;
  try {
    const res = await fetch(CLOCK_PATH, { credentials: 'same-origin', cache: 'no-store' });
    if (!res.ok) return;
    clock = (await res.json()) as StandinClock;
  } catch {
    return;
  }
  const day = byId('standin-clock-day', HTMLTimeElement);
  const today = typeof clock.now === 'string' ? clock.now.slice(0, 10) : '';
  day.dateTime = today;
  day.textContent = clock.offsetMs ? `${today} (UTC, moved)` : `${today} (UTC)`;
  day.title = clock.offsetMs ? `${Math.round(clock.offsetMs / 86_400_000)} day(s) ahead of this machine` : 'Same as this machine';
  byId('standin-clock-forward', HTMLButtonElement).addEventListener('click', () => {
    void postControl(CLOCK_PATH, { advanceDays: 1 }).then((res) => {
      if (res?.ok) location.reload();
      else showToast(`Could not move the clock (${res?.status ?? 'no answer'})`, 'error', 5000);
    });
  });
  byId('standin-clock', HTMLElement).hidden = false;
}

function showToast(message: string, kind: NotifyKind, durationMs: number | null): void {
  const toasts = byId('zd-toasts', HTMLElement);
  const toast = document.createElement('div');
  toast.className = `zd-toast zd-toast--${kind}`;
  toast.setAttribute('role', kind === 'error' || kind === 'alert' ? 'alert' : 'status');
  const icon = document.createElement('span');
  icon.className = 'zd-toast__icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = kind === 'success' ? '✓' : kind === 'notice' ? 'i' : '!';
  const text = document.createElement('div');
  text.className = 'zd-toast__text';
  text.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'zd-toast__close';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '×';
  close.addEventListener('click', () => toast.remove());
  toast.append(icon, text, close);
  toasts.append(toast);
  if (durationMs !== null) setTimeout(() => toast.remove(), durationMs);
}

/** The user's name as the account has it now (a stand-in control route: not an API request, not logged). */
async function userName(id: string): Promise<string | null> {
  try {
    const res = await fetch(`/__standin/user?id=${encodeURIComponent(id)}`, { credentials: 'same-origin', cache: 'no-store' });
    const body = res.ok ? ((await res.json()) as { user?: { name?: unknown } }) : null;
    return typeof body?.user?.name === 'string' ? body.user.name : null;
  } catch {
    return null;
  }
}

/** Zendesk opens a tab for a routeTo; the stand-in shows one notice per target (the newest last). */
async function showRoute(kind: RouteKind, target: string): Promise<void> {
  const tabs = byId('zd-tabs', HTMLUListElement);
  const key = `${kind}:${target}`;
  const existing = [...tabs.querySelectorAll('li')].find((el) => el.dataset.routedTo === key);
  const tab = existing ?? document.createElement('li');
  tab.className = 'zd-tab';
  tab.setAttribute('role', 'status');
  tab.dataset.routedTo = key;
  tab.textContent = routeNotice(kind, target);
  tabs.append(tab);
  tabs.hidden = false;
  if (kind === 'user') {
    const name = await userName(target);
    if (name) tab.textContent = routeNotice(kind, target, name);
  }
}

async function toHttpResult(res: Response): Promise<HttpResult> {
  return {
    status: res.status,
    statusText: res.statusText,
    headers: headersObject(res.headers.entries()),
    text: await res.text(),
  };
}

async function performRequest(config: HostConfig, options: ZafRequestOptions, debug: StandinDebug['requests'][number]): Promise<RequestOutcome> {
  const route = routeRequest(options, config);
  debug.via = route.via;
  if (route.via === 'invalid') return invalidRequestOutcome(options, route.reason);
  debug.url = route.url;
  const timeoutMs = requestTimeoutMs(options);
  const signal = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    if (route.via === 'proxy') {
      const init: RequestInit = {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ options: { ...options, url: route.url } }),
        credentials: 'same-origin',
      };
      if (signal) init.signal = signal;
      response = await fetch(PROXY_PATH, init);
    } else {
      const encoded = encodeRequest({ ...options, url: route.url });
      const init: RequestInit = {
        method: encoded.method,
        headers: encoded.headers,
        credentials: route.via === 'zendesk' ? 'same-origin' : 'omit',
        mode: route.via === 'zendesk' ? 'same-origin' : 'cors',
      };
      if (encoded.body !== undefined) init.body = encoded.body;
      if (signal) init.signal = signal;
      response = await fetch(encoded.url, init);
    }
    const result = await toHttpResult(response);
    debug.status = result.status;
    return responseOutcome(result, options);
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    debug.status = 0;
    return networkFailureOutcome(options, timedOut ? 'timeout' : 'error');
  }
}

function showStatus(text: string, isError = false): void {
  const status = document.getElementById('zd-app-status');
  if (!status) return;
  status.textContent = text;
  status.classList.toggle('is-error', isError);
}

/** One app iframe, its protocol instance and the page effects it may cause. */
function mountInstance(
  config: HostConfig,
  instance: AppInstance,
  debug: InstanceDebug,
): { iframe: HTMLIFrameElement; receive: (raw: unknown) => void } {
  const shown = instance.location === 'nav_bar';
  const iframe = document.createElement('iframe');
  iframe.className = shown ? 'zd-app__frame' : 'zd-background__frame';
  iframe.title = shown ? config.app.name : `${config.app.name} (background)`;
  iframe.name = `app_${config.app.name.replace(/\W+/g, '_')}_${instance.location}_${instance.instanceGuid}`;
  iframe.setAttribute('sandbox', IFRAME_SANDBOX);
  iframe.setAttribute('allow', IFRAME_ALLOW);
  iframe.setAttribute('data-app-guid', instance.instanceGuid);
  iframe.setAttribute('data-location', instance.location);
  if (!shown) iframe.setAttribute('aria-hidden', 'true');

  const post = (message: Record<string, unknown>) => {
    iframe.contentWindow?.postMessage(JSON.stringify(message), config.appOrigin);
  };

  const apply = (effect: Effect) => {
    switch (effect.type) {
      case 'post':
        post(effect.message);
        break;
      case 'resize':
        // A background app has no box to size.
        if (!shown) break;
        if (effect.width !== undefined) iframe.style.width = effect.width;
        if (effect.height !== undefined) iframe.style.height = effect.height;
        break;
      case 'notify':
        debug.notifications.push({ message: effect.message, kind: effect.kind, at: Date.now() });
        showToast(effect.message, effect.kind, effect.durationMs);
        break;
      case 'routeTo':
        debug.routes.push(`${effect.kind}:${effect.target}`);
        void showRoute(effect.kind, effect.target);
        break;
      case 'request': {
        const entry: InstanceDebug['requests'][number] = {
          key: effect.key,
          via: '?',
          url: typeof effect.options.url === 'string' ? effect.options.url : '',
        };
        debug.requests.push(entry);
        void performRequest(config, effect.options, entry).then((outcome) => {
          entry.outcome = outcome.outcome;
          post(requestReply(effect.key, outcome));
        });
        break;
      }
    }
  };
  return {
    iframe,
    receive: (raw) => {
      for (const effect of debug.protocol.receive(raw)) apply(effect);
    },
  };
}

async function main(): Promise<void> {
  let config: HostConfig;
  try {
    const res = await fetch(HOST_CONFIG_PATH, { credentials: 'same-origin', cache: 'no-store' });
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    config = (await res.json()) as HostConfig;
  } catch (error) {
    showStatus(`The stand-in could not load its configuration: ${(error as Error).message}`, true);
    return;
  }
  renderChrome(config);
  void renderClock();

  const instances: Partial<Record<AppLocation, InstanceDebug>> = {};
  for (const instance of config.instances) {
    instances[instance.location] = {
      location: instance.location,
      instanceGuid: instance.instanceGuid,
      protocol: new HostProtocol(config, instance.location),
      notifications: [],
      requests: [],
      routes: [],
    };
  }
  const nav = instances.nav_bar;
  if (!nav) {
    showStatus('The manifest declares no nav_bar location.', true);
    return;
  }
  const { location: _location, instanceGuid: _guid, ...navDebug } = nav;
  window.__standin = { config, ...navDebug, instances };

  const frames = new Map<MessageEventSource, (raw: unknown) => void>();
  window.addEventListener('message', (event: MessageEvent) => {
    // Only an app's own frame, from the app's own origin, speaks to the framework: each to its own instance.
    if (event.origin !== config.appOrigin || !event.source) return;
    frames.get(event.source)?.(event.data);
  });

  if (!appOpen()) showStatus('Agent Home: no app is open. Open Seat Review from the left navigation; background apps are running.');
  for (const instance of config.instances) {
    const debug = instances[instance.location];
    if (!debug || (instance.location === 'nav_bar' && !appOpen())) continue;
    const mounted = mountInstance(config, instance, debug);
    const parent = instance.location === 'nav_bar' ? byId('zd-app', HTMLElement) : byId('zd-background', HTMLElement);
    if (instance.location === 'nav_bar') {
      mounted.iframe.addEventListener('load', () => document.getElementById('zd-app-status')?.remove(), { once: true });
    }
    mounted.iframe.src = instance.url;
    parent.append(mounted.iframe);
    // The window exists once the frame is in the document; messages come only after its page loads.
    if (mounted.iframe.contentWindow) frames.set(mounted.iframe.contentWindow, mounted.receive);
  }
}

void main();
