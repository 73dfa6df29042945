import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCard } from '../../cards/validate-card.ts';
import { cardPayloadBytes } from '../../cards/card-size.ts';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import type { Review } from '../../bot/domain/rituals/review.ts';
import { ADELE, ALEX, cardAction, cardSubmit, installed, MEGAN, message, type TestUser } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import type { CapturedActivity } from '../support/local-connector.ts';
import { cardText, cardVerbs } from '../teams/card-text.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { waitUntil } from '../support/wait-until.ts';

/** Monday 23 Nov 2026, 10:00 in New York. */
let now = new Date('2026-11-23T15:00:00Z');
const DANA: TestUser = { id: '29:dana', aadObjectId: 'aad-dana', name: 'Dana Ortiz' };
const STRANGER: TestUser = { id: '29:stranger', aadObjectId: 'aad-stranger', name: 'Sam Stranger' };
const SETUP = { ...SETUP_CONTOSO, holidayRegion: 'US', mspTimeZone: 'America/New_York', mspHoursStart: '08:00', mspHoursEnd: '17:00' };

describe('rituals over HTTP: the weekly standup and the quarterly review, with Azurite and a local connector', () => {
  let t: TestBaton;
  let engagement: Engagement;

  beforeAll(async () => {
    // The interval never fires during the test: the test moves the clock and runs the sweeps itself.
    t = await startTestBaton({ clock: () => now, env: { BATON_RITUAL_TICK_SECONDS: '3600', BATON_REVIEW_GRACE_DAYS: '7' } });
    expect((await t.post(installed())).status).toBe(200);
    expect((await t.post(cardAction('setup.save', SETUP))).status).toBe(200);
    const found = (await t.baton.services.engagements.list()).find((e) => e.conversationKind === 'channel');
    engagement = await t.baton.services.engagements.update(found!.id, (e) => ({
      ...e,
      people: [
        ...e.people,
        { id: ADELE.id, name: ADELE.name, role: 'internal-it' },
        { id: MEGAN.id, name: MEGAN.name, role: 'msp-engineer' },
        { id: DANA.id, name: DANA.name, role: 'msp-manager' },
      ],
    }));
    // The schedule starts now: this Monday's 09:30 standup has passed and is not run retroactively.
    expect(await t.baton.scheduler.tick()).toEqual([]);
    t.connector.clear();
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function settled(): Promise<void> {
    await t.baton.ritualDelivery.idle();
  }

  /** Runs `action`, waits for `count` more activities from the bot, and returns them. */
  async function deliveredAfter<T>(action: () => Promise<T>, count: number): Promise<{ result: T; activities: CapturedActivity[] }> {
    const start = t.connector.received.length;
    const result = await action();
    await t.connector.waitFor(start + count);
    await settled();
    return { result, activities: t.connector.received.slice(start) };
  }

  function invokeCard(res: { status: number; body: any }): Record<string, any> {
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(validateCard(res.body.value)).toEqual([]);
    return res.body.value;
  }

  describe('weekly standup', () => {
    let key = '';
    let cardId = '';

    it('is posted once when its time comes (Monday 09:30 New York), with last week’s facts and the answer form', async () => {
      now = new Date('2026-11-30T14:31:00Z');
      const { result, activities } = await deliveredAfter(() => t.baton.scheduler.tick(), 1);
      expect(result.map((o) => o.key)).toEqual(['standup/2026-11-30']);
      key = result[0]!.key;
      expect(activities).toHaveLength(1);
      const posted = activities[0]!;
      expect(posted.method).toBe('POST');
      expect(posted.conversationId).toBe(engagement.conversationId);
      const card = posted.activity.attachments[0].content;
      expect(validateCard(card)).toEqual([]);
      expect(cardPayloadBytes(card)).toBeLessThan(28 * 1024);
      const text = cardText(card);
      expect(text).toContain('Weekly standup');
      expect(text).toContain('Median time to claim');
      expect(text).toMatch(/Waiting for: .*Alex Wilber/);
      // Each participant's Teams client asks for their own view (their answer kept in the form).
      expect(cardVerbs(card)).toEqual(['standup.refresh', 'standup.answer']);
      expect(card.refresh.userIds.sort()).toEqual([ALEX.id, ADELE.id, MEGAN.id, DANA.id].sort());
      // The post reaches those asked: everyone who has not answered is @mentioned.
      expect(card.msteams.entities.map((e: any) => e.mentioned.id).sort()).toEqual([ALEX.id, ADELE.id, MEGAN.id, DANA.id].sort());
      expect(card.msteams.entities.every((e: any) => text.includes(e.text))).toBe(true);
      const stored = await t.baton.services.rituals.get(engagement.id, key);
      cardId = stored!.activityId!;
      expect(cardId).toMatch(/^activity-\d+$/);
      // Another tick, even from a second look at the same minute: nothing new.
      expect(await t.baton.scheduler.tick()).toEqual([]);
    });

    it('takes an answer from someone on the roster and updates the card in place for everyone', async () => {
      const { result, activities } = await deliveredAfter(
        () =>
          t.post(
            cardAction(
              'standup.answer',
              { engagementId: engagement.id, occurrence: key, done: 'Patched SRV-DC01', next: 'Firewall review', blocked: 'Waiting on ISP ticket 4411' },
              { user: MEGAN, replyToId: cardId },
            ),
          ),
        1,
      );
      const mine = invokeCard(result);
      expect(cardText(mine)).toContain('Patched SRV-DC01');
      expect(cardText(mine)).toContain('Update my answer');
      const update = activities[0]!;
      expect(update.method).toBe('PUT');
      expect(update.path).toContain(encodeURIComponent(cardId));
      const text = cardText(update.activity.attachments[0].content);
      expect(text).toContain('Megan Bowen');
      expect(text).toMatch(/Blocked: Megan Bowen \(Waiting on ISP ticket 4411\)/);
      expect(text).not.toMatch(/Waiting for: .*Megan/);
    });

    it('refuses an answer from someone not on the roster, and an empty answer, changing nothing', async () => {
      const before = t.connector.received.length;
      const stranger = await t.post(cardAction('standup.answer', { engagementId: engagement.id, occurrence: key, done: 'hi' }, { user: STRANGER, replyToId: cardId }));
      expect(stranger.status).toBe(200);
      expect(JSON.stringify(stranger.body)).toContain('roster');
      const empty = await t.post(
        cardAction('standup.answer', { engagementId: engagement.id, occurrence: key, done: ' ', next: '', blocked: '' }, { user: ADELE, replyToId: cardId }),
      );
      expect(JSON.stringify(empty.body)).toContain('at least one');
      await settled();
      expect(t.connector.received.length).toBe(before);
      const stored = await t.baton.services.rituals.get(engagement.id, key);
      expect(stored!.run.kind === 'standup' && stored!.run.answers.map((a) => a.name)).toEqual(['Megan Bowen']);
    });

    it('reminds those who have not answered once, half-way to the end of the day, and never someone away', async () => {
      // Adele is away from today until Wednesday.
      await t.post(message('away until 2026-12-02', { user: ADELE }));
      await t.baton.services.engagements.getFresh(engagement.id);
      now = new Date('2026-11-30T16:00:00Z'); // 11:00: before the reminder
      expect(await t.baton.ritualSteps.sweep()).toBe(0);
      now = new Date('2026-11-30T18:30:00Z'); // 13:30, after the half-way point
      const { activities } = await deliveredAfter(() => t.baton.ritualSteps.sweep(), 1);
      const reminder = activities[0]!;
      expect(reminder.method).toBe('POST');
      expect(reminder.conversationId).toBe(`${engagement.conversationId};messageid=${cardId}`);
      expect(reminder.activity.text).toContain('Reminder');
      const mentioned = reminder.activity.entities.map((e: any) => e.mentioned.id).sort();
      expect(mentioned).toEqual([ALEX.id, DANA.id].sort());
      now = new Date('2026-11-30T19:30:00Z');
      expect(await t.baton.ritualSteps.sweep()).toBe(0);
    });

    it('makes the summary final at the end of the working day: the card loses its form, a summary follows, late answers are refused', async () => {
      now = new Date('2026-11-30T22:00:00Z'); // 17:00 New York
      const { activities } = await deliveredAfter(() => t.baton.ritualSteps.sweep(), 2);
      const update = activities.find((a) => a.method === 'PUT')!;
      const final = update.activity.attachments[0].content;
      expect(validateCard(final)).toEqual([]);
      expect(cardVerbs(final)).toEqual([]);
      expect(cardText(final)).toContain('final summary');
      expect(final.msteams.entities).toEqual([]);
      expect(cardText(final)).toMatch(/Did not answer: .*Alex Wilber/);
      const summary = activities.find((a) => a.method === 'POST')!;
      expect(summary.activity.text).toMatch(/Standup summary is final: 1 of 4 answered; blocked: Megan Bowen \(Waiting on ISP ticket 4411\)/);
      const late = await t.post(cardAction('standup.answer', { engagementId: engagement.id, occurrence: key, done: 'late' }, { user: ALEX, replyToId: cardId }));
      expect(JSON.stringify(late.body)).toContain('closed');
      expect(await t.baton.ritualSteps.sweep()).toBe(0);
    });

    it('`standup now` is for managers; it posts a new standup at once', async () => {
      const refused = await t.post(message('standup now', { user: MEGAN }));
      expect(refused.status).toBe(200);
      await settled();
      const before = t.connector.received.length;
      const last = t.connector.received.at(-1)!;
      expect(cardText(last.activity.attachments?.[0]?.content ?? {})).toContain('Only a manager');
      const { activities } = await deliveredAfter(() => t.post(message('standup now', { user: DANA })), 2);
      expect(activities.length).toBeGreaterThanOrEqual(2);
      const started = activities.find((a) => cardText(a.activity.attachments?.[0]?.content ?? {}).includes('Weekly standup'));
      expect(started).toBeDefined();
      expect(t.connector.received.length).toBeGreaterThan(before);
    });

    it('takes an answer from an older client (Action.Submit): a short thanks in the chat, the one card updated in place', async () => {
      // The standup `standup now` just posted.
      const latest = (await t.baton.services.rituals.latest(engagement.id, 'standup'))!;
      const cardId = latest.activityId!;
      const start = t.connector.received.length;
      const res = await t.post(cardSubmit('standup.answer', { engagementId: engagement.id, occurrence: latest.run.key, done: 'Renewed the SSL certificate' }, { user: DANA }));
      expect(res.status).toBe(200);
      await waitUntil(() => t.connector.received.slice(start).some((a) => a.method === 'PUT'), 10_000, 'the card update');
      await settled();
      const after = t.connector.received.slice(start);
      const posted = after.filter((a) => a.method === 'POST');
      expect(posted).toHaveLength(1);
      expect(cardText(posted[0]!.activity)).toContain('Thanks, Dana Ortiz: your answer is on the standup card.');
      expect(cardText(posted[0]!.activity)).not.toContain('Weekly standup');
      const update = after.find((a) => a.method === 'PUT')!;
      expect(update.path).toContain(encodeURIComponent(cardId));
      expect(cardText(update.activity)).toContain('Renewed the SSL certificate');
    });
  });

  describe('quarterly review', () => {
    let review: Review;
    let cardId = '';

    beforeAll(async () => {
      now = new Date('2026-12-01T15:00:00Z');
      // Evidence: internal IT claimed alerts of an MSP-owned row, one was disputed; a question found no row.
      const settings = await t.baton.services.alertSettings.ensure(engagement.id);
      const fresh = (await t.baton.services.engagements.getFresh(engagement.id))!;
      const adele = fresh.people.find((p) => p.id === ADELE.id)!;
      for (const n of [1, 2, 3]) {
        const opened = await t.baton.services.handoffs.receive(fresh, settings, {
          format: 'baton',
          action: 'trigger',
          dedupKey: `patch-${n}`,
          dedupKeyGenerated: false,
          source: 'ninjaone',
          severity: 'warning',
          summary: `Server patching failed on SRV-0${n}`,
          labels: {},
          links: [],
          matrixFunction: 'Patch management for servers',
        });
        if (n < 3) await t.baton.services.handoffs.act(fresh, opened.handoffId!, adele, { action: 'claim', via: 'command' });
      }
      await t.post(message('who owns the coffee machine?', { user: ADELE }));
      await t.baton.services.questionLog.flush();
      await t.baton.delivery.idle();
      // The standup started early yesterday closes first (its summary is not part of this story).
      await t.baton.ritualSteps.sweep();
      await settled();
      t.connector.clear();
    });

    it('`review now` (a manager) posts the review card with evidence per row, proposals and the sign-off', async () => {
      const { activities } = await deliveredAfter(() => t.post(message('review now', { user: ALEX })), 2);
      const posted = activities.find((a) => a.method === 'POST' && cardText(a.activity.attachments?.[0]?.content ?? {}).includes('Sign-off'))!;
      const card = posted.activity.attachments[0].content;
      expect(validateCard(card)).toEqual([]);
      expect(cardPayloadBytes(card)).toBeLessThan(28 * 1024);
      const text = cardText(card);
      expect(text).toMatch(/Patch management for servers/);
      expect(text).toMatch(/claimed 2 of 2/);
      expect(text).toMatch(/coffee machine/i);
      expect(text).toContain('Sign-off');
      expect(cardVerbs(card)).toEqual(expect.arrayContaining(['review.row', 'review.proposal', 'review.sign']));
      const latest = await t.baton.services.rituals.latest(engagement.id, 'review');
      review = latest!.run as Review;
      cardId = latest!.activityId!;
      expect(review.status).toBe('open');
      // A second `review now` while this one is open is refused.
      const again = await t.post(message('review now', { user: DANA }));
      expect(again.status).toBe(200);
    });

    it('refuses decisions from an engineer and a sign-off before the flagged rows are decided', async () => {
      const engineer = invokeCard(
        await t.post(cardAction('review.row', { review: review.key, row: 'patch-management-for-servers', decision: 'retire' }, { user: MEGAN, replyToId: cardId })),
      );
      expect(cardText(engineer)).toContain('Only a manager');
      const early = invokeCard(await t.post(cardAction('review.sign', { review: review.key }, { user: ALEX, replyToId: cardId })));
      expect(cardText(early)).toContain('Decide these first');
      const stored = await t.baton.services.rituals.get(engagement.id, review.key);
      expect((stored!.run as Review).decisions).toEqual({});
      expect((stored!.run as Review).signOffs).toEqual({});
    });

    it('reminds the managers who have not signed, then escalates the overdue review after the grace period', async () => {
      now = new Date('2026-12-02T15:30:00Z');
      const start = t.connector.received.length;
      await t.baton.ritualSteps.sweep();
      // (An escalation reply of the unclaimed alert may come in between: look for the review's reminder.)
      const isReminder = (a: CapturedActivity) => /quarterly matrix review is waiting/.test(a.activity.text ?? '');
      await waitUntil(() => t.connector.received.slice(start).some(isReminder), 10_000, 'the review reminder');
      const reminder = t.connector.received.slice(start).find(isReminder)!;
      expect(reminder.conversationId).toBe(`${engagement.conversationId};messageid=${cardId}`);
      expect(reminder.activity.text).toContain('quarterly matrix review is waiting');
      expect(reminder.activity.entities.map((e: any) => e.mentioned.id).sort()).toEqual([ALEX.id, DANA.id].sort());
      now = new Date('2026-12-08T15:30:00Z');
      const overdueStart = t.connector.received.length;
      await t.baton.ritualSteps.sweep();
      // (Handoff escalations of the unclaimed alert may arrive meanwhile: look for the review's note.)
      const isOverdue = (a: CapturedActivity) => /^Overdue/.test(a.activity.text ?? '');
      await waitUntil(() => t.connector.received.slice(overdueStart).some(isOverdue), 10_000, 'the overdue note');
      const note = t.connector.received.slice(overdueStart).find(isOverdue)!;
      expect(note.conversationId).toBe(`${engagement.conversationId};messageid=${cardId}`);
      expect(note.activity.text).toContain('not signed by Contoso IT and Fabrikam MSP');
      expect(note.activity.entities.map((e: any) => e.mentioned.id).sort()).toEqual([ALEX.id, DANA.id].sort());
      expect(await t.baton.ritualSteps.sweep()).toBe(0);
    });

    it('takes row decisions and proposals from managers of both sides, and publishes a new version only when both have signed', async () => {
      const serversRow = 'patch-management-for-servers';
      const noNotice = (card: Record<string, any>) => expect(card.body[2]?.color === 'Attention' ? card.body[2].text : '').toBe('');
      noNotice(
        invokeCard(
          await t.post(
            cardAction(
              'review.row',
              {
                review: review.key,
                row: serversRow,
                decision: 'change',
                [`internal-${serversRow}`]: 'Overflow only',
                [`msp-${serversRow}`]: '✓',
                [`mspContact-${serversRow}`]: 'Fabrikam NOC',
              },
              { user: DANA, replyToId: cardId },
            ),
          ),
        ),
      );
      noNotice(
        invokeCard(await t.post(cardAction('review.row', { review: review.key, row: 'vendor-management-contracts', decision: 'retire' }, { user: ALEX, replyToId: cardId }))),
      );
      const stored = (await t.baton.services.rituals.get(engagement.id, review.key))!.run as Review;
      for (const [i] of stored.evidence.proposed.entries()) {
        const accept = stored.evidence.proposed[i]!.function.toLowerCase().includes('coffee');
        invokeCard(await t.post(cardAction('review.proposal', { review: review.key, proposal: `p${i}`, accept, [`owner-p${i}`]: 'internal' }, { user: ALEX, replyToId: cardId })));
      }
      const rest = invokeCard(await t.post(cardAction('review.row', { review: review.key, decision: 'confirm-rest' }, { user: ALEX, replyToId: cardId })));
      // Rows with findings are not confirmed in one click: each still waits for its own decision.
      const afterRest = (await t.baton.services.rituals.get(engagement.id, review.key))!.run as Review;
      const waiting = afterRest.evidence.rows.filter((r) => r.flags.length > 0 && !afterRest.decisions[r.rowId]);
      if (waiting.length > 0) expect(cardText(rest)).toMatch(/with findings still waits? for a decision/);
      for (const r of waiting) invokeCard(await t.post(cardAction('review.row', { review: review.key, row: r.rowId, decision: 'confirm' }, { user: ALEX, replyToId: cardId })));
      const first = invokeCard(await t.post(cardAction('review.sign', { review: review.key }, { user: ALEX, replyToId: cardId })));
      expect(cardText(first)).toContain('Signed by Alex Wilber');
      expect(cardText(first)).toMatch(/Waiting for a Fabrikam MSP manager/);
      const twice = invokeCard(await t.post(cardAction('review.sign', { review: review.key }, { user: ALEX, replyToId: cardId })));
      expect(cardText(twice)).toContain('already signed');
      expect((await t.baton.services.engagements.getFresh(engagement.id))!.matrixVersion).toBe(1);

      const start = t.connector.received.length;
      const result = await t.post(cardAction('review.sign', { review: review.key }, { user: DANA, replyToId: cardId }));
      // The card updated in place and the result posted (an escalation reply of the unclaimed alert may come in between).
      const isResult = (a: CapturedActivity) => a.method === 'POST' && cardText(a.activity.attachments?.[0]?.content ?? {}).includes('approved by');
      await waitUntil(
        () => t.connector.received.slice(start).some(isResult) && t.connector.received.slice(start).some((a) => a.method === 'PUT'),
        10_000,
        'the result card and the card update',
      );
      await settled();
      const activities = t.connector.received.slice(start);
      const done = invokeCard(result);
      expect(cardText(done)).toContain('published v2');
      const after = (await t.baton.services.engagements.getFresh(engagement.id))!;
      expect(after.matrixVersion).toBe(2);
      const v2 = (await t.baton.services.matrices.get(engagement.id, 2))!;
      expect(v2.author).toBe('Alex Wilber and Dana Ortiz');
      expect(v2.reason).toContain('signed off by Alex Wilber and Dana Ortiz');
      const rows = new Map(v2.matrix.rows.map((r) => [r.id, r]));
      expect(rows.get(serversRow)?.internal.raw).toBe('Overflow only');
      expect(rows.get(serversRow)?.mspContact).toBe('Fabrikam NOC');
      expect(rows.has('vendor-management-contracts')).toBe(false);
      expect([...rows.values()].some((r) => /coffee/i.test(r.function) && r.internal.kind === 'owns')).toBe(true);
      const resultCard = activities.find(isResult)!.activity.attachments[0].content;
      expect(validateCard(resultCard)).toEqual([]);
      const resultText = cardText(resultCard);
      expect(resultText).toContain('approved by Alex Wilber (Contoso IT) and Dana Ortiz (Fabrikam MSP)');
      expect(resultText).toMatch(/Retired “Vendor management \/ contracts”/);
      expect(resultText).toMatch(/Patch management for servers: Internal — → Overflow only/);
      expect(resultText).toMatch(/Added “.*coffee machine.*”/i);
      expect(activities.some((a) => a.method === 'PUT')).toBe(true);
      // The version history keeps it, and no reminder follows a published review.
      now = new Date('2026-12-20T15:30:00Z');
      const before = await t.baton.services.rituals.get(engagement.id, review.key);
      await t.baton.services.rituals.runDue();
      expect((await t.baton.services.rituals.get(engagement.id, review.key))!.etag).toBe(before!.etag);
      // (The standup the scheduler started meanwhile may be finalised by the same sweep: look for the reply itself.)
      const statusStart = t.connector.received.length;
      await t.post(message('review status', { user: MEGAN }));
      const isStatus = (a: CapturedActivity) => cardText(a.activity.attachments?.[0]?.content ?? {}).includes('Quarterly matrix review');
      await waitUntil(() => t.connector.received.slice(statusStart).some(isStatus), 10_000, 'the review status reply');
      expect(cardText(t.connector.received.slice(statusStart).find(isStatus)!.activity.attachments[0].content)).toContain('v2 published');
    });
  });
});
