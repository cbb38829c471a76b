/**
 * What went wrong, as data: every error a review can meet (the gateway's, paging's,
 * an unreadable answer's) becomes a code with its parameters, so the layers above keep
 * no sentences and the screen words them (ui/text/errors.ts). Also the one test for
 * "this was a cancel, not a failure".
 */
import { AbortedError, type RetryNotice } from '../zaf/gateway';
import { GatewayError, type FailureKind } from '../zaf/errors';
import { PagingError, type PagingErrorCode } from '../zaf/paging';
import { MalformedPageError } from './roster';

/** Answers Seat Review could not read: which list or figure. */
export type MalformedWhat = 'users-page' | 'sessions-page' | 'ticket-event-page' | 'search-count' | 'custom-roles' | 'job-status' | 'user';

export type Failure =
  | {
      code: 'gateway';
      kind: FailureKind;
      status: number;
      attempts: number;
      /** For 'wait-too-long': how long Zendesk asked to wait (ms). */
      waitMs: number | null;
      url: string;
      /** Who answered: "Zendesk" unless the request named another service. */
      service: string;
      /** The most specific text in the answer's error body, as the service sent it. */
      detail: string | null;
    }
  | { code: 'paging'; paging: PagingErrorCode; /** The list's path, e.g. `/api/v2/sessions`. */ stream: string; url: string }
  | { code: 'malformed'; what: MalformedWhat; url: string }
  /** Not one of ours (a bug or a browser error): its own text, as thrown. */
  | { code: 'unexpected'; detail: string };

/** A page of the export, sessions or a search count that is not what Zendesk documents. */
export class MalformedResponseError extends Error {
  override readonly name = 'MalformedResponseError';
  constructor(
    readonly what: MalformedWhat,
    readonly url: string,
  ) {
    super(`malformed ${what} (${url})`);
  }
}

export function failureOf(error: unknown): Failure {
  if (error instanceof GatewayError) {
    return {
      code: 'gateway',
      kind: error.kind,
      status: error.status,
      attempts: error.attempts,
      waitMs: error.waitMs,
      url: error.url,
      service: error.service,
      detail: error.detail,
    };
  }
  if (error instanceof PagingError) return { code: 'paging', paging: error.code, stream: error.stream, url: error.url };
  if (error instanceof MalformedResponseError) return { code: 'malformed', what: error.what, url: error.url };
  if (error instanceof MalformedPageError) return { code: 'malformed', what: 'users-page', url: error.url };
  return { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}

/** A cancel (the admin's, or a superseded run's), never reported as a failure. */
export function isCancellation(error: unknown, signal?: AbortSignal): boolean {
  return error instanceof AbortedError || signal?.aborted === true;
}

export type { FailureKind, PagingErrorCode, RetryNotice };
