/** Gzip in the browser with its native CompressionStream: no library in the bundle. */

/** `text` as UTF-8, gzipped; null where the browser has no CompressionStream (the caller saves it plain). */
export async function gzipText(text: string): Promise<Blob | null> {
  if (!('CompressionStream' in globalThis)) return null;
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  // Written while read: awaiting the write first could wait forever on a full stream.
  const written = writer.write(new TextEncoder().encode(text)).then(() => writer.close());
  const reader = stream.readable.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  await written;
  return new Blob(chunks, { type: 'application/gzip' });
}
