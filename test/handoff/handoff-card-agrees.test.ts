import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertSettings } from '../../bot/domain/alerts/alert-settings.ts';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { ALEX, cardAction, MEGAN } from '../support/activities.ts';
import { startAlertingBaton } from '../support/alerting-baton.ts';
import type { TestBaton } from '../support/running-baton.ts';
import { cardText, cardVerbs } from '../teams/card-text.ts';

/**
 * A handoff card a person can trust (issue 12, items 2, 3 and 5), over real HTTP:
 * - it says who owns the row the way the matrix does ("✓ / Overflow only" is Contoso IT's, not Joint);
 * - "Not ours" is for the side the handoff is assigned to; the other side's click is refused with what
 *   to do instead, and what they typed is shown back, not lost;
 * - its state line names a moment ("open since Mon 10:00 EST"), which stays true while the card is not
 *   re-rendered, instead of an age ("unclaimed for 0 min") that is false ten minutes later.
 */

/** Monday 23 Nov 2026, 10:00 in New York: both sides in business hours. */
let now = new Date('2026-11-23T15:00:00Z');

describe('the handoff card agrees with the matrix, offers actions to whom they apply, and keeps its times true', () => {
  let t: TestBaton;
  let engagement: Engagement;
  let settings: AlertSettings;

  beforeAll(async () => {
    let found: Engagement;
    ({ t, engagement: found, settings } = await startAlertingBaton({ clock: () => now }));
    engagement = await t.baton.services.engagements.update(found.id, (e) => ({ ...e, people: [...e.people, { id: MEGAN.id, name: MEGAN.name, role: 'msp-engineer' }] }));
  });
  afterAll(async () => {
    await t.stop();
  });

  async function alert(body: Record<string, unknown>): Promise<{ handoffId: string; card: Record<string, unknown> }> {
    const before = t.connector.received.length;
    const res = await fetch(`${t.url}/api/alerts/${engagement.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.current.bearerToken}` },
      body: JSON.stringify({ source: 'ninjaone', severity: 'error', ...body }),
    });
    expect(res.status).toBe(202);
    const { handoff } = (await res.json()) as { handoff: { handoff_id: string } };
    await t.connector.waitFor(before + 1);
    await t.baton.delivery.idle();
    const posted = t.connector.received.slice(before).find((r) => cardText(r.activity).includes(String(body.summary)))!;
    return { handoffId: handoff.handoff_id, card: posted.activity.attachments[0].content };
  }

  it('an internal-owned row with an MSP qualifier is owned by the internal side on the card, not Joint (it said "Joint (Contoso IT and Fabrikam MSP)")', async () => {
    const { card } = await alert({ summary: 'Printer queue stuck on PRN-2', function: 'Tier 1 helpdesk (passwords, printers, basic Windows)', dedupKey: 'prn-2' });
    expect(validateCard(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('owned by Contoso IT · Fabrikam MSP: Overflow only');
    expect(text).not.toContain('Joint');
  });

  it('"Not ours" clicked by the side the handoff is not assigned to is refused with what to do instead, and what was typed is shown back (it was lost)', async () => {
    const { handoffId, card } = await alert({ summary: 'Patches failed on SRV-DC01', function: 'Patch management for servers', dedupKey: 'srv-dc01' });
    // The card everyone gets names whose "Not ours" it is.
    expect(cardText(card)).toContain('For Fabrikam MSP: why is it not yours? It goes to Contoso IT');
    const data = { engagementId: engagement.id, handoffId, reason: 'That server belongs to the MSP contract' };
    const refused = await t.post(cardAction('handoff.dispute', data, { user: ALEX }));
    expect(refused.status).toBe(200);
    const text = cardText(refused.body.value);
    expect(text).toContain('only Fabrikam MSP can send it back');
    expect(text).toMatch(/Claim it .* or Escalate/);
    expect(text).toContain('That server belongs to the MSP contract');
    // The refused person's own view offers no "Not ours"; the MSP engineer's does.
    expect(cardVerbs(refused.body.value)).not.toContain('handoff.dispute');
    const megansView = await t.post(cardAction('handoff.refresh', { engagementId: engagement.id, handoffId }, { user: MEGAN }));
    expect(cardVerbs(megansView.body.value)).toContain('handoff.dispute');
    const stored = await t.baton.services.handoffs.get(engagement.id, handoffId);
    expect(stored!.handoff.assignedSide).toBe('msp');
    expect(stored!.handoff.events.map((e) => e.kind)).not.toContain('disputed');
  });

  it('the state line names a moment that stays true, not an age ("unclaimed for 0 min" ten minutes later)', async () => {
    const { handoffId, card } = await alert({ summary: 'Backup job failed on FS01', function: 'Backups and disaster recovery', dedupKey: 'fs01' });
    expect(cardText(card)).toContain('Open since Mon 10:00 EST');
    expect(cardText(card)).not.toMatch(/\d+ min/);
    now = new Date(now.getTime() + 10 * 60_000);
    const later = await t.post(cardAction('handoff.refresh', { engagementId: engagement.id, handoffId }, { user: MEGAN }));
    expect(cardText(later.body.value)).toContain('Open since Mon 10:00 EST');
    const claimed = await t.post(cardAction('handoff.claim', { engagementId: engagement.id, handoffId }, { user: MEGAN }));
    expect(cardText(claimed.body.value)).toContain('Claimed by Megan Bowen at Mon 10:10 EST');
  });
});
