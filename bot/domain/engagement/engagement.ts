/** The two sides of a co-managed relationship. */
export type Side = 'internal' | 'msp';

export const SIDES: readonly Side[] = ['internal', 'msp'];

export function otherSide(side: Side): Side {
  return side === 'internal' ? 'msp' : 'internal';
}

export type Role = 'internal-it' | 'msp-engineer' | 'internal-manager' | 'msp-manager';

export function sideOfRole(role: Role): Side {
  return role === 'internal-it' || role === 'internal-manager' ? 'internal' : 'msp';
}

export function isManager(role: Role): boolean {
  return role === 'internal-manager' || role === 'msp-manager';
}

export interface Person {
  /** Teams user id (29:...) or AAD object id; whatever the channel gives us as from.id. */
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** ISO instant until which the person is away (exclusive), if away. */
  readonly awayUntil?: string;
}

/** Weekly working hours in a side's own time zone. */
export interface BusinessHours {
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  readonly days: readonly number[];
  /** "HH:mm", local time. */
  readonly start: string;
  /** "HH:mm", local time; must be after start. */
  readonly end: string;
}

export interface SideProfile {
  /** Display name, e.g. "Contoso IT" or "Fabrikam MSP". */
  readonly name: string;
  /** IANA time zone id, e.g. "America/New_York". */
  readonly timeZone: string;
  readonly hours: BusinessHours;
  /** Holiday region, country or country-state, e.g. "US", "US-FL", "GB". */
  readonly holidayRegion?: string;
}

export type ConversationKind = 'channel' | 'groupChat' | 'personal';

/** One co-managed relationship, bound to a Teams team or chat. */
export interface Engagement {
  readonly id: string;
  readonly tenantId: string;
  /** Teams team id (19:...@thread...) when bound to a team. */
  readonly teamId?: string;
  /** The conversation the engagement was installed in (channel, group chat or personal chat). */
  readonly conversationId: string;
  readonly conversationKind: ConversationKind;
  /** When the engagement, first set up in someone's personal chat, moved to its team's channel (ISO). */
  readonly movedFromPersonalChat?: string;
  readonly setUp: boolean;
  readonly internal: SideProfile;
  readonly msp: SideProfile;
  readonly people: readonly Person[];
  /** Current published matrix version; 0 when no matrix yet. */
  readonly matrixVersion: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const DEFAULT_HOURS: BusinessHours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' };

export function sideProfile(engagement: Engagement, side: Side): SideProfile {
  return side === 'internal' ? engagement.internal : engagement.msp;
}
