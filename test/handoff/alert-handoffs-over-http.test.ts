import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCard } from '../../cards/validate-card.ts';
import { signAlertBody } from '../../bot/domain/alerts/alert-request-auth.ts';
import type { AlertSettings } from '../../bot/domain/alerts/alert-settings.ts';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import { ADELE, ALEX, cardAction, CHANNEL, installed, MEGAN, message, type TestUser } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import type { CapturedActivity } from '../support/local-connector.ts';
import { cardText, cardVerbs } from '../teams/card-text.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';

/** Monday 23 Nov 2026, 10:00 in New York: business hours for both sides. */
let now = new Date('2026-11-23T15:00:00Z');
const DANA: TestUser = { id: '29:dana', aadObjectId: 'aad-dana', name: 'Dana Ortiz' };
const STRANGER: TestUser = { id: '29:stranger', aadObjectId: 'aad-stranger', name: 'Sam Stranger' };

const SETUP = { ...SETUP_CONTOSO, holidayRegion: 'US', mspTimeZone: 'America/New_York', mspHoursStart: '08:00', mspHoursEnd: '17:00' };

describe('alert handoffs over HTTP with Azurite and a local connector', () => {
  let t: TestBaton;
  let engagement: Engagement;
  let settings: AlertSettings;

  beforeAll(async () => {
    t = await startTestBaton({ clock: () => now });
    expect((await t.post(installed())).status).toBe(200);
    expect((await t.post(cardAction('setup.save', SETUP))).status).toBe(200);
    const found = (await t.baton.services.engagements.list()).find((e) => e.conversationKind === 'channel');
    // The roster: Alex (internal manager, ran setup), Adele (internal IT), Megan (MSP engineer), Dana (MSP manager).
    const updated = await t.baton.services.engagements.update(found!.id, (e) => ({
      ...e,
      people: [
        ...e.people,
        { id: ADELE.id, name: ADELE.name, role: 'internal-it' },
        { id: MEGAN.id, name: MEGAN.name, role: 'msp-engineer' },
        { id: DANA.id, name: DANA.name, role: 'msp-manager' },
      ],
    }));
    engagement = updated;
    settings = await t.baton.services.alertSettings.ensure(engagement.id);
    t.connector.clear();
  });
  afterAll(async () => {
    await t.stop();
  });

  async function sendAlert(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${settings.current.bearerToken}` }, engagementId = engagement.id) {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const res = await fetch(`${t.url}/api/alerts/${engagementId}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  }

  async function deliveredAfter<T>(action: () => Promise<T>, count = 1): Promise<{ result: T; activities: CapturedActivity[] }> {
    const start = t.connector.received.length;
    const result = await action();
    await t.connector.waitFor(start + count);
    await t.baton.delivery.idle();
    return { result, activities: t.connector.received.slice(start) };
  }

  it("posts one card for Baton's own JSON, routed by the resolver to the owning side, mentioning who is on point", async () => {
    const { result, activities } = await deliveredAfter(() =>
      sendAlert({ source: 'ninjaone', category: 'patching', severity: 'error', summary: 'Server patching failed on SRV-DC01 (3 updates)', dedupKey: 'patch-srv-dc01' }),
    );
    expect(result.status).toBe(202);
    expect(result.body).toMatchObject({ status: 'success', dedup_key: 'patch-srv-dc01', handoff: { outcome: 'opened' } });
    expect(activities).toHaveLength(1);
    const [posted] = activities;
    expect(posted!.method).toBe('POST');
    const card = posted!.activity.attachments[0].content;
    expect(validateCard(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Server patching failed on SRV-DC01');
    expect(text).toContain('Patch management for servers');
    expect(text).toContain('Fabrikam MSP');
    expect(text).toContain('<at>Megan Bowen</at>');
    expect(card.msteams.entities).toEqual([{ type: 'mention', text: '<at>Megan Bowen</at>', mentioned: { id: MEGAN.id, name: MEGAN.name } }]);
    expect(cardVerbs(card)).toEqual(expect.arrayContaining(['handoff.claim', 'handoff.dispute', 'handoff.escalate']));
    expect(card.refresh.userIds).toEqual(expect.arrayContaining([MEGAN.id, ADELE.id, ALEX.id, DANA.id]));
    const handoff = (await t.baton.services.handoffs.listOpen(engagement.id)).find((h) => h.dedupKey === 'patch-srv-dc01');
    expect(handoff?.assignedSide).toBe('msp');
    expect(handoff?.routing.routedBy).toBe('resolver');
  });

  it('follows PagerDuty Events v2 semantics: trigger, re-trigger updates the same card, resolve, then a new one', async () => {
    const pd = (action: string, extra: Record<string, unknown> = {}) => ({
      routing_key: settings.current.routingKey,
      event_action: action,
      dedup_key: 'veeam-job-42',
      ...extra,
    });
    const trigger = pd('trigger', { payload: { summary: 'Backup job Nightly-FS failed', source: 'veeam-01', severity: 'critical', custom_details: { job: 'Nightly-FS' } } });
    const first = await deliveredAfter(() => sendAlert(trigger, {}));
    expect(first.result.status).toBe(202);
    expect(first.result.body).toEqual({ status: 'success', message: 'Event processed', dedup_key: 'veeam-job-42' });
    expect(first.activities[0]!.method).toBe('POST');
    const opened = (await t.baton.services.handoffs.listOpen(engagement.id)).find((h) => h.dedupKey === 'veeam-job-42')!;
    const cardId = (await t.baton.services.handoffs.get(engagement.id, opened.id))!.activityId!;
    expect(cardText(first.activities[0]!.activity)).toContain('Backup management and testing');

    const again = await deliveredAfter(() => sendAlert(trigger, {}));
    expect(again.activities.map((a) => a.method)).toEqual(['PUT']);
    expect(again.activities[0]!.path).toContain(cardId);
    expect(cardText(again.activities[0]!.activity)).toContain('2×');

    const resolved = await deliveredAfter(() => sendAlert(pd('resolve'), {}));
    expect(resolved.activities.map((a) => a.method)).toEqual(['PUT']);
    expect(cardText(resolved.activities[0]!.activity).toLowerCase()).toContain('resolved');
    expect(cardVerbs(resolved.activities[0]!.activity)).toEqual(['handoff.refresh', 'handoff.reopen']);

    // Acknowledge / resolve for a key with nothing open: accepted, ignored, nothing posted.
    const ignored = await sendAlert(pd('acknowledge'), {});
    expect(ignored.status).toBe(202);
    expect(ignored.body.dedup_key).toBe('veeam-job-42');

    const reopened = await deliveredAfter(() => sendAlert(trigger, {}));
    expect(reopened.activities.map((a) => a.method)).toEqual(['POST']);
  });

  it('opens one handoff per Alertmanager alert and resolves them when Alertmanager says resolved', async () => {
    const alert = (name: string, fingerprint: string, status: string) => ({
      status,
      labels: { alertname: name, instance: 'fw01:9100', severity: 'warning', job: 'node' },
      annotations: { summary: `${name} on fw01` },
      startsAt: '2026-11-23T14:58:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus:9090/graph',
      fingerprint,
    });
    const body = (status: string) => ({
      version: '4',
      groupKey: '{}:{alertname="x"}',
      truncatedAlerts: 0,
      status,
      receiver: 'baton',
      groupLabels: {},
      commonLabels: {},
      commonAnnotations: {},
      externalURL: 'http://alertmanager:9093',
      alerts: [alert('Firewall VPN tunnel down', 'aa11', status), alert('Firewall CPU high', 'bb22', status)],
    });
    const firing = await deliveredAfter(() => sendAlert(body('firing')), 2);
    expect(firing.result.status).toBe(202);
    expect(firing.activities.map((a) => a.method)).toEqual(['POST', 'POST']);
    const resolved = await deliveredAfter(() => sendAlert(body('resolved')), 2);
    expect(resolved.activities.map((a) => a.method)).toEqual(['PUT', 'PUT']);
    const open = await t.baton.services.handoffs.listOpen(engagement.id);
    expect(open.filter((h) => h.dedupKey === 'aa11' || h.dedupKey === 'bb22')).toEqual([]);
  });

  it('accepts an HMAC-signed body and refuses wrong, missing and stale credentials with a plain 401', async () => {
    const body = JSON.stringify({ source: 'uptime', severity: 'info', summary: 'Website certificate expires in 20 days', dedupKey: 'cert-1' });
    const ts = String(Math.floor(now.getTime() / 1000));
    const signed = await sendAlert(body, { 'x-baton-timestamp': ts, 'x-baton-signature': signAlertBody(settings.current.hmacSecret, ts, body) });
    expect(signed.status).toBe(202);
    const refused = [
      await sendAlert(body, { authorization: 'Bearer wrong-token' }),
      await sendAlert(body, {}),
      await sendAlert(body, { 'x-baton-timestamp': ts, 'x-baton-signature': signAlertBody('not-the-secret', ts, body) }),
      await sendAlert(body.replace('20 days', '2 days'), { 'x-baton-timestamp': ts, 'x-baton-signature': signAlertBody(settings.current.hmacSecret, ts, body) }),
      await sendAlert(body, { 'x-baton-timestamp': String(Number(ts) - 301), 'x-baton-signature': signAlertBody(settings.current.hmacSecret, String(Number(ts) - 301), body) }),
      await sendAlert(body, undefined, 'e-zzzzzzzzzzzz'),
      await sendAlert(body, undefined, 'not-an-id'),
    ];
    for (const r of refused) expect([r.status, r.body]).toEqual([401, { status: 'unauthorized', message: 'Unauthorized' }]);
    await t.baton.delivery.idle();
  });

  it('keeps the old credentials valid during a rotation', async () => {
    const old = settings;
    const rotated = await t.baton.services.alertSettings.rotate(engagement.id, 24);
    expect(rotated.current.bearerToken).not.toBe(old.current.bearerToken);
    // No wait for the settings cache: this instance's cache holds what the rotation stored.
    const body = { source: 'uptime', severity: 'info', summary: 'Rotation check', dedupKey: 'rotation-1' };
    expect((await sendAlert(body, { authorization: `Bearer ${old.current.bearerToken}` })).status).toBe(202);
    expect((await sendAlert(body, { authorization: `Bearer ${rotated.current.bearerToken}` })).status).toBe(202);
    settings = rotated;
    await t.baton.delivery.idle();
  }, 15_000);

  it('answers 400 naming the fields at fault, and 413 for a body over 512 KB; nothing is stored', async () => {
    const before = (await t.baton.services.handoffs.listOpen(engagement.id)).length;
    const bad = await sendAlert({ source: 'x', severity: 'urgent', summary: '', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([expect.stringContaining('severity'), expect.stringContaining('summary')]));
    const pd = await sendAlert({ routing_key: settings.current.routingKey, event_action: 'trigger', payload: { summary: 'x', source: 'y', severity: 'bad' } }, {});
    expect(pd.status).toBe(400);
    expect(pd.body).toMatchObject({ status: 'invalid event', message: 'Event object is invalid' });
    expect(pd.body.errors.join(' ')).toContain('payload.severity');
    const huge = await sendAlert({ source: 'x', severity: 'info', summary: 'big', details: 'x'.repeat(600 * 1024) });
    expect(huge.status).toBe(413);
    expect((await t.baton.services.handoffs.listOpen(engagement.id)).length).toBe(before);
  });

  it('claims: the first click wins, others see who holds it, people off the roster change nothing', async () => {
    const opened = await deliveredAfter(() =>
      sendAlert({ source: 'sentinelone', severity: 'critical', summary: 'EDR: ransomware behaviour blocked on LAPTOP-22', dedupKey: 'edr-1' }),
    );
    const handoff = (await t.baton.services.handoffs.listOpen(engagement.id)).find((h) => h.dedupKey === 'edr-1')!;
    expect(handoff.assignedSide).toBe('msp');
    const data = { engagementId: engagement.id, handoffId: handoff.id };

    const stranger = await t.post(cardAction('handoff.claim', data, { user: STRANGER }));
    expect(stranger.status).toBe(200);
    expect(cardText(stranger.body.value)).toContain('roster');

    const claim = await deliveredAfter(() => t.post(cardAction('handoff.claim', data, { user: MEGAN })));
    expect(claim.result.status).toBe(200);
    expect(cardText(claim.result.body.value)).toContain('Claimed by Megan Bowen');
    expect(cardVerbs(claim.result.body.value)).toEqual(expect.arrayContaining(['handoff.release', 'handoff.resolve']));
    expect(claim.activities.map((a) => a.method)).toEqual(['PUT']);
    const cardId = (await t.baton.services.handoffs.get(engagement.id, handoff.id))?.activityId;
    expect(opened.activities[0]!.method).toBe('POST');
    expect(claim.activities[0]!.path).toContain(`/activities/${cardId}`);

    const late = await t.post(cardAction('handoff.claim', data, { user: ADELE }));
    expect(cardText(late.body.value)).toContain('Already claimed by Megan Bowen');
    const releaseByOther = await t.post(cardAction('handoff.release', data, { user: ADELE }));
    expect(cardText(releaseByOther.body.value)).toContain('Only Megan Bowen');

    const resolve = await deliveredAfter(() => t.post(cardAction('handoff.resolve', { ...data, note: 'Isolated and re-imaged' }, { user: MEGAN })));
    expect(cardText(resolve.result.body.value)).toContain('Resolved by Megan Bowen');
    const stored = await t.baton.services.handoffs.get(engagement.id, handoff.id);
    expect(stored?.handoff.events.map((e) => e.kind)).toEqual(['received', 'claimed', 'resolved']);
  });

  it('of 50 simultaneous claims exactly one wins and 49 are told who holds it', async () => {
    await deliveredAfter(() => sendAlert({ source: 'rmm', severity: 'error', summary: 'Workstation patching: 14 laptops missing updates', dedupKey: 'race-1' }));
    const handoff = (await t.baton.services.handoffs.listOpen(engagement.id)).find((h) => h.dedupKey === 'race-1')!;
    const people = Array.from({ length: 50 }, (_, i) => ({ id: `29:racer-${i}`, name: `Racer ${i}`, role: i % 2 ? 'msp-engineer' : 'internal-it' }) as const);
    await t.baton.services.engagements.update(engagement.id, (e) => ({ ...e, people: [...e.people, ...people] }));
    // No wait for the engagement cache: this instance's cache holds what the update stored.
    const results = await Promise.all(
      people.map((p) => t.post(cardAction('handoff.claim', { engagementId: engagement.id, handoffId: handoff.id }, { user: { id: p.id, aadObjectId: p.id, name: p.name } }))),
    );
    const texts = results.map((r) => cardText(r.body.value));
    const winners = texts.filter((x) => !x.includes('Already claimed by'));
    expect(winners).toHaveLength(1);
    const winner = /Claimed by (Racer \d+)/.exec(winners[0]!)?.[1];
    expect(texts.filter((x) => x.includes(`Already claimed by ${winner}`))).toHaveLength(49);
    const stored = await t.baton.services.handoffs.get(engagement.id, handoff.id);
    expect(stored?.handoff.events.filter((e) => e.kind === 'claimed')).toHaveLength(1);
    await t.baton.delivery.idle();
    // The racers leave the roster again: the other tests (in any order) see the roster of beforeAll.
    await t.baton.services.engagements.update(engagement.id, (e) => ({ ...e, people: e.people.filter((p) => !people.some((r) => r.id === p.id)) }));
  }, 30_000);

  it('"Not ours" sends it to the other side with the reason; escalation timers reply in the thread', async () => {
    await deliveredAfter(() => sendAlert({ source: 'm365', severity: 'critical', summary: 'Email security platform: quarantine release failing', dedupKey: 'mail-1' }));
    const handoff = (await t.baton.services.handoffs.listOpen(engagement.id)).find((h) => h.dedupKey === 'mail-1')!;
    expect(handoff.assignedSide).toBe('msp');
    const data = { engagementId: engagement.id, handoffId: handoff.id };
    const noReason = await t.post(cardAction('handoff.dispute', data, { user: MEGAN }));
    expect(cardText(noReason.body.value)).toContain('Say why');
    const wrongSide = await t.post(cardAction('handoff.dispute', { ...data, reason: 'not us' }, { user: ADELE }));
    expect(cardText(wrongSide.body.value)).toContain("Fabrikam MSP's handoff");
    const dispute = await deliveredAfter(() => t.post(cardAction('handoff.dispute', { ...data, reason: 'This is the LOB mail plugin, internal owns it' }, { user: MEGAN })));
    expect(cardText(dispute.result.body.value)).toContain('Not ours');
    const disputed = await t.baton.services.handoffs.get(engagement.id, handoff.id);
    expect(disputed?.handoff.assignedSide).toBe('internal');

    // Unclaimed, critical: the timer (10 min, from the dispute) escalates, in the card's thread, mentioning the internal manager.
    now = new Date(now.getTime() + 9 * 60_000);
    expect(await t.baton.escalations.sweep()).toBe(0);
    now = new Date(now.getTime() + 60_000);
    const escalated = await deliveredAfter(() => t.baton.escalations.sweep(), 2);
    expect(escalated.result).toBeGreaterThanOrEqual(1);
    // Other critical handoffs opened at 10:00 escalate too; this one's reply names its id.
    const reply = escalated.activities.find((a) => a.method === 'POST' && String(a.activity.text).includes(handoff.id));
    const cardId = (await t.baton.services.handoffs.get(engagement.id, handoff.id))?.activityId;
    expect(cardId).toBeTruthy();
    expect(reply?.conversationId).toBe(`${CHANNEL};messageid=${cardId}`);
    expect(reply?.activity.text).toContain('Escalation 1 of 3');
    expect(reply?.activity.text).toContain('<at>Alex Wilber</at>');
    expect(reply?.activity.entities).toEqual([{ type: 'mention', text: '<at>Alex Wilber</at>', mentioned: { id: ALEX.id, name: ALEX.name } }]);
  });

  it('Escalate by hand replies in the thread; refresh gives each viewer the buttons their role allows', async () => {
    await deliveredAfter(() => sendAlert({ source: 'rmm', severity: 'warning', summary: 'Vendor contract renewal due for the copier lease', dedupKey: 'fw-1' }));
    const handoff = (await t.baton.services.handoffs.listOpen(engagement.id)).find((h) => h.dedupKey === 'fw-1')!;
    const data = { engagementId: engagement.id, handoffId: handoff.id };
    const megan = await t.post(cardAction('handoff.refresh', data, { user: MEGAN }));
    expect(megan.status).toBe(200);
    expect(megan.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardVerbs(megan.body.value)).toEqual(['handoff.refresh', 'handoff.claim', 'handoff.resolve', 'handoff.dispute', 'handoff.escalate']);
    const adele = await t.post(cardAction('handoff.refresh', data, { user: ADELE }));
    expect(cardVerbs(adele.body.value)).toEqual(['handoff.refresh', 'handoff.claim', 'handoff.escalate']);
    const stranger = await t.post(cardAction('handoff.refresh', data, { user: STRANGER }));
    expect(cardVerbs(stranger.body.value)).toEqual(['handoff.refresh']);

    const escalated = await deliveredAfter(() => t.post(cardAction('handoff.escalate', data, { user: ADELE })), 2);
    const reply = escalated.activities.find((a) => a.method === 'POST');
    expect(reply?.activity.text).toContain('Escalated by Adele Vance');
    expect(reply?.activity.text).toContain('<at>Dana Ortiz</at>');
    const forged = await t.post(cardAction('handoff.claim', { ...data, engagementId: 'e-zzzzzzzzzzzz' }, { user: MEGAN }));
    expect(forged.body.value).toBe('This handoff belongs to another team.');
  });

  it('lists open handoffs by side and shows one with its timeline', async () => {
    // One of its own on the internal side, whichever tests ran before (in business hours the printer row is internal's).
    await deliveredAfter(() => sendAlert({ source: 'helpdesk', severity: 'warning', summary: 'Printer queue stuck on 3rd floor printer', dedupKey: 'printer-list' }));
    expect((await t.baton.services.handoffs.listOpen(engagement.id)).find((h) => h.dedupKey === 'printer-list')?.assignedSide).toBe('internal');
    const start = t.connector.received.length;
    await t.post(message('handoffs'));
    const [list] = (await t.connector.waitFor(start + 1)).slice(start);
    expect(validateCard(list!.activity.attachments[0].content)).toEqual([]);
    expect(cardText(list!.activity)).toContain('Contoso IT');
    const one = (await t.baton.services.handoffs.listOpen(engagement.id))[0]!;
    await t.post(message(`handoff ${one.id}`));
    const [shown] = (await t.connector.waitFor(start + 2)).slice(start + 1);
    expect(cardText(shown!.activity)).toContain('Timeline');
  });

  it('routes an after-hours alert on an internal row with an overflow MSP to the MSP', async () => {
    now = new Date('2026-11-24T04:00:00Z'); // 23:00 in New York
    await deliveredAfter(() => sendAlert({ source: 'helpdesk', severity: 'warning', summary: 'Printer queue stuck on 2nd floor printer', dedupKey: 'printer-1' }));
    const handoff = (await t.baton.services.handoffs.listOpen(engagement.id)).find((h) => h.dedupKey === 'printer-1')!;
    expect(handoff.routing.functionName).toBe('Tier 1 helpdesk (passwords, printers, basic Windows)');
    expect(handoff.routing.owners).toEqual(['internal', 'msp']);
    expect(handoff.assignedSide).toBe('msp');
    now = new Date('2026-11-23T15:00:00Z');
  });

  it('an alert no row covers is unowned: both sides are mentioned and it cannot be sent back', async () => {
    const { activities } = await deliveredAfter(() => sendAlert({ source: 'facilities', severity: 'warning', summary: 'Coffee machine descaling overdue', dedupKey: 'coffee-1' }));
    const text = cardText(activities[0]!.activity);
    expect(text).toContain('Unowned');
    expect(text).toContain('<at>Megan Bowen</at>');
    expect(text).toContain('<at>Adele Vance</at>');
    const handoff = (await t.baton.services.handoffs.listOpen(engagement.id)).find((h) => h.dedupKey === 'coffee-1')!;
    expect(handoff.routing.routedBy).toBe('none');
    const dispute = await t.post(cardAction('handoff.dispute', { engagementId: engagement.id, handoffId: handoff.id, reason: 'no' }, { user: MEGAN }));
    expect(cardText(dispute.body.value)).toContain('gap');
  });

  it('answers 429 with Retry-After over the per-engagement limit', async () => {
    await t.baton.services.alertSettings.update(engagement.id, (s) => ({ ...s, rateLimitPerMinute: 3 }));
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r = await sendAlert({ source: 'flood', severity: 'info', summary: `Flood ${i}`, dedupKey: 'flood' }, { authorization: `Bearer ${settings.current.bearerToken}` });
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
    }
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    await t.baton.services.alertSettings.update(engagement.id, (s) => ({ ...s, rateLimitPerMinute: 600 }));
    // The bucket refills on Baton's clock, not while a test waits: a minute on, the next alert finds it
    // full again (so the tests that run after this one are not throttled), and the clock goes back.
    const at = now;
    now = new Date(at.getTime() + 60_000);
    expect((await sendAlert({ source: 'flood', severity: 'info', summary: 'Flood over', dedupKey: 'flood' })).status).toBe(202);
    now = at;
    await t.baton.delivery.idle();
  }, 15_000);
});
