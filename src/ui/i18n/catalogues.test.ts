import { afterEach, describe, expect, it } from 'vitest';
import type { LocaleCatalogue } from './catalogue';
import { ENGLISH } from './en';
import { setFormats } from './format';
import { LOCALES } from './locales';

const CATALOGUES = import.meta.glob<{ default: LocaleCatalogue }>('./locales/*.ts', { eager: true });

/** Sample arguments for a message function: numbers as plurals see them, strings as names. */
const SAMPLES = [0, 1, 2, 5, 21];

afterEach(() => setFormats('en'));

describe('message catalogues', () => {
  const others = LOCALES.filter((l) => l !== 'en');

  it('has a catalogue for every language it offers', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(others.map((l) => `./locales/${l}.ts`).sort());
  });

  for (const locale of others) {
    const catalogue = CATALOGUES[`./locales/${locale}.ts`]?.default ?? {};
    describe(locale, () => {
      for (const [area, english] of Object.entries(ENGLISH) as [keyof LocaleCatalogue, Record<string, unknown>][]) {
        it(`translates every message of "${area}", each of the same kind as English`, () => {
          const own = (catalogue[area] ?? {}) as Record<string, unknown>;
          const missing = Object.keys(english).filter((key) => !(key in own));
          expect(missing, `${locale} lacks ${area}: ${missing.join(', ')}`).toEqual([]);
          const extra = Object.keys(own).filter((key) => !(key in english));
          expect(extra, `${locale} has keys English does not: ${extra.join(', ')}`).toEqual([]);
          for (const [key, value] of Object.entries(own)) expect(typeof value, `${area}.${key}`).toBe(typeof english[key]);
        });

        it(`words every message of "${area}" without throwing, with no placeholder left`, () => {
          setFormats(locale);
          for (const [key, value] of Object.entries((catalogue[area] ?? {}) as Record<string, unknown>)) {
            const texts =
              typeof value === 'function' ? SAMPLES.map((n) => String((value as (...a: unknown[]) => unknown)(n, n, n, n))) : [String(value)];
            for (const text of texts) {
              expect(text.trim(), `${area}.${key}`).not.toBe('');
              expect(text, `${area}.${key}`).not.toMatch(/\{[a-z]+\}|undefined|NaN/);
            }
          }
        });
      }
    });
  }
});
