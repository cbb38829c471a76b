/**
 * Sends a snapshot to Lumos (from Lumos's docs, not verified live): one upload with every
 * account of the app, never in parts (accounts missing from an upload are removed). A
 * failure sends it whole again next time.
 */
import type { PushResult } from '../snapshot/push';
import { LUMOS_UPLOAD_URL, lumosUpload } from './lumos';
import { bindTarget, platformRequest, sent, stopped, type PlatformPush } from './sending';

export async function pushLumos(push: PlatformPush): Promise<PushResult> {
  const id = push.snapshot.header.snapshot_id;
  const upload = lumosUpload(push.snapshot, push.destinationId);
  bindTarget(push, 1);
  push.onProgress?.({ index: 1, count: 1, accepted: 0 });
  try {
    await platformRequest(push, { url: LUMOS_UPLOAD_URL, method: 'POST', json: upload });
  } catch (error) {
    return stopped(push, error, 0, 1);
  }
  push.outbox.markAccepted(id, 1);
  return sent(push, 1, 1);
}
