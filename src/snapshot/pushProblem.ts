/**
 * Why a push stopped, as the outbox keeps it and the UI words it (src/ui/text/snapshot.ts).
 * Text that came from elsewhere (a receiver's answer, the gateway's message) is a
 * parameter, masked before it is shown or kept.
 */
import type { DestinationName } from '../destinations/names';
import { isRecord } from '../guards';
import type { Failure } from '../zendesk/failure';
import type { EndpointProblem } from './endpoint';

export type PushProblem =
  /** The endpoint setting cannot be used. */
  | { code: 'endpoint'; endpoint: EndpointProblem }
  /** A receiver refused a part of `users` users as too large (413) even at the smallest part size. */
  | { code: 'too-large'; users: number; minUsers: number }
  /** A receiver refused the token (401); `detail`: its own words, if any. */
  | { code: 'token-refused'; detail: string | null }
  /** A receiver refused the part (another 4xx), as the gateway saw it. */
  | { code: 'refused'; failure: Failure }
  /** No receiver took the part (retries ran out, network), as the gateway saw it. */
  | { code: 'unreachable'; failure: Failure }
  /** The roster's file is `bytes` bytes and the platform (Torii) takes at most `limit`: nothing was sent. */
  | { code: 'file-too-large'; destination: DestinationName; bytes: number; limit: number }
  /** The platform was running another sync (409) at each of `tries` tries, `waitedMs` apart in all: nothing new was synced. */
  | { code: 'sync-busy'; destination: DestinationName; tries: number; waitedMs: number }
  /** The platform's answer lacked what the next step needs (a sync id after `create-sync`, a file id after `upload-file`). */
  | { code: 'unexpected-answer'; destination: DestinationName; step: 'create-sync' | 'upload-file' }
  /** The platform took every page and the finish, then reported the sync `failed`. */
  | { code: 'sync-failed'; destination: DestinationName }
  /** Kept in words by an older version of the app: shown as it was kept. */
  | { code: 'stored-text'; text: string };

/** `problem` with `change` applied to every text it carries (never to its code): for masking. */
export function mapProblemText<P extends PushProblem | EndpointProblem>(problem: P, change: (text: string) => string): P {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(problem)) {
    if (key === 'code') out[key] = value;
    else if (typeof value === 'string') out[key] = change(value);
    else if (Array.isArray(value)) out[key] = value.map((v: unknown) => (typeof v === 'string' ? change(v) : v));
    else if (isRecord(value)) out[key] = mapProblemText(value as EndpointProblem, change);
    else out[key] = value;
  }
  return out as P;
}
