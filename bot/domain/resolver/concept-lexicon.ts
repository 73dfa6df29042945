import { CONTEXT_PHRASES, NON_IT_PHRASES, type ConceptGroup } from './it-lexicon.ts';
import { builtInConcepts } from './vocabulary/built-in-concepts.ts';
import { normalizeText, stem, tokenize } from './normalize-text.ts';

/**
 * The IT lexicon compiled for phrase lookup over stemmed tokens, and the phrase
 * finder that segments a token sequence into lexicon phrases.
 */

/** Concept id → strength: 1 for the term's own group, less for implied or ambiguous ones. */
export type ConceptWeights = ReadonlyMap<string, number>;

/** An implied, broader concept ("laptop" → hardware) counts this much. */
export const IMPLIED_STRENGTH = 0.5;
/** An ambiguous term ("~av") counts this much for each of its meanings. */
export const AMBIGUOUS_STRENGTH = 0.5;

/** 'it': expands to concepts; 'non-it': an everyday topic ("coffee machine"); 'context': scene-setting ("last night"). */
export type PhraseKind = 'it' | 'non-it' | 'context';

export interface CompiledPhrase {
  readonly stems: readonly string[];
  readonly concepts: ConceptWeights;
  /**
   * The concepts as a matrix row means them: a row is an IT function, so an ambiguous term there
   * has its IT sense ("UPS" in "Server room – UPS, cooling" is the power supply, not the courier).
   */
  readonly rowConcepts: ConceptWeights;
  readonly kind: PhraseKind;
}

export interface ConceptLexicon {
  /** Phrases by their first stem, longest first. */
  readonly byFirstStem: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** Every surface word used in a term (typo-correction vocabulary). */
  readonly surfaceWords: ReadonlySet<string>;
  /** Concepts that are things other functions act on (see ConceptGroup.target). */
  readonly targetConcepts: ReadonlySet<string>;
  /** Concepts too common in plain English to say much alone. */
  readonly broadConcepts: ReadonlySet<string>;
  /** Concepts that set the scene (see ConceptGroup.scene). */
  readonly sceneConcepts: ReadonlySet<string>;
}

export interface PhraseHit {
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  readonly phrase: CompiledPhrase;
}

/** Words a phrase may skip over: "disable the account" still matches "disable account". */
export const SKIPPABLE = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'this', 'that', 'some']);

/** A group's concept plus everything it implies, transitively (weaker). */
function conceptClosure(id: string, strength: number, byId: ReadonlyMap<string, ConceptGroup>): Map<string, number> {
  const out = new Map<string, number>([[id, strength]]);
  const visit = (current: string) => {
    for (const parent of byId.get(current)?.implies ?? []) {
      if (out.has(parent)) continue;
      out.set(parent, strength * IMPLIED_STRENGTH);
      visit(parent);
    }
  };
  visit(id);
  return out;
}

