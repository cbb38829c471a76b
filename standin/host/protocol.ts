/**
 * The Zendesk side of the ZAF wire protocol, as pure functions: an SDK message goes in,
 * the replies and page effects come out. `host.ts` only glues this to the DOM, so the
 * whole mapping is testable in Node.
 *
 * Message shapes follow zendesk_app_framework_sdk (lib/client.js):
 *   SDK -> host  {key:'iframe.handshake', message:{version}, appGuid, instanceGuid}
 *                {id, request:'get'|'set'|'invoke', params, appGuid, instanceGuid}
 *                {key:'iframe.on:<event>'|'iframe.off:<event>', message:{subscriberCount}}
 *                {key:'request:N', message:<options>}
 *                {key:'iframe.trigger:<event>', message}, {key:'__track__'}, {key:'session.live'}
 *   host -> SDK  {key:'zaf.app.registered', message:{metadata, context}}
 *                {id, result:{errors:{}, <path>: value}} | {id, error:{name, message}}
 *                {key:'zaf.request:N.done'|'zaf.request:N.fail', message:{responseArgs:[...]}}
 *                {key:'zaf.<event>', message, instanceGuid}
 *
 * One HostProtocol answers one instance (one iframe); HostPage holds every instance on the page
 * and routes what crosses between them: `client.instance(guid)` calls and events, `client.trigger()`
 * (every registered instance of the app), modals opened with `instances.create` and their closing.
 */
import { isRecord } from '../../src/guards';
import type { AppLocation, HostConfig, InstanceLocation, LiveInstance, ZafRequestOptions } from './types';

// ---------------------------------------------------------------------------
// Messages

export interface SdkMessage {
  key?: string;
  id?: number;
  request?: string;
  params?: unknown;
  message?: unknown;
  appGuid?: string;
  instanceGuid?: string;
}

/** The SDK posts JSON strings; objects are accepted too. Anything else is ignored. */
export function parseSdkMessage(data: unknown): SdkMessage | null {
  let value = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const msg = value as Record<string, unknown>;
  const out: SdkMessage = {};
  if (typeof msg.key === 'string') out.key = msg.key;
  if (typeof msg.id === 'number' && Number.isFinite(msg.id)) out.id = msg.id;
  if (typeof msg.request === 'string') out.request = msg.request;
  if ('params' in msg) out.params = msg.params;
  if ('message' in msg) out.message = msg.message;
  if (typeof msg.appGuid === 'string') out.appGuid = msg.appGuid;
  if (typeof msg.instanceGuid === 'string') out.instanceGuid = msg.instanceGuid;
  if (out.key === undefined && out.id === undefined) return null;
  return out;
}

// ---------------------------------------------------------------------------
// Effects the page carries out

export type NotifyKind = 'notice' | 'alert' | 'error' | 'success';

export type Effect =
  /** postMessage(JSON.stringify(message), appOrigin) to the iframe. */
  | { type: 'post'; message: Record<string, unknown> }
  | { type: 'resize'; width?: string; height?: string }
  /** durationMs null = sticky. */
  | { type: 'notify'; message: string; kind: NotifyKind; durationMs: number | null }
  | { type: 'request'; key: string; options: ZafRequestOptions }
  /** routeTo: Zendesk opens a tab (a user's profile, a ticket…); the page shows a notice saying so. */
  | { type: 'routeTo'; kind: RouteKind; target: string }
  /** instances.create: the page opens a modal holding this new instance (HostPage has added its protocol). */
  | { type: 'openModal'; instance: LiveInstance; width?: string; height?: string }
  /** The modal instance goes away (its `invoke('destroy')`, the opener's, the close button or Escape). */
  | { type: 'destroy' };

/**
 * What `client.invoke('routeTo', kind, …)` may open, as ZAF documents it (available in
 * the nav_bar location): a ticket, user or organization by id, views, or an app's
 * nav_bar / top_bar location by app name.
 */
export const ROUTE_KINDS = ['ticket', 'user', 'organization', 'views', 'nav_bar', 'top_bar'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];
const ROUTE_BY_ID: readonly RouteKind[] = ['ticket', 'user', 'organization'];

export interface ZafError {
  name: string;
  message: string;
}

