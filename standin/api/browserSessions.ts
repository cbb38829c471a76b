/**
 * Per-browser sign-ins: `POST /__standin/session` with `"browser": true` answers with a
 * cookie `standin_session=<epoch>.<userId>[.<locale>]` instead of changing who is signed
 * in for everyone, so two browsers (or two Playwright contexts) can be two admins at once.
 * The epoch changes with every reset: an old cookie then falls back to the global user.
 * Not signed, not secret: it is a local test double, and anyone on it may be anyone.
 */
import type { IncomingMessage } from 'node:http';
import { randomInt } from 'node:crypto';

export const SESSION_COOKIE = 'standin_session';

export interface BrowserSession {
  epoch: number;
  userId: number;
  /** The session's profile language, or null for the stand-in's start language. */
  locale: string | null;
}

/** A fresh epoch: random, so a cookie left from another stand-in on the same host does not apply. */
export function newEpoch(): number {
  return randomInt(1, 2 ** 31);
}

/** The session a request's cookie names, or null (no cookie, or not one of ours). Locale and epoch are checked by the caller. */
export function sessionOf(req: IncomingMessage | undefined): BrowserSession | null {
  const header = req?.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    const match = /^(\d{1,10})\.(\d{1,16})(?:\.([A-Za-z0-9-]{1,35}))?$/.exec(decodeURIComponent(rest.join('=')));
    if (!match) return null;
    return { epoch: Number(match[1]), userId: Number(match[2]), locale: match[3] ?? null };
  }
  return null;
}

/** The Set-Cookie value for a session (a browser-session cookie: no expiry). */
export function sessionCookie(session: BrowserSession): string {
  const value = [session.epoch, session.userId, ...(session.locale ? [session.locale] : [])].join('.');
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax`;
}

/** The Set-Cookie value that removes the cookie. */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}
