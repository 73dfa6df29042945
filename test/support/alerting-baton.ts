import { expect } from 'vitest';
import type { AlertSettings } from '../../bot/domain/alerts/alert-settings.ts';
import type { Clock } from '../../bot/app/clock.ts';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import { cardAction, installed } from './activities.ts';
import { startTestBaton, type TestBaton } from './running-baton.ts';
import { SETUP_CONTOSO } from './setup-input.ts';

/** A running Baton installed in a team channel and set up (Contoso IT / Fabrikam MSP), with its alert credentials. */
export interface AlertingBaton {
  readonly t: TestBaton;
  readonly engagement: Engagement;
  readonly settings: AlertSettings;
}

export async function startAlertingBaton(options: { clock?: Clock } = {}): Promise<AlertingBaton> {
  const t = await startTestBaton(options);
  expect((await t.post(installed())).status).toBe(200);
  expect((await t.post(cardAction('setup.save', SETUP_CONTOSO))).status).toBe(200);
  const engagement = (await t.baton.services.engagements.list()).find((e) => e.conversationKind === 'channel')!;
  const settings = await t.baton.services.alertSettings.ensure(engagement.id);
  return { t, engagement, settings };
}
