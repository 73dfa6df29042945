import type { TableClient } from '@azure/data-tables';

/**
 * Request policies added to every TableClient Baton opens (see openTables). Both rewrite the JSON of
 * a request body into an equivalent JSON text (RFC 8259 §7: a character and its \uXXXX escape are the
 * same string), so what Azure Tables or Azurite stores is exactly what Baton meant to store.
 *
 * 1. Entity group transactions ($batch), always. The SDK sends a transaction as multipart/mixed
 *    with one JSON line per operation (@azure/data-tables TablePolicies.js getNextSubrequestBodyPart:
 *    `subRequest.push(String(request.body))`, the body being core-client's JSON.stringify, which leaves
 *    U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR raw, as JSON allows). Azurite finds each
 *    operation's JSON with `subRequest.match(/{+.+}+/)` (azurite dist/src/table/batch/
 *    TableBatchSerialization.js, deserializeBatchRequest); in JavaScript `.` does not match U+2028 or
 *    U+2029, so the JSON is cut at the first one: several operations → "Couldn't extract path from
 *    sub-Request" → 500 (retried by the SDK for ~5 s); ONE operation → no JSON found, the entity is
 *    written with no properties at all, silently. Written as the escapes `\u2028` / `\u2029`, the
 *    body has no such character left and any parser (Azurite's regex, Azure's OData reader) reads the
 *    same string. No other character needs it: JSON.stringify already escapes every other line break
 *    (\n, \r), NUL and the C0 controls, and lone surrogates (as \udXXX); `.` matches U+0085, U+FEFF.
 *
 * 2. Single-entity writes to the storage EMULATOR only. Azurite reads a non-batch body by joining the
 *    socket's chunks as strings (azurite dist/src/table/generated/utils/serializer.js
 *    readRequestIntoText: `segments.join("")` on Buffers), so a multi-byte UTF-8 character that
 *    straddles a chunk boundary (every ~64 KiB) becomes U+FFFD replacement characters: a large
 *    matrix with ✓ or é in it was stored corrupted, silently. A pure-ASCII body has no multi-byte
 *    character to split. Not done for real Azure, which reads bodies correctly and whose batch limit
 *    (4 MiB) counts request bytes that escaping would grow.
 */

type Pipeline = TableClient['pipeline'];
type PipelinePolicy = Parameters<Pipeline['addPolicy']>[0];
type PipelineRequest = Parameters<PipelinePolicy['sendRequest']>[0];

export const BATCH_LINE_SEPARATOR_POLICY = 'batonBatchLineSeparatorPolicy';
export const EMULATOR_ASCII_JSON_POLICY = 'batonEmulatorAsciiJsonPolicy';
/** core-client's policy that turns an operation's body into JSON text: ours run after it. */
const SERIALIZATION_POLICY = 'serializationPolicy';

const LINE_SEPARATOR = /[\u2028\u2029]/;
const LINE_SEPARATORS = /[\u2028\u2029]/g;
const NON_ASCII = /[^\u0000-\u007f]/g;

const escapeCodeUnit = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The JSON text with U+2028 / U+2029 written as escapes (same JSON value). */
export function escapeJsonLineSeparators(json: string): string {
  return json.replace(LINE_SEPARATORS, escapeCodeUnit);
}

/** The JSON text in pure ASCII: every other UTF-16 code unit as a \uXXXX escape (same JSON value). */
export function asciiJson(json: string): string {
  return json.replace(NON_ASCII, escapeCodeUnit);
}

/**
 * A $batch body with U+2028 / U+2029 escaped in its JSON parts. The parts are separated by CRLF and
 * each operation's JSON is one line (JSON.stringify writes no raw CR or LF); only lines that are JSON
 * objects are touched, the multipart boundaries, request lines and headers are left as they are
 * (they are ASCII: keys in the request URLs are percent-encoded).
 */
export function escapeBatchBody(body: string): string {
  if (!LINE_SEPARATOR.test(body)) return body;
  return body
    .split('\r\n')
    .map((line) => (line.startsWith('{') ? escapeJsonLineSeparators(line) : line))
    .join('\r\n');
}

function isBatch(request: PipelineRequest): boolean {
  return request.method === 'POST' && /\/\$batch(?:\?|$)/.test(request.url);
}

function isJsonBody(request: PipelineRequest): boolean {
  return /json/i.test(request.headers.get('content-type') ?? '');
}

export function batchLineSeparatorPolicy(): PipelinePolicy {
  return {
    name: BATCH_LINE_SEPARATOR_POLICY,
    sendRequest(request, next) {
      if (typeof request.body === 'string' && isBatch(request)) request.body = escapeBatchBody(request.body);
      return next(request);
    },
  };
}

export function emulatorAsciiJsonPolicy(): PipelinePolicy {
  return {
    name: EMULATOR_ASCII_JSON_POLICY,
    sendRequest(request, next) {
      if (typeof request.body === 'string' && !isBatch(request) && isJsonBody(request)) request.body = asciiJson(request.body);
      return next(request);
    },
  };
}

/**
 * Adds the policies to a client's pipeline. They run in the Serialize phase, after the body is JSON
 * text and before the shared-key policy computes Content-Length from it (and before any retry).
 */
export function addTableRequestPolicies(client: TableClient, options: { emulator: boolean }): void {
  const placement = { phase: 'Serialize' as const, afterPolicies: [SERIALIZATION_POLICY] };
  client.pipeline.addPolicy(batchLineSeparatorPolicy(), placement);
  if (options.emulator) client.pipeline.addPolicy(emulatorAsciiJsonPolicy(), placement);
}