export interface LoggedMessage {
  at: number;
  key: string;
  message?: unknown;
}

export const DEFAULT_NOTIFY_MS = 5000;

function zafError(name: string, message: string): ZafError {
  return { name, message };
}

/** '600px', '100%', 600 -> CSS length; anything else -> undefined. */
export function cssLength(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return `${value}px`;
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return `${v}px`;
  if (/^\d+(\.\d+)?(px|%|vh|vw|em|rem)$/.test(v)) return v;
  return undefined;
}

export interface ProtocolOptions {
  now?: () => number;
  /** Every instance of the app on the page now (what `get('instances')` lists); default the manifest's. */
  peers?: () => LiveInstance[];
  /** A new instance guid (for a modal); default crypto.randomUUID. */
  newGuid?: () => string;
}

/**
 * One app instance (one iframe: nav_bar, background or a modal) as Zendesk's page sees it. Keeps the
 * subscriptions and a log of what the app said (handy when debugging an app against the stand-in).
 */
export class HostProtocol {
  readonly config: HostConfig;
  readonly instance: LiveInstance;
  registered = false;
  /** Event -> subscriber count; events of another instance (`client.instance(guid).on`) as `<guid>:<event>`. */
  readonly subscriptions = new Map<string, number>();
  readonly tracked: unknown[] = [];
  readonly log: LoggedMessage[] = [];
  private readonly now: () => number;
  private readonly peers: () => LiveInstance[];
  private readonly newGuid: () => string;

  /** `location`: which of `config.instances` this is (an undeclared one is an error: the page never loads it), or the instance itself. */
  constructor(config: HostConfig, location: AppLocation | LiveInstance = 'nav_bar', options: ProtocolOptions = {}) {
    const instance = typeof location === 'string' ? config.instances.find((i) => i.location === location) : location;
    if (!instance) throw new Error(`The manifest declares no ${typeof location === 'string' ? location : location.location} location`);
    this.config = config;
    this.instance = instance;
    this.now = options.now ?? Date.now;
    this.peers = options.peers ?? (() => config.instances);
    this.newGuid = options.newGuid ?? (() => crypto.randomUUID());
  }

  get location(): InstanceLocation {
    return this.instance.location;
  }

  get guid(): string {
    return this.instance.instanceGuid;
  }

  metadata(): Record<string, unknown> {
    const c = this.config;
    return {
      appId: c.appId,
      installationId: c.installationId,
      name: c.app.name,
      version: c.app.version,
      settings: { ...c.settings },
    };
  }

  /** The context of this instance (or of another instance of the same app on the page). */
  context(instance: LiveInstance = this.instance): Record<string, unknown> {
    return {
      product: 'support',
      location: instance.location,
      instanceGuid: instance.instanceGuid,
      account: { subdomain: this.config.subdomain },
    };
  }

  /** Handles one raw `message` event payload already known to come from the app iframe. */
  receive(raw: unknown): Effect[] {
    const msg = parseSdkMessage(raw);
    if (!msg) return [];
    // Zendesk routes by the iframe's guid; traffic for another instance never reaches this one.
    if (msg.appGuid !== undefined && msg.appGuid !== this.guid) return [];
    this.record(msg);
    return this.handle(msg);
  }

  /** Answers a parsed message as this instance (HostPage also calls it for `client.instance(guid)` calls). */
  handle(msg: SdkMessage): Effect[] {
    if (msg.id !== undefined && msg.request !== undefined) return this.answerCall(msg.id, msg.request, msg.params);
    if (msg.id !== undefined) {
      return [post({ id: msg.id, error: zafError('InvalidRequest', 'Missing "request" (get, set or invoke)') })];
    }
    return this.handleKeyed(msg.key ?? '', msg.message);
  }

  /** `iframe.on:` / `iframe.off:` bookkeeping; the SDK sends its count of handlers, kept as is. */
  subscribe(name: string, on: boolean, message: unknown): void {
    const count = isRecord(message) && typeof message.subscriberCount === 'number' ? message.subscriberCount : null;
    const previous = this.subscriptions.get(name) ?? 0;
    const next = count ?? Math.max(0, previous + (on ? 1 : -1));
    if (next > 0) this.subscriptions.set(name, next);
    else this.subscriptions.delete(name);
  }

