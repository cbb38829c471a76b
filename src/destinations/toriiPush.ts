/**
 * Sends a snapshot to Torii (from Torii's docs, not verified live): the whole roster as one
 * file, refused here before anything is sent when it is over Torii's 3 MB; uploaded as
 * multipart/form-data written as text, then a custom-integration sync of that file into the
 * app account. Another sync running (409) is waited out. Nothing is kept between attempts:
 * any failure uploads the file and syncs again, whole, next time.
 */
import type { PushResult } from '../snapshot/push';
import { bindTarget, platformRequest, refusedBeforeSending, sent, stopped, UnexpectedAnswerError, whileBusy, type PlatformPush } from './sending';
import {
  byteLength,
  TORII_MAX_FILE_BYTES,
  TORII_SYNC_URL,
  TORII_UPLOAD_URL,
  toriiAppAccount,
  toriiFile,
  toriiFileIdOf,
  toriiMultipart,
} from './torii';

export async function pushTorii(push: PlatformPush): Promise<PushResult> {
  const id = push.snapshot.header.snapshot_id;
  const text = JSON.stringify(toriiFile(push.snapshot));
  bindTarget(push, 1);
  const bytes = byteLength(text);
  if (bytes > TORII_MAX_FILE_BYTES) {
    // 413: what Torii would answer; nothing was sent.
    return refusedBeforeSending(push, { code: 'file-too-large', destination: 'torii', bytes, limit: TORII_MAX_FILE_BYTES }, 1, 413);
  }
  push.onProgress?.({ index: 1, count: 1, accepted: 0 });
  try {
    const form = toriiMultipart(text, id);
    const { body } = await platformRequest(push, { url: TORII_UPLOAD_URL, method: 'POST', text: { contentType: form.contentType, data: form.body } });
    const idFile = toriiFileIdOf(body);
    if (idFile === null) throw new UnexpectedAnswerError('upload-file');
    const sync = { idFile, idAppAccount: toriiAppAccount(push.destinationId) };
    await whileBusy(push, () => platformRequest(push, { url: TORII_SYNC_URL, method: 'PUT', json: sync }));
  } catch (error) {
    return stopped(push, error, 0, 1);
  }
  push.outbox.markAccepted(id, 1);
  return sent(push, 1, 1);
}
