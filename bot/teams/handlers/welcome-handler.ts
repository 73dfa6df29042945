import type { BatonConfig } from '../../config/config.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import type { AdaptiveCardJson } from '../../../cards/adaptive-card-json.ts';
import { setupScope } from '../../domain/engagement/engagement-home.ts';
import { welcomeCard } from '../replies/welcome-reply.ts';

/**
 * On install: one short welcome card, saying where the setup applies. Before setup its one next step is
 * the **Set up** button, which turns the card into the setup form (`setup.open`); after setup it says
 * what to ask. The form itself is not posted: the first screen stays a few lines.
 */
export function welcomeReplies(engagement: Engagement, _config: BatonConfig): AdaptiveCardJson[] {
  return [welcomeCard(engagement, { appliesTo: setupScope(engagement) })];
}
