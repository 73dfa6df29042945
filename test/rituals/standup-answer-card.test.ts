import { describe, expect, it } from 'vitest';
import { validateCard } from '../../cards/validate-card.ts';
import { answerStandup as recordAnswer, readStandupInput, startStandup, type Standup } from '../../bot/domain/rituals/standup.ts';
import { weeklyFacts } from '../../bot/domain/rituals/weekly-facts.ts';
import type { BotDeps } from '../../bot/teams/bot-deps.ts';
import { answerStandup, refreshStandup } from '../../bot/teams/handlers/ritual-action-handler.ts';
import { standupCardFor } from '../../bot/teams/replies/ritual-reply.ts';
import { engagement as fixture, LONDON, SAM, DANA } from '../ownership/engagement-fixture.ts';

/**
 * After "Send my answer" the card the person gets back shows what they sent and that it was
 * received (when, in their zone), with a way to edit it; it is not an empty form again.
 */

const ENGAGEMENT = fixture({ id: 'e-aaaaaaaaaaaa', msp: LONDON });
const KEY = 'standup/2026-11-30';
/** Monday 30 Nov 2026, 10:12 in New York, 15:12 in London. */
const ANSWERED_AT = new Date('2026-11-30T15:12:00Z');
const SENT = { done: 'Patched SRV-DC01', next: 'Firewall review', blocked: 'Waiting on ISP ticket 4411' };

type Node = Record<string, any>;
const unescape = (s: string) => s.replace(/\\/g, '');

function open(): Standup {
  return startStandup({
    engagement: ENGAGEMENT,
    key: KEY,
    facts: weeklyFacts({ engagement: ENGAGEMENT, handoffs: [], questions: [], from: new Date('2026-11-23T05:00:00Z'), to: new Date('2026-11-30T05:00:00Z') }),
    now: new Date('2026-11-30T14:30:00Z'),
    via: 'schedule',
  });
}

/** A ritual service stand-in holding one standup; answers go through the domain rules. */
function depsWith(standup: { current: Standup }): BotDeps {
  return {
    services: {
      clock: () => ANSWERED_AT,
      rituals: {
        answerStandup: async (e: typeof ENGAGEMENT, _key: string, actor: { id: string; name: string }, data: Record<string, unknown>) => {
          const input = readStandupInput(data);
          if (!input.ok) return { ok: false, reason: input.reason };
          const result = recordAnswer(standup.current, e, actor, input.input, ANSWERED_AT);
          if (!result.ok) return result;
          standup.current = result.standup;
          return { ok: true, run: result.standup };
        },
        get: async () => ({ run: standup.current, etag: '1' }),
      },
    },
    logger: { info: () => undefined },
  } as unknown as BotDeps;
}

/** Nodes of `type` in the card's body (what is shown without pressing anything). */
function inBody(card: Node, type: string): Node[] {
  const found: Node[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Node;
      if (n.type === type) found.push(n);
      for (const [k, v] of Object.entries(n)) if (k !== 'actions' && k !== 'selectAction') walk(v);
    }
  };
  walk(card.body);
  return found;
}

function bodyText(card: Node): string {
  return unescape([...inBody(card, 'TextBlock').map((t) => t.text), ...inBody(card, 'FactSet').flatMap((f) => f.facts.map((x: Node) => `${x.title}: ${x.value}`))].join('\n'));
}

