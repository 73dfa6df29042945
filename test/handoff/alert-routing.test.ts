import { describe, expect, it } from 'vitest';
import type { AlertEvent } from '../../bot/domain/alerts/alert-event.ts';
import { DEFAULT_HOURS, type Engagement } from '../../bot/domain/engagement/engagement.ts';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import type { MatrixVersion } from '../../bot/domain/matrix/matrix.ts';
import { buildResolver } from '../../bot/domain/resolver/matrix-resolver.ts';
import { routeAlert, ruleMatches, UNOWNED_REASON } from '../../bot/domain/routing/alert-routing.ts';

const side = (name: string) => ({ name, timeZone: 'America/New_York', hours: DEFAULT_HOURS, holidayRegion: 'US' });
const ENGAGEMENT: Engagement = {
  id: 'e-aaaaaaaaaaaa',
  tenantId: 't',
  conversationId: 'c',
  conversationKind: 'channel',
  setUp: true,
  internal: side('Contoso IT'),
  msp: side('Fabrikam MSP'),
  people: [],
  matrixVersion: 1,
  createdAt: '',
  updatedAt: '',
};
const base = defaultTemplateMatrix();
const matrix = { ...base, rows: base.rows.map((r) => (r.function.startsWith('Backup') ? { ...r, escalationContact: 'Dana Ortiz, +1 555 0100' } : r)) };
const VERSION: MatrixVersion = { engagementId: ENGAGEMENT.id, version: 3, author: 'a', at: '', reason: '', matrix };
const resolver = buildResolver(matrix);
const MONDAY_10AM = new Date('2026-11-23T15:00:00Z');
const SATURDAY_NIGHT = new Date('2026-11-29T03:00:00Z');

function alert(overrides: Partial<AlertEvent>): AlertEvent {
  return { format: 'baton', action: 'trigger', dedupKey: 'k', dedupKeyGenerated: false, source: 'tool', severity: 'warning', summary: 'x', labels: {}, links: [], ...overrides };
}

const route = (event: AlertEvent, at = MONDAY_10AM, rules = [] as Parameters<typeof routeAlert>[0]['rules']) =>
  routeAlert({ event, rules, version: VERSION, resolver, engagement: ENGAGEMENT, at });

describe('routing an alert to a matrix row and the side on point', () => {
  it('uses the function the sender names first, then rules, then the resolver', () => {
    expect(route(alert({ summary: 'anything at all', matrixFunction: 'edr management / response' })).routing).toMatchObject({
      routedBy: 'function',
      functionName: 'EDR management / response',
      owners: ['msp'],
    });
    const rules = [{ source: 'acme', labels: { team: 'storage' }, matrixFunction: 'Backup management and testing' }];
    expect(route(alert({ source: 'ACME', labels: { team: 'Storage' }, summary: 'Latency high' }), MONDAY_10AM, rules).routing).toMatchObject({
      routedBy: 'rule',
      functionName: 'Backup management and testing',
      escalationContact: 'Dana Ortiz, +1 555 0100',
    });
    expect(route(alert({ source: 'acme', summary: 'Latency high' }), MONDAY_10AM, rules).routing.routedBy).not.toBe('rule');
    const resolved = route(alert({ category: 'edr', summary: 'CrowdStrike detection: malware quarantined on LAPTOP-7' }));
    expect(resolved).toMatchObject({ routing: { routedBy: 'resolver', functionName: 'EDR management / response', matrixVersion: 3 }, assignedSide: 'msp' });
  });

  it('is unowned when nothing fits, with no side assigned', () => {
    expect(route(alert({ summary: 'Coffee machine descaling overdue' }))).toEqual({
      routing: { routedBy: 'none', matrixVersion: 3, owners: [], onPoint: [], reason: UNOWNED_REASON },
    });
    expect(routeAlert({ event: alert({ summary: 'Backup failed' }), rules: [], engagement: ENGAGEMENT, at: MONDAY_10AM }).routing).toMatchObject({
      routedBy: 'none',
      matrixVersion: 0,
    });
  });

  it('puts the MSP on point for an internal row with MSP overflow when internal is out of hours', () => {
    const weekday = route(alert({ summary: 'Printer queue stuck on floor 2' }));
    expect(weekday).toMatchObject({ routing: { functionName: 'Tier 1 helpdesk (passwords, printers, basic Windows)', owners: ['internal', 'msp'] }, assignedSide: 'internal' });
    expect(route(alert({ summary: 'Printer queue stuck on floor 2' }), SATURDAY_NIGHT).assignedSide).toBe('msp');
    expect(route(alert({ summary: 'Workstation patching: 12 laptops missing updates' })).assignedSide).toBeUndefined(); // Joint: both
  });

  it('a rule needs at least one condition', () => {
    expect(ruleMatches({ matrixFunction: 'Backup management and testing' }, alert({}))).toBe(false);
  });
});
