/**
 * The stand-in's Zendesk page: loads its config, builds one iframe per app location the
 * manifest declares (nav_bar shown, background hidden, as Zendesk loads them) and answers
 * each instance's SDK. All protocol decisions live in protocol.ts; this file is DOM glue.
 */
import './host.css';
import {
  HostPage,
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
  type Routed,
} from './protocol';
import {
  CLOCK_PATH,
  HOME_PAGE_PATH,
  HOST_CONFIG_PATH,
  PROXY_PATH,
  SESSION_PATH,
  type AppLocation,
  type HostConfig,
  type InstanceLocation,
  type LiveInstance,
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
  location: InstanceLocation;
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
  /** Modals the app opened with instances.create, in order, open or closed. */
  modals: (InstanceDebug & { closed: boolean })[];
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
  const appLink = byId('zd-nav-app', HTMLAnchorElement);
  appLink.href = config.appPath;
  appLink.title = config.app.name;
  appLink.setAttribute('aria-label', config.app.name);
  // Zendesk's package rules require the icon: the page says so rather than draw a stand-in square silently.
  if (config.iconMissing) showToast(`${config.app.name}: assets/icon_nav_bar.svg is missing (Zendesk requires it for a nav_bar app)`, 'alert', null);
  const current = appOpen() ? appLink : byId('zd-nav-home', HTMLElement);
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

/** One iframe on the page: its instance, what it did, how to post to it and (a modal) how to take it away. */
interface Mounted {
  instance: LiveInstance;
  iframe: HTMLIFrameElement;
  debug: InstanceDebug;
  post: (message: Record<string, unknown>) => void;
  remove?: () => void;
}

function appFrame(config: HostConfig, instance: LiveInstance): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.className = { nav_bar: 'zd-app__frame', background: 'zd-background__frame', modal: 'zd-modal__frame' }[instance.location];
  iframe.title = instance.location === 'background' ? `${config.app.name} (background)` : config.app.name;
  iframe.name = `app_${config.app.name.replace(/\W+/g, '_')}_${instance.location}_${instance.instanceGuid}`;
  iframe.setAttribute('sandbox', IFRAME_SANDBOX);
  iframe.setAttribute('allow', IFRAME_ALLOW);
  iframe.setAttribute('data-app-guid', instance.instanceGuid);
  iframe.setAttribute('data-location', instance.location);
  if (instance.location === 'background') iframe.setAttribute('aria-hidden', 'true');
  return iframe;
}

/** Every app iframe on the page and the page effects their SDKs cause; the routing itself is HostPage's. */
class PageHost {
  private readonly mounted = new Map<string, Mounted>();
  private readonly frames = new Map<MessageEventSource, string>();

  constructor(
    private readonly config: HostConfig,
    readonly page: HostPage,
    private readonly modals: StandinDebug['modals'],
  ) {
    window.addEventListener('message', (event: MessageEvent) => {
      // Only an app's own frame, from the app's own origin, speaks to the framework.
      if (event.origin !== this.config.appOrigin || !event.source) return;
      const guid = this.frames.get(event.source);
      if (guid !== undefined) this.dispatch(this.page.receive(guid, event.data));
    });
    document.addEventListener('keydown', (event) => {
      // Escape closes the topmost modal, as in Zendesk.
      const open = [...this.mounted.values()].filter((m) => m.instance.location === 'modal');
      const top = open[open.length - 1];
      if (event.key === 'Escape' && top) this.dispatch(this.page.close(top.instance.instanceGuid));
    });
  }

  debugFor(instance: LiveInstance): InstanceDebug {
    const protocol = this.page.protocol(instance.instanceGuid);
    if (!protocol) throw new Error(`No protocol for ${instance.instanceGuid}`);
    return { location: instance.location, instanceGuid: instance.instanceGuid, protocol, notifications: [], requests: [], routes: [] };
  }

  /** Puts the instance's iframe into `parent` and starts listening to it. */
  mount(instance: LiveInstance, debug: InstanceDebug, parent: HTMLElement, remove?: () => void): HTMLIFrameElement {
    const iframe = appFrame(this.config, instance);
    const post = (message: Record<string, unknown>) => iframe.contentWindow?.postMessage(JSON.stringify(message), this.config.appOrigin);
    const mounted: Mounted = { instance, iframe, debug, post };
    if (remove) mounted.remove = remove;
    this.mounted.set(instance.instanceGuid, mounted);
    iframe.src = instance.url;
    parent.append(iframe);
    // The window exists once the frame is in the document; messages come only after its page loads.
    if (iframe.contentWindow) this.frames.set(iframe.contentWindow, instance.instanceGuid);
    return iframe;
  }

