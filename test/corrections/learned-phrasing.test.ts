import { describe, expect, it } from 'vitest';
import { confirmPhrasing, learnedSet, learnFromCorrection, type LearnedPhrasingRecord } from '../../bot/domain/corrections/learned-phrasing.ts';
import { isCloseParaphrase } from '../../bot/domain/corrections/phrasing-similarity.ts';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import { applyLearned, learnedFate } from '../../bot/domain/rituals/review-learned.ts';
import type { Review } from '../../bot/domain/rituals/review.ts';
import { weeklyFacts } from '../../bot/domain/rituals/weekly-facts.ts';
import { parseCommand } from '../../bot/teams/command-parser.ts';

const AT = '2026-11-23T15:00:00.000Z';
const learn = (phrasings: LearnedPhrasingRecord[], who: string, text: string, rowId = 'vendor-management-contracts', teachesEveryone = false) =>
  learnFromCorrection(phrasings, {
    engagementId: 'e-1',
    newId: `p-${phrasings.length}`,
    rowId,
    function: 'Vendor management / contracts',
    text,
    matrixVersion: 1,
    by: { id: who, name: who },
    teachesEveryone,
    at: AT,
    correctionId: 'c',
  });

describe('learning from corrections', () => {
  it('treats close paraphrases as the same thing, and different topics as different', () => {
    expect(isCloseParaphrase('intune', 'intune enrolment is failing')).toBe(true);
    expect(isCloseParaphrase('ricoh copier lease', 'the Ricoh copier leases')).toBe(true);
    expect(isCloseParaphrase('ricoh copier lease', 'printer toner supplier contract')).toBe(false);
    expect(isCloseParaphrase('copier', 'copier lease renewal for the fourth floor office')).toBe(false);
  });

  it('a personal phrasing is shared when a second distinct person agrees, not when its author repeats it', () => {
    const first = learn([], 'megan', 'intune');
    expect(first).toMatchObject({ isNew: true, appliesTo: 'author', phrasing: { status: 'personal' } });
    const again = learn([first.phrasing], 'megan', 'intune');
    expect(again).toMatchObject({ isNew: false, appliesTo: 'author', changed: [] });
    const agreed = learn([first.phrasing], 'adele', 'intune enrolment is failing');
    expect(agreed).toMatchObject({ appliesTo: 'everyone', phrasing: { id: first.phrasing.id, status: 'shared', sharedHow: 'agreement' } });
    expect(agreed.events.map((e) => e.kind)).toEqual(['corrected', 'shared']);
    expect(learnedSet([agreed.phrasing])).toEqual({ shared: [{ rowId: 'vendor-management-contracts', text: 'intune' }], personal: [] });
  });

  it('a manager’s correction is shared at once; a manager confirms a personal one', () => {
    expect(learn([], 'alex', 'ricoh copier lease', undefined, true)).toMatchObject({ appliesTo: 'everyone', phrasing: { status: 'shared', sharedHow: 'manager' } });
    const personal = learn([], 'megan', 'toner contract').phrasing;
    expect(learnedSet([personal], 'megan').personal).toEqual([{ rowId: 'vendor-management-contracts', text: 'toner contract' }]);
    expect(learnedSet([personal], 'adele')).toEqual({ shared: [], personal: [] });
    expect(confirmPhrasing(personal, { id: 'alex', name: 'Alex' }, AT)).toMatchObject({ ok: true, phrasing: { status: 'shared', sharedHow: 'confirmed' } });
  });

  it('the same person pointing a close paraphrase at another row drops their own earlier phrasing', () => {
    const wrong = learn([], 'megan', 'intune', 'edr-management-response').phrasing;
    const right = learn([wrong], 'megan', 'intune', 'patch-management-for-workstations');
    expect(right.changed.map((p) => [p.rowId, p.status, p.endedHow])).toEqual([
      ['patch-management-for-workstations', 'personal', undefined],
      ['edr-management-response', 'dropped', 'superseded'],
    ]);
  });
});

describe('learned phrasings in the quarterly review', () => {
  const matrix = defaultTemplateMatrix();
  const review = {
    learned: [
      {
        rowId: 'vendor-management-contracts',
        function: 'Vendor management / contracts',
        phrasings: [
          { id: 'a', text: 'ricoh copier lease' },
          { id: 'b', text: 'Vendor management / contracts' },
        ],
      },
      { rowId: 'edr-management-response', function: 'EDR management / response', phrasings: [{ id: 'c', text: 'crowdstrike' }] },
      { rowId: 'vcio-it-strategy', function: 'vCIO / IT strategy', phrasings: [{ id: 'd', text: 'roadmap' }] },
    ],
    learnedDropped: ['edr-management-response'],
  } as unknown as Review;

  it('kept phrasings become aliases (without repeating the function), dropped ones and retired rows’ do not', () => {
    const retired = { ...matrix, rows: matrix.rows.filter((r) => r.id !== 'vcio-it-strategy') };
    const next = applyLearned(retired, review);
    expect(next.rows.find((r) => r.id === 'vendor-management-contracts')!.aliases).toEqual(['ricoh copier lease']);
    expect(next.rows.find((r) => r.id === 'edr-management-response')!.aliases).toEqual([]);
    expect(learnedFate(review, next)).toEqual({ adopted: ['a', 'b'], dropped: ['c', 'd'], retiredRows: ['vcio-it-strategy'] });
  });
});

describe('the weekly facts and the command', () => {
  it('counts the corrections of the week only, and only when corrections are counted', () => {
    const engagement = { people: [] } as never;
    const from = new Date('2026-11-16T00:00:00Z');
    const to = new Date('2026-11-23T00:00:00Z');
    expect(weeklyFacts({ engagement, handoffs: [], questions: [], corrections: [{ at: '2026-11-17T10:00:00Z' }, { at: '2026-11-23T10:00:00Z' }], from, to }).corrected).toBe(1);
    expect(weeklyFacts({ engagement, handoffs: [], questions: [], from, to })).not.toHaveProperty('corrected');
  });

  it('`learned` is a command', () => {
    expect(parseCommand('learned')).toEqual({ kind: 'learned' });
    expect(parseCommand('what have you learned?')).toEqual({ kind: 'ask', question: 'what have you learned?' });
  });
});