  /** A framework event for this instance, as Zendesk posts it (keyed to the instance, as the SDK routes by it). */
  event(name: string, message?: unknown): Record<string, unknown> {
    return { key: `zaf.${name}`, message, instanceGuid: this.guid };
  }

  record(msg: SdkMessage): void {
    const key = msg.key ?? `${msg.request ?? '?'}#${msg.id ?? '?'}`;
    this.log.push({ at: this.now(), key, message: msg.key ? msg.message : msg.params });
    if (this.log.length > 500) this.log.splice(0, this.log.length - 500);
  }

  private handleKeyed(key: string, message: unknown): Effect[] {
    if (key === 'iframe.handshake') {
      this.registered = true;
      return [post(this.event('app.registered', { metadata: this.metadata(), context: this.context() }))];
    }
    const on = /^iframe\.(on|off):(.+)$/.exec(key);
    if (on) {
      this.subscribe(on[2] as string, on[1] === 'on', message);
      return [];
    }
    const request = /^request:(\d+)$/.exec(key);
    if (request) {
      const options: ZafRequestOptions = typeof message === 'string' ? { url: message } : isRecord(message) ? { ...message } : {};
      return [{ type: 'request', key, options }];
    }
    const trigger = /^iframe\.trigger:(.+)$/.exec(key);
    if (trigger) {
      // client.trigger() fires the event on the app's registered instances: alone, this one (HostPage reaches the others).
      return [post(this.event(trigger[1] as string, message))];
    }
    if (key === '__track__' || key === 'session.live' || key.startsWith('iframe.reply:')) {
      this.tracked.push({ key, message });
      return [];
    }
    return [];
  }

  private answerCall(id: number, request: string, params: unknown): Effect[] {
    switch (request) {
      case 'get':
        return this.answerGet(id, params);
      case 'set':
        return this.answerSet(id, params);
      case 'invoke':
        return this.answerInvoke(id, params);
      default:
        return [post({ id, error: zafError('InvalidRequest', `Unknown request "${request}"`) })];
    }
  }

  private answerGet(id: number, params: unknown): Effect[] {
    if (!Array.isArray(params) || params.some((p) => typeof p !== 'string')) {
      return [post({ id, error: zafError('InvalidRequest', 'get expects an array of paths') })];
    }
    const result: Record<string, unknown> = { errors: {} };
    const errors = result.errors as Record<string, ZafError>;
    for (const path of params as string[]) {
      const found = this.lookup(path);
      if (found.ok) result[path] = found.value;
      else errors[path] = found.error;
    }
    return [post({ id, result })];
  }

  private lookup(path: string): { ok: true; value: unknown } | { ok: false; error: ZafError } {
    const roots: Record<string, unknown> = {
      currentUser: this.config.currentUser,
      currentAccount: { subdomain: this.config.subdomain, planName: this.config.planName },
      // Every instance of the app on the page, by guid, as ZAF's `instances` lists them (open modals too).
      instances: Object.fromEntries(this.peers().map((i) => [i.instanceGuid, this.context(i)])),
    };
    const [root, ...rest] = splitPath(path);
    if (root === undefined || !Object.prototype.hasOwnProperty.call(roots, root)) {
      return { ok: false, error: invalidPath(path, this.location) };
    }
    let value: unknown = roots[root];
    for (const part of rest) {
      if (!isRecord(value) || !Object.prototype.hasOwnProperty.call(value, part)) {
        return { ok: false, error: invalidPath(path, this.location) };
      }
      value = value[part];
    }
    return { ok: true, value: structuredCloneJson(value) };
  }

  private answerSet(id: number, params: unknown): Effect[] {
    if (!isRecord(params)) {
      return [post({ id, error: zafError('InvalidRequest', 'set expects an object of path: value') })];
    }
    const errors: Record<string, ZafError> = {};
    for (const path of Object.keys(params)) {
      // Nothing is settable from a nav_bar or background app (ticket.* etc. exist only in ticket locations).
      errors[path] = zafError('InvalidPath', `"${path}" cannot be set in the ${this.location} location`);
    }
    return [post({ id, result: { errors } })];
  }

