import { describe, expect, it } from 'vitest';
import { ensureHostBuilt, hostSourceHash, isHostBuildFresh, loadHostBuild } from './build';

describe('host page build', () => {
  it('is built from the current sources and self-contained (nothing from a CDN)', async () => {
    await ensureHostBuilt();
    expect(isHostBuildFresh()).toBe(true);
    expect(hostSourceHash()).toBe(hostSourceHash());
    const files = await loadHostBuild();
    const html = files.get('index.html')?.body.toString('utf8') ?? '';
    const refs = [...html.matchAll(/(?:src|href)="\/__standin\/host\/([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThanOrEqual(2);
    for (const ref of refs) expect(files.has(ref), ref).toBe(true);
    for (const [name, file] of files) {
      const text = file.body.toString('utf8');
      expect(text, name).not.toMatch(/<script[^>]+src="https?:/);
      expect(text, name).not.toMatch(/(?:import\s*\(?|from)\s*["']https?:/);
      expect(text, name).not.toMatch(/@import\s+url\(["']?https?:/);
    }
  }, 60_000);
});
