import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import { cardAction, inChannel, inGroupChat, installed } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { waitUntil } from '../support/wait-until.ts';
import { cardText } from '../teams/card-text.ts';

/**
 * Teams takes 60 messages per 30 s from a bot in one conversation. An alert storm in one channel is
 * paced to that, and the cards of every other conversation go out meanwhile, not after the storm.
 */
describe('delivery pacing: a storm in one channel does not hold up the others', () => {
  let t: TestBaton;
  let storm: Engagement;
  let quiet: Engagement;

  beforeAll(async () => {
    t = await startTestBaton();
    for (const where of [inChannel, inGroupChat]) {
      await t.post(installed({ where }));
      await t.post(cardAction('setup.save', SETUP_CONTOSO, { where }));
    }
    // One welcome card per conversation (the setup form opens from it).
    await t.connector.waitFor(2);
    const all = await t.baton.services.engagements.list();
    storm = all.find((e) => e.conversationKind === 'channel')!;
    quiet = all.find((e) => e.conversationKind === 'groupChat')!;
    expect(quiet).toBeDefined();
    for (const e of [storm, quiet]) await t.baton.services.alertSettings.update(e.id, (s) => ({ ...s, rateLimitPerMinute: 10_000 }));
    t.connector.clear();
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function alert(engagement: Engagement, summary: string, dedupKey: string): Promise<{ message: string }> {
    const { current } = await t.baton.services.alertSettings.ensure(engagement.id);
    const res = await fetch(`${t.url}/api/alerts/${engagement.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${current.bearerToken}` },
      body: JSON.stringify({ source: 'prometheus', severity: 'warning', summary, dedupKey }),
    });
    expect(res.status).toBe(202);
    return (await res.json()) as { message: string };
  }

  it('70 alerts in the channel go out at most 60 in 30 s; an alert in the group chat is posted meanwhile, not after the storm', async () => {
    await Promise.all(Array.from({ length: 70 }, (_, i) => alert(storm, `Disk 95% full on FS${i} (storm)`, `storm-${i}`)));
    const stormCards = () => t.connector.received.filter((r) => r.conversationId === storm.conversationId && r.method === 'POST' && cardText(r.activity).includes('(storm)'));
    // The channel's first second of cards is out; the storm is far from done.
    await waitUntil(() => stormCards().length >= 7, 10_000, 'the first storm cards');

    await alert(quiet, 'Backup job failed on veeam-01 (quiet)', 'quiet-1');
    const isQuietCard = (r: (typeof t.connector.received)[number]) => r.conversationId === quiet.conversationId && cardText(r.activity).includes('(quiet)');
    await waitUntil(() => t.connector.received.some(isQuietCard), 10_000, 'the group chat card');
    // It went out while the channel was still in its first window of 60, not behind the storm.
    const quietIndex = t.connector.received.findIndex(isQuietCard);
    expect(t.connector.received.slice(0, quietIndex).filter((r) => stormCards().includes(r)).length).toBeLessThan(60);
    expect(stormCards().length).toBeLessThan(70);

    // The channel gets no more than Teams allows: 60 in its first 30 s, 7 in any second. Once 60 are
    // out, the gate holds the rest for the window (the late sender below is told how long).
    await waitUntil(() => stormCards().length >= 60, 20_000, 'the first window of storm cards');
    expect(stormCards().length).toBeLessThanOrEqual(60);
    // The sender of one more alert hears that it is stored and its card waits for Teams' window.
    const late = await alert(storm, 'Disk 95% full on FS99 (late)', 'storm-late');
    expect(late.message).toMatch(/rate limit, so cards are queued \(next post in about \d+ s\)/);
    // A quiet conversation's sender hears nothing of the kind.
    expect((await alert(quiet, 'Backup job failed on veeam-02 (quiet)', 'quiet-2')).message).not.toMatch(/queued/);
  }, 60_000);
});
