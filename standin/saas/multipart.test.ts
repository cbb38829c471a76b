import { describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart } from './multipart';

const TYPE = 'multipart/form-data; boundary=----seat-review-1';
const body = (lines: string[]) => lines.join('\r\n');
const good = body([
  '------seat-review-1',
  'Content-Disposition: form-data; name="file"; filename="seat-review.json"',
  'Content-Type: application/json',
  '',
  '{"users":[]}',
  '------seat-review-1',
  'Content-Disposition: form-data; name="type"',
  '',
  'customIntegrationData',
  '------seat-review-1--',
  '',
]);

describe('parseMultipart', () => {
  it('reads the fields of a CRLF multipart body written as text', () => {
    expect(parseMultipart(TYPE, good)).toEqual({
      ok: true,
      parts: [
        { name: 'file', filename: 'seat-review.json', contentType: 'application/json', value: '{"users":[]}' },
        { name: 'type', value: 'customIntegrationData' },
      ],
    });
  });

  it('takes a quoted boundary and ignores a preamble', () => {
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
    const parsed = parseMultipart(
      'multipart/form-data; boundary=XY',
      body(['preamble', '--XY', 'Content-Disposition: form-data; name="a"', '', '1', '--XY--']),
    );
    expect(parsed).toEqual({ ok: true, parts: [{ name: 'a', value: '1' }] });
  });

  it('refuses what a server parser refuses', () => {
    expect(parseMultipart('application/json', good)).toMatchObject({ ok: false });
    expect(parseMultipart('multipart/form-data', good)).toMatchObject({ ok: false, message: expect.stringMatching(/boundary/) });
    expect(parseMultipart(TYPE, good.replace(/\r\n/g, '\n'))).toMatchObject({ ok: false, message: expect.stringMatching(/CRLF/) });
    expect(parseMultipart(TYPE, good.replace('------seat-review-1--', '------seat-review-1'))).toMatchObject({ ok: false });
    expect(parseMultipart(TYPE, good.replace('Content-Disposition: form-data; name="type"', 'Content-Disposition: attachment'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Content-Disposition/),
    });
    expect(parseMultipart(TYPE, good.replace('Content-Type: application/json\r\n\r\n', 'Content-Type: application/json\r\n'))).toMatchObject({
      ok: false,
    });
  });
});
