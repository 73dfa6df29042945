import type { BotDeps } from '../bot-deps.ts';
import { stringField, type CardAction, type CardActionResult } from '../card-action.ts';
import { answerCard } from '../replies/answer-reply.ts';

/** `who.pick`: the user chose one of the "did you mean" rows; answer with it and log the choice. */
export async function pickRow(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const question = stringField(action.data, 'question', 500);
  const rowId = stringField(action.data, 'rowId', 100);
  const answer = await deps.services.ask.answer(action.engagement, question, rowId);
  if (!answer) return { message: 'There is no matrix yet: run setup first.' };
  deps.services.ask.record(answer, action.actor);
  return { card: answerCard(answer) };
}
