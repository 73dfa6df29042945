import { statusOf } from './table-clients.ts';

/**
 * Storage refused an entity for good (too large, a value or a name it cannot store): retrying the same
 * write can never succeed, so callers answer 4xx instead of 5xx (alert senders retry a 5xx forever).
 * `code` is Azure Tables' error code when it gave one ("PropertyValueTooLarge").
 */
export class StorageRefusedError extends Error {
  override readonly name = 'StorageRefusedError';
  readonly status: number;
  readonly code: string | undefined;

  constructor(message: string, status = 400, code?: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * Azure Tables' 400 codes that are about the entity itself (its size, its property names, values or
 * keys): https://learn.microsoft.com/rest/api/storageservices/table-service-error-codes and the common
 * codes. Other 400s (a malformed header, an unsupported query) are a fault of Baton, not of what a
 * sender sent: they stay ordinary errors (a 5xx, retried until Baton is fixed), never a refusal.
 */
const ENTITY_REFUSALS: ReadonlySet<string> = new Set([
  'EntityTooLarge',
  'PropertyValueTooLarge',
  'PropertyNameTooLong',
  'PropertyNameInvalid',
  'TooManyProperties',
  'InvalidValueType',
  'DuplicatePropertiesSpecified',
  'PropertiesNeedValue',
  'InvalidInput',
  'OutOfRangeInput',
  'InvalidDuplicateRow',
  'RequestBodyTooLarge',
]);

/** What each refusal means, in words a sender can act on. */
const WORDS: Readonly<Record<string, string>> = {
  EntityTooLarge: 'the record is larger than storage accepts (1 MiB)',
  PropertyValueTooLarge: 'a value is larger than storage accepts (64 KiB)',
  RequestBodyTooLarge: 'the change is larger than storage accepts',
  TooManyProperties: 'the record has more fields than storage accepts (252)',
};

/** Azure Tables' error code of an SDK error: on the error (transactions) or in its details (single operations). */
export function storageErrorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as { code?: unknown; details?: { errorCode?: unknown; odataError?: { code?: unknown } }; response?: { headers?: { get?(name: string): string | undefined } } };
  const candidates = [e.code, e.details?.errorCode, e.details?.odataError?.code, e.response?.headers?.get?.('x-ms-error-code')];
  return candidates.find((c): c is string => typeof c === 'string' && c !== '');
}

/** Azure Tables' permanent refusal of an entity, as a StorageRefusedError; anything else undefined. */
export function asStorageRefusal(err: unknown): StorageRefusedError | undefined {
  if (err instanceof StorageRefusedError) return err;
  const status = statusOf(err);
  const code = storageErrorCode(err);
  if (status === 413 || (status === 400 && code !== undefined && ENTITY_REFUSALS.has(code))) {
    const why = (code && WORDS[code]) ?? 'storage cannot store a value as it is';
    return new StorageRefusedError(`Storage refused the record: ${why} (${status}${code ? ` ${code}` : ''}).`, status ?? 400, code);
  }
  return undefined;
}
