import type { TurnContext } from 'botbuilder';
import type { Engagement } from '../domain/engagement/engagement.ts';
import type { BotDeps } from './bot-deps.ts';
import { parseWithForm } from './command-parser.ts';
import { actorOf } from './turn-info.ts';

/** Sends a typed chat command to its handler: the registry form (bot/teams/commands/) that recognised it runs it. */
export async function runCommand(context: TurnContext, deps: BotDeps, engagement: Engagement, text: string): Promise<void> {
  const { command, form } = parseWithForm(text);
  return form.run({ context, deps, engagement, actor: actorOf(context.activity) }, command);
}
