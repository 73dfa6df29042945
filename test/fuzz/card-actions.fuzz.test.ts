import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertSettings } from '../../bot/domain/alerts/alert-settings.ts';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import { routeCardAction, unknownVerbMessage } from '../../bot/teams/card-action-router.ts';
import { stringField, type CardAction } from '../../bot/teams/card-action.ts';
import type { BotDeps } from '../../bot/teams/bot-deps.ts';
import { ALEX, cardAction, cardSubmit, installed, MEGAN, type TestUser } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { cardText } from '../teams/card-text.ts';
import { awkwardString, jsonish, RUNS } from './fuzz-support.ts';

/**
 * Card buttons with any verb and any data: never a 5xx, and a verb Baton does not know is told so in
 * words (never an empty 200). Verbs used to be looked up on a plain object, so `toString`,
 * `constructor`, `hasOwnProperty`, … found Object.prototype's functions and ran them as handlers.
 */

const PROTOTYPE_VERBS = [
  'toString',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
  'prototype',
];
const KNOWN_VERBS = [
  'setup.open',
  'setup.save',
  'who.pick',
  'gap.open',
  'gap.propose',
  'handoff.refresh',
  'handoff.claim',
  'handoff.release',
  'handoff.resolve',
  'handoff.dispute',
  'handoff.escalate',
  'handoff.reopen',
  'standup.answer',
  'standup.refresh',
  'review.row',
  'review.proposal',
  'review.sign',
  'review.page',
  'schedule.save',
];
const NOT_KNOWN = /is not one Baton knows/;

describe('the router and the inputs, without HTTP', () => {
  const deps = {} as BotDeps;
  const action = (verb: string, data: unknown): CardAction => ({ verb, data: data as Record<string, unknown>, actor: { id: '29:x', name: 'X' }, engagement: {} as Engagement });

  it('a verb from Object.prototype (or any unknown verb) gets the refusal message, no handler runs', async () => {
    for (const verb of [...PROTOTYPE_VERBS, '', 'handoff', 'HANDOFF.CLAIM', 'handoff.claim ', ' setup.open', '\u2028', '😀'.repeat(100)]) {
      const result = await routeCardAction(action(verb, {}), deps);
      expect('message' in result && result.message, verb).toMatch(NOT_KNOWN);
    }
  });

  it('property: any non-Baton verb → the refusal, naming at most 40 characters of it, as valid text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(awkwardString(80), fc.constantFrom(...PROTOTYPE_VERBS)).filter((v) => !KNOWN_VERBS.includes(v)),
        jsonish,
        async (verb, data) => {
          const result = await routeCardAction(action(verb, data), deps);
          expect('message' in result).toBe(true);
          if ('message' in result) {
            expect(result.message).toMatch(NOT_KNOWN);
            expect(result.message.length).toBeLessThan(200);
            expect(result.message).not.toMatch(/[\u2028\u2029\u0000]/);
          }
        },
      ),
      { numRuns: RUNS.pure },
    );
    expect(unknownVerbMessage('toString')).toMatch(/"toString"/);
  });

  it('stringField reads own inputs only, clips without splitting a character, and never returns a lone surrogate', () => {
    expect(stringField({}, 'toString')).toBe('');
    expect(stringField({}, 'constructor')).toBe('');
    expect(stringField(JSON.parse('{"__proto__":"x"}') as Record<string, unknown>, '__proto__')).toBe('x');
    expect(stringField({ note: 'ab😀' }, 'note', 3)).toBe('ab');
    expect(stringField({ note: 'a\ud800b' }, 'note')).toBe('a\ufffdb');
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(awkwardString(6), fc.constantFrom('note', 'reason', '__proto__')), jsonish),
        fc.oneof(fc.constantFrom('note', 'reason', '__proto__', 'toString'), awkwardString(6)),
        fc.integer({ min: 0, max: 50 }),
        (data, name, max) => {
          const value = stringField(data, name, max);
          expect(typeof value).toBe('string');
          expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)).toBe(false);
        },
      ),
      { numRuns: RUNS.pure },
    );
  });
});

