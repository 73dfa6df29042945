import { describe, expect, it } from 'vitest';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import type { MatrixRow } from '../../bot/domain/matrix/matrix.ts';
import { resolveOwnership } from '../../bot/domain/ownership/resolve-ownership.ts';
import { away, DANA, engagement, LONDON, MAX, PAT, row, SAM } from './engagement-fixture.ts';

const TUESDAY_10AM = new Date('2025-11-25T15:00:00Z'); // 10:00 EST
const SATURDAY_2210 = new Date('2025-11-30T03:10:00Z'); // Sat 29 Nov 22:10 EST
const JULY_4 = new Date('2025-07-04T15:00:00Z'); // Fri 11:00 EDT, Independence Day

const template = defaultTemplateMatrix();
function templateRow(prefix: string): MatrixRow {
  const found = template.rows.find((r) => r.function.startsWith(prefix));
  if (!found) throw new Error(prefix);
  return found;
}

describe('resolveOwnership: owner in hours', () => {
  it('puts the owning side on point, with its people to contact and the other side to escalate to', () => {
    const o = resolveOwnership(templateRow('User onboarding'), engagement({ people: [DANA, SAM] }), TUESDAY_10AM);
    expect(o.primary).toBe('internal');
    expect(o.owners.map((p) => [p.side, p.kind, p.name])).toEqual([['internal', 'owns', 'Contoso IT']]);
    expect(o.onPointNow).toEqual(['internal']);
    expect(o.contactNow).toEqual(['Dana Ortiz']);
    expect(o.escalateTo).toEqual(['Fabrikam MSP']);
    expect(o.explanation).toEqual([
      'Contoso IT owns this (✓).',
      "It is 10:00 on Tuesday in America/New_York: within Contoso IT's hours (Mon–Fri 08:00–17:00).",
      'On point now: Contoso IT.',
    ]);
    expect(o.context).toEqual({
      internalInHours: true,
      mspInHours: true,
      internalAway: false,
      mspAway: false,
      localTime: '2025-11-25T10:00:00.000-05:00',
      timeZone: 'America/New_York',
    });
  });

  it('escalates to the managers of the on-point side when there are any', () => {
    expect(resolveOwnership(templateRow('Patch management for servers'), engagement(), TUESDAY_10AM).escalateTo).toEqual(['Max Weber']);
  });

  it('uses the row contacts before people', () => {
    const r = row('Firewall', '✓', 'Overflow only', { internalContact: 'helpdesk@contoso.com', escalationContact: 'CISO on call' });
    const o = resolveOwnership(r, engagement(), TUESDAY_10AM);
    expect(o.contactNow).toEqual(['helpdesk@contoso.com']);
    expect(o.escalateTo).toEqual(['CISO on call']);
  });
});

