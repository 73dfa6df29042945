import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installed } from '../support/activities.ts';
import { azuriteConnectionString } from '../support/azurite.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { runCli } from './run-cli.ts';

describe('baton engagement (scripted provisioning on the service’s storage, while it runs)', () => {
  let t: TestBaton;
  let env: Record<string, string>;
  beforeAll(async () => {
    t = await startTestBaton();
    env = { AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(), BATON_TABLE_PREFIX: t.baton.config.storage.tablePrefix };
    await t.post(installed());
    await t.connector.waitFor(1);
  });
  afterAll(async () => {
    await t.stop();
  });

  it('lists engagements as JSON', async () => {
    const { code, stdout } = await runCli(['engagement', 'list', '--json'], env);
    expect(code).toBe(0);
    const list = JSON.parse(stdout);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ setUp: false, tenant: expect.any(String), team: expect.any(String) });
    expect(list[0].id).toMatch(/^e-[0-9a-z]{12}$/);
  });

  it('sets one up like the setup card, and the running service answers from it', async () => {
    const [{ id }] = JSON.parse((await runCli(['engagement', 'list', '--json'], env)).stdout);
    const { code, stdout, stderr } = await runCli(
      [
        'engagement',
        'setup',
        id,
        '--internal',
        'Contoso IT',
        '--msp',
        'Fabrikam MSP',
        '--tz',
        'Europe/London',
        '--template',
        'default',
        '--msp-tz',
        'Asia/Kolkata',
        '--msp-hours',
        '09:00-18:00',
        '--json',
      ],
      env,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      id,
      setUp: true,
      internal: 'Contoso IT',
      msp: 'Fabrikam MSP',
      timeZone: 'Europe/London',
      mspTimeZone: 'Asia/Kolkata',
      matrixVersion: 1,
      rows: 23,
    });
    const fresh = await t.baton.services.engagements.getFresh(id);
    expect(fresh).toMatchObject({
      setUp: true,
      matrixVersion: 1,
      internal: { name: 'Contoso IT', timeZone: 'Europe/London' },
      msp: { name: 'Fabrikam MSP', timeZone: 'Asia/Kolkata', hours: { start: '09:00', end: '18:00' } },
    });
  });

  it('refuses bad input naming the problem, and changes nothing', async () => {
    const [{ id }] = JSON.parse((await runCli(['engagement', 'list', '--json'], env)).stdout);
    const { code, stderr } = await runCli(['engagement', 'setup', id, '--internal', 'X', '--msp', 'Y', '--tz', 'Nowhere/Land'], env);
    expect(code).toBe(2);
    expect(stderr).toMatch(/IANA/);
    expect((await runCli(['engagement', 'setup', 'e-000000000000', '--internal', 'X', '--msp', 'Y', '--tz', 'UTC'], env)).stderr).toMatch(/No engagement/);
  });
});
