import type { AdaptiveCardJson } from '../../../cards/index.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { setupScope } from '../../domain/engagement/engagement-home.ts';
import { literal, noticeCard } from './notice-reply.ts';

/** Posted in a team channel when the setup someone made in their personal chat moved there. */
export function movedHereCard(engagement: Engagement): AdaptiveCardJson {
  const matrix = engagement.matrixVersion > 0 ? `, matrix version ${engagement.matrixVersion}` : '';
  return noticeCard({
    title: 'Baton is set up for this team',
    text:
      `The setup made in a personal chat with Baton moved here: ${literal(engagement.internal.name)} and ${literal(engagement.msp.name)}${matrix}. ` +
      `${setupScope(engagement)} Say \`setup\` to change it, or ask "who owns server patching?".`,
    style: 'good',
  });
}
