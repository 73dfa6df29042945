import { randomUUID } from 'node:crypto';
import type { GapProposal } from '../../domain/audit/gap-proposal.ts';
import { validateGapProposal } from '../../domain/audit/gap-proposal.ts';
import type { BotDeps } from '../bot-deps.ts';
import { stringField, type CardAction, type CardActionResult } from '../card-action.ts';
import { gapCard, gapRecordedCard } from '../replies/gap-reply.ts';

/** `gap.open` ("none of these"): the form to propose an owner for the question. */
export async function openGap(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const question = stringField(action.data, 'question', 500);
  const answer = await deps.services.ask.answer(action.engagement, question);
  return { card: gapCard(action.engagement, question, answer?.resolution.topic ?? question) };
}

/** `gap.propose`: store the proposed owner for the quarterly review. */
export async function proposeGap(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const question = stringField(action.data, 'question', 500);
  const input = {
    proposedFunction: stringField(action.data, 'proposedFunction', 300),
    proposedOwner: stringField(action.data, 'proposedOwner', 20),
    note: stringField(action.data, 'note', 1200),
  };
  const problems = validateGapProposal(input);
  if (problems.length > 0) return { card: gapCard(action.engagement, question, input.proposedFunction || question, problems) };
  const now = deps.services.clock();
  const proposal: GapProposal = {
    engagementId: action.engagement.id,
    id: randomUUID(),
    at: now.toISOString(),
    question,
    proposedFunction: input.proposedFunction.trim(),
    proposedOwner: input.proposedOwner as GapProposal['proposedOwner'],
    ...(input.note.trim() ? { note: input.note.trim() } : {}),
    proposerId: action.actor.id,
    proposerName: action.actor.name,
    status: 'open',
  };
  await deps.services.gaps.add(proposal);
  return { card: gapRecordedCard(action.engagement, proposal, now) };
}
