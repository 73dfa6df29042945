import { describe, expect, it } from 'vitest';
import { validateCard } from '../../cards/validate-card.ts';
import { reviewEvidence } from '../../bot/domain/rituals/review-evidence.ts';
import { startReview } from '../../bot/domain/rituals/review.ts';
import { reviewCardFor, ritualNote } from '../../bot/teams/replies/ritual-reply.ts';
import { DANA, engagement, PAT, row, SAM } from '../ownership/engagement-fixture.ts';
import { cardText } from '../teams/card-text.ts';

/** A review both sides must sign, when the MSP has nobody on the roster who may sign. */
describe('a review when one side has no manager on the roster', () => {
  const now = new Date('2027-01-04T15:00:00Z');
  const e = engagement({ people: [DANA, SAM, PAT] });
  const matrix = { rows: [row('Backups', '—', '✓', { mspContact: 'NOC' })] };
  const evidence = reviewEvidence({ engagement: e, matrix, handoffs: [], questions: [], proposals: [], from: new Date('2026-10-01T00:00:00Z'), to: now });
  const review = startReview({ engagement: e, key: 'review/2027-01', baseVersion: 1, evidence, now, via: 'schedule' });

  it('says on the card who can sign for each side, and how to name an MSP manager', () => {
    const card = reviewCardFor(review, e, { matrix });
    expect(validateCard(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Waiting for a Contoso IT manager');
    expect(text).not.toMatch(/Contoso IT manager: nobody/);
    expect(text).toMatch(/Waiting for a Fabrikam MSP manager: nobody on the roster is one yet \(a manager gives the role with .*role @name msp-manager/);
  });

  it('reminds the managers there are, and says which side has none', () => {
    const note = ritualNote(review, e, 'reminder-1');
    expect(note.mentions.map((m) => m.id)).toEqual([PAT.id]);
    expect(note.text).toContain('<at>Pat Kim</at>');
    expect(note.text).toMatch(/Fabrikam MSP has no manager on the roster yet \(a manager gives the role with \*\*role @name msp-manager\*\*\)/);
  });
});

describe('the review card’s warnings about the matrix', () => {
  const now = new Date('2027-01-04T15:00:00Z');
  const e = engagement();
  const joint = (n: number) => Array.from({ length: n }, (_, i) => row(`Shared ${i}`, 'Joint', 'Joint'));
  const matrix = { rows: [...joint(4), row('Backups', '—', '✓')] };
  const evidence = reviewEvidence({ engagement: e, matrix, handoffs: [], questions: [], proposals: [], from: new Date('2026-10-01T00:00:00Z'), to: now });
  const open = startReview({ engagement: e, key: 'review/2027-01', baseVersion: 1, evidence, now, via: 'schedule' });

  it('while open: more than three Joint rows, and no contact anywhere', () => {
    const text = cardText(reviewCardFor(open, e, { matrix }));
    expect(text).toContain('4 rows are Joint: work that everyone owns is owned by no one');
    expect(text).toContain('No row names a contact');
    expect(text).toMatch(/No named contact\n5 rows/);
  });

  it('once published, the card is the record: no instructions left on it', () => {
    const published = { ...open, status: 'published' as const, publishedVersion: 2, publishedAt: now.toISOString(), publishedChanges: [] };
    const card = reviewCardFor(published, e, { matrix });
    expect(validateCard(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('published v2');
    expect(text).not.toContain('No row names a contact');
    expect(text).not.toContain('owned by no one');
  });
});
