/**
 * Reads a multipart/form-data body that arrived as text (ZAF's proxy carries no binary, so
 * the app writes its multipart body as a string). Strict as a server's parser is: the
 * boundary from the Content-Type, CRLF line ends (RFC 7578 / RFC 2046), a closing
 * delimiter, and a Content-Disposition `form-data; name=...` on every part.
 */

export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  value: string;
}

export type FormParse = { ok: true; parts: FormPart[] } | { ok: false; message: string };

/** `boundary` of a multipart/form-data Content-Type, or null when it is not one. */
export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  return boundary && boundary.length <= 70 ? boundary : null;
}

function parameter(value: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i').exec(value);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]?.trim();
}

export function parseMultipart(contentType: string | undefined, text: string): FormParse {
  const boundary = boundaryOf(contentType);
  if (boundary === null) return { ok: false, message: 'Send multipart/form-data with a boundary.' };
  // Every delimiter follows a CRLF, the first one may start the body.
  const segments = `\r\n${text}`.split(`\r\n--${boundary}`);
  if (segments.length < 3) return { ok: false, message: 'The body has no parts between CRLF-delimited boundaries (lines must end in CRLF).' };
  const last = segments.pop() ?? '';
  if (!last.startsWith('--')) return { ok: false, message: 'The body does not end with the closing boundary.' };
  const parts: FormPart[] = [];
  // segments[0] is the preamble, ignored as the RFC says.
  for (const segment of segments.slice(1)) {
    const body = segment.replace(/^[ \t]*\r\n/, '');
    if (body === segment) return { ok: false, message: 'A boundary line must end in CRLF.' };
    const split = body.indexOf('\r\n\r\n');
    if (split < 0) return { ok: false, message: 'A part has no blank line (CRLF CRLF) after its headers.' };
    const headers = new Map<string, string>();
    for (const line of body.slice(0, split).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return { ok: false, message: `A part header is malformed: "${line}".` };
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const disposition = headers.get('content-disposition') ?? '';
    const name = parameter(disposition, 'name');
    if (!/^form-data\s*;/i.test(disposition) || name === undefined) {
      return { ok: false, message: 'Every part needs Content-Disposition: form-data; name="...".' };
    }
    const part: FormPart = { name, value: body.slice(split + 4) };
    const filename = parameter(disposition, 'filename');
    if (filename !== undefined) part.filename = filename;
    const type = headers.get('content-type');
    if (type !== undefined) part.contentType = type;
    parts.push(part);
  }
  return { ok: true, parts };
}
