/**
 * The platforms' request URLs on their fixed hosts (from their docs, not verified live):
 * apart from the formats so the settings check (snapshot/endpoint.ts), which loads with the
 * first screen and the background page, does not bring the formats along.
 */
import { DESTINATION_HOSTS } from './names';

/** Zluri's base for one instance: `…/syncs` creates, `…/syncs/{id}` reads, `/data/snapshots` and `/finish` below it. */
export function zluriInstanceUrl(instanceId: string): string {
  return `https://${DESTINATION_HOSTS.zluri}/v2/integrations-sync/instances/${encodeURIComponent(instanceId)}`;
}

export const TORII_BASE_URL = `https://${DESTINATION_HOSTS.torii}/v1.0`;
export const TORII_UPLOAD_URL = `${TORII_BASE_URL}/files/upload`;
export const TORII_SYNC_URL = `${TORII_BASE_URL}/services/sync/custom`;

export const LUMOS_UPLOAD_URL = `https://${DESTINATION_HOSTS.lumos}/accounts/upload`;
