import type { WordVectors } from './word-vectors.ts';

/**
 * The general English knowledge the resolver uses beyond its lexicon: how common a word is (its
 * frequency rank in the word-vector file; the vectors' similarities were measured and are not used).
 * Installed once at start by the composition (bot/storage/word-vector-file.ts reads the compact file
 * the install built); the resolver works without it, only less precisely.
 */
let installed: WordVectors | undefined;

export function installWordVectors(vectors: WordVectors | undefined): void {
  installed = vectors;
}

export function installedWordVectors(): WordVectors | undefined {
  return installed;
}

/** Words ranked beyond this in general English frequency are names rather than plain words. */
export const COMMON_WORD_RANK = 40_000;

/**
 * True when the word is plain, common English ("teller", "seasonal", "footage"), false for a name,
 * product or acronym ("synxis", "revit", "tills"), undefined when no vectors are installed.
 */
export function isCommonWord(word: string): boolean | undefined {
  const vectors = installed;
  if (vectors === undefined) return undefined;
  // Any of its regular forms being common will do ("tellers" is rarer than "teller").
  for (const form of regularForms(word)) {
    const rank = vectors.rank(form);
    if (rank !== undefined && rank < COMMON_WORD_RANK) return true;
  }
  return false;
}

/** The word and its base forms under regular English endings ("tellers" → "teller"). */
function regularForms(word: string): string[] {
  const forms = [word];
  if (word.length > 4 && word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.length > 3 && word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  if (word.length > 5 && word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.length > 4 && word.endsWith('ed')) forms.push(word.slice(0, -2), word.slice(0, -1));
  return forms;
}
