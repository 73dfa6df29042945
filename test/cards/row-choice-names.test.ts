import { describe, expect, it } from 'vitest';
import { buildDidYouMeanCard } from '../../cards/did-you-mean-card.ts';
import { escapeMarkdown } from '../../cards/markdown-text.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { allObjects, executeActions } from './card-inspection.ts';

const LONG = 'Tier 1 helpdesk (passwords, printers, basic Windows issues, Outlook profiles and meeting-room screens)';
const QUESTION = 'who fixes the printers?';
const card = buildDidYouMeanCard({
  question: QUESTION,
  topic: 'printers',
  choices: [
    { rowId: 'tier-1', functionName: LONG, hint: 'Contoso IT' },
    { rowId: 'print', functionName: 'Printers and scanners' },
  ],
});

/** Buttons Teams draws with their title on them: card actions and ActionSet actions (not select actions). */
function buttonTitles(json: unknown): string[] {
  const sets = allObjects(json).filter((o) => o.type === 'ActionSet' || o.type === 'AdaptiveCard');
  return sets.flatMap((o) => (Array.isArray(o.actions) ? o.actions : [])).map((a) => String((a as { title?: unknown }).title ?? ''));
}

describe('a long row name in "did you mean"', () => {
  it('is shown whole, in a wrapped TextBlock, not as a button title Teams would cut', () => {
    const blocks = allObjects(card).filter((o) => o.type === 'TextBlock' && String(o.text).includes(escapeMarkdown(LONG)));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.wrap).toBe(true);
    for (const title of buttonTitles(card)) {
      expect(title).not.toContain('Tier 1 helpdesk');
      expect(title.length).toBeLessThanOrEqual(40);
    }
  });

  it('is picked by tapping it: its container carries the who.pick action with the row id and the question', () => {
    const tappable = allObjects(card).filter((o) => o.type === 'Container' && o.selectAction);
    expect(tappable).toHaveLength(2);
    const first = tappable[0]!;
    expect(JSON.stringify(first.items)).toContain(escapeMarkdown(LONG));
    expect(first.selectAction).toMatchObject({ type: 'Action.Execute', verb: 'who.pick', data: { rowId: 'tier-1', question: QUESTION } });
    expect((first.selectAction as { fallback: unknown }).fallback).toEqual({
      type: 'Action.Submit',
      title: expect.any(String),
      data: { rowId: 'tier-1', question: QUESTION, verb: 'who.pick' },
    });
    expect(JSON.stringify(first.items)).toContain('Contoso IT');
    expect(executeActions(card).map((a) => a.verb)).toEqual(['who.pick', 'who.pick', 'gap.open']);
    expect(validateCard(card)).toEqual([]);
  });
});
