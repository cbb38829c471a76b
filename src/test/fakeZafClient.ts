/**
 * A scripted stand-in for the SDK client in unit tests: each request takes the next
 * scripted answer (resolve = a 2xx complete response, reject = a jqXHR-like failure).
 */
import { ZendeskGateway, type GatewayOptions } from '../zaf/gateway';
import type { ZafClient, ZafCompleteResponse, ZafRequestOptions } from '../zaf/sdk';

export type ScriptedAnswer =
  | { ok: ZafCompleteResponse }
  | { fail: { status: number; headers?: Record<string, string>; responseJSON?: unknown; responseText?: string } }
  | { hang: true };

export class FakeZafClient implements ZafClient {
  readonly requests: ZafRequestOptions[] = [];
  readonly invoked: unknown[][] = [];
  private registered: ((data: Parameters<Parameters<ZafClient['on']>[1]>[0]) => void)[] = [];

  constructor(
    private readonly answer: (options: ZafRequestOptions, index: number) => ScriptedAnswer,
    private readonly currentUser: Record<string, unknown> = { id: 1, name: 'Ada Admin', email: 'ada@example.com', role: 'admin' },
  ) {}

  on(_event: 'app.registered', handler: (data: Parameters<Parameters<ZafClient['on']>[1]>[0]) => void): void {
    this.registered.push(handler);
  }

  register(settings: Record<string, unknown> = {}, subdomain = 'acme'): void {
    for (const handler of this.registered)
      handler({
        metadata: { appId: 1, installationId: 2, name: 'Seat Review', version: '0.1.0', settings },
        context: { product: 'support', location: 'nav_bar', account: { subdomain } },
      });
  }

  metadata = () => Promise.resolve({ appId: 1, installationId: 2, name: 'Seat Review', version: '0.1.0', settings: {} });
  context = () => Promise.resolve({ product: 'support', location: 'nav_bar', account: { subdomain: 'acme' } });
  get = (path: string) => Promise.resolve({ [path]: this.currentUser });
  invoke = (...args: unknown[]) => {
    this.invoked.push(args);
    return Promise.resolve({});
  };

  request(options: ZafRequestOptions): Promise<ZafCompleteResponse> {
    const index = this.requests.push(options) - 1;
    const answer = this.answer(options, index);
    if ('hang' in answer) return new Promise(() => undefined);
    if ('ok' in answer) return Promise.resolve(answer.ok);
    // The SDK rejects with a jqXHR-like object, not an Error: the gateway reads its status.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    return Promise.reject(answer.fail);
  }
}

export function json(body: unknown, headers: Record<string, string> = {}): ScriptedAnswer {
  return { ok: { status: 200, headers, responseJSON: body, responseText: JSON.stringify(body) } };
}

export function failure(status: number, headers: Record<string, string> = {}, body?: unknown): ScriptedAnswer {
  return { fail: { status, headers, responseJSON: body, responseText: body === undefined ? '' : JSON.stringify(body) } };
}

/** The app's gateway over a scripted client, without real waits: what screen and session tests drive. */
export function fakeGateway(client: FakeZafClient, options: GatewayOptions = {}): ZendeskGateway {
  return new ZendeskGateway(client, { sleep: () => Promise.resolve(), random: () => 0, ...options });
}