describe('resolveOwnership: after hours', () => {
  it('sends overflow to the MSP when the internal owner is out of hours', () => {
    const o = resolveOwnership(templateRow('Tier 1 helpdesk'), engagement(), SATURDAY_2210);
    expect(o.primary).toBe('internal');
    expect(o.onPoint).toEqual([{ side: 'msp', reason: 'overflow' }]);
    expect(o.contactNow).toEqual(['Sam Lee']);
    expect(o.context).toMatchObject({ internalInHours: false, internalBackAt: '2025-12-01T13:00:00.000Z' });
    expect(o.explanation).toEqual([
      'Contoso IT owns this (✓).',
      'Fabrikam MSP helps with overflow only.',
      "It is 22:10 on Saturday in America/New_York: outside Contoso IT's hours (Mon–Fri 08:00–17:00).",
      'Contoso IT is out of hours (back Mon 08:00); Fabrikam MSP takes it as overflow ("Overflow only").',
      'On point now: Fabrikam MSP.',
    ]);
  });

  it('puts an "after hours" side on point only outside the owner’s hours', () => {
    const r = row('Network outage', '✓', 'After hours');
    expect(resolveOwnership(r, engagement(), TUESDAY_10AM).onPoint).toEqual([{ side: 'internal', reason: 'owner' }]);
    const night = resolveOwnership(r, engagement(), SATURDAY_2210);
    expect(night.onPoint).toEqual([{ side: 'msp', reason: 'after-hours' }]);
    expect(night.explanation).toContain('Fabrikam MSP handles this after hours ("After hours").');
    expect(night.explanation).toContain('Contoso IT is out of hours (back Mon 08:00); Fabrikam MSP is on point after hours ("After hours").');
  });

  it('keeps an MSP-owned row with the MSP after hours', () => {
    const o = resolveOwnership(templateRow('After-hours emergency'), engagement(), SATURDAY_2210);
    expect(o.primary).toBe('msp');
    expect(o.onPoint).toEqual([{ side: 'msp', reason: 'no-cover' }]);
    expect(o.explanation).toEqual([
      'Fabrikam MSP owns this (✓).',
      "It is 22:10 on Saturday in America/New_York: outside Fabrikam MSP's hours (Mon–Fri 08:00–17:00).",
      'Fabrikam MSP stays on point outside its business hours, as the owner.',
      'On point now: Fabrikam MSP.',
    ]);
  });

  it('says an internal-only row waits for the internal side when nobody covers', () => {
    const o = resolveOwnership(templateRow('User onboarding'), engagement(), SATURDAY_2210);
    expect(o.onPoint).toEqual([{ side: 'internal', reason: 'no-cover' }]);
    expect(o.explanation.at(-2)).toBe("Nobody covers this outside Contoso IT's hours: it waits for Contoso IT (back Mon 08:00); escalate if it cannot wait.");
    expect(o.escalateTo).toEqual(['Pat Kim']);
  });

  it('splits "business hours only" and "after hours" by the clock', () => {
    const r = row('Monitoring alerts', 'Business hours only', 'After hours');
    expect(resolveOwnership(r, engagement(), TUESDAY_10AM).onPoint).toEqual([{ side: 'internal', reason: 'business-hours' }]);
    expect(resolveOwnership(r, engagement(), SATURDAY_2210).onPoint).toEqual([{ side: 'msp', reason: 'after-hours' }]);
    expect(resolveOwnership(r, engagement(), TUESDAY_10AM).primary).toBe('joint');
  });
});

describe('resolveOwnership: away and holidays', () => {
  const danaAway = engagement({ people: [away(DANA, '2025-12-02T05:00:00.000Z'), SAM, MAX, PAT] });

  it('lets the MSP cover when internal IT is away ("When internal unavailable")', () => {
    const o = resolveOwnership(templateRow('On-site visits'), danaAway, TUESDAY_10AM);
    expect(o.onPoint).toEqual([{ side: 'msp', reason: 'covers' }]);
    expect(o.context).toMatchObject({ internalInHours: true, internalAway: true, awayUntil: '2025-12-02T05:00:00.000Z' });
    expect(o.explanation).toEqual([
      'Contoso IT owns this (✓).',
      'Fabrikam MSP covers when Contoso IT is unavailable ("When internal unavailable").',
      "It is 10:00 on Tuesday in America/New_York: within Contoso IT's hours (Mon–Fri 08:00–17:00).",
      'Contoso IT is away until 2 Dec; Fabrikam MSP covers ("When internal unavailable").',
      'On point now: Fabrikam MSP.',
    ]);
  });

  it('keeps the internal owner on point while away when nobody covers, contacting its manager', () => {
    const o = resolveOwnership(templateRow('User onboarding'), danaAway, TUESDAY_10AM);
    expect(o.onPoint).toEqual([{ side: 'internal', reason: 'no-cover' }]);
    expect(o.contactNow).toEqual(['Pat Kim']);
    expect(o.explanation).toContain('Contoso IT is away until 2 Dec.');
    expect(o.explanation).toContain('Nobody else covers this while Contoso IT is away, so it stays with Contoso IT; escalate if it cannot wait.');
  });

  it('does not let an "after hours" side cover an away owner in business hours', () => {
    expect(resolveOwnership(row('Network outage', '✓', 'After hours'), danaAway, TUESDAY_10AM).onPoint).toEqual([{ side: 'internal', reason: 'no-cover' }]);
  });

  it('lets the internal side cover when every MSP engineer is away ("When MSP unavailable")', () => {
    const e = engagement({ people: [DANA, away(SAM, '2025-11-27T05:00:00.000Z'), MAX] });
    const o = resolveOwnership(row('Server reboots', 'When MSP unavailable', '✓'), e, TUESDAY_10AM);
    expect(o.onPoint).toEqual([{ side: 'internal', reason: 'covers' }]);
    expect(o.context.mspAway).toBe(true);
    expect(o.explanation).toContain('Fabrikam MSP is away until 27 Nov; Contoso IT covers ("When MSP unavailable").');
  });

  it('treats 4 July as out of hours for the internal side', () => {
    const o = resolveOwnership(templateRow('On-site visits'), engagement(), JULY_4);
    expect(o.onPointNow).toEqual(['msp']);
    expect(o.context).toMatchObject({ holiday: 'Independence Day', internalInHours: false, mspHoliday: 'Independence Day' });
    expect(o.explanation).toContain('It is 11:00 on Friday in America/New_York: Independence Day, a public holiday for Contoso IT.');
    expect(o.explanation).toContain('Contoso IT is off for Independence Day (back Mon 08:00); Fabrikam MSP covers ("When internal unavailable").');
  });

  it('treats Boxing Day as out of hours for a London MSP', () => {
    const e = engagement({ internal: { ...LONDON, name: 'Contoso IT' }, msp: LONDON });
    const o = resolveOwnership(row('Backups', 'Overflow only', '✓'), e, new Date('2025-12-26T10:00:00Z'));
    expect(o.context).toMatchObject({ mspInHours: false, mspHoliday: 'Boxing Day', holiday: 'Boxing Day' });
    expect(o.onPoint).toEqual([{ side: 'msp', reason: 'no-cover' }]);
  });
});

