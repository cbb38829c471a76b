import { useEffect, useState } from 'react';
import { connect, type Connection } from '../zaf/connect';

export type ConnectionState = { kind: 'connecting' } | { kind: 'error'; message: string } | Connection;

/**
 * Connects to the Zendesk page once per page load: React's StrictMode runs effects
 * twice in development, and a second handshake would register the app twice.
 */
let pending: Promise<Connection> | null = null;

export function useConnection(connectToZendesk: () => Promise<Connection> = connect): ConnectionState {
  const [state, setState] = useState<ConnectionState>({ kind: 'connecting' });
  useEffect(() => {
    let live = true;
    pending ??= connectToZendesk();
    pending.then(
      (connection) => live && setState(connection),
      (error: unknown) => live && setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [connectToZendesk]);
  return state;
}

/** For tests: forget the page's connection. */
export function resetConnectionForTests(): void {
  pending = null;
}