  private answerInvoke(id: number, params: unknown): Effect[] {
    if (!isRecord(params)) {
      return [post({ id, error: zafError('InvalidRequest', 'invoke expects an object of action: [args]') })];
    }
    const effects: Effect[] = [];
    const errors: Record<string, ZafError> = {};
    const result: Record<string, unknown> = { errors };
    for (const [action, rawArgs] of Object.entries(params)) {
      const args: unknown[] = Array.isArray(rawArgs) ? rawArgs : [rawArgs];
      if (action === 'resize') {
        const size = isRecord(args[0]) ? args[0] : {};
        const width = cssLength(size.width);
        const height = cssLength(size.height);
        const effect: Effect = { type: 'resize' };
        if (width !== undefined) effect.width = width;
        if (height !== undefined) effect.height = height;
        effects.push(effect);
      } else if (action === 'notify') {
        effects.push(notifyEffect(args));
      } else if (action === 'track') {
        this.tracked.push({ key: 'track', message: args[0] });
      } else if (action === 'routeTo') {
        const route = routeEffect(args);
        if (typeof route === 'string') errors[action] = zafError('InvalidAction', route);
        else effects.push(route);
      } else if (action === 'instances.create') {
        // Any app may open a modal, whatever its manifest declares (as Zendesk allows).
        const opened = this.modalEffect(args[0]);
        if (typeof opened === 'string') errors[action] = zafError('InvalidAction', opened);
        else {
          effects.push(opened);
          result[action] = [this.context(opened.instance)];
        }
      } else if (action === 'destroy' && this.location === 'modal') {
        effects.push({ type: 'destroy' });
      } else {
        errors[action] = zafError('InvalidAction', `"${action}" is not available to a ${this.location} app in this stand-in`);
      }
    }
    return [...effects, post({ id, result })];
  }

  /**
   * instances.create's options `{location: 'modal', url, size?: {width, height}}`: a new instance with its own guid
   * at `url`, resolved against the app origin ('assets/modal.html'), or why not.
   */
  private modalEffect(options: unknown): Extract<Effect, { type: 'openModal' }> | string {
    if (!isRecord(options)) return 'instances.create expects {location, url, size}';
    if (options.location !== 'modal') return `instances.create cannot open ${JSON.stringify(options.location)}: only "modal"`;
    const raw = typeof options.url === 'string' ? options.url.trim() : '';
    if (raw === '') return "instances.create needs the modal's url";
    let url: URL;
    try {
      url = new URL(raw, `${this.config.appOrigin}/`);
    } catch {
      return `instances.create cannot open the url ${JSON.stringify(raw)}`;
    }
    // The stand-in speaks only to frames on the app origin, so a modal elsewhere could never register.
    if (url.origin !== this.config.appOrigin) return `instances.create: the modal must be one of the app's own pages (${this.config.appOrigin})`;
    const instanceGuid = this.newGuid();
    url.searchParams.set('origin', this.config.zendeskOrigin);
    url.searchParams.set('app_guid', instanceGuid);
    const size = isRecord(options.size) ? options.size : {};
    return {
      type: 'openModal',
      instance: { location: 'modal', instanceGuid, url: url.href },
      width: cssLength(size.width) ?? MODAL_DEFAULT_SIZE.width,
      height: cssLength(size.height) ?? MODAL_DEFAULT_SIZE.height,
    };
  }
}

/** An effect and the instance (iframe) it applies to. */
export interface Routed {
  instanceGuid: string;
  effect: Effect;
}

/**
 * Every instance of the app on the page, as Zendesk's page keeps them: routes each message to the
 * instance it names (`client.instance(guid)` sends through its own frame, keyed to the other instance,
 * and is answered in the frame that asked), sends `client.trigger()` to every registered instance,
 * adds the modals `instances.create` opens and takes them away again.
 */
export class HostPage {
  readonly config: HostConfig;
  private readonly protocols = new Map<string, HostProtocol>();
  /** Modal guid -> the guid of the instance that opened it. */
  private readonly openers = new Map<string, string>();
  private readonly options: ProtocolOptions;

  /** `instances`: the ones this page loads (default the manifest's). */
  constructor(config: HostConfig, instances: readonly LiveInstance[] = config.instances, options: Omit<ProtocolOptions, 'peers'> = {}) {
    this.config = config;
    this.options = options;
    for (const instance of instances) this.add(instance);
  }

