import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissingReason, requireOrSkip } from './chromium-requirement.ts';
import { inEmulator, startEmulatorSession, stopEmulatorSession, type EmulatorSession } from './emulator-session.ts';

/**
 * A user's first minutes with Baton in Microsoft's local Teams emulator, in headless Chromium:
 * the team channel shows the welcome and setup cards, setup is saved from the card (the card turns into
 * the summary in place), and @mentioning Baton answers "who owns server patching?" from the default
 * matrix and reports a gap for the coffee machine. Screenshots land in test-results/browser/.
 */

const canRun = chromiumMissingReason() === undefined;

describe('Baton in the Teams emulator (headless Chromium)', () => {
  const session: EmulatorSession = { log: [] };
  beforeAll(async () => {
    if (canRun) await startEmulatorSession(session);
  }, 120_000);

  afterAll(() => stopEmulatorSession(session), 60_000);

  it('sets Baton up from the setup card in a team channel, then answers @mentions: an owner and a gap', async (ctx) => {
    requireOrSkip(ctx.skip);
    await inEmulator(
      session,
      async (page, emulator, shot) => {
        await emulator.open(session.playground!.url);
        await emulator.openTeamChannel();

        // Installing Baton in the team posts one short welcome card; its Set up button opens the form in place.
        const welcome = emulator.cards("Hi, I'm Baton");
        await welcome.waitFor();
        expect(await emulator.allCards().count()).toBe(1);
        expect(await welcome.innerText()).toContain('Applies to this team');
        await shot('01-channel-after-install');
        await welcome.getByRole('button', { name: 'Set up' }).click();
        const setupCard = emulator.cards('Name both sides');
        await setupCard.waitFor();

        await emulator.fillSetupCard(setupCard);
        expect(await setupCard.getByRole('radio', { name: /default template/ }).isChecked()).toBe(true);
        await shot('02-setup-card-filled', setupCard);

        // Action.Execute → invoke adaptiveCard/action → the card is replaced in place by the summary.
        await setupCard.getByRole('button', { name: 'Save setup' }).click();
        const doneCard = emulator.cards('Baton is set up');
        await doneCard.waitFor();
        await setupCard.waitFor({ state: 'detached' });
        expect(await emulator.allCards().count()).toBe(1);
        const done = await doneCard.innerText();
        expect(done).toContain('Contoso IT');
        expect(done).toContain('Fabrikam MSP');
        expect(done).toContain('America/New_York');
        expect(done).toMatch(/\d+ rows \(default template\)/);
        await shot('03-setup-done-card', doneCard);

        const owner = await emulator.askInChannel('who owns server patching?');
        const answerCard = owner.locator('.ac-adaptiveCard');
        const answer = await answerCard.innerText();
        expect(answer).toContain('Patch management for servers');
        expect(answer).toContain('Fabrikam MSP');
        expect(answer).toMatch(/Fabrikam MSP owns this/);
        await shot('04-answer-server-patching', owner);

        const gap = await emulator.askInChannel('who owns the coffee machine?');
        const gapText = await gap.locator('.ac-adaptiveCard').innerText();
        expect(gapText).toMatch(/No row covers this/);
        expect(gapText).toContain('coffee machine');
        await shot('05-gap-coffee-machine', gap);
        await shot('06-channel-at-the-end');

        // What a user sees makes sense: no error banners, no failed activity, no Markdown left raw on any card.
        expect(await emulator.errorBanners().count()).toBe(0);
        expect(await emulator.failedActivitiesInLog()).toEqual([]);
        for (const text of await emulator.allCards().allInnerTexts()) {
          expect(text, 'raw Markdown on a card').not.toMatch(/\*\*|\\|`|&(?:amp|lt|gt|nbsp);|<\/?at>/);
        }
        // Baton logged no warning or error (the emulator's HEAD probe is answered, not refused).
        expect(session.log.map((entry) => entry.line)).toEqual([]);
      },
      'failure',
    );
  }, 120_000);

  it('posts an alert as a handoff card in the channel; Claim and Resolve change the card', async (ctx) => {
    requireOrSkip(ctx.skip);
    await inEmulator(
      session,
      async (page, emulator, shot) => {
        await emulator.open(session.playground!.url);
        await emulator.openTeamChannel();
        const engagement = (await session.baton!.services.engagements.list()).find((e) => e.conversationKind === 'channel')!;
        expect(engagement.setUp).toBe(true);
        const { current } = await session.baton!.services.alertSettings.ensure(engagement.id);
        const res = await fetch(`http://127.0.0.1:${session.baton!.port}/api/alerts/${engagement.id}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${current.bearerToken}` },
          body: JSON.stringify({ source: 'veeam-01', category: 'backup', severity: 'critical', summary: 'Backup job Nightly-FS failed on veeam-01', dedupKey: 'browser-1' }),
        });
        expect(res.status).toBe(202);

        const card = emulator.cards('Backup job Nightly-FS failed');
        await card.waitFor();
        const opened = await card.innerText();
        expect(opened).toContain('CRITICAL');
        expect(opened).toContain('Backup management and testing');
        expect(opened).toMatch(/Open since \w{3} \d\d:\d\d/);
        await shot('07-handoff-card-posted', card);

        await card.getByRole('button', { name: 'Claim' }).click();
        await emulator
          .cards(/Claimed by/)
          .filter({ hasText: 'Backup job Nightly-FS failed' })
          .waitFor();
        await shot('08-handoff-claimed', emulator.cards('Backup job Nightly-FS failed'));

        const claimed = emulator.cards('Backup job Nightly-FS failed');
        await claimed.getByRole('button', { name: 'Resolve' }).first().click();
        await emulator.typeInto(claimed.getByLabel(/What fixed it/), 'Freed space on REPO-2, job re-run OK');
        await claimed.getByRole('button', { name: 'Resolve' }).last().click();
        const resolved = emulator.cards(/Resolved by/).filter({ hasText: 'Backup job Nightly-FS failed' });
        await resolved.waitFor();
        expect(await resolved.innerText()).toContain('Freed space on REPO-2');
        await shot('09-handoff-resolved', resolved);

        const [handoff] = (await session.baton!.services.handoffs.store.listOpenedBetween(engagement.id, '2000-01-01', '2100-01-01')).map((s) => s.handoff);
        expect(handoff?.status).toBe('resolved');
        expect(handoff?.events.map((e) => e.kind)).toEqual(['received', 'claimed', 'resolved']);
        expect(await emulator.errorBanners().count()).toBe(0);
        expect(await emulator.failedActivitiesInLog()).toEqual([]);
        expect(session.log.map((entry) => entry.line)).toEqual([]);
      },
      'failure-handoff',
    );
  }, 120_000);

  it('corrects a wrong answer with "Not right?" and answers the reworded question right afterwards', async (ctx) => {
    requireOrSkip(ctx.skip);
    await inEmulator(
      session,
      async (page, emulator, shot) => {
        await emulator.open(session.playground!.url);
        await emulator.openTeamChannel();
        // The default template has no row about copier leases but one about printers: Baton's first answer is wrong.
        const asked = await emulator.askInChannel('who deals with the Ricoh copier lease?');
        const wrong = asked.locator('.ac-adaptiveCard');
        expect(await wrong.innerText()).toContain('Tier 1 helpdesk');
        await wrong.getByRole('button', { name: 'Not right?' }).click();
        const form = emulator.cards('Which row should have answered this?');
        await form.waitFor();
        await emulator.pickFromCombobox(form.getByRole('combobox', { name: /The row/ }), 'vendor', /Vendor management/);
        await shot('10-correction-form', form);
        await form.getByRole('button', { name: 'Correct the answer' }).click();
        const corrected = emulator.cards(/Vendor management/).filter({ hasText: 'Ricoh copier lease' });
        await corrected.waitFor();
        expect(await corrected.innerText()).toMatch(/Corrected: Baton answers this way for (everyone|you)/);
        await shot('11-corrected-answer', corrected);

        // Someone asking in other words now gets the corrected row, and the card says where that came from.
        const again = await emulator.askInChannel('the Ricoh copier lease is up for renewal, who handles it?');
        const right = await again.locator('.ac-adaptiveCard').innerText();
        expect(right).toContain('Vendor management');
        expect(right).toMatch(/Learned from a correction/);
        await shot('12-answer-after-correction', again);
        expect(await emulator.errorBanners().count()).toBe(0);
        expect(await emulator.failedActivitiesInLog()).toEqual([]);
        expect(session.log.map((entry) => entry.line)).toEqual([]);
      },
      'failure-correction',
    );
  }, 120_000);

  it('answers the weekly standup on its card, and signs off the quarterly review that publishes the new matrix', async (ctx) => {
    requireOrSkip(ctx.skip);
    await inEmulator(
      session,
      async (page, emulator, shot) => {
        await emulator.open(session.playground!.url);
        await emulator.openTeamChannel();
        const engagement = (await session.baton!.services.engagements.list()).find((e) => e.conversationKind === 'channel')!;
        const me = engagement.people.find((p) => p.role === 'internal-manager')!;
        // The MSP side's manager is on the roster too (they sign in their own Teams client).
        const settledAfterStart = async (notice: string) => {
          await emulator.cards(notice).first().waitFor();
          await session.baton!.ritualDelivery.idle();
        };
        const dana = { id: '29:dana-browser', name: 'Dana Ortiz' };
        await session.baton!.services.engagements.update(engagement.id, (e) => ({ ...e, people: [...e.people, { ...dana, role: 'msp-manager' as const }] }));

        // A manager starts the standup early; its card is posted into the channel (proactively).
        await emulator.askInChannel('standup now');
        const standup = emulator.cards('Median time to claim').filter({ visible: true }).first();
        await standup.waitFor();
        // The card and the "started" reply race each other; a message arriving while a form is open
        // re-renders the emulator's chat and closes the form. Wait for both, and for the delivery to finish.
        await settledAfterStart('Weekly standup started');
        expect(await standup.innerText()).toMatch(/Waiting for: .*Dana Ortiz/);
        await emulator.typeInto(standup.getByLabel('Done last week'), 'Set Baton up with Fabrikam');
        await emulator.typeInto(standup.getByLabel('Next this week'), 'Review the matrix');
        await emulator.typeInto(standup.getByLabel(/Blocked on/), 'Waiting on the ISP');
        await shot('10-standup-filled', standup);
        await standup.getByRole('button', { name: 'Send my answer' }).click();
        const answered = emulator
          .cards(/Blocked: .*Waiting on the ISP/)
          .filter({ visible: true })
          .first();
        await answered.waitFor();
        const answeredText = await answered.innerText();
        expect(answeredText).toContain(`${me.name} — done: Set Baton up with Fabrikam`);
        await shot('11-standup-answered', answered);
        const run = await session.baton!.services.rituals.latest(engagement.id, 'standup');
        expect(run!.run.kind === 'standup' && run!.run.answers.map((a) => [a.name, a.blocked])).toEqual([[me.name, 'Waiting on the ISP']]);

        // The quarterly review: evidence per row, one click to confirm the rows as they are, a proposal accepted.
        await emulator.askInChannel('review now');
        const review = emulator.cards('Sign-off').filter({ visible: true }).first();
        await review.waitFor();
        await settledAfterStart('Quarterly matrix review started');
        await shot('12-review-posted', review);
        // Change the first row: the MSP's cell becomes a qualifier, with a named contact.
        await review.getByRole('button', { name: 'Change' }).first().click();
        const changing = emulator.cards('Sign-off').filter({ visible: true }).first();
        await emulator.replaceIn(changing.getByLabel('Fabrikam MSP cell').filter({ visible: true }).first(), 'When internal unavailable');
        await emulator.replaceIn(changing.getByLabel('MSP contact').filter({ visible: true }).first(), 'Fabrikam NOC');
        await shot('12b-review-change', changing);
        await changing.getByRole('button', { name: 'Save the change' }).filter({ visible: true }).first().click();
        await emulator
          .cards(/To change \(.*\): Contoso IT .*, Fabrikam MSP When internal unavailable/)
          .filter({ visible: true })
          .first()
          .waitFor();
        // The one click confirms the rows without findings; each row with findings is then decided on its own.
        const rows = (await session.baton!.services.matrices.current(engagement.id, 1))!.matrix.rows.length;
        const reviewCard = () => emulator.cards('Sign-off').filter({ visible: true }).first();
        const decidedNow = async () => Number(/(\d+) decided/.exec(await reviewCard().innerText())?.[1] ?? '0');
        const afterClick = async (click: () => Promise<void>) => {
          const before = await decidedNow();
          await click();
          await expect.poll(decidedNow, { timeout: 20_000 }).toBeGreaterThan(before);
        };
        await afterClick(() =>
          reviewCard()
            .getByRole('button', { name: /^Confirm \d+ rows? without findings$/ })
            .first()
            .click(),
        );
        expect(await reviewCard().innerText()).not.toMatch(new RegExp(`${rows} decided`));
        // Rows with findings wait for a decision of their own (each a Confirm, Change or Retire on the card; here through the service).
        const key0 = (await session.baton!.services.rituals.latest(engagement.id, 'review'))!.run.key;
        const open = async () => {
          const run = (await session.baton!.services.rituals.latest(engagement.id, 'review'))!.run;
          const decided = run.kind === 'review' ? Object.keys(run.decisions) : [];
          return (await session.baton!.services.matrices.current(engagement.id, 1))!.matrix.rows.filter((r) => !decided.includes(r.id));
        };
        for (const row of await open()) {
          const decided = await session.baton!.services.rituals.decideRow((await session.baton!.services.engagements.getFresh(engagement.id))!, key0, me, row.id, {
            kind: 'confirm',
          });
          expect(decided.ok).toBe(true);
        }
        expect(await open()).toEqual([]);
        const proposal = emulator
          .cards('Sign-off')
          .filter({ hasText: /coffee machine/i })
          .filter({ visible: true })
          .first();
        await proposal.getByRole('radio', { name: 'Internal' }).filter({ visible: true }).first().check();
        await proposal.getByRole('button', { name: 'Accept' }).filter({ visible: true }).first().click();
        await emulator
          .cards(/To add, owned by/)
          .filter({ visible: true })
          .first()
          .waitFor();
        // Dana signs for the MSP (from her own client), then this manager signs: the new version is published.
        const key = (await session.baton!.services.rituals.latest(engagement.id, 'review'))!.run.key;
        const danaSigned = await session.baton!.services.rituals.signReview((await session.baton!.services.engagements.getFresh(engagement.id))!, key, dana);
        expect(danaSigned.ok).toBe(true);
        await emulator.cards('Sign-off').filter({ visible: true }).first().getByRole('button', { name: 'Sign off for my side' }).first().click();
        const published = emulator
          .cards(/published v2/)
          .filter({ visible: true })
          .first();
        await published.waitFor();
        const publishedText = await published.innerText();
        expect(publishedText).toContain(`approved by ${me.name} (Contoso IT) and Dana Ortiz (Fabrikam MSP)`);
        expect(publishedText).toMatch(/Added “.*coffee machine.*”/i);
        expect(publishedText).toMatch(/MSP .*→ When internal unavailable; MSP contact \(empty\) → Fabrikam NOC/);
        await shot('13-review-published', published);
        expect((await session.baton!.services.engagements.getFresh(engagement.id))!.matrixVersion).toBe(2);
        expect(await emulator.errorBanners().count()).toBe(0);
        expect(await emulator.failedActivitiesInLog()).toEqual([]);
        expect(session.log.map((entry) => entry.line)).toEqual([]);
      },
      'failure-rituals',
    );
  }, 180_000);
});
