/**
 * The peer: node-zendesk listing users as its README shows
 * (`createClient({username, token, subdomain})` then `client.users.list()`), pointed at
 * the stand-in with `endpointUri` instead of a subdomain.
 */
import zendesk from 'node-zendesk';
import type { Standin } from '../standin/server';

export async function peerListUsers(standin: Standin): Promise<{ users: number; error: string | null }> {
  const client = zendesk.createClient({
    username: 'admin@acme-demo.example',
    token: 'bench-token',
    endpointUri: `${standin.zendeskUrl}/api/v2`,
  });
  try {
    const users = (await client.users.list()) as unknown[];
    return { users: users.length, error: null };
  } catch (error) {
    return { users: 0, error: error instanceof Error ? error.message : String(error) };
  }
}