  add(instance: LiveInstance, opener?: string): HostProtocol {
    const protocol = new HostProtocol(this.config, instance, { ...this.options, peers: () => this.live() });
    this.protocols.set(instance.instanceGuid, protocol);
    if (opener !== undefined) this.openers.set(instance.instanceGuid, opener);
    return protocol;
  }

  protocol(guid: string): HostProtocol | undefined {
    return this.protocols.get(guid);
  }

  live(): LiveInstance[] {
    return [...this.protocols.values()].map((p) => p.instance);
  }

  /** One raw message from the frame of instance `fromGuid` (already known to be that frame, on the app origin). */
  receive(fromGuid: string, raw: unknown): Routed[] {
    const sender = this.protocols.get(fromGuid);
    const msg = parseSdkMessage(raw);
    if (!sender || !msg) return [];
    // A frame speaks with its own app guid; another one's is not it.
    if (msg.appGuid !== undefined && msg.appGuid !== fromGuid) return [];
    sender.record(msg);
    const key = msg.key ?? '';
    const trigger = /^iframe\.trigger:(.+)$/.exec(key);
    const targetGuid = msg.instanceGuid ?? fromGuid;
    if (targetGuid === fromGuid) {
      if (trigger) return this.broadcast(trigger[1] as string, msg.message);
      return this.settle(fromGuid, fromGuid, sender.handle(msg));
    }
    const target = this.protocols.get(targetGuid);
    if (!target) {
      if (msg.id === undefined) return [];
      const error = zafError('InvalidInstance', `No instance ${targetGuid} of this app is on the page`);
      return [{ instanceGuid: fromGuid, effect: post({ id: msg.id, error }) }];
    }
    if (trigger) return [{ instanceGuid: targetGuid, effect: post(target.event(trigger[1] as string, msg.message)) }];
    const on = /^iframe\.(on|off):(.+)$/.exec(key);
    if (on) {
      // The opener listens to the other instance's events (modal.close): kept on the opener, keyed by that guid.
      sender.subscribe(`${targetGuid}:${on[2] as string}`, on[1] === 'on', msg.message);
      return [];
    }
    if (msg.id !== undefined) return this.settle(fromGuid, targetGuid, target.handle(msg));
    return this.settle(fromGuid, fromGuid, sender.handle(msg));
  }

  /** Takes a modal away (destroy, close button, Escape); tells its opener if it listens to `modal.close`. */
  close(guid: string): Routed[] {
    const protocol = this.protocols.get(guid);
    if (protocol?.location !== 'modal') return [];
    this.protocols.delete(guid);
    const out: Routed[] = [{ instanceGuid: guid, effect: { type: 'destroy' } }];
    const openerGuid = this.openers.get(guid);
    this.openers.delete(guid);
    const opener = openerGuid === undefined ? undefined : this.protocols.get(openerGuid);
    if (opener && openerGuid !== undefined && opener.subscriptions.has(`${guid}:modal.close`)) {
      out.push({ instanceGuid: openerGuid, effect: post({ key: 'zaf.modal.close', instanceGuid: guid }) });
    }
    return out;
  }

  /** client.trigger(): the SDK asks the framework to fire the event on all registered clients of the app. */
  private broadcast(event: string, message: unknown): Routed[] {
    return [...this.protocols.values()].filter((p) => p.registered).map((p) => ({ instanceGuid: p.guid, effect: post(p.event(event, message)) }));
  }

  /** Replies go to the frame that asked; other effects to the instance acted on. */
  private settle(askerGuid: string, targetGuid: string, effects: Effect[]): Routed[] {
    return effects.flatMap((effect): Routed[] => {
      if (effect.type === 'post') return [{ instanceGuid: askerGuid, effect }];
      if (effect.type === 'destroy') return this.close(targetGuid);
      if (effect.type === 'openModal') this.add(effect.instance, targetGuid);
      return [{ instanceGuid: targetGuid, effect }];
    });
  }
}

/** The default size of a modal, when instances.create gives none. */
export const MODAL_DEFAULT_SIZE = { width: '640px', height: '480px' };

