/**
 * Connects to the Zendesk page once per page load: React's StrictMode runs effects
 * twice in development, and a second handshake would register the app twice.
 */
import { useEffect, useState } from 'react';
import { connect, type Connection } from '../review/connect';

export type ConnectionState = { kind: 'connecting' } | { kind: 'error'; message: string } | Connection;

let pending: Promise<Connection> | null = null;

export function useConnection(): ConnectionState {
  const [state, setState] = useState<ConnectionState>({ kind: 'connecting' });
  useEffect(() => {
    let live = true;
    pending ??= connect();
    pending.then(
      (connection) => live && setState(connection),
      (error: unknown) => live && setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** For tests: forget the page's connection. */
export function resetConnectionForTests(): void {
  pending = null;
}
