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
    expect(note.text).toMatch(/Fabrikam MSP has no manager on the roster yet \(a manager gives the role with `role @name msp-manager`\)/);
  });
});
