/**
 * Sends a snapshot to Zluri as one sync (from Zluri's docs, not verified live): create the
 * sync, upload every page, then finish it, only once every page is accepted (nothing counts
 * in Zluri before the finish). The outbox keeps the sync id and the accepted pages, so a
 * push stopped mid-way resumes the SAME sync with the missing pages (a page sent again
 * overwrites itself). A sync Zluri no longer takes pages in (gone, finished or failed)
 * starts again, once per push, in a new sync from page 1. A sync left running by a
 * superseded snapshot is reused: its pages are overwritten, and pages beyond the new
 * snapshot's count are sent empty. Another sync running at create (409) is waited out.
 */
import { GatewayError } from '../zaf/errors';
import type { PushResult } from '../snapshot/push';
import type { PendingSync } from '../snapshot/outbox';
import { bindTarget, platformRequest, sent, stopped, SyncFailedError, UnexpectedAnswerError, whileBusy, type PlatformPush } from './sending';
import { zluriPages, zluriSyncOf, type ZluriPage } from './zluri';

/** Answers to a page or the finish that may mean the sync no longer takes them: its status is read to tell. */
const MAY_BE_GONE: ReadonlySet<number> = new Set([404, 409, 410, 422]);

/** What Zluri says of a sync: its status, or `gone` when it does not know it. */
async function syncStatus(push: PlatformPush, syncId: string): Promise<string> {
  try {
    const { body } = await platformRequest(push, { url: `${push.url}/syncs/${encodeURIComponent(syncId)}`, method: 'GET' });
    return zluriSyncOf(body)?.status ?? 'running';
  } catch (error) {
    if (error instanceof GatewayError && (error.status === 404 || error.status === 410)) return 'gone';
    throw error;
  }
}

async function createSync(push: PlatformPush): Promise<string> {
  const { body } = await whileBusy(push, () => platformRequest(push, { url: `${push.url}/syncs`, method: 'POST', json: {} }));
  const sync = zluriSyncOf(body);
  if (sync === null) throw new UnexpectedAnswerError('create-sync');
  return sync.id;
}

/** Reads the sync's status after a refusal that may mean it is gone: the refusal is thrown on while it still runs. */
async function goneOrThrow(push: PlatformPush, syncId: string, error: unknown): Promise<string> {
  if (!(error instanceof GatewayError && MAY_BE_GONE.has(error.status))) throw error;
  const status = await syncStatus(push, syncId);
  if (status === 'running') throw error;
  return status;
}

export async function pushZluri(push: PlatformPush): Promise<PushResult> {
  const { outbox, target } = push;
  const id = push.snapshot.header.snapshot_id;
  const pages = zluriPages(push.snapshot);
  const count = pages.length;
  const accepted = bindTarget(push, count);
  const kept = outbox.load().pending?.sync ?? null;
  let sync: PendingSync | null = kept?.target === target ? kept : null;
  let sentNow = 0;

  const page = async (syncId: string, body: ZluriPage): Promise<void> => {
    await platformRequest(push, { url: `${push.url}/syncs/${encodeURIComponent(syncId)}/data/snapshots`, method: 'POST', json: body });
  };

  /** Uploads what is missing and finishes it: done, or what Zluri said of a sync that no longer takes pages. */
  const complete = async (current: PendingSync): Promise<{ done: true } | { gone: string }> => {
    for (const body of pages) {
      if (accepted.has(body.page)) continue;
      push.onProgress?.({ index: body.page, count, accepted: accepted.size });
      try {
        await page(current.id, body);
      } catch (error) {
        // Finished by someone else, or failed: either way not ours to finish.
        return { gone: await goneOrThrow(push, current.id, error) };
      }
      accepted.add(body.page);
      sentNow += 1;
      outbox.markAccepted(id, body.page);
    }
    // Pages an older, larger snapshot left in this sync would otherwise count as users.
    for (let n = count + 1; n <= current.pages; n += 1) await page(current.id, { entity: 'users', page: n, data: [] });
    try {
      const { body } = await platformRequest(push, { url: `${push.url}/syncs/${encodeURIComponent(current.id)}/finish`, method: 'POST', json: {} });
      if (zluriSyncOf(body)?.status === 'failed') throw new SyncFailedError('the sync failed');
      return { done: true };
    } catch (error) {
      if (error instanceof SyncFailedError) throw error;
      // A finish refused because an earlier one (whose answer was lost) went through.
      const status = await goneOrThrow(push, current.id, error);
      return status === 'finished' ? { done: true } : { gone: status };
    }
  };

  try {
    if (sync !== null) {
      const status = await syncStatus(push, sync.id);
      // Every page was in and the finish went through, only its answer was lost.
      if (status === 'finished' && accepted.size === count) return sent(push, count, 0);
      if (status !== 'running') {
        outbox.syncGone(id, status, push.now());
        accepted.clear();
        sync = null;
      }
    }
    for (let round = 1; ; round += 1) {
      if (sync === null) {
        sync = { id: await createSync(push), target, pages: 0 };
        outbox.startSync(id, sync);
        accepted.clear();
      }
      const outcome = await complete(sync);
      if ('done' in outcome) return sent(push, count, sentNow);
      // Gone twice in one push: something else finishes or drops the syncs; the admin is told.
      if (round > 1) throw new SyncFailedError(`sync ${outcome.gone}`);
      outbox.syncGone(id, outcome.gone, push.now());
      accepted.clear();
      sync = null;
    }
  } catch (error) {
    return stopped(push, error, accepted.size, count);
  }
}
