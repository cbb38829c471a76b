import { describe, expect, it } from 'vitest';
import { createZip, readZip } from './zip';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('createZip', () => {
  it('round-trips the entries, sorted', () => {
    const zip = createZip([
      { path: 'manifest.json', data: text('{}') },
      { path: 'assets/index.html', data: text('<html>') },
      { path: 'translations/en.json', data: text('{"app":{}}') },
    ]);
    const entries = readZip(zip);
    expect(Object.keys(entries)).toEqual(['assets/index.html', 'manifest.json', 'translations/en.json']);
    expect(new TextDecoder().decode(entries['translations/en.json'])).toBe('{"app":{}}');
  });

  it('gives the same bytes for the same package', () => {
    const entries = [
      { path: 'b.txt', data: text('b') },
      { path: 'a.txt', data: text('a') },
    ];
    expect(createZip(entries)).toEqual(createZip([...entries].reverse()));
  });

  it('refuses blocked file types, unsafe paths and duplicates', () => {
    expect(() => createZip([{ path: 'assets/x.zip', data: text('') }])).toThrow('blocked file type (.zip)');
    expect(() => createZip([{ path: '../manifest.json', data: text('') }])).toThrow('unsafe entry path');
    expect(() => createZip([{ path: '/manifest.json', data: text('') }])).toThrow('unsafe entry path');
    expect(() =>
      createZip([
        { path: 'a.txt', data: text('') },
        { path: 'a.txt', data: text('') },
      ]),
    ).toThrow('duplicate entry');
  });
});
