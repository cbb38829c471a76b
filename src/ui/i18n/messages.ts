/**
 * Message catalogues: English is the source and the fallback, split by area and imported
 * by the words module of that area (so each stays in the chunk that shows it); the admin's
 * own catalogue, when not English, is loaded once at start (load.ts) and laid over it. A
 * key the admin's catalogue lacks falls back to English at run time (and fails
 * catalogues.test.ts).
 */
import type { Catalogue, LocaleCatalogue } from './catalogue';

let active: LocaleCatalogue = {};
const merged = new Map<keyof Catalogue, unknown>();

export function setCatalogue(catalogue: LocaleCatalogue): void {
  active = catalogue;
  merged.clear();
}

/** The area's messages in the admin's language, English where it has none. */
export function messages<K extends keyof Catalogue>(area: K, english: Catalogue[K]): Catalogue[K] {
  let hit = merged.get(area) as Catalogue[K] | undefined;
  if (hit === undefined) {
    hit = { ...english, ...(active[area] ?? {}) };
    merged.set(area, hit);
  }
  return hit;
}
