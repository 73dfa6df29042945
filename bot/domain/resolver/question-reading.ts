import type { MatrixIndex } from './matrix-index.ts';
import { installedWordVectors } from './language-model.ts';
import { isNumeric, normalizeText, stem, tokenize } from './normalize-text.ts';
import { extractTopic } from './question-topic.ts';
import { textUnits, type TextUnit } from './text-units.ts';
import { correctTypo } from './typo-corrector.ts';
import { builtInVocabulary } from './typo-vocabulary.ts';

/**
 * Reads a question the way the index reads rows: normalise, correct misspellings
 * against the known vocabulary, drop the asking phrase, split into units.
 */
export interface ReadQuestion {
  readonly topic: string;
  readonly units: readonly TextUnit[];
  /** Corrected words (the vocabulary form), so their matches can count a little less. */
  readonly corrected: ReadonlySet<string>;
  /** Per unit: 1, or less for a unit in a trailing "for …" phrase ("firewall rule for a vendor"). */
  readonly unitFactors: readonly number[];
}

/** A unit in a trailing "for …" phrase counts this much: it says who or what it is for, not the topic. */
export const FOR_PHRASE_FACTOR = 0.6;

/**
 * Words that start a side phrase: "for …" (who or what it is for) and a clause saying when or why
 * ("who resets MFA when someone loses their phone"): the topic comes before them.
 */
const SIDE_PHRASE_WORDS = new Set(['for', 'when', 'whenever', 'if', 'because', 'while', 'cause', 'cos']);

/** A word this common in general English is a word, not a misspelling ("sous" is not "SOCs"). */
export const REAL_WORD_RANK = 20_000;

function isKnown(word: string, index: MatrixIndex): boolean {
  const rank = installedWordVectors()?.rank(word);
  if (rank !== undefined && rank < REAL_WORD_RANK) return true;
  const vocab = builtInVocabulary();
  if (vocab.words.has(word) || vocab.index.words.has(word) || index.typoIndex.words.has(word)) return true;
  const s = stem(word);
  return vocab.stems.has(s) || index.knownStems.has(s) || isEnglishInflection(word, vocab.english);
}

const INFLECTIONS = ['ings', 'ing', 'ers', 'er', 'ed', 'es', 's'] as const;

/**
 * "blinking", "flickering", "jammed": a plain English word with a regular ending, so no misspelling
 * ("blinking" was corrected to "blocking"). The base must be in the English list as it stands, or with
 * its final e back ("freezing" → "freeze") or its doubled consonant single ("jammed" → "jam").
 */
function isEnglishInflection(word: string, english: ReadonlySet<string>): boolean {
  for (const ending of INFLECTIONS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const base = word.slice(0, -ending.length);
    const undoubled = base.length > 3 && base.at(-1) === base.at(-2) ? base.slice(0, -1) : undefined;
    if (english.has(base) || english.has(`${base}e`) || (undoubled !== undefined && english.has(undoubled))) return true;
  }
  return false;
}

/** Replaces each unknown word by its closest vocabulary word (matrix words win ties). */
export function correctMisspellings(normalized: string, index: MatrixIndex): { text: string; corrected: Set<string> } {
  const corrected = new Set<string>();
  const text = normalized.replace(/[a-z0-9]+/g, (word) => {
    if (word.length < 4 || isNumeric(word) || isKnown(word, index)) return word;
    const fix = correctTypo(word, [index.typoIndex, builtInVocabulary().index]);
    if (fix === undefined) return word;
    corrected.add(fix.word);
    return fix.word;
  });
  return { text, corrected };
}

export function readQuestion(question: string, index: MatrixIndex): ReadQuestion {
  const { text, corrected } = correctMisspellings(normalizeText(question), index);
  const topic = extractTopic(text);
  const tokens = tokenize(topic);
  const split = tokens.findIndex((t, i) => i >= 1 && SIDE_PHRASE_WORDS.has(t));
  if (split < 0) {
    const units = textUnits(tokens, index.lexicon);
    return { topic, units, corrected, unitFactors: units.map(() => 1) };
  }
  const head = textUnits(tokens.slice(0, split), index.lexicon);
  const tail = textUnits(tokens.slice(split + 1), index.lexicon);
  if (head.length === 0) {
    return { topic, units: tail, corrected, unitFactors: tail.map(() => 1) };
  }
  return {
    topic,
    units: [...head, ...tail],
    corrected,
    unitFactors: [...head.map(() => 1), ...tail.map(() => FOR_PHRASE_FACTOR)],
  };
}
