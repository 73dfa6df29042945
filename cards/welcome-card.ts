import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { BATON_COMMANDS } from './baton-commands.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { escapeMarkdown } from './markdown-text.ts';

export interface WelcomeCardModel {
  /** Side names when known (after setup); the card says "internal IT" / "the MSP" otherwise. */
  internalName?: string;
  mspName?: string;
  /** True once setup was saved: the button then says "Change setup". */
  setUp: boolean;
  /** Installed in a channel: people must @mention Baton there. */
  inChannel?: boolean;
}

const TEMPLATE = loadCardTemplate('welcome');

/** After install: what Baton does in three bullets, the commands, and a "Set up" button (verb `setup.open`). */
export function buildWelcomeCard(vm: WelcomeCardModel): AdaptiveCardJson {
  return expandCard(TEMPLATE, {
    internalText: vm.internalName?.trim() ? escapeMarkdown(vm.internalName) : 'internal IT',
    mspText: vm.mspName?.trim() ? escapeMarkdown(vm.mspName) : 'the MSP',
    commands: BATON_COMMANDS.map((c) => ({ command: escapeMarkdown(c.command), summary: escapeMarkdown(c.summary) })),
    inChannel: vm.inChannel === true,
    setUp: vm.setUp,
    setupTitle: vm.setUp ? 'Change setup' : 'Set up',
  });
}