function post(message: Record<string, unknown>): Effect {
  return { type: 'post', message };
}

function invalidPath(path: string, location: InstanceLocation): ZafError {
  return zafError('InvalidPath', `Could not find handler for "${path}" in the ${location} location`);
}

/** 'currentUser.timeZone.ianaName' -> ['currentUser', 'timeZone', 'ianaName']. */
function splitPath(path: string): string[] {
  return path.split('.').filter((p) => p !== '');
}

function structuredCloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** routeTo's arguments: [kind, id] (ticket, user, organization), [kind, name, path?] (apps), ['views', id?]. */
function routeEffect(args: unknown[]): Effect | string {
  const [kind, target] = args;
  if (!ROUTE_KINDS.includes(kind as RouteKind)) {
    return `routeTo cannot open ${JSON.stringify(kind)}: use one of ${ROUTE_KINDS.join(', ')}`;
  }
  const k = kind as RouteKind;
  const id =
    typeof target === 'number' && Number.isSafeInteger(target) && target > 0 ? String(target) : typeof target === 'string' ? target.trim() : '';
  if (ROUTE_BY_ID.includes(k) && !/^\d+$/.test(id)) return `routeTo ${k} needs the ${k}'s id`;
  if ((k === 'nav_bar' || k === 'top_bar') && id === '') return `routeTo ${k} needs the app's name`;
  return { type: 'routeTo', kind: k, target: id };
}

/** The notice the page shows for a routeTo, as Zendesk opening a tab: "Opened user Jane Doe in a new tab". */
export function routeNotice(kind: RouteKind, target: string, name?: string | null): string {
  const noun = kind === 'nav_bar' || kind === 'top_bar' ? 'app' : kind === 'views' ? 'views' : kind;
  const label = name?.trim() || target;
  return label ? `Opened ${noun} ${label} in a new tab` : `Opened ${noun} in a new tab`;
}

function notifyEffect(args: unknown[]): Effect {
  const text = args[0];
  const message = typeof text === 'string' ? text : text === undefined || text === null ? '' : JSON.stringify(text);
  const rawKind = typeof args[1] === 'string' ? args[1] : 'notice';
  const kind: NotifyKind = (['notice', 'alert', 'error', 'success'] as const).includes(rawKind as NotifyKind) ? (rawKind as NotifyKind) : 'notice';
  let durationMs: number | null = DEFAULT_NOTIFY_MS;
  const third = args[2];
  if (typeof third === 'number' && Number.isFinite(third) && third > 0) durationMs = third;
  else if (typeof third === 'string' && /^\d+$/.test(third)) durationMs = Number(third);
  else if (isRecord(third) && third.sticky === true) durationMs = null;
  return { type: 'notify', message, kind, durationMs };
}

// ---------------------------------------------------------------------------
// client.request(): jQuery.ajax semantics

export interface EncodedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=UTF-8';

export function isJsonContentType(contentType: string | undefined | null): boolean {
  return typeof contentType === 'string' && /(^|[/+])json\b/i.test(contentType);
}

/** jQuery.param (jQuery 3): nested objects as a[b]=c, arrays of scalars as a[]=1. */
export function formEncode(data: Record<string, unknown>): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown) => {
    const v: unknown = typeof value === 'function' ? (value as () => unknown)() : value;
    // jQuery stringifies whatever is left, an object included ("[object Object]"): so does the stand-in.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(v === null || v === undefined ? '' : String(v))}`);
  };
  const build = (prefix: string, value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (prefix.endsWith('[]')) add(prefix, item);
        else build(`${prefix}[${item !== null && typeof item === 'object' ? i : ''}]`, item);
      });
    } else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) build(`${prefix}[${k}]`, v);
    } else {
      add(prefix, value);
    }
  };
  for (const [k, v] of Object.entries(data)) build(k, v);
  return parts.join('&');
}

export function requestMethod(options: ZafRequestOptions): string {
  const raw = typeof options.type === 'string' ? options.type : typeof options.method === 'string' ? options.method : 'GET';
  return raw.trim().toUpperCase() || 'GET';
}

