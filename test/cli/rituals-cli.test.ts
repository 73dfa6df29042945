import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installed } from '../support/activities.ts';
import { azuriteConnectionString } from '../support/azurite.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { cardText } from '../teams/card-text.ts';
import { cardAction } from '../support/activities.ts';
import { runCli } from './run-cli.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';

describe('baton rituals (the admin’s shell, on the running service’s storage)', () => {
  let t: TestBaton;
  let env: Record<string, string>;
  let id: string;
  beforeAll(async () => {
    // The service sweeps its ritual outbox often here, so a card started from the shell goes out quickly.
    t = await startTestBaton();
    env = { AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(), BATON_TABLE_PREFIX: t.baton.config.storage.tablePrefix };
    await t.post(installed());
    await t.post(cardAction('setup.save', SETUP_CONTOSO));
    await t.connector.waitFor(1);
    id = (await t.baton.services.engagements.list())[0]!.id;
    t.connector.clear();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('starts a standup from the shell; the running service posts its card', async () => {
    const { code, stdout, stderr } = await runCli(['rituals', 'start', id, 'standup', '--json'], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).started).toMatch(/^standup\/now\//);
    await t.connector.waitFor(1, 15_000);
    expect(cardText(t.connector.received[0]!.activity)).toContain('Weekly standup');
  }, 30_000);

  it('starts a review once; a second start while it is open is refused with the reason', async () => {
    expect((await runCli(['rituals', 'start', id, 'review'], env)).stdout).toContain('Started review/now/');
    const again = await runCli(['rituals', 'start', id, 'review'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('A review is already open');
  }, 30_000);

  it('shows the schedule and where the rituals stand; bad input gets a clear error', async () => {
    const status = JSON.parse((await runCli(['rituals', 'status', id, '--json'], env)).stdout);
    expect(status).toMatchObject({
      engagement: id,
      schedule: { standup: { weekday: 1, time: '09:30' } },
      latestStandup: { status: 'open', answers: 0 },
      latestReview: { status: 'open', unsigned: ['internal', 'msp'] },
    });
    expect(status.nextStandup).toEqual(expect.any(String));
    expect((await runCli(['rituals', 'start', id, 'party'], env)).stderr).toContain('standup|review');
    expect((await runCli(['rituals', 'start', 'e-000000000000', 'standup'], env)).stderr).toMatch(/no engagement/i);
  }, 30_000);
});
