import type { BatonConfig } from '../../config/config.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import type { AdaptiveCardJson } from '../../../cards/adaptive-card-json.ts';
import { setupCard } from '../replies/setup-reply.ts';
import { welcomeCard } from '../replies/welcome-reply.ts';

/** On install: the welcome card, and the setup card when the engagement is not set up yet. */
export function welcomeReplies(engagement: Engagement, config: BatonConfig): AdaptiveCardJson[] {
  return engagement.setUp ? [welcomeCard(engagement)] : [welcomeCard(engagement), setupCard(engagement, config.defaultTimeZone)];
}
