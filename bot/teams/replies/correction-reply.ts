import { buildCorrectionCard, type AdaptiveCardJson, type CorrectionContext } from '../../../cards/index.ts';
import type { MatrixVersion } from '../../domain/matrix/matrix.ts';

/** The "Not right?" form: every row of `version`, what Baton had said, and why a submit was refused. */
export function correctionCard(options: {
  question: string;
  version: MatrixVersion;
  was: CorrectionContext['was'];
  wasRowId?: string;
  /** What Baton had answered with, when it answered. */
  wasFunction?: string;
  selected?: string;
  error?: string;
}): AdaptiveCardJson {
  const { question, version, was } = options;
  const wasText =
    was === 'answer' && options.wasFunction
      ? `Baton answered with “${options.wasFunction}”.`
      : was === 'gap'
        ? 'Baton found no row for it.'
        : was === 'ambiguous'
          ? 'Baton was not sure which row you meant.'
          : 'Pick the row that should have answered.';
  return buildCorrectionCard({
    question,
    context: { was, ...(options.wasRowId ? { wasRowId: options.wasRowId } : {}), matrixVersion: version.version },
    wasText,
    functions: version.matrix.rows.map((r) => r.function),
    ...(options.selected !== undefined ? { selected: options.selected } : {}),
    ...(options.error !== undefined ? { error: options.error } : {}),
  });
}

/** The line on the corrected answer: whom the correction applies to now. */
export function correctedNotice(appliesTo: 'everyone' | 'author', byManager: boolean): string {
  if (appliesTo === 'everyone') {
    return byManager ? 'Corrected: Baton answers this way for everyone now.' : 'Corrected: someone else corrected this the same way, so Baton answers this way for everyone now.';
  }
  return 'Corrected for you: Baton answers you this way now, and everyone once a second person agrees or a manager confirms it.';
}
