import { describe, expect, it } from 'vitest';
import { COLUMNS, columnByKey, type ColumnKey } from '../../seats/columns';
import { memoryStore } from '../../storage/store';
import { refusingStore } from '../../test/fullStorage';
import { COLUMNS_STORAGE_KEY, readHidden, shownColumns, writeHidden } from './columnChoice';

const keys = (list: readonly { key: ColumnKey }[]): ColumnKey[] => list.map((c) => c.key);

describe('column choice', () => {
  it('keeps the hidden columns in the store and reads them back', () => {
    const store = memoryStore();
    writeHidden(new Set<ColumnKey>(['email', 'createdAt']), store);
    expect(JSON.parse(store.getItem(COLUMNS_STORAGE_KEY) ?? '')).toEqual({ hidden: ['createdAt', 'email'] });
    expect([...readHidden(store)].sort()).toEqual(['createdAt', 'email']);
  });

  it('hides nothing when nothing, or nothing readable, was kept', () => {
    const store = memoryStore();
    expect(readHidden(store).size).toBe(0);
    expect(readHidden(null).size).toBe(0);
    for (const kept of ['{not json', '"email"', '{"hidden":"email"}', '[]']) {
      store.setItem(COLUMNS_STORAGE_KEY, kept);
      expect(readHidden(store).size, kept).toBe(0);
    }
  });

  it('drops what it does not know, and never hides the name', () => {
    const store = memoryStore();
    store.setItem(COLUMNS_STORAGE_KEY, JSON.stringify({ hidden: ['name', 'gone', 3, 'verified'] }));
    expect([...readHidden(store)]).toEqual(['verified']);
  });

  it('survives a store that refuses to be read or written', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(readHidden(throwing).size).toBe(0);
    const full = refusingStore(() => true);
    expect(() => writeHidden(new Set<ColumnKey>(['email']), full)).not.toThrow();
    expect(full.data.size).toBe(0);
  });

  it('shows the name and seat class first (they are pinned), then the rest in the order given', () => {
    const order = (['email', 'idle', 'seatClass', 'name', 'createdAt'] as const).map(columnByKey);
    expect(keys(shownColumns(order, new Set()))).toEqual(['name', 'seatClass', 'email', 'idle', 'createdAt']);
    expect(keys(shownColumns(order, new Set<ColumnKey>(['seatClass', 'idle', 'name'])))).toEqual(['name', 'email', 'createdAt']);
  });

  it('shows every column until one is hidden', () => {
    expect(shownColumns(COLUMNS, new Set())).toHaveLength(COLUMNS.length);
  });
});
