import type { CardVerb } from './card-verbs.ts';

/**
 * What a "Not right?" button sends back (verb `who.correct.open`, then `who.correct`): the question,
 * what Baton had answered, and the matrix version the person saw (the row picked is its index there).
 */
export interface CorrectionContext {
  /** 'answer' | 'ambiguous' | 'gap'. */
  was: 'answer' | 'ambiguous' | 'gap';
  /** The row answered with, when `was` is 'answer'. */
  wasRowId?: string;
  matrixVersion: number;
}

export interface CorrectionActionData {
  question: string;
  was: CorrectionContext['was'];
  wasRowId: string;
  v: number;
}

export function correctionActionData(question: string, context: CorrectionContext): CorrectionActionData {
  return { question, was: context.was, wasRowId: context.wasRowId ?? '', v: context.matrixVersion };
}

/** The button's data and its Action.Submit fallback's (the same plus the verb). */
export function correctionButton(question: string, context: CorrectionContext | undefined, verb: CardVerb) {
  if (!context) return { hasCorrection: false, correctionData: {}, correctionSubmit: {} };
  const data = correctionActionData(question, context);
  return { hasCorrection: true, correctionData: data, correctionSubmit: { ...data, verb } };
}
