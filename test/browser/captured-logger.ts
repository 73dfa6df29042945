import { pino, type Logger } from 'pino';

export interface CapturedLog {
  readonly level: number;
  readonly msg: string;
  /** Every field of the JSON line. */
  readonly fields: Record<string, unknown>;
  readonly line: string;
}

/** A pino logger for Baton that keeps warnings and errors in memory (nothing on stdout), so a test can assert on them. */
export function capturedLogger(): { logger: Logger; entries: CapturedLog[] } {
  const entries: CapturedLog[] = [];
  const logger = pino(
    { level: 'warn', base: { app: 'baton' } },
    {
      write(line: string) {
        try {
          const fields = JSON.parse(line) as Record<string, unknown>;
          entries.push({ level: Number(fields.level ?? 0), msg: String(fields.msg ?? ''), fields, line: line.trim() });
        } catch {
          entries.push({ level: 60, msg: line.trim(), fields: {}, line: line.trim() });
        }
      },
    },
  );
  return { logger, entries };
}
