import { correctionRights } from '../../domain/corrections/correction-permissions.ts';
import type { OriginalOutcome } from '../../domain/corrections/correction.ts';
import type { BotDeps } from '../bot-deps.ts';
import { stringField, type CardAction, type CardActionResult } from '../card-action.ts';
import { answerCard } from '../replies/answer-reply.ts';

/**
 * `who.pick`: the user chose one of the "did you mean" rows; answer with it and log the choice. The
 * pick counts as a correction (it teaches the resolver) when Baton had not answered with that row.
 */
export async function pickRow(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const question = stringField(action.data, 'question', 500);
  const rowId = stringField(action.data, 'rowId', 100);
  const before = await deps.services.ask.answer(action.engagement, question, undefined, action.actor);
  if (!before) return { message: 'There is no matrix yet: run setup first.' };
  const answer = await deps.services.ask.answer(action.engagement, question, rowId, action.actor);
  if (!answer) return { message: 'There is no matrix yet: run setup first.' };
  deps.services.ask.record(answer, action.actor);
  const row = answer.version.matrix.rows.find((r) => r.id === rowId);
  const was = before.resolution.outcome === 'answer' ? before.resolution.match?.row : undefined;
  if (!row || was?.id === row.id || !correctionRights(action.engagement, action.actor.id).mayCorrect) return { card: answerCard(answer) };
  const original: OriginalOutcome = { outcome: before.resolution.outcome, ...(was ? { rowId: was.id, function: was.function } : {}) };
  try {
    await deps.services.corrections.correct({
      engagement: action.engagement,
      actor: { ...action.actor, ...(action.actorEntraId ? { aadObjectId: action.actorEntraId } : {}) },
      question,
      topic: answer.resolution.topic,
      row,
      matrixVersion: answer.version.version,
      original,
      via: 'pick',
    });
  } catch (err) {
    // The answer stands; only the learning is lost (and nothing of it stored: it is one transaction).
    deps.logger.warn({ err }, 'a pick could not be recorded as a correction');
  }
  return { card: answerCard(answer) };
}