/** Headers given by the app: string values kept, numbers/booleans stringified, the rest dropped. */
export function requestHeaders(options: ZafRequestOptions): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(options.headers)) return out;
  for (const [name, value] of Object.entries(options.headers)) {
    if (typeof value === 'string') out[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[name] = String(value);
  }
  return out;
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  const lower = name.toLowerCase();
  return Object.keys(headers).some((h) => h.toLowerCase() === lower);
}

/**
 * Turns options into method, URL, headers and body the way jQuery.ajax would:
 * GET/HEAD data goes to the query string; an object body is JSON when the content type
 * is JSON, else form-encoded; a string body is sent as is; `contentType: false` sends none.
 */
export function encodeRequest(options: ZafRequestOptions): EncodedRequest {
  const method = requestMethod(options);
  let url = typeof options.url === 'string' ? options.url : '';
  const headers = requestHeaders(options);
  const contentType = options.contentType === false ? undefined : typeof options.contentType === 'string' ? options.contentType : FORM_CONTENT_TYPE;
  const dataType = typeof options.dataType === 'string' ? options.dataType.toLowerCase() : undefined;
  if (!hasHeader(headers, 'Accept')) {
    headers.Accept = dataType === 'json' ? 'application/json, text/javascript, */*; q=0.01' : '*/*';
  }

  let encoded: string | undefined;
  const data = options.data;
  if (typeof data === 'string') encoded = data;
  else if (isRecord(data) || Array.isArray(data)) {
    encoded = isJsonContentType(contentType) ? JSON.stringify(data) : formEncode(isRecord(data) ? data : Object.fromEntries(data.entries()));
  } else if (typeof data === 'number' || typeof data === 'boolean') encoded = String(data);

  const out: EncodedRequest = { method, url, headers };
  if (method === 'GET' || method === 'HEAD') {
    if (encoded !== undefined && encoded !== '') url += (url.includes('?') ? '&' : '?') + encoded;
    out.url = url;
  } else if (encoded !== undefined) {
    out.body = encoded;
    if (contentType !== undefined && !hasHeader(headers, 'Content-Type')) headers['Content-Type'] = contentType;
  } else if (options.contentType !== undefined && contentType !== undefined && !hasHeader(headers, 'Content-Type')) {
    headers['Content-Type'] = contentType;
  }
  return out;
}

export type RequestRoute =
  /** The account's own API, with the signed-in user's session (same-origin fetch). */
  | { via: 'zendesk'; url: string }
  /** cors: true — the page fetches the absolute URL itself. */
  | { via: 'cors'; url: string }
  /** Zendesk's proxy (the default for other hosts, and always for secure: true). */
  | { via: 'proxy'; url: string }
  | { via: 'invalid'; reason: string };

/**
 * Where a request goes. Relative URLs and absolute URLs on the account's own domain
 * (this origin or https on its host, or https://<subdomain>.zendesk.com) are Zendesk API calls; other hosts go
 * through the proxy unless `cors: true`; `secure: true` always goes through the proxy,
 * because only the proxy knows secure settings.
 */
