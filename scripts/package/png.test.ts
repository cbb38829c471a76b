import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPngSize } from './png';

const assets = resolve(__dirname, '../../assets');

/** A minimal PNG header (signature + IHDR) for the given size. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // IHDR
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('readPngSize', () => {
  it('reads the committed logos: logo.png is 320x320, logo-small.png 128x128', () => {
    expect(readPngSize(readFileSync(resolve(assets, 'logo.png')))).toEqual({ width: 320, height: 320 });
    expect(readPngSize(readFileSync(resolve(assets, 'logo-small.png')))).toEqual({ width: 128, height: 128 });
  });

  it('reads width and height big-endian from IHDR', () => {
    expect(readPngSize(pngHeader(70_000, 3))).toEqual({ width: 70_000, height: 3 });
  });

  it('reads a PNG inside a larger buffer (non-zero byteOffset)', () => {
    const header = pngHeader(12, 34);
    const buffer = new Uint8Array(header.length + 5);
    buffer.set(header, 5);
    expect(readPngSize(buffer.subarray(5))).toEqual({ width: 12, height: 34 });
  });

  it('returns null for what is not a PNG', () => {
    expect(readPngSize(readFileSync(resolve(assets, 'logo.svg')))).toBeNull();
    expect(readPngSize(new Uint8Array(0))).toBeNull();
    expect(readPngSize(pngHeader(10, 10).subarray(0, 20))).toBeNull();
    const wrongChunk = pngHeader(10, 10);
    wrongChunk.set([0x49, 0x44, 0x41, 0x54], 12); // IDAT first
    expect(readPngSize(wrongChunk)).toBeNull();
    const badSignature = pngHeader(10, 10);
    badSignature[1] = 0;
    expect(readPngSize(badSignature)).toBeNull();
  });
});
