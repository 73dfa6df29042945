import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config/config.ts';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('runs with nothing set: embedded storage, port 3978, authentication off', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.storage).toMatchObject({ kind: 'embedded', dataDir: '.data', port: 10002 });
    expect(config.auth.appId).toBeUndefined();
  });

  it('uses Azure Table Storage when a connection string is given', () => {
    expect(loadConfig({ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' }).storage.kind).toBe('azure');
  });

  it('names every bad variable', () => {
    const found = problems({ PORT: 'eighty', BATON_DEFAULT_TIMEZONE: 'Mars/Base', LOG_LEVEL: 'loud', BATON_TABLE_PREFIX: '1-bad' });
    expect(found.join('\n')).toMatch(/PORT/);
    expect(found.join('\n')).toMatch(/BATON_DEFAULT_TIMEZONE/);
    expect(found.join('\n')).toMatch(/LOG_LEVEL/);
    expect(found.join('\n')).toMatch(/BATON_TABLE_PREFIX/);
  });

  it('requires the password, tenant and tenant allow-list once an app id is set', () => {
    const found = problems({ MicrosoftAppId: '00000000-1111-2222-3333-444444444444' }).join('\n');
    expect(found).toMatch(/MicrosoftAppPassword/);
    expect(found).toMatch(/MicrosoftAppTenantId/);
    expect(found).toMatch(/BATON_ALLOWED_TENANTS/);
    expect(problems({ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant', BATON_ALLOWED_TENANTS: '*' }).join('\n')).toMatch(/MicrosoftAppId/);
  });

  it('stops the real process with a message naming the variable', () => {
    const run = spawnSync(process.execPath, ['bot/main.ts'], { env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PORT/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
  });
});