describe('card actions over HTTP', () => {
  let t: TestBaton;
  let engagement: Engagement;
  let settings: AlertSettings;
  let handoffId = '';

  beforeAll(async () => {
    t = await startTestBaton();
    expect((await t.post(installed())).status).toBe(200);
    expect((await t.post(cardAction('setup.save', SETUP_CONTOSO))).status).toBe(200);
    const found = (await t.baton.services.engagements.list()).find((e) => e.conversationKind === 'channel')!;
    engagement = await t.baton.services.engagements.update(found.id, (e) => ({ ...e, people: [...e.people, { id: MEGAN.id, name: MEGAN.name, role: 'msp-engineer' }] }));
    settings = await t.baton.services.alertSettings.ensure(engagement.id);
    const res = await fetch(`${t.url}/api/alerts/${engagement.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.current.bearerToken}` },
      body: JSON.stringify({ source: 'edr', severity: 'critical', summary: 'Ransomware behaviour on LAPTOP-7', dedupKey: 'edr/laptop-7' }),
    });
    expect(res.status).toBe(202);
    handoffId = (await t.baton.services.handoffs.listOpen(engagement.id))[0]!.id;
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
  });

  /** Data a button could carry: the real ids sometimes, awkward text in the inputs, or anything. */
  const data = fc.oneof(
    fc.record(
      {
        engagementId: fc.oneof(fc.constant('__engagement__'), awkwardString(20)),
        handoffId: fc.oneof(fc.constant('__handoff__'), awkwardString(20)),
        note: awkwardString(60),
        reason: awkwardString(60),
        question: awkwardString(60),
        occurrence: awkwardString(20),
        template: fc.constantFrom('default', 'paste', '', 'toString'),
        matrixText: awkwardString(80),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(awkwardString(10), jsonish, { maxKeys: 6 }),
    jsonish,
  );
  const withIds = (d: unknown): unknown => {
    if (typeof d !== 'object' || d === null || Array.isArray(d)) return d;
    const out = { ...(d as Record<string, unknown>) };
    if (out.engagementId === '__engagement__') out.engagementId = engagement.id;
    if (out.handoffId === '__handoff__') out.handoffId = handoffId;
    return out;
  };
  const verb = fc.oneof(fc.constantFrom(...KNOWN_VERBS), fc.constantFrom(...PROTOTYPE_VERBS), awkwardString(30));
  const user = fc.constantFrom<TestUser>(ALEX, MEGAN, { id: '29:stranger', aadObjectId: 'x', name: 'Sam' });

  function isRefusal(body: any): boolean {
    return typeof body === 'object' && body !== null && typeof body.value === 'string' && NOT_KNOWN.test(body.value);
  }

  it('Action.Execute: any verb, any data, anyone → never 5xx, never an empty 200; an unknown verb is refused in words', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(verb, data, user, async (v, d, who) => {
        const res = await t.post(cardAction(v, withIds(d) as Record<string, unknown>, { user: who }));
        const known = KNOWN_VERBS.includes(v);
        seen.set(`${known ? 'known' : 'unknown'} ${res.status}`, (seen.get(`${known ? 'known' : 'unknown'} ${res.status}`) ?? 0) + 1);
        expect(res.status, `${JSON.stringify(v)} → ${res.status} ${JSON.stringify(res.body)?.slice(0, 300)}`).toBeLessThan(500);
        // Never empty: a card, a message, or an error the client shows.
        expect(res.body, `${JSON.stringify(v)} → empty ${res.status}`).toBeTruthy();
        expect(res.body.value ?? res.body.message, `${JSON.stringify(v)} → ${JSON.stringify(res.body).slice(0, 200)}`).toBeTruthy();
        if (!known && v !== '') expect(isRefusal(res.body), `${JSON.stringify(v)} → ${JSON.stringify(res.body).slice(0, 200)}`).toBe(true);
      }),
      { numRuns: RUNS.http },
    );
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('every Object.prototype name as a verb → the refusal (was: toString → 500/501, constructor → an empty 200)', async () => {
    for (const v of PROTOTYPE_VERBS) {
      const res = await t.post(cardAction(v, { engagementId: engagement.id, handoffId }));
      expect(res.status, v).toBe(200);
      expect(isRefusal(res.body), `${v} → ${JSON.stringify(res.body)}`).toBe(true);
    }
  });

  it('Action.Submit (an older client: a message whose value has the verb) → 200 and a card in the conversation, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(verb, fc.constantFrom(...PROTOTYPE_VERBS)), data, user, async (v, d, who) => {
        const before = t.connector.received.length;
        const body = withIds(d);
        const submit = cardSubmit(v, typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : { value: body }, { user: who });
        const res = await t.post(submit);
        expect(res.status, `${JSON.stringify(v)} → ${res.status}`).toBeLessThan(500);
        if (!KNOWN_VERBS.includes(v)) {
          const replies = await t.connector.waitFor(before + 1);
          expect(cardText(replies[replies.length - 1]!.activity)).toMatch(NOT_KNOWN);
        }
      }),
      { numRuns: Math.round(RUNS.http / 2) },
    );
  });

  it('a resolve note with U+2028 and friends is stored and shown (a card input goes to storage too)', async () => {
    const alert = await fetch(`${t.url}/api/alerts/${engagement.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.current.bearerToken}` },
      body: JSON.stringify({ source: 'edr', severity: 'error', summary: 'Odd login on SRV-2', dedupKey: 'edr/srv-2' }),
    });
    expect(alert.status).toBe(202);
    const id = (await t.baton.services.handoffs.listOpen(engagement.id)).find((h) => h.dedupKey === 'edr/srv-2')!.id;
    const claim = await t.post(cardAction('handoff.claim', { engagementId: engagement.id, handoffId: id }, { user: MEGAN }));
    expect(claim.status).toBe(200);
    const note = 'Re-imaged\u2028then\u2029restored } {"x":1} \u0000 \ufeff \ud800 done';
    const res = await t.post(cardAction('handoff.resolve', { engagementId: engagement.id, handoffId: id, note }, { user: MEGAN }));
    expect(res.status).toBe(200);
    expect(cardText(res.body.value)).toContain('Re-imaged');
    const stored = await t.baton.services.handoffs.get(engagement.id, id);
    expect(stored?.handoff.status).toBe('resolved');
    expect(stored?.handoff.events.at(-1)?.note).toBe(note.replace('\ud800', '\ufffd'));
  });

  it('the data of Action.Execute need not be an object (a string, an array, null): never 5xx', async () => {
    for (const d of ['text', 42, [1, 2], null, true]) {
      for (const v of ['handoff.claim', 'setup.save', 'who.pick', 'toString']) {
        const activity = cardAction(v, {});
        (activity.value.action as Record<string, unknown>).data = d;
        const res = await t.post(activity);
        expect(res.status, `${v} with ${JSON.stringify(d)}`).toBeLessThan(500);
      }
    }
  });

  it('an invoke whose action has no verb, or a verb that is not a string → 400, never 5xx', async () => {
    for (const v of [undefined, '', 42, { a: 1 }, ['x'], null]) {
      const activity = cardAction('x', {});
      (activity.value.action as Record<string, unknown>).verb = v;
      const res = await t.post(activity);
      expect(res.status, JSON.stringify(v)).toBe(400);
    }
  });

  /**
   * An adaptiveCard/action invoke whose `value` has no `action` object ({} or a string) failed inside
   * botbuilder's getAdaptiveCardInvokeValue (`value.action.type` of undefined) and was answered 501;
   * every invoke name Baton does not handle (task/fetch, composeExtension/query) was botbuilder's
   * default 501 too. Teams never sends those, but anyone who can post an activity can.
   */
  it('an adaptiveCard/action invoke without value.action, or an invoke Baton does not handle → 400', async () => {
    for (const value of [{}, 'text', 7, { action: null }, { action: 'x' }]) {
      const res = await t.post({ ...cardAction('x', {}), value });
      expect(res.status, JSON.stringify(value)).toBe(400);
    }
    for (const name of ['task/fetch', 'composeExtension/query', 'nonsense', '']) {
      const res = await t.post({ ...cardAction('x', {}), name });
      expect(res.status, name).toBeLessThan(500);
    }
  });
});
