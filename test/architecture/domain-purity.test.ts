import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
}

const ADAPTERS = /^(botbuilder|botframework-|restify|@azure\/|azurite)/;

describe('architecture', () => {
  it.each(['bot/domain', 'cards'])('%s imports nothing from botbuilder, restify or Azure', (dir) => {
    const offenders = sourceFiles(dir).flatMap((file) =>
      importsOf(file)
        .filter((spec) => ADAPTERS.test(spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the domain core does not reach out to the layers around it', () => {
    const offenders = sourceFiles('bot/domain').flatMap((file) =>
      importsOf(file)
        .filter((spec) => /\/(app|storage|teams|http|cli|config)\//.test(spec) || spec.includes('/cards/'))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the import scanner sees imports (so the checks above can fail)', () => {
    expect(importsOf('bot/teams/cloud-adapter.ts')).toContain('botbuilder');
  });
});