export function compileLexicon(
  groups: readonly ConceptGroup[] = builtInConcepts(),
  nonItPhrases: readonly string[] = NON_IT_PHRASES,
  contextPhrases: readonly string[] = CONTEXT_PHRASES,
): ConceptLexicon {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const byKey = new Map<string, { stems: string[]; concepts: Map<string, number>; rowConcepts: Map<string, number>; kind: PhraseKind }>();
  // (rowConcepts is reassigned below for terms ambiguous between two IT meanings.)
  const surfaceWords = new Set<string>();
  const addTerm = (term: string, concepts: ReadonlyMap<string, number>, kind: PhraseKind, rowConcepts: ReadonlyMap<string, number> = concepts) => {
    const tokens = tokenize(normalizeText(term));
    if (tokens.length === 0) return;
    for (const t of tokens) surfaceWords.add(t);
    const stems = tokens.map(stem);
    const key = stems.join(' ');
    const entry = byKey.get(key) ?? { stems, concepts: new Map<string, number>(), rowConcepts: new Map<string, number>(), kind };
    if (kind !== 'it') entry.kind = kind;
    for (const [c, w] of concepts) entry.concepts.set(c, Math.max(w, entry.concepts.get(c) ?? 0));
    for (const [c, w] of rowConcepts) entry.rowConcepts.set(c, Math.max(w, entry.rowConcepts.get(c) ?? 0));
    byKey.set(key, entry);
  };
  for (const group of groups) {
    for (const raw of group.terms) {
      const ambiguous = raw.startsWith('~');
      const concepts = conceptClosure(group.id, ambiguous ? AMBIGUOUS_STRENGTH : 1, byId);
      addTerm(ambiguous ? raw.slice(1) : raw, concepts, 'it', ambiguous ? conceptClosure(group.id, 1, byId) : concepts);
    }
  }
  // A term ambiguous between two IT meanings ("av": antivirus or audio-visual) stays ambiguous in a row too.
  const ambiguousIn = new Map<string, number>();
  for (const group of groups) {
    for (const raw of group.terms) {
      if (!raw.startsWith('~')) continue;
      const key = tokenize(normalizeText(raw.slice(1)))
        .map(stem)
        .join(' ');
      ambiguousIn.set(key, (ambiguousIn.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of ambiguousIn) {
    const entry = byKey.get(key);
    if (entry !== undefined && count > 1) entry.rowConcepts = new Map(entry.concepts);
  }
  for (const phrase of nonItPhrases) addTerm(phrase, new Map(), 'non-it');
  for (const phrase of contextPhrases) addTerm(phrase, new Map(), 'context');

  const byFirstStem = new Map<string, CompiledPhrase[]>();
  for (const entry of byKey.values()) {
    const first = entry.stems[0];
    if (first === undefined) continue;
    const sorted = (m: Map<string, number>) => (entry.kind === 'it' ? [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)) : []);
    const list = byFirstStem.get(first) ?? [];
    list.push({ stems: entry.stems, concepts: new Map(sorted(entry.concepts)), rowConcepts: new Map(sorted(entry.rowConcepts)), kind: entry.kind });
    byFirstStem.set(first, list);
  }
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return {
    byFirstStem,
    surfaceWords,
    targetConcepts: new Set(groups.filter((g) => g.target === true).map((g) => g.id)),
    broadConcepts: new Set(groups.filter((g) => g.broad === true).map((g) => g.id)),
    sceneConcepts: new Set(groups.filter((g) => g.scene === true).map((g) => g.id)),
  };
}

let defaultLexicon: ConceptLexicon | undefined;

/** The built-in lexicon, compiled once per process. */
export function builtInLexicon(): ConceptLexicon {
  defaultLexicon ??= compileLexicon();
  return defaultLexicon;
}

/** Other words a phrase may step over ("deleted the events folder" still says "deleted folder"). */
export const MAX_PHRASE_GAP = 2;

/**
 * A match of `phrase` starting at `start`: its length in tokens (0 when none) and how many words
 * it stepped over that are not articles or possessives (at most MAX_PHRASE_GAP, in all).
 */
function matchAt(phrase: CompiledPhrase, tokens: readonly string[], stems: readonly string[], start: number): { length: number; gaps: number } {
  let i = start;
  let gaps = 0;
  for (let p = 0; p < phrase.stems.length; p++) {
    if (p > 0) {
      while (i < tokens.length && stems[i] !== phrase.stems[p] && SKIPPABLE.has(tokens[i] ?? '')) i++;
      // A gap only inside an IT phrase of two or more words, never at its start.
      while (phrase.kind === 'it' && i < tokens.length && stems[i] !== phrase.stems[p] && gaps < MAX_PHRASE_GAP && !SKIPPABLE.has(tokens[i] ?? '')) {
        gaps++;
        i++;
      }
    }
    if (i >= tokens.length || stems[i] !== phrase.stems[p]) return { length: 0, gaps: 0 };
    i++;
  }
  return { length: i - start, gaps };
}

/** How much a segmentation gains by using a phrase: longer phrases win, everyday phrases win ties. */
function phraseGain(phrase: CompiledPhrase): number {
  const n = phrase.stems.length;
  return n * n + (phrase.kind === 'it' ? 0 : 0.5);
}

/**
 * Lexicon phrases found in a token sequence, not overlapping, chosen to cover the
 * tokens with the longest phrases overall (dynamic programming, so "new office chairs"
 * reads as new + "office chairs", not "new office" + chairs). Ties prefer later phrases,
 * as English compounds put the head last.
 */
export function findPhrases(tokens: readonly string[], stems: readonly string[], lexicon: ConceptLexicon): PhraseHit[] {
  const n = tokens.length;
  const best = new Float64Array(n + 1);
  const choice: Array<PhraseHit | undefined> = new Array(n + 1).fill(undefined);
  for (let i = n - 1; i >= 0; i--) {
    best[i] = best[i + 1] ?? 0;
    choice[i] = undefined;
    for (const phrase of lexicon.byFirstStem.get(stems[i] ?? '') ?? []) {
      const { length, gaps } = matchAt(phrase, tokens, stems, i);
      if (length === 0) continue;
      // A phrase with words in between counts less than one written out (and than its words alone).
      const gain = (gaps === 0 ? phraseGain(phrase) : Math.max(0.5, phraseGain(phrase) - gaps * phrase.stems.length - 1.5)) + (best[i + length] ?? 0);
      if (gain > (best[i] ?? 0)) {
        best[i] = gain;
        choice[i] = { start: i, end: i + length, phrase };
      }
    }
  }
  const hits: PhraseHit[] = [];
  let i = 0;
  while (i < n) {
    const hit = choice[i];
    if (hit === undefined) i++;
    else {
      hits.push(hit);
      i = hit.end;
    }
  }
  return hits;
}
