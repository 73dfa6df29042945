import type { TurnContext } from 'botbuilder';
import type { Engagement } from '../domain/engagement/engagement.ts';
import type { BotDeps } from './bot-deps.ts';
import { parseCommand } from './command-parser.ts';
import { handleAsk } from './handlers/ask-handler.ts';
import { handleAway, handleBack } from './handlers/away-handler.ts';
import { handleExport } from './handlers/export-handler.ts';
import { handleHelp } from './handlers/help-handler.ts';
import { handleDiff, handleHistory } from './handlers/history-handler.ts';
import { handleImport } from './handlers/import-handler.ts';
import { handleMatrix } from './handlers/matrix-handler.ts';
import { handlePeople, handleRole } from './handlers/people-handler.ts';
import { handleSetupCommand } from './handlers/setup-handler.ts';
import { actorOf } from './turn-info.ts';
import { handleHandoff, handleHandoffs } from './handlers/handoff-command-handler.ts';
import { handleReviewStatus, handleRitualNow, handleStandupShow } from './handlers/ritual-command-handler.ts';
import { handleSchedule } from './handlers/schedule-handler.ts';
import { handleLearned } from './handlers/learned-handler.ts';

/** Sends a typed chat command to its handler. */
export async function runCommand(context: TurnContext, deps: BotDeps, engagement: Engagement, text: string): Promise<void> {
  const command = parseCommand(text);
  const actor = actorOf(context.activity);
  switch (command.kind) {
    case 'help':
      return handleHelp(context, engagement);
    case 'setup':
      return handleSetupCommand(context, deps, engagement);
    case 'matrix':
      return handleMatrix(context, deps, engagement, 'all');
    case 'side':
      return handleMatrix(context, deps, engagement, command.side);
    case 'away':
      return handleAway(context, deps, engagement, actor, command.until);
    case 'back':
      return handleBack(context, deps, engagement, actor);
    case 'import':
      return handleImport(context, deps, engagement, actor, command.text);
    case 'export':
      return handleExport(context, deps, engagement, command.format);
    case 'history':
      return handleHistory(context, deps, engagement);
    case 'diff':
      return handleDiff(context, deps, engagement, command.from, command.to);
    case 'people':
      return handlePeople(context, deps, engagement);
    case 'role':
      return handleRole(context, deps, engagement, actor, command.target, command.role);
    case 'handoffs':
      return handleHandoffs(context, deps, engagement);
    case 'handoff':
      return handleHandoff(context, deps, engagement, actor, command.id);
    case 'ritual-now':
      return handleRitualNow(context, deps, engagement, actor, command.ritual);
    case 'standup':
      return handleStandupShow(context, deps, engagement, actor);
    case 'review-status':
      return handleReviewStatus(context, deps, engagement);
    case 'schedule':
      return handleSchedule(context, deps, engagement);
    case 'learned':
      return handleLearned(context, deps, engagement, actor);
    case 'ask':
      return handleAsk(context, deps, engagement, actor, command.question);
  }
}
