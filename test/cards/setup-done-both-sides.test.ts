import { describe, expect, it } from 'vitest';
import { setupDoneCard } from '../../bot/teams/replies/setup-reply.ts';
import { buildSetupDoneCard } from '../../cards/setup-done-card.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { engagement, LONDON, NEW_YORK } from '../ownership/engagement-fixture.ts';
import { visibleText } from './card-inspection.ts';

describe('the setup confirmation', () => {
  it('shows both sides: names, time zones, business hours in words and holiday regions', () => {
    const card = buildSetupDoneCard({
      internalName: 'Contoso IT',
      mspName: 'Fabrikam MSP',
      timeZone: 'America/New_York',
      hoursStart: '08:00',
      hoursEnd: '17:00',
      days: [1, 2, 3, 4, 5],
      holidayRegion: 'US-FL',
      mspTimeZone: 'Europe/London',
      mspHoursStart: '09:00',
      mspHoursEnd: '18:30',
      mspDays: [1, 2, 3, 4, 5, 6],
      mspHolidayRegion: 'GB',
      engagementId: 'e-3fk9q2m7xw1c',
      matrixVersion: 1,
      rowCount: 14,
      matrixSource: 'default',
    });
    expect(validateCard(card)).toEqual([]);
    const text = visibleText(card);
    for (const t of ['Contoso IT', 'Fabrikam MSP', 'US Eastern (New York, Miami)', 'UK (London)', 'Mon–Fri 08:00–17:00', 'Mon–Sat 09:00–18:30', 'US-FL', 'GB'])
      expect(text).toContain(t);
  });

  it('names the engagement id and what it is for', () => {
    const card = setupDoneCard(
      engagement({ id: 'e-3fk9q2m7xw1c', internal: NEW_YORK, msp: LONDON }),
      { engagementId: 'e-3fk9q2m7xw1c', version: 1, author: 'Pat Kim', at: '2026-11-20T10:00:00Z', reason: 'Setup', matrix: { rows: [] } },
      'default',
    );
    const text = visibleText(card);
    expect(text).toContain('e-3fk9q2m7xw1c');
    expect(text).toContain('/api/alerts/e-3fk9q2m7xw1c');
    expect(text).toContain('UK (London)');
    expect(text).toContain('GB');
    expect(validateCard(card)).toEqual([]);
  });
});
