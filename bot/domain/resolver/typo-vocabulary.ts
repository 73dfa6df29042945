import { builtInLexicon } from './concept-lexicon.ts';
import { stem } from './normalize-text.ts';
import { buildTypoIndex, type TypoIndex } from './typo-corrector.ts';
import { EVERYDAY_VERBS, EVERYDAY_WORDS, PLAIN_WORKPLACE_WORDS } from './common-english.ts';
import { ENGLISH_WORDS } from './english-words.ts';
import { ASKING_VOCABULARY, STOP_WORDS, WEAK_CORRECTION_TARGETS } from './word-classes.ts';

/**
 * The matrix-independent vocabulary misspellings are corrected towards:
 * lexicon words (and their stems), asking-phrase words, stop and weak words.
 */
export interface BuiltInVocabulary {
  /** Correction targets. */
  readonly index: TypoIndex;
  /** Stems of every word that is known and so never corrected (targets plus everyday English). */
  readonly stems: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  /** Plain English words (general word list and everyday workplace words), lower case. */
  readonly english: ReadonlySet<string>;
}

let builtIn: BuiltInVocabulary | undefined;

export function builtInVocabulary(): BuiltInVocabulary {
  if (builtIn === undefined) {
    const words = new Set<string>([...builtInLexicon().surfaceWords, ...ASKING_VOCABULARY, ...STOP_WORDS, ...WEAK_CORRECTION_TARGETS]);
    const targets = [...words, ...[...words].map(stem)];
    const everyday = `${EVERYDAY_VERBS} ${EVERYDAY_WORDS}`.split(/\s+/).filter((w) => w.length > 0);
    const english = new Set(`${ENGLISH_WORDS} ${PLAIN_WORKPLACE_WORDS}`.split(/\s+/).filter((w) => w.length > 0));
    const known = new Set([...words, ...everyday, ...english]);
    // Stems of the general list are not added: a stem shared with a misspelling must not hide it.
    const stems = new Set([...words, ...everyday].map(stem));
    builtIn = { index: buildTypoIndex(targets), stems, words: known, english };
  }
  return builtIn;
}
