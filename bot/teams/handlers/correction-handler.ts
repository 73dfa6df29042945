import { NO_ROW } from '../../../cards/index.ts';
import { originalOutcomeOf, type OriginalOutcome } from '../../domain/corrections/correction.ts';
import type { MatrixVersion } from '../../domain/matrix/matrix.ts';
import type { BotDeps } from '../bot-deps.ts';
import { stringField, type CardAction, type CardActionResult } from '../card-action.ts';
import { answerCard } from '../replies/answer-reply.ts';
import { correctedNotice, correctionCard } from '../replies/correction-reply.ts';
import { openGap } from './gap-handler.ts';

const NO_MATRIX = 'There is no matrix yet: run setup first.';

/** What the card says Baton had answered (untrusted; only recorded and shown). */
function originalOf(action: CardAction, version: MatrixVersion | undefined): OriginalOutcome {
  const rowId = stringField(action.data, 'wasRowId', 100);
  const fn = version?.matrix.rows.find((r) => r.id === rowId)?.function;
  return originalOutcomeOf(stringField(action.data, 'was', 20), rowId, fn) ?? { outcome: 'answer' };
}

/** The version the card's row numbers refer to: the one it was built from, else the current one. */
async function versionsOf(action: CardAction, deps: BotDeps): Promise<{ shown: MatrixVersion | undefined; current: MatrixVersion | undefined }> {
  const current = await deps.services.matrices.current(action.engagement.id, action.engagement.matrixVersion);
  const v = Number(stringField(action.data, 'v', 12));
  const shown = Number.isInteger(v) && v >= 1 && v !== current?.version ? await deps.services.matrices.get(action.engagement.id, v) : current;
  return { shown: shown ?? current, current };
}

/** `who.correct.open` ("Not right?"): every row of the matrix to pick from, and "No row covers this". */
export async function openCorrection(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const question = stringField(action.data, 'question', 500);
  const { current } = await versionsOf(action, deps);
  if (!current) return { message: NO_MATRIX };
  const original = originalOf(action, current);
  return {
    card: correctionCard({
      question,
      version: current,
      was: original.outcome,
      ...(original.rowId ? { wasRowId: original.rowId } : {}),
      ...(original.function ? { wasFunction: original.function } : {}),
    }),
  };
}

/**
 * `who.correct`: the row that should have answered. The card turns into the corrected answer for the
 * person; the correction is stored with its audit record and teaches the resolver (for everyone when a
 * manager corrected, or when a second person agrees). "No row covers this" is the gap flow.
 */
export async function submitCorrection(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const question = stringField(action.data, 'question', 500);
  const picked = stringField(action.data, 'row', 20).trim();
  if (picked === NO_ROW) return openGap(action, deps);
  const { shown, current } = await versionsOf(action, deps);
  if (!shown || !current) return { message: NO_MATRIX };
  const original = originalOf(action, shown);
  const again = (error: string, selected = picked) =>
    ({
      card: correctionCard({
        question,
        version: shown,
        was: original.outcome,
        ...(original.rowId ? { wasRowId: original.rowId } : {}),
        ...(original.function ? { wasFunction: original.function } : {}),
        selected,
        error,
      }),
    }) as const;
  const index = /^\d{1,6}$/.test(picked) ? Number(picked) : Number.NaN;
  const row = shown.matrix.rows[index];
  if (!row) return again('Pick the row that should have answered, or “No row covers this”.', '');
  if (!current.matrix.rows.some((r) => r.id === row.id)) return again(`“${row.function}” is no longer in the matrix (now v${current.version}): pick another row.`, '');
  const answer = await deps.services.ask.answer(action.engagement, question, row.id, action.actor);
  if (!answer) return { message: NO_MATRIX };
  if (original.outcome === 'answer' && original.rowId === row.id) return { card: answerCard(answer, { notice: 'That is the row Baton answered with: nothing to correct.' }) };
  const outcome = await deps.services.corrections.correct({
    engagement: action.engagement,
    actor: { ...action.actor, ...(action.actorEntraId ? { aadObjectId: action.actorEntraId } : {}) },
    question,
    topic: answer.resolution.topic,
    row,
    matrixVersion: current.version,
    original,
    via: 'correction',
  });
  if (!outcome.ok) {
    deps.logger.info({ actor: action.actor.id, verb: action.verb }, 'correction refused');
    return again(outcome.reason);
  }
  return {
    card: answerCard(answer, { notice: correctedNotice(outcome.appliesTo, outcome.correction.by.role === 'internal-manager' || outcome.correction.by.role === 'msp-manager') }),
  };
}
