/**
 * The stand-in's Zendesk page: loads its config, builds the app iframe and answers the
 * app's SDK. All protocol decisions live in protocol.ts; this file is DOM glue.
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
import { HOST_CONFIG_PATH, PROXY_PATH, SESSION_PATH, type HostConfig, type ZafRequestOptions } from './types';

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

interface StandinDebug {
  config: HostConfig;
  protocol: HostProtocol;
  notifications: { message: string; kind: NotifyKind; at: number }[];
  requests: { key: string; via: string; url: string; outcome?: 'done' | 'fail'; status?: number }[];
  /** routeTo calls, as `kind:target` (what the notices' data-routed-to says). */
  routes: string[];
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
  document.title = `${config.app.name} – ${config.subdomain} – Zendesk`;
  renderSwitcher(config);
}

function renderSwitcher(config: HostConfig): void {
  const wrap = byId('standin-switch', HTMLElement);
  const button = byId('standin-switch-button', HTMLButtonElement);
  const menu = byId('standin-switch-menu', HTMLUListElement);
  byId('standin-user-label', HTMLElement).textContent = `${config.currentUser.name} (${roleLabel(config.currentUser.role)})`;
  menu.replaceChildren();
  for (const user of [config.users.admin, config.users.agent]) {
    if (!user) continue;
    const li = document.createElement('li');
    li.setAttribute('role', 'none');
    const item = document.createElement('button');
    item.type = 'button';
    item.setAttribute('role', 'menuitemradio');
    item.setAttribute('aria-checked', String(user.id === config.currentUser.id));
    item.textContent = `${user.name} (${roleLabel(user.role)})`;
    item.addEventListener('click', () => void switchUser(user.role));
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

async function switchUser(role: 'admin' | 'agent'): Promise<void> {
  const res = await fetch(SESSION_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
    credentials: 'same-origin',
  });
  if (!res.ok) {
    showToast(`Could not switch user (${res.status})`, 'error', 5000);
    return;
  }
  location.reload();
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

  const protocol = new HostProtocol(config);
  const debug: StandinDebug = { config, protocol, notifications: [], requests: [], routes: [] };
  window.__standin = debug;

  const area = byId('zd-app', HTMLElement);
  const iframe = document.createElement('iframe');
  iframe.className = 'zd-app__frame';
  iframe.title = config.app.name;
  iframe.name = `app_${config.app.name.replace(/\W+/g, '_')}_nav_bar_${config.appGuid}`;
  iframe.setAttribute('sandbox', IFRAME_SANDBOX);
  iframe.setAttribute('allow', IFRAME_ALLOW);
  iframe.setAttribute('data-app-guid', config.appGuid);

  const post = (message: Record<string, unknown>) => {
    iframe.contentWindow?.postMessage(JSON.stringify(message), config.appOrigin);
  };

  const apply = (effect: Effect) => {
    switch (effect.type) {
      case 'post':
        post(effect.message);
        break;
      case 'resize':
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
        const entry: StandinDebug['requests'][number] = {
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

  window.addEventListener('message', (event: MessageEvent) => {
    // Only the app's own frame, from the app's own origin, speaks to the framework.
    if (event.source !== iframe.contentWindow || event.origin !== config.appOrigin) return;
    for (const effect of protocol.receive(event.data)) apply(effect);
  });

  iframe.addEventListener('load', () => document.getElementById('zd-app-status')?.remove(), { once: true });
  iframe.src = config.appUrl;
  area.append(iframe);
}

void main();
