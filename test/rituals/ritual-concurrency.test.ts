import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import type { Review } from '../../bot/domain/rituals/review.ts';
import { cardAction, installed, type TestUser } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';

/** Everyone answers at 09:31, and both managers sign in the same second: nothing is lost, nothing doubles. */
describe('rituals under simultaneous clicks (ETags)', () => {
  let t: TestBaton;
  let engagement: Engagement;
  const team: TestUser[] = Array.from({ length: 12 }, (_, i) => ({ id: `29:person-${i}`, aadObjectId: `aad-${i}`, name: `Person ${i}` }));
  const DANA: TestUser = { id: '29:dana', aadObjectId: 'aad-dana', name: 'Dana Ortiz' };

  beforeAll(async () => {
    t = await startTestBaton();
    await t.post(installed());
    await t.post(cardAction('setup.save', SETUP_CONTOSO));
    await t.connector.waitFor(1);
    const found = (await t.baton.services.engagements.list())[0]!;
    engagement = await t.baton.services.engagements.update(found.id, (e) => ({
      ...e,
      people: [
        ...e.people,
        ...team.map((u, i) => ({ id: u.id, name: u.name, role: i % 2 ? ('msp-engineer' as const) : ('internal-it' as const) })),
        { id: DANA.id, name: DANA.name, role: 'msp-manager' as const },
      ],
    }));
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('twelve people answer the standup at the same moment: all twelve answers are kept', async () => {
    const started = await t.baton.services.rituals.start(engagement, 'standup', { via: 'cli' });
    expect(started.ok).toBe(true);
    const key = started.ok ? started.run.key : '';
    const replies = await Promise.all(
      team.map((u) => t.post(cardAction('standup.answer', { engagementId: engagement.id, occurrence: key, done: `work of ${u.name}` }, { user: u }))),
    );
    expect(replies.map((r) => r.status)).toEqual(team.map(() => 200));
    expect(replies.every((r) => r.body?.type === 'application/vnd.microsoft.card.adaptive')).toBe(true);
    const stored = await t.baton.services.rituals.get(engagement.id, key);
    expect(stored!.run.kind === 'standup' && stored!.run.answers.map((a) => a.done).sort()).toEqual(team.map((u) => `work of ${u.name}`).sort());
  });

  it('both managers sign in the same instant: one new version, both signatures on it', async () => {
    const started = await t.baton.services.rituals.start(engagement, 'review', { via: 'cli' });
    expect(started.ok).toBe(true);
    const key = started.ok ? started.run.key : '';
    const alex = { id: '29:alex', name: 'Alex Wilber' };
    expect((await t.baton.services.rituals.confirmRemaining(engagement, key, alex)).ok).toBe(true);
    // Rows with findings are not confirmed in one click: each is decided.
    for (const r of started.ok ? (started.run as Review).evidence.rows.filter((x) => x.flags.length > 0) : []) {
      expect((await t.baton.services.rituals.decideRow(engagement, key, alex, r.rowId, { kind: 'confirm' })).ok).toBe(true);
    }
    for (const [i] of (started.ok ? (started.run as Review).evidence.proposed : []).entries()) {
      await t.baton.services.rituals.decideProposal(engagement, key, alex, `p${i}`, false, undefined);
    }
    const signs = await Promise.all([
      t.post(cardAction('review.sign', { review: key }, { user: { id: alex.id, aadObjectId: 'aad-alex', name: alex.name } })),
      t.post(cardAction('review.sign', { review: key }, { user: DANA })),
    ]);
    expect(signs.map((r) => r.status)).toEqual([200, 200]);
    const review = (await t.baton.services.rituals.get(engagement.id, key))!.run as Review;
    expect(review.status).toBe('published');
    expect([review.signOffs.internal?.by.name, review.signOffs.msp?.by.name]).toEqual(['Alex Wilber', 'Dana Ortiz']);
    const history = await t.baton.services.matrices.history(engagement.id);
    expect(history.map((v) => v.version)).toEqual(expect.arrayContaining([1, 2]));
    expect(history.filter((v) => v.reason.startsWith('Quarterly review'))).toHaveLength(1);
    expect((await t.baton.services.engagements.getFresh(engagement.id))!.matrixVersion).toBe(2);
  });
});
