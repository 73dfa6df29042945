import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths never written to logs: credentials, tokens, connection strings. */
const REDACT = [
  'password',
  'appPassword',
  'MicrosoftAppPassword',
  'connectionString',
  'AZURE_STORAGE_CONNECTION_STRING',
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  '*.password',
  '*.appPassword',
  '*.connectionString',
  '*.authorization',
  '*.token',
];

/**
 * What a logged error shows: its kind, message, stack and status, never its other fields (an Azure SDK
 * error carries the request it failed on, whose headers hold the storage account's signature).
 */
export function errorForLog(err: unknown): Record<string, unknown> {
  if (typeof err !== 'object' || err === null) return { message: String(err) };
  // An Error, or an error-like object ({ message, stack, status … } built by hand or thrown by a library).
  const e = err as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown; statusCode?: unknown; status?: unknown };
  if (!(err instanceof Error)) {
    return Object.fromEntries(
      (['name', 'message', 'stack', 'code', 'statusCode', 'status'] as const)
        .filter((k) => typeof e[k] === 'string' || typeof e[k] === 'number')
        .map((k) => [k === 'name' ? 'type' : k, e[k]]),
    );
  }
  return {
    type: (err as Error).name,
    message: (err as Error).message,
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: e.code } : {}),
    ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(typeof e.stack === 'string' ? { stack: e.stack } : {}),
  };
}

/** Structured JSON logs (pino). The CLI logs to stderr so stdout stays machine-readable. */
export function createLogger(level: string, destination: 'stdout' | 'stderr' = 'stdout'): Logger {
  return pino(
    { level, base: { app: 'baton' }, redact: { paths: REDACT, censor: '[redacted]' }, serializers: { err: errorForLog } },
    pino.destination(destination === 'stderr' ? 2 : 1),
  );
}
