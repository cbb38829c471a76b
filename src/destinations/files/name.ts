/** The names of the files downloaded for platforms that take an upload (Flexera One, Zylo). */
import type { Snapshot } from '../../snapshot/build';

export type FilePlatform = 'flexera' | 'zylo';

/** `seat-review-<platform>-<subdomain>-<yyyy-mm-dd>.<extension>`: the account made file-safe, the day the snapshot was built. */
export function platformFileName(platform: FilePlatform, snapshot: Snapshot, extension: string): string {
  const safe = snapshot.header.source.workspace.replace(/[^a-z0-9-]/gi, '') || 'zendesk';
  return `seat-review-${platform}-${safe}-${snapshot.header.generated_at.slice(0, 10)}.${extension}`;
}
