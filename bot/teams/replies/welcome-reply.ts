import { buildWelcomeCard, type AdaptiveCardJson } from '../../../cards/index.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';

export function welcomeCard(engagement: Engagement): AdaptiveCardJson {
  return buildWelcomeCard({
    setUp: engagement.setUp,
    ...(engagement.setUp ? { internalName: engagement.internal.name, mspName: engagement.msp.name } : {}),
    inChannel: engagement.conversationKind !== 'personal',
  });
}
