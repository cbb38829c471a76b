/**
 * Test helper: the fake API on a real `http.Server` at 127.0.0.1, port 0, plus small
 * fetch wrappers for /api/v2 and the control routes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateAccount, type DemoAccount, type DemoSpec } from '../demo/account';
import { createZendeskApi, type ZendeskApi, type ZendeskApiOptions } from './index';

export interface TestServer {
  base: string;
  api: ZendeskApi;
  get(path: string, init?: RequestInit): Promise<Response>;
  /** JSON request to a /__standin control route; returns status and parsed body. */
  // T is the shape the test expects of the stand-in's answer: a wrong one fails the test.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  control<T = Record<string, unknown>>(path: string, method?: string, body?: unknown): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export const TEST_NOW = '2025-06-01T12:00:00Z';

/** Serves a generated account (spec on top of TEST_NOW, 250 seats, 400 end users) or the account given. */
export async function startTestServer(spec: DemoSpec | DemoAccount = {}, options: Omit<ZendeskApiOptions, 'account'> = {}): Promise<TestServer> {
  const account = 'users' in spec ? spec : generateAccount({ now: TEST_NOW, seats: 250, endUsers: 400, ...spec });
  const api = createZendeskApi({ account, ...options });
  const server = http.createServer((req, res) => {
    api
      .handle(req, res)
      .then((handled) => {
        if (!handled) {
          res.writeHead(418, { 'Content-Type': 'text/plain' });
          res.end('not the API');
        }
      })
      .catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    api,
    get: (path, init) => fetch(path.startsWith('http') ? path : `${base}${path}`, init),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- see the interface
    async control<T>(path: string, method = 'GET', body?: unknown) {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
