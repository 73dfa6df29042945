import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { escapeMarkdown } from './markdown-text.ts';

export interface WelcomeCardModel {
  /** Side names when known (after setup); the card says "internal IT" / "the MSP" otherwise. */
  internalName?: string;
  mspName?: string;
  /** True once setup was saved: the card then says what to ask, not to set up. */
  setUp: boolean;
  /** Installed in a channel: people must @mention Baton there. */
  inChannel?: boolean;
  /** Where the setup applies ("Applies to this team: …"), one plain line near the top; left out when not given. */
  appliesTo?: string;
}

const TEMPLATE = loadCardTemplate('welcome');

/**
 * The first screen, a few lines: what Baton does, where its setup applies, and one next step: the
 * **Set up** button (verb `setup.open`) before setup; after it, what to ask (who owns …?, matrix,
 * help). The full command list is the help card's.
 */
export function buildWelcomeCard(vm: WelcomeCardModel): AdaptiveCardJson {
  const appliesTo = vm.appliesTo?.trim() ?? '';
  return expandCard(TEMPLATE, {
    internalText: vm.internalName?.trim() ? escapeMarkdown(vm.internalName) : 'internal IT',
    mspText: vm.mspName?.trim() ? escapeMarkdown(vm.mspName) : 'the MSP',
    hasAppliesTo: appliesTo !== '',
    appliesToText: escapeMarkdown(appliesTo),
    inChannel: vm.inChannel === true,
    setUp: vm.setUp,
  });
}
