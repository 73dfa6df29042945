import { buildWelcomeCard, type AdaptiveCardJson } from '../../../cards/index.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { setupScope } from '../../domain/engagement/engagement-home.ts';

/** The welcome card; `appliesTo` says where the setup applies (from the conversation kind when not given). */
export function welcomeCard(engagement: Engagement, options: { appliesTo?: string } = {}): AdaptiveCardJson {
  return buildWelcomeCard({
    setUp: engagement.setUp,
    ...(engagement.setUp ? { internalName: engagement.internal.name, mspName: engagement.msp.name } : {}),
    inChannel: engagement.conversationKind !== 'personal',
    appliesTo: options.appliesTo ?? setupScope(engagement),
  });
}