describe('resolveOwnership: joint, scoped, gaps', () => {
  it('puts both sides on point for a Joint row, contacting both', () => {
    const o = resolveOwnership(templateRow('Patch management for workstations'), engagement(), SATURDAY_2210);
    expect(o.primary).toBe('joint');
    expect(o.onPointNow).toEqual(['internal', 'msp']);
    expect(o.contactNow).toEqual(['Dana Ortiz', 'Sam Lee']);
    expect(o.explanation[0]).toBe('Contoso IT and Fabrikam MSP share this (Joint).');
    expect(o.explanation.at(-1)).toBe('On point now: Contoso IT and Fabrikam MSP.');
  });

  it('names a scoped part without putting that side on point when the other side owns', () => {
    const o = resolveOwnership(row('Firewall changes', '✓', 'Advanced changes only'), engagement(), TUESDAY_10AM);
    expect(o.primary).toBe('internal');
    expect(o.owners.map((p) => p.kind)).toEqual(['owns', 'scoped']);
    expect(o.onPointNow).toEqual(['internal']);
    expect(o.explanation[1]).toBe('Fabrikam MSP has a limited part: "Advanced changes only".');
  });

  it('puts both scoped sides on point', () => {
    const o = resolveOwnership(row('Firewall changes', 'Approval only', 'Advanced changes only'), engagement(), TUESDAY_10AM);
    expect(o.primary).toBe('joint');
    expect(o.onPoint).toEqual([
      { side: 'internal', reason: 'scoped' },
      { side: 'msp', reason: 'scoped' },
    ]);
  });

  it('words a backup qualifier that is not "overflow"', () => {
    const o = resolveOwnership(row('Database tuning', '✓', 'Escalation'), engagement(), TUESDAY_10AM);
    expect(o.owners[1]!.kind).toBe('backup');
    expect(o.explanation[1]).toBe('Fabrikam MSP helps as backup only ("Escalation").');
  });

  it('reports a gap when nobody owns the row', () => {
    const o = resolveOwnership(row('Printers', '—', ''), engagement(), TUESDAY_10AM);
    expect(o.primary).toBeNull();
    expect(o.owners).toEqual([]);
    expect(o.onPointNow).toEqual([]);
    expect(o.contactNow).toEqual([]);
    expect(o.escalateTo).toEqual(['Max Weber', 'Pat Kim']);
    expect(o.explanation).toEqual(['Nobody owns "Printers" in the matrix (Internal: —, MSP: —).', 'This is a gap: propose an owner so it is settled at the next review.']);
  });

  it('mentions the MSP clock when it is in another time zone', () => {
    const e = engagement({ msp: LONDON });
    const o = resolveOwnership(templateRow('On-site visits'), e, new Date('2025-11-25T21:30:00Z')); // 16:30 New York, 21:30 London
    expect(o.onPoint).toEqual([{ side: 'internal', reason: 'owner' }]);
    expect(o.explanation).toContain("For Fabrikam MSP it is 21:30 on Tuesday in Europe/London: outside Fabrikam MSP's hours (Mon–Fri 08:00–17:00).");
  });
});
