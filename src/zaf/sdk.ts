/**
 * The part of the ZAF SDK (npm `zendesk_app_framework_sdk`, untyped CommonJS) that
 * Seat Review uses, typed. Only `zaf/` imports the SDK; everything else sees the gateway.
 */
export interface ZafContext {
  product: string;
  location: string;
  instanceGuid?: string;
  account: { subdomain: string };
}

export interface ZafMetadata {
  appId: number;
  installationId: number;
  name: string;
  version: string;
  settings: Record<string, unknown>;
}

/** Options of `client.request`, jQuery-ajax-like. */
export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  contentType?: string;
  data?: string;
  dataType?: 'json' | 'text';
  headers?: Record<string, string>;
  secure?: boolean;
  cors?: boolean;
  httpCompleteResponse?: boolean;
  autoRetry?: boolean;
  timeout?: number;
}

/** What `request` resolves with when `httpCompleteResponse` is set. */
export interface ZafCompleteResponse {
  status: number;
  headers?: Record<string, string>;
  responseJSON?: unknown;
  responseText?: string;
}

export interface ZafClient {
  /** The host's registration message, as sent: its metadata may be missing or partial. */
  on(event: 'app.registered', handler: (data: { metadata?: Partial<ZafMetadata>; context: ZafContext }) => void): void;
  metadata(): Promise<ZafMetadata>;
  context(): Promise<ZafContext>;
  get(path: string): Promise<Record<string, unknown>>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request(options: ZafRequestOptions): Promise<ZafCompleteResponse>;
}

export interface ZafSdk {
  init(): ZafClient | false;
}
