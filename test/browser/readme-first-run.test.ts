import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissingReason, requireOrSkip } from './chromium-requirement.ts';
import { inEmulator, startEmulatorSession, stopEmulatorSession, type EmulatorSession } from './emulator-session.ts';

/**
 * The README's first run, as a newcomer does it in Microsoft's Teams emulator (issue 12, item 1): the
 * emulator opens on the personal chat with Baton; they set Baton up there, then open the team channel.
 * One engagement, not two: the channel says the setup moved there, both places answer from the same
 * matrix, and `away` said in the personal chat shows in the channel. Screenshots in test-results/browser/.
 */

const canRun = chromiumMissingReason() === undefined;

describe('the README’s first run in the Teams emulator: one setup for the personal chat and the team', () => {
  const session: EmulatorSession = { log: [] };
  beforeAll(async () => {
    if (canRun) await startEmulatorSession(session);
  }, 120_000);
  afterAll(() => stopEmulatorSession(session), 60_000);

  it('sets up once in the personal chat; the team channel takes that setup; away in one place shows in the other', async (ctx) => {
    requireOrSkip(ctx.skip);
    await inEmulator(
      session,
      async (_page, emulator, shot) => {
        await emulator.open(session.playground!.url);
        // The first screen: the personal chat, with a short welcome that says where a setup applies.
        const welcome = emulator.cards("Hi, I'm Baton");
        await welcome.waitFor();
        expect(await welcome.innerText()).toMatch(/personal chat only/i);
        await shot('readme-01-first-screen');

        await welcome.getByRole('button', { name: 'Set up' }).click();
        const setupCard = emulator.cards('Name both sides');
        await setupCard.waitFor();
        await emulator.fillSetupCard(setupCard);
        await setupCard.getByRole('button', { name: 'Save setup' }).click();
        await emulator.cards('Baton is set up').waitFor();
        await shot('readme-02-set-up-in-personal-chat');

        const personalAnswer = await emulator.sayInChat('who owns server patching?');
        expect(await personalAnswer.innerText()).toContain('Patch management for servers');

        // The team channel: the setup moved here; no second setup card.
        await emulator.openTeamChannel();
        const moved = emulator.cards('Baton is set up for this team');
        await moved.waitFor();
        expect(await moved.innerText()).toContain('Contoso IT');
        expect(await emulator.cards('Name both sides').count()).toBe(0);
        await shot('readme-03-channel-takes-the-setup');
        const engagements = await session.baton!.services.engagements.list();
        expect(engagements).toHaveLength(1);
        expect(engagements[0]).toMatchObject({ setUp: true, conversationKind: 'channel' });

        const channelAnswer = await emulator.askInChannel('who owns server patching?');
        expect(await channelAnswer.locator('.ac-adaptiveCard').innerText()).toContain('Patch management for servers');

        // Away said in the personal chat shows in the channel: the same engagement.
        await emulator.openPersonalChat();
        const away = await emulator.sayInChat('away until friday');
        expect(await away.innerText()).toMatch(/away/i);
        await emulator.openTeamChannel();
        const people = await emulator.askInChannel('people');
        expect(await people.locator('.ac-adaptiveCard').innerText()).toMatch(/Alex Wilber.*away until/);
        await shot('readme-04-away-shows-in-channel', people);

        expect(await emulator.errorBanners().count()).toBe(0);
        expect(await emulator.failedActivitiesInLog()).toEqual([]);
        expect(session.log.map((entry) => entry.line)).toEqual([]);
      },
      'readme-failure',
    );
  }, 180_000);
});
