import { describe, expect, it } from 'vitest';
import { CARD_BUDGET_BYTES, cardPayloadBytes } from '../../cards/card-size.ts';
import { buildCorrectionCard, NO_ROW } from '../../cards/correction-card.ts';
import { buildLearnedCard } from '../../cards/learned-card.ts';
import { buildReviewCard } from '../../cards/review-card.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { findInput, verbs, visibleText } from './card-inspection.ts';
import { SAMPLE_REVIEW, syntheticRows } from './card-samples.ts';

const CONTEXT = { was: 'answer' as const, wasRowId: 'function-1', matrixVersion: 7 };

describe('the "Not right?" correction card', () => {
  it('offers every row of a 500-row matrix, searchable, within one message', () => {
    const functions = syntheticRows(500).map((r) => r.functionName);
    const card = buildCorrectionCard({ question: 'who owns the copier lease?', context: CONTEXT, wasText: 'Baton answered with “Function 2”.', functions });
    expect(validateCard(card)).toEqual([]);
    expect(cardPayloadBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    const input = findInput(card, 'row') as { style: string; choices: Array<{ title: string; value: string }>; isRequired: boolean };
    expect(input.style).toBe('filtered');
    expect(input.isRequired).toBe(true);
    expect(input.choices).toHaveLength(501);
    expect(input.choices[0]).toEqual({ title: 'No row covers this (propose an owner)', value: NO_ROW });
    expect(input.choices.slice(1).map((c) => c.value)).toEqual(functions.map((_, i) => String(i)));
    expect(input.choices[500]!.title).toMatch(/^Function 500/);
    expect(visibleText(card)).not.toContain('Only the first');
  });

  it('uses whole function names when they fit, and says how many rows are left out when even short ones do not', () => {
    const few = buildCorrectionCard({
      question: 'q',
      context: CONTEXT,
      wasText: '',
      functions: ['Backup management and testing — nightly jobs, restore tests and offsite copies'],
    });
    expect((findInput(few, 'row') as { choices: Array<{ title: string }> }).choices[1]!.title).toBe(
      'Backup management and testing — nightly jobs, restore tests and offsite copies',
    );
    const tight = buildCorrectionCard({ question: 'q', context: CONTEXT, wasText: '', functions: syntheticRows(500).map((r) => r.functionName), budgetBytes: 8_000 });
    expect(cardPayloadBytes(tight)).toBeLessThanOrEqual(8_000);
    expect(validateCard(tight)).toEqual([]);
    expect(visibleText(tight)).toMatch(/Only the first \d+ of 500 rows fit in one message\./);
  });

  it('sends the question, what Baton had said and the version with the submit, and keeps the choice after a refusal', () => {
    const card = buildCorrectionCard({
      question: 'who owns Intune?',
      context: { was: 'gap', matrixVersion: 2 },
      wasText: 'Baton found no row for it.',
      functions: ['A', 'B'],
      selected: '1',
      error: 'Only people on this team’s roster can correct.',
    });
    expect(verbs(card)).toEqual(['who.correct']);
    expect(JSON.stringify(card)).toContain('"data":{"question":"who owns Intune?","was":"gap","wasRowId":"","v":2}');
    expect((findInput(card, 'row') as { value: string }).value).toBe('1');
    expect(visibleText(card)).toContain('Only people on this team’s roster can correct.');
  });
});

describe('the learned card', () => {
  it('shows Confirm only on phrasings that apply to their author, and no buttons to non-managers', () => {
    const rows = [
      {
        functionName: 'Vendor management',
        phrasings: [
          { id: 'a', text: 'copier lease', status: 'shared' as const, taughtBy: 'Alex', reach: 'applies to everyone' },
          { id: 'b', text: 'toner contract', status: 'personal' as const, taughtBy: 'Megan', reach: 'applies to its author only' },
        ],
      },
    ];
    expect(verbs(buildLearnedCard({ rows, canManage: true }))).toEqual(['learned.drop', 'learned.confirm', 'learned.drop']);
    expect(verbs(buildLearnedCard({ rows, canManage: false }))).toEqual([]);
  });

  it('fits hundreds of phrasings within one message', () => {
    const rows = syntheticRows(300).map((r, i) => ({
      functionName: r.functionName,
      phrasings: [
        { id: `p${i}`, text: `phrasing number ${i} ${'x'.repeat(60)}`, status: 'personal' as const, taughtBy: 'Megan Bowen, 2026-11-23', reach: 'applies to its author only' },
      ],
    }));
    const card = buildLearnedCard({ rows, canManage: true });
    expect(cardPayloadBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(validateCard(card)).toEqual([]);
    expect(visibleText(card)).toMatch(/… and \d+ more that do not fit in one message\./);
  });
});

describe('the review card’s learned phrasings', () => {
  it('is one compact section: one choice per row, the kept rows ticked, one save button', () => {
    const card = buildReviewCard({
      ...SAMPLE_REVIEW,
      learned: {
        rows: [
          { rowId: 'r1', functionName: 'Vendor management', phrasings: ['a', 'b', 'c', 'd', 'e', 'f'] },
          { rowId: 'r2', functionName: 'EDR', phrasings: ['crowdstrike'] },
        ],
        kept: ['r2'],
      },
    });
    expect(validateCard(card)).toEqual([]);
    const input = findInput(card, 'keepLearned') as { isMultiSelect: boolean; value: string; choices: Array<{ title: string; value: string }> };
    expect(input.isMultiSelect).toBe(true);
    expect(input.value).toBe('r2');
    expect(input.choices).toEqual([
      { title: 'Vendor management: “a”, “b”, “c”, “d” +2', value: 'r1' },
      { title: 'EDR: “crowdstrike”', value: 'r2' },
    ]);
    expect(verbs(card).filter((v) => v === 'review.learned')).toHaveLength(1);
    expect(findInput(buildReviewCard(SAMPLE_REVIEW), 'keepLearned')).toBeUndefined();
  });
});
