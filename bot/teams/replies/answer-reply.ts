import { buildAnswerCard, buildDidYouMeanCard, buildGapCard, type AdaptiveCardJson, type RowChoice } from '../../../cards/index.ts';
import type { Answer } from '../../app/ask-service.ts';
import { sideProfile } from '../../domain/engagement/engagement.ts';
import type { ResolverCandidate } from '../../domain/resolver/resolution.ts';
import { ownerKindOf } from './owner-kind.ts';
import { formatDate } from './format-time.ts';

function choices(candidates: readonly ResolverCandidate[]): RowChoice[] {
  return candidates.slice(0, 3).map((c) => ({ rowId: c.row.id, functionName: c.row.function }));
}

/** The reply to a "who owns" question: the answer, "did you mean", or the gap with "propose an owner". */
export function answerCard(answer: Answer, options: { notice?: string } = {}): AdaptiveCardJson {
  const { engagement, resolution, ownership, version } = answer;
  const match = resolution.outcome === 'answer' ? resolution.match : undefined;
  if (match && ownership) {
    const onPointNames = ownership.onPointNow.map((side) => sideProfile(engagement, side).name);
    return buildAnswerCard({
      question: resolution.question,
      functionName: match.row.function,
      matrixVersion: version.version,
      owner: ownerKindOf(match.row),
      internalName: engagement.internal.name,
      mspName: engagement.msp.name,
      internalCell: match.row.internal.raw,
      mspCell: match.row.msp.raw,
      rightNow: {
        onPoint: onPointNames.length > 0 ? onPointNames.join(' and ') : 'Nobody: this row has no owner',
        contactNow: [...ownership.contactNow],
        escalateTo: [...ownership.escalateTo],
      },
      explanation: [
        ...ownership.explanation,
        `Matched row "${match.row.function}" in matrix v${version.version}.`,
        ...(answer.learnedFrom ? [`Learned from a correction by ${answer.learnedFrom.by} on ${formatDate(answer.learnedFrom.at, engagement.internal.timeZone)}.`] : []),
      ],
      matchedWords: [...match.matchedTerms],
      confidence: resolution.confidence,
      alternatives: choices(resolution.alternatives),
      correction: { was: 'answer', wasRowId: match.row.id, matrixVersion: version.version },
      ...(options.notice ? { notice: options.notice } : {}),
    });
  }
  if (resolution.outcome === 'ambiguous' && resolution.alternatives.length > 0) {
    return buildDidYouMeanCard({ question: resolution.question, topic: resolution.topic, choices: choices(resolution.alternatives) });
  }
  return gapCardFor(answer);
}

function gapCardFor(answer: Answer): AdaptiveCardJson {
  const { engagement, resolution } = answer;
  return buildGapCard({
    question: resolution.question,
    topic: resolution.topic || resolution.question,
    internalName: engagement.internal.name,
    mspName: engagement.msp.name,
    proposedFunction: capitalise(resolution.topic || resolution.question),
    matrixVersion: answer.version.version,
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
