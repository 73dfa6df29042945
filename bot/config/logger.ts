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

/** Structured JSON logs (pino). The CLI logs to stderr so stdout stays machine-readable. */
export function createLogger(level: string, destination: 'stdout' | 'stderr' = 'stdout'): Logger {
  return pino(
    { level, base: { app: 'baton' }, redact: { paths: REDACT, censor: '[redacted]' } },
    pino.destination(destination === 'stderr' ? 2 : 1),
  );
}
