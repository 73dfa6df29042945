import type { IncomingMessage } from 'node:http';
import { createBrotliDecompress, createGunzip, createInflate, type BrotliDecompress, type Gunzip, type Inflate } from 'node:zlib';

/**
 * Reads a request body ourselves, before any parser sees it: restify's own body reader inflates a
 * `Content-Encoding: gzip` body with a stream that has no error handler (a body that is not gzip
 * ends the process) and counts its size limit in compressed bytes (204 KB of gzip became 200 MB).
 *
 * Here every stream error is handled, the limit counts the DECODED bytes, and reading stops (and
 * the connection is closed) as soon as either the bytes on the wire or the decoded bytes pass it.
 */

export type BodyRead = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly status: 400 | 413 | 415; readonly message: string };

/** Encodings Baton decodes. Anything else is refused (415) before a byte is read. */
const DECODERS: ReadonlyMap<string, () => Gunzip | Inflate | BrotliDecompress> = new Map([
  ['gzip', () => createGunzip()],
  ['x-gzip', () => createGunzip()],
  ['deflate', () => createInflate()],
  ['br', () => createBrotliDecompress()],
]);

/** The decoders a Content-Encoding header asks for, in the order to apply them; undefined when one is unknown. */
export function decodersFor(header: string | undefined): Array<() => Gunzip | Inflate | BrotliDecompress> | undefined {
  const codings = (header ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  // Listed in the order they were applied: undo the last one first. Two layers are plenty.
  if (codings.length > 2) return undefined;
  const decoders: Array<() => Gunzip | Inflate | BrotliDecompress> = [];
  for (const coding of codings.reverse()) {
    const make = DECODERS.get(coding);
    if (!make) return undefined;
    decoders.push(make);
  }
  return decoders;
}

/**
 * The whole body, decoded, or why not. `maxBytes` bounds both what is read from the socket and what
 * decoding produces. On a refusal the rest of the request is not read: the caller answers and the
 * connection is closed, so an attacker cannot make Baton read (or inflate) more.
 */
export function readRequestBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  const decoders = decodersFor(req.headers['content-encoding']);
  if (!decoders) {
    return Promise.resolve({ ok: false, status: 415, message: 'Unsupported Content-Encoding: send identity, gzip, deflate or br.' });
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.resolve(tooLarge(maxBytes));
  }
  return new Promise<BodyRead>((resolve) => {
    let settled = false;
    let wireBytes = 0;
    let decodedBytes = 0;
    const chunks: Buffer[] = [];
    const streams = decoders.map((make) => make());
    const finish = (result: BodyRead) => {
      if (settled) return;
      settled = true;
      if (!result.ok) {
        // Stop reading: nothing more of this request is taken in or inflated.
        req.unpipe();
        req.pause();
        for (const s of streams) s.destroy();
      }
      resolve(result);
    };
    for (const s of streams) s.on('error', () => finish({ ok: false, status: 400, message: 'The body is not valid for its Content-Encoding.' }));
    req.on('error', () => finish({ ok: false, status: 400, message: 'The request body could not be read.' }));
    req.on('aborted', () => finish({ ok: false, status: 400, message: 'The request body was cut off.' }));
    req.on('data', (chunk: Buffer) => {
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) finish(tooLarge(maxBytes));
    });
    const last = streams.reduce<NodeJS.ReadableStream>((source, s) => source.pipe(s), req);
    last.on('data', (chunk: Buffer) => {
      if (settled) return;
      decodedBytes += chunk.length;
      if (decodedBytes > maxBytes) {
        finish(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    last.on('end', () => finish({ ok: true, bytes: Buffer.concat(chunks) }));
  });
}

function tooLarge(maxBytes: number): BodyRead {
  return { ok: false, status: 413, message: `The body is larger than ${Math.round(maxBytes / 1024)} KB (decoded).` };
}