  dispatch(routed: Routed[]): void {
    for (const { instanceGuid, effect } of routed) {
      const target = this.mounted.get(instanceGuid);
      if (target) this.apply(target, effect);
    }
  }

  private apply(target: Mounted, effect: Effect): void {
    const { iframe, debug } = target;
    switch (effect.type) {
      case 'post':
        target.post(effect.message);
        break;
      case 'resize': {
        // A background app has no box to size; a modal's box is its dialog.
        if (target.instance.location === 'background') break;
        const box = target.instance.location === 'modal' ? (iframe.parentElement ?? iframe) : iframe;
        if (effect.width !== undefined) box.style.width = effect.width;
        if (effect.height !== undefined) box.style.height = effect.height;
        break;
      }
      case 'notify':
        debug.notifications.push({ message: effect.message, kind: effect.kind, at: Date.now() });
        showToast(effect.message, effect.kind, effect.durationMs);
        break;
      case 'routeTo':
        debug.routes.push(`${effect.kind}:${effect.target}`);
        void showRoute(effect.kind, effect.target);
        break;
      case 'openModal':
        this.openModal(effect);
        break;
      case 'destroy':
        this.mounted.delete(target.instance.instanceGuid);
        if (iframe.contentWindow) this.frames.delete(iframe.contentWindow);
        target.remove?.();
        break;
      case 'request': {
        const entry: InstanceDebug['requests'][number] = {
          key: effect.key,
          via: '?',
          url: typeof effect.options.url === 'string' ? effect.options.url : '',
        };
        debug.requests.push(entry);
        void performRequest(this.config, effect.options, entry).then((outcome) => {
          entry.outcome = outcome.outcome;
          target.post(requestReply(effect.key, outcome));
        });
        break;
      }
    }
  }

  /** Zendesk's modal: a dimmed overlay, a dialog with the app's name and a close button, the new instance's iframe. */
  private openModal(effect: Extract<Effect, { type: 'openModal' }>): void {
    const { instance } = effect;
    const guid = instance.instanceGuid;
    const backdrop = document.createElement('div');
    backdrop.className = 'zd-modal-backdrop';
    backdrop.dataset.modalGuid = guid;
    const dialog = document.createElement('div');
    dialog.className = 'zd-modal';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', `zd-modal-title-${guid}`);
    const header = document.createElement('header');
    header.className = 'zd-modal__header';
    const title = document.createElement('h2');
    title.className = 'zd-modal__title';
    title.id = `zd-modal-title-${guid}`;
    title.textContent = this.config.app.name;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'zd-modal__close';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '×';
    close.addEventListener('click', () => this.dispatch(this.page.close(guid)));
    header.append(title, close);
    const body = document.createElement('div');
    body.className = 'zd-modal__body';
    if (effect.width !== undefined) body.style.width = effect.width;
    if (effect.height !== undefined) body.style.height = effect.height;
    dialog.append(header, body);
    backdrop.append(dialog);
    byId('zd-modals', HTMLElement).append(backdrop);
    const debug = { ...this.debugFor(instance), closed: false };
    this.modals.push(debug);
    this.mount(instance, debug, body, () => {
      debug.closed = true;
      backdrop.remove();
    });
    close.focus();
  }
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

  if (!config.instances.some((i) => i.location === 'nav_bar')) {
    showStatus('The manifest declares no nav_bar location.', true);
    return;
  }
  // Agent Home loads the background apps only; the app's page loads every location.
  const loaded = config.instances.filter((i) => i.location !== 'nav_bar' || appOpen());
  const page = new HostPage(config, loaded);
  const modals: StandinDebug['modals'] = [];
  const host = new PageHost(config, page, modals);
  const instances: Partial<Record<AppLocation, InstanceDebug>> = {};
  for (const instance of loaded) instances[instance.location] = host.debugFor(instance);
  // The nav_bar's record at the top, as before; on Agent Home its protocol is a bystander that never loads.
  const nav = instances.nav_bar ?? {
    location: 'nav_bar',
    instanceGuid: config.appGuid,
    protocol: new HostProtocol(config),
    notifications: [],
    requests: [],
    routes: [],
  };
  const { location: _location, instanceGuid: _guid, ...navDebug } = nav;
  window.__standin = { config, ...navDebug, instances, modals };

  if (!appOpen()) showStatus(`Agent Home: no app is open. Open ${config.app.name} from the left navigation; background apps are running.`);
  for (const instance of loaded) {
    const debug = instances[instance.location];
    if (!debug) continue;
    const parent = instance.location === 'nav_bar' ? byId('zd-app', HTMLElement) : byId('zd-background', HTMLElement);
    const iframe = host.mount(instance, debug, parent);
    if (instance.location === 'nav_bar') iframe.addEventListener('load', () => document.getElementById('zd-app-status')?.remove(), { once: true });
  }
}

void main();
