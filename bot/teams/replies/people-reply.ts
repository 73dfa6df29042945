import type { AdaptiveCardJson } from '../../../cards/index.ts';
import type { Engagement, Role } from '../../domain/engagement/engagement.ts';
import { isAway } from '../../domain/engagement/people.ts';
import { formatInstant } from './format-time.ts';
import { literal, noticeCard } from './notice-reply.ts';

const ROLE_TITLE: Readonly<Record<Role, (e: Engagement) => string>> = {
  'internal-it': (e) => `${literal(e.internal.name)}, IT`,
  'internal-manager': (e) => `${literal(e.internal.name)}, manager`,
  'msp-engineer': (e) => `${literal(e.msp.name)}, engineer`,
  'msp-manager': (e) => `${literal(e.msp.name)}, manager`,
};

/** `people`: who Baton knows, their role, and who is away. */
export function peopleCard(engagement: Engagement, at: Date, headline?: string): AdaptiveCardJson {
  const bullets = engagement.people.map((p) => {
    const away = p.awayUntil && isAway(p, at) ? ` (away until ${formatInstant(p.awayUntil, engagement.internal.timeZone)})` : '';
    return `${literal(p.name)}: ${ROLE_TITLE[p.role](engagement)}${away}`;
  });
  return noticeCard({
    title: headline ?? 'People and roles',
    ...(bullets.length > 0 ? { bullets } : { text: 'Nobody yet. The person who runs setup becomes their side’s manager.' }),
    style: headline ? 'good' : 'default',
  });
}