describe('after “Send my answer”, the standup card the person gets back', () => {
  async function answered() {
    const state = { current: open() };
    const deps = depsWith(state);
    const result = await answerStandup({ verb: 'standup.answer', data: { occurrence: KEY, ...SENT }, actor: { id: SAM.id, name: SAM.name }, engagement: ENGAGEMENT }, deps);
    if (!('card' in result)) throw new Error(result.message);
    return { card: result.card as Node, state, deps };
  }

  it('says it was received, when, in the person’s zone', async () => {
    const { card } = await answered();
    expect(validateCard(card)).toEqual([]);
    expect(bodyText(card)).toContain('Your answer was received Mon 30 Nov, 15:12 (Europe/London)');
  });

  it('shows what they sent as text, not as an empty form', async () => {
    const { card } = await answered();
    const text = bodyText(card);
    expect(text).toContain('Done: Patched SRV-DC01');
    expect(text).toContain('Next: Firewall review');
    expect(text).toContain('Blocked: Waiting on ISP ticket 4411');
    // No form in the body: nothing that looks like it has to be filled in again.
    expect(inBody(card, 'Input.Text')).toEqual([]);
  });

  it('offers “Edit my answer”: the form with their answer in it, sent with “Update my answer”', async () => {
    const { card } = await answered();
    const edit = (card.actions as Node[]).find((a) => a.title === 'Edit my answer');
    expect(edit?.type).toBe('Action.ShowCard');
    const inputs = Object.fromEntries((edit!.card.body as Node[]).flatMap((n) => (n.type === 'Input.Text' ? [[n.id, n.value]] : [])));
    expect(inputs).toEqual(SENT);
    const update = (edit!.card.actions as Node[]).find((a) => a.type === 'Action.Execute');
    expect(update).toMatchObject({ title: 'Update my answer', verb: 'standup.answer', data: { engagementId: ENGAGEMENT.id, occurrence: KEY } });
    expect(update!.fallback).toMatchObject({ type: 'Action.Submit', data: { verb: 'standup.answer' } });
  });

  it('comes back the same when their client refreshes it', async () => {
    const { deps } = await answered();
    const refreshed = await refreshStandup({ verb: 'standup.refresh', data: { occurrence: KEY }, actor: { id: SAM.id, name: SAM.name }, engagement: ENGAGEMENT }, deps);
    if (!('card' in refreshed)) throw new Error(refreshed.message);
    expect(bodyText(refreshed.card as Node)).toContain('Your answer was received Mon 30 Nov, 15:12 (Europe/London)');
  });

  it('is still a form for someone who has not answered', async () => {
    const { state } = await answered();
    const card = standupCardFor(state.current, ENGAGEMENT, ANSWERED_AT, DANA.id) as Node;
    expect(inBody(card, 'Input.Text').map((i) => [i.id, i.value])).toEqual([
      ['done', ''],
      ['next', ''],
      ['blocked', ''],
    ]);
    expect((card.actions as Node[]).map((a) => a.title)).toEqual(['Send my answer']);
  });
});

describe('the shared standup card (one copy for everyone, when a client does not refresh per person)', () => {
  it('lists each answer with when it was received, and offers a way to see and edit one’s own', () => {
    const state = open();
    const result = recordAnswer(state, ENGAGEMENT, { id: SAM.id, name: SAM.name }, SENT, ANSWERED_AT);
    if (!result.ok) throw new Error(result.reason);
    const card = standupCardFor(result.standup, ENGAGEMENT, ANSWERED_AT) as Node;
    expect(validateCard(card)).toEqual([]);
    const text = bodyText(card);
    expect(text).toMatch(/Sam Lee.*\(received Mon 30 Nov, 10:12 \(America\/New_York\) · 15:12 \(Europe\/London\)\)/);
    expect(text).toContain('Answered already?');
    const mine = (card.actions as Node[]).find((a) => a.title === 'Show my answer');
    expect(mine).toMatchObject({ type: 'Action.Execute', verb: 'standup.refresh', data: { engagementId: ENGAGEMENT.id, occurrence: KEY } });
    // The form stays for those who have not answered.
    expect((card.actions as Node[]).map((a) => a.title)).toContain('Send my answer');
  });

  it('with nobody answered yet, has only the form', () => {
    const card = standupCardFor(open(), ENGAGEMENT, ANSWERED_AT) as Node;
    expect((card.actions as Node[]).map((a) => a.title)).toEqual(['Send my answer']);
    expect(bodyText(card)).not.toContain('Answered already?');
  });
});