export function routeRequest(options: ZafRequestOptions, env: { zendeskOrigin: string; subdomain: string }): RequestRoute {
  const raw = typeof options.url === 'string' ? options.url.trim() : '';
  if (raw === '') return { via: 'invalid', reason: 'The request has no url' };
  // Only the proxy substitutes {{setting.NAME}}, so such a URL is passed on as typed.
  if (/\{\{\s*setting\./.test(raw)) return { via: 'proxy', url: raw };
  let target: URL;
  try {
    target = new URL(raw, env.zendeskOrigin);
  } catch {
    return { via: 'invalid', reason: `Invalid url "${raw}"` };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return { via: 'invalid', reason: `Unsupported url scheme "${target.protocol}"` };
  }
  const secure = options.secure === true;
  const own = new URL(env.zendeskOrigin);
  const ownOrigin = own.origin;
  // The stand-in serves over http what Zendesk serves over https: https on its own host is
  // the account too (job_status.url is such an address).
  const ownAccount =
    target.origin === ownOrigin ||
    (target.protocol === 'https:' && target.host === own.host) ||
    target.host.toLowerCase() === `${env.subdomain}.zendesk.com`.toLowerCase();
  if (secure) return { via: 'proxy', url: raw };
  if (ownAccount) {
    const local = new URL(target.pathname + target.search, ownOrigin);
    return { via: 'zendesk', url: local.pathname + local.search };
  }
  if (options.cors === true) return { via: 'cors', url: target.href };
  return { via: 'proxy', url: raw };
}

// ---------------------------------------------------------------------------
// Replies to client.request()

/** An HTTP response as the page saw it; header names lower-cased. */
export interface HttpResult {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  text: string;
}

export interface RequestOutcome {
  outcome: 'done' | 'fail';
  responseArgs: unknown[];
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Builds `responseArgs` for `zaf.request:N.done|fail` from an HTTP response. */
export function responseOutcome(result: HttpResult, options: ZafRequestOptions): RequestOutcome {
  const { status, statusText, headers, text } = result;
  const success = (status >= 200 && status < 300) || status === 304;
  const contentType = headers['content-type'];
  const declared = typeof options.dataType === 'string' ? options.dataType.toLowerCase() : undefined;
  const dataType = declared ?? (isJsonContentType(contentType) ? 'json' : 'text');
  const parsed = text === '' ? null : tryJson(text);
  const responseJSON = parsed?.ok && (dataType === 'json' || isJsonContentType(contentType)) ? parsed.value : undefined;

  if (options.httpCompleteResponse === true) {
    const response: Record<string, unknown> = { status, headers, responseJSON, responseText: text };
    if (success) return { outcome: 'done', responseArgs: [response] };
    return { outcome: 'fail', responseArgs: [{ status, statusText, headers, responseJSON, responseText: text }] };
  }

  const jqXHR: Record<string, unknown> = { readyState: 4, status, statusText, responseText: text, responseJSON, headers };
  if (!success) return { outcome: 'fail', responseArgs: [jqXHR, 'error', statusText] };
  if (status === 204 || requestMethod(options) === 'HEAD') {
    return { outcome: 'done', responseArgs: [undefined, 'nocontent', jqXHR] };
  }
  const textStatus = status === 304 ? 'notmodified' : 'success';
  if (dataType === 'json') {
    if (parsed?.ok) return { outcome: 'done', responseArgs: [parsed.value, textStatus, jqXHR] };
    // jQuery fails a 2xx whose body is not the JSON it was told to expect.
    const reason = parsed ? parsed.error : 'Unexpected end of JSON input';
    return { outcome: 'fail', responseArgs: [jqXHR, 'parsererror', `SyntaxError: ${reason}`] };
  }
  return { outcome: 'done', responseArgs: [text, textStatus, jqXHR] };
}

/** No HTTP response at all (connection refused, CORS blocked, timeout): status 0. */
export function networkFailureOutcome(options: ZafRequestOptions, kind: 'error' | 'timeout'): RequestOutcome {
  if (options.httpCompleteResponse === true) {
    return {
      outcome: 'fail',
      responseArgs: [{ status: 0, statusText: kind, headers: {}, responseJSON: undefined, responseText: '' }],
    };
  }
  const jqXHR = { readyState: 0, status: 0, statusText: kind, responseText: '', responseJSON: undefined, headers: {} };
  return { outcome: 'fail', responseArgs: [jqXHR, kind, kind === 'timeout' ? 'timeout' : ''] };
}

/** A request the page refuses before sending (no url, bad scheme). */
export function invalidRequestOutcome(options: ZafRequestOptions, reason: string): RequestOutcome {
  const body = JSON.stringify({ error: 'InvalidRequest', description: reason });
  return responseOutcome(
    { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/json; charset=utf-8' }, text: body },
    options,
  );
}

export function requestReply(key: string, outcome: RequestOutcome): Record<string, unknown> {
  return { key: `zaf.${key}.${outcome.outcome}`, message: { responseArgs: outcome.responseArgs } };
}

/** `timeout` option in ms, when positive. */
export function requestTimeoutMs(options: ZafRequestOptions): number | undefined {
  const t = options.timeout;
  return typeof t === 'number' && Number.isFinite(t) && t > 0 ? t : undefined;
}

/** Header names lower-cased into a plain object (what the app sees as `headers`). */
export function headersObject(entries: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    out[lower] = lower in out ? `${out[lower]}, ${value}` : value;
  }
  return out;
}
