import { buildGapCard, buildGapRecordedCard, type AdaptiveCardJson } from '../../../cards/index.ts';
import type { GapProposal } from '../../domain/audit/gap-proposal.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { instantTextForZones, readerZones } from '../../domain/ownership/local-time-text.ts';

/** The "propose an owner" form for a question no row covers (with problems from a bad submit). */
export function gapCard(engagement: Engagement, question: string, topic: string, errors: string[] = []): AdaptiveCardJson {
  return buildGapCard({
    question,
    topic,
    internalName: engagement.internal.name,
    mspName: engagement.msp.name,
    proposedFunction: topic.charAt(0).toUpperCase() + topic.slice(1),
    ...(errors.length > 0 ? { errors } : {}),
  });
}

/** After a proposal: what was recorded, for the quarterly review; when, in words in the proposer's side's zone. */
export function gapRecordedCard(engagement: Engagement, proposal: GapProposal, now?: Date): AdaptiveCardJson {
  return buildGapRecordedCard({
    question: proposal.question,
    proposedFunction: proposal.proposedFunction,
    proposedOwner: proposal.proposedOwner,
    internalName: engagement.internal.name,
    mspName: engagement.msp.name,
    proposerName: proposal.proposerName,
    at: instantTextForZones(proposal.at, readerZones(engagement, proposal.proposerId), now),
    ...(proposal.note ? { note: proposal.note } : {}),
  });
}
