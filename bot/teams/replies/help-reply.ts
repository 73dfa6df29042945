import { buildHelpCard, type AdaptiveCardJson } from '../../../cards/index.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';

export function helpCard(engagement: Engagement): AdaptiveCardJson {
  return buildHelpCard({
    inChannel: engagement.conversationKind !== 'personal',
    ...(engagement.setUp ? {} : { footer: 'Baton is not set up here yet: say setup first.' }),
  });
}
