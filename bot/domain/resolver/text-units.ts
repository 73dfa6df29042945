import { findPhrases, SKIPPABLE, type ConceptLexicon, type ConceptWeights } from './concept-lexicon.ts';
import { isNumeric, stem } from './normalize-text.ts';
import { EVERYDAY_WORDS } from './common-english.ts';
import { BROAD_WORD_FORMS, STOP_WORDS, WEAK_WORD_FORMS } from './word-classes.ts';
import { builtInVocabulary } from './typo-vocabulary.ts';
import { isCommonWord } from './language-model.ts';

/**
 * Meaning units of a text: a lexicon phrase ("paper jam" → printers) or a single
 * content word. Stop words and bare numbers are dropped; rows and questions are both
 * read this way so their units can be compared.
 */
export interface TextUnit {
  /** The words as written (normalised), for explanations. */
  readonly surface: string;
  /** Stems of the unit's content words (direct-match keys). */
  readonly stems: readonly string[];
  /** Words in the phrase (not counting skipped articles): a partial direct match counts stems/size. */
  readonly size: number;
  /** Lexicon concepts the unit expands to, with their strength. */
  readonly concepts: ConceptWeights;
  /** The same as a matrix row means them (ambiguous terms in their IT sense; see CompiledPhrase.rowConcepts). */
  readonly rowConcepts: ConceptWeights;
  /** A recognised everyday, non-IT phrase ("coffee machine"): matches nothing, counts against. */
  readonly blocked: boolean;
  /** Only weak words (or a scene-setting phrase) and no concept: counts little, never anchors. */
  readonly weak: boolean;
  /** A single everyday non-IT noun ("warehouse", "sales"): usually scene, sometimes the topic. */
  readonly everyday: boolean;
  /**
   * A single plain English word the IT lexicon does not know ("wing", "charts"): when no
   * row uses it, it is more likely scene than topic, unlike an unknown name ("ecw").
   */
  readonly plain: boolean;
  /**
   * A single common English word the IT lexicon does not know ("branch", "shipping", "customer"):
   * matched in a row it is a hint, never the whole answer (see row-scoring).
   */
  readonly common: boolean;
}

let weakStems: ReadonlySet<string> | undefined;
let everydayStems: ReadonlySet<string> | undefined;

/** True when the stem is an everyday non-IT noun ("warehous", "lunch"). */
export function isEverydayStem(s: string): boolean {
  everydayStems ??= new Set(
    EVERYDAY_WORDS.split(/\s+/)
      .filter((w) => w !== '')
      .map(stem),
  );
  return everydayStems.has(s);
}
let broadStems: ReadonlySet<string> | undefined;

/** True when the stem is one of the weak words ("manag", "support", "issu"). */
export function isWeakStem(s: string): boolean {
  weakStems ??= new Set([...WEAK_WORD_FORMS].map(stem));
  return weakStems.has(s);
}

/** True when the stem is a plain-English word that needs context ("train", "access", "polici"). */
export function isBroadStem(s: string): boolean {
  broadStems ??= new Set([...BROAD_WORD_FORMS].map(stem));
  return broadStems.has(s);
}

/** Ordinals and digit-led tokens ("2nd", "3rd", "10th") say nothing about the topic. */
function isNumberLike(token: string): boolean {
  return isNumeric(token) || /^[0-9]+(st|nd|rd|th|s)$/.test(token);
}

function isContentToken(token: string): boolean {
  return !STOP_WORDS.has(token) && !isNumberLike(token) && token.length > 1;
}

const NO_CONCEPTS: ConceptWeights = new Map();

function phraseUnit(tokens: readonly string[], stems: readonly string[], concepts: ConceptWeights, kind: string, rowConcepts: ConceptWeights = concepts): TextUnit {
  const content: string[] = [];
  tokens.forEach((t, k) => {
    const s = stems[k];
    if (s !== undefined && isContentToken(t) && !content.includes(s)) content.push(s);
  });
  const blocked = kind === 'non-it';
  const context = kind === 'context';
  return {
    surface: tokens.join(' '),
    stems: blocked || context ? [] : content,
    size: Math.max(1, tokens.filter((t) => !SKIPPABLE.has(t)).length),
    concepts,
    rowConcepts,
    blocked,
    weak: context || (!blocked && concepts.size === 0 && content.every(isWeakStem)),
    everyday: !blocked && concepts.size === 0 && content.length === 1 && isEverydayStem(content[0] ?? ''),
    plain: !blocked && concepts.size === 0 && tokens.length === 1 && builtInVocabulary().english.has(tokens[0] ?? ''),
    common: !blocked && concepts.size === 0 && tokens.length === 1 && isCommonWord(tokens[0] ?? '') === true,
  };
}

/** Splits a token sequence into units, expanding lexicon phrases into concepts. */
export function textUnits(tokens: readonly string[], lexicon: ConceptLexicon): TextUnit[] {
  const stems = tokens.map(stem);
  const hits = findPhrases(tokens, stems, lexicon);
  const units: TextUnit[] = [];
  let h = 0;
  let i = 0;
  while (i < tokens.length) {
    const hit = hits[h];
    if (hit !== undefined && hit.start === i) {
      const range = [hit.start, hit.end] as const;
      const unit = phraseUnit(tokens.slice(...range), stems.slice(...range), hit.phrase.concepts, hit.phrase.kind, hit.phrase.rowConcepts);
      if (unit.stems.length > 0 || unit.concepts.size > 0 || unit.blocked || unit.weak) units.push(unit);
      i = hit.end;
      h++;
      continue;
    }
    const token = tokens[i] ?? '';
    if (isContentToken(token)) units.push(phraseUnit([token], [stems[i] ?? token], NO_CONCEPTS, 'word'));
    i++;
  }
  return units;
}
