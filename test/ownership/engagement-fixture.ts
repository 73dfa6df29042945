import type { Engagement, Person, SideProfile } from '../../bot/domain/engagement/engagement.ts';
import { parseCell } from '../../bot/domain/matrix/cell.ts';
import type { MatrixRow } from '../../bot/domain/matrix/matrix.ts';

export const NEW_YORK: SideProfile = { name: 'Contoso IT', timeZone: 'America/New_York', hours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }, holidayRegion: 'US' };
export const FABRIKAM: SideProfile = { name: 'Fabrikam MSP', timeZone: 'America/New_York', hours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }, holidayRegion: 'US' };
export const LONDON: SideProfile = { name: 'Fabrikam MSP', timeZone: 'Europe/London', hours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }, holidayRegion: 'GB' };

export const DANA: Person = { id: '29:dana', name: 'Dana Ortiz', role: 'internal-it' };
export const SAM: Person = { id: '29:sam', name: 'Sam Lee', role: 'msp-engineer' };
export const MAX: Person = { id: '29:max', name: 'Max Weber', role: 'msp-manager' };
export const PAT: Person = { id: '29:pat', name: 'Pat Kim', role: 'internal-manager' };

/** Contoso IT (New York, US holidays) with Fabrikam MSP; override what a test needs. */
export function engagement(overrides: Partial<Engagement> = {}): Engagement {
  return {
    id: 'e-test',
    tenantId: 'tenant-1',
    conversationId: '19:conv',
    conversationKind: 'channel',
    setUp: true,
    internal: NEW_YORK,
    msp: FABRIKAM,
    people: [DANA, SAM, MAX, PAT],
    matrixVersion: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function away(person: Person, until: string): Person {
  return { ...person, awayUntil: until };
}

export function row(fn: string, internal: string, msp: string, more: Partial<MatrixRow> = {}): MatrixRow {
  return { id: fn.toLowerCase().replace(/\W+/g, '-'), function: fn, internal: parseCell(internal), msp: parseCell(msp), aliases: [], ...more };
}
