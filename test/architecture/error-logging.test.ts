import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { errorForLog } from '../../bot/config/logger.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('error logs', () => {
  it('pass the error itself as `err`, so the logger’s serializer keeps its stack (no hand-built { message })', () => {
    const offenders = sourceFiles('bot').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => /\berr:\s*\{\s*message\b/.test(line))
        .map(({ at }) => at),
    );
    expect(offenders).toEqual([]);
  });

  it('the serializer writes the kind, message and stack, and nothing else the error carries', () => {
    const lines: string[] = [];
    const out = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = pino({ serializers: { err: errorForLog } }, out);
    const err = Object.assign(new Error('storage said no'), { statusCode: 503, request: { headers: { authorization: 'SharedKey secret' } } });
    logger.error({ err }, 'write failed');
    const logged = JSON.parse(lines[0]!).err;
    expect(logged).toMatchObject({ type: 'Error', message: 'storage said no', statusCode: 503 });
    expect(logged.stack).toContain('error-logging.test.ts');
    expect(JSON.stringify(logged)).not.toContain('secret');
  });
});
