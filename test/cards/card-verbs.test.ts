import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdaptiveCardJson } from '../../cards/adaptive-card-json.ts';
import { ALL_CARD_VERBS, CARD_VERBS, HANDOFF_BUTTON_VERBS, isCardVerb } from '../../cards/card-verbs.ts';
import { HANDOFF_BUTTONS } from '../../cards/handoff-card.ts';
import { buildCorrectionCard } from '../../cards/correction-card.ts';
import { buildLearnedCard } from '../../cards/learned-card.ts';
import { buildReviewCard } from '../../cards/review-card.ts';
import { buildScheduleCard } from '../../cards/schedule-card.ts';
import { handledVerbs } from '../../bot/teams/card-action-router.ts';
import { allObjects } from './card-inspection.ts';
import { SAMPLE_REVIEW, SAMPLE_ROWS } from './card-samples.ts';
import { SCREENSHOT_CARDS } from './card-screenshot-samples.ts';

/**
 * Cards and the card action router agree on the verbs: every verb a card can send (a template's
 * literal, or what a builder puts on a card: Action.Execute `verb` and its fallback's `data.verb`)
 * is one of cards/card-verbs.ts and has a handler in bot/teams/card-action-router.ts; every handler
 * there is reachable from some card.
 */

const TEMPLATES = join(import.meta.dirname, '../../cards/templates');

/** Every string under a `verb` key of a template, `${…}` expressions included (there should be none). */
function templateVerbs(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const name of readdirSync(TEMPLATES).filter((n) => n.endsWith('.json'))) {
    const json = JSON.parse(readFileSync(join(TEMPLATES, name), 'utf8')) as unknown;
    for (const node of allObjects(json as AdaptiveCardJson)) {
      if (typeof node.verb === 'string') found.set(node.verb, [...(found.get(node.verb) ?? []), name]);
    }
  }
  return found;
}

/** Every verb on a built card: Action.Execute verbs (the refresh action's too) and the verbs fallbacks add to their data. */
function builtVerbs(card: AdaptiveCardJson): string[] {
  return allObjects(card).flatMap((node) => {
    const verbs: string[] = [];
    if (node.type === 'Action.Execute' && typeof node.verb === 'string') verbs.push(node.verb);
    const data = node.data as Record<string, unknown> | undefined;
    if (node.type === 'Action.Submit' && data && typeof data.verb === 'string') verbs.push(data.verb);
    return verbs;
  });
}

/** Built cards showing every kind of button: the screenshot set, and the cards it leaves out. */
const BUILT: ReadonlyArray<{ name: string; card: () => AdaptiveCardJson }> = [
  ...SCREENSHOT_CARDS.map((s) => ({ name: s.name, card: s.build })),
  {
    name: 'correction',
    card: () =>
      buildCorrectionCard({
        question: 'who owns the copier lease?',
        context: { was: 'answer', wasRowId: 'row-0', matrixVersion: 3 },
        wasText: 'Baton answered with “Tier 1 helpdesk”.',
        functions: SAMPLE_ROWS.map((r) => r.functionName),
      }),
  },
  {
    name: 'learned (manager)',
    card: () =>
      buildLearnedCard({
        canManage: true,
        rows: [
          {
            functionName: 'Vendor management',
            phrasings: [{ id: 'p1', text: 'copier lease', status: 'personal', taughtBy: 'Megan Bowen, 2026-11-23', reach: 'applies to its author only' }],
          },
        ],
      }),
  },
  {
    name: 'review (with learned)',
    card: () => buildReviewCard({ ...SAMPLE_REVIEW, learned: { rows: [{ rowId: 'row-11', functionName: 'Vendor management', phrasings: ['copier lease'] }], kept: [] } }),
  },
  {
    name: 'schedule',
    card: () =>
      buildScheduleCard({
        engagementId: 'e-1',
        subtitle: 'Times are in America/New_York.',
        upcoming: [],
        standupEnabled: true,
        standupWeekday: 1,
        standupTime: '09:30',
        reviewEnabled: true,
        reviewMonths: [1, 4, 7, 10],
        reviewTime: '10:00',
        onHoliday: 'shift',
      }),
  },
];

describe('card verbs: cards and the router agree', () => {
  const fromTemplates = templateVerbs();
  const fromBuilders = new Map(BUILT.map(({ name, card }) => [name, builtVerbs(card())]));
  const sent = new Set([...fromTemplates.keys(), ...[...fromBuilders.values()].flat()]);
  const handled = new Set(handledVerbs());

  it('every verb in a template is a literal of cards/card-verbs.ts (no verb is computed in a template)', () => {
    const unknown = [...fromTemplates].filter(([verb]) => !isCardVerb(verb)).map(([verb, files]) => `${verb} (${files.join(', ')})`);
    expect(unknown).toEqual([]);
  });

  it('every verb a built card sends is one of cards/card-verbs.ts', () => {
    const unknown = [...fromBuilders].flatMap(([name, verbs]) => verbs.filter((v) => !isCardVerb(v)).map((v) => `${name}: ${v}`));
    expect(unknown).toEqual([]);
  });

  it('every verb any card can send has a handler in the router', () => {
    expect([...sent].filter((verb) => !handled.has(verb))).toEqual([]);
  });

  it('every handler in the router is reachable from some card', () => {
    expect([...handled].filter((verb) => !sent.has(verb))).toEqual([]);
  });

  it('the router handles exactly the verbs of cards/card-verbs.ts, and the built cards show each of them', () => {
    expect([...handled].sort()).toEqual([...ALL_CARD_VERBS].sort());
    const built = new Set([...fromBuilders.values()].flat());
    expect(ALL_CARD_VERBS.filter((v) => !built.has(v))).toEqual([]);
  });

  it('a handoff card button sends its own verb', () => {
    for (const b of HANDOFF_BUTTONS) expect(HANDOFF_BUTTON_VERBS[b]).toBe(`handoff.${b}`);
    expect(new Set(Object.values(CARD_VERBS)).size).toBe(ALL_CARD_VERBS.length);
    expect(isCardVerb('toString')).toBe(false);
    expect(isCardVerb('__proto__')).toBe(false);
  });
});
