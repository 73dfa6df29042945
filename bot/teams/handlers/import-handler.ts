import type { TurnContext } from 'botbuilder';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { canChangeMatrix, REFUSAL_MATRIX_CHANGE } from '../../domain/engagement/permissions.ts';
import { diffMatrices } from '../../domain/matrix/matrix-diff.ts';
import { parseMatrix } from '../../domain/matrix/matrix-import.ts';
import type { BotDeps } from '../bot-deps.ts';
import { importFailedCard, importSucceededCard } from '../replies/import-reply.ts';
import { noticeCard } from '../replies/notice-reply.ts';
import { sendCard } from '../send-card.ts';
import type { Actor } from '../turn-info.ts';

/** `import` + a pasted Markdown table (or CSV): a new matrix version, or errors by line and nothing written. */
export async function handleImport(context: TurnContext, deps: BotDeps, engagement: Engagement, actor: Actor, text: string): Promise<void> {
  if (!canChangeMatrix(engagement, actor.id)) {
    await sendCard(context, noticeCard({ title: 'Not allowed', text: REFUSAL_MATRIX_CHANGE, style: 'attention' }));
    return;
  }
  if (text.trim() === '') {
    await sendCard(
      context,
      noticeCard({
        title: 'Paste the matrix after the word import',
        text: 'Send `import` followed by a table with the columns Function | Internal | MSP (Markdown or CSV), in the same message. `export` gives you the current matrix in that shape.',
        style: 'warning',
      }),
    );
    return;
  }
  const parsed = parseMatrix(text);
  if (!parsed.ok) {
    await sendCard(context, importFailedCard(parsed.errors));
    return;
  }
  const current = await deps.services.matrices.current(engagement.id, engagement.matrixVersion);
  const diff = diffMatrices(current?.matrix ?? { rows: [] }, parsed.matrix);
  if (current && diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0) {
    await sendCard(context, noticeCard({ title: 'No changes', text: `The pasted matrix is the same as version ${current.version}. Nothing was changed.`, style: 'default' }));
    return;
  }
  const version = await deps.services.matrices.publish(engagement.id, parsed.matrix, actor.name, `Imported in Teams by ${actor.name}`);
  await sendCard(context, importSucceededCard(version, diff, parsed.warnings));
}
