import type { Matrix, MatrixRow } from '../matrix/matrix.ts';
import { builtInLexicon, type ConceptLexicon } from './concept-lexicon.ts';
import { normalizeText, stem, tokenize } from './normalize-text.ts';
import { textUnits } from './text-units.ts';
import { wordFactor } from './word-weight.ts';
import { buildTypoIndex, type TypoIndex } from './typo-corrector.ts';
import { builtInVocabulary } from './typo-vocabulary.ts';
import { STOP_WORDS } from './word-classes.ts';

/**
 * Everything the resolver precomputes for one matrix: each row's words and concepts,
 * inverted indexes from word/concept to rows, IDF weights across rows, and the
 * matrix vocabulary for typo correction.
 */

/** How much each part of a row speaks for it. */
export const FIELD_WEIGHT = { function: 1, aliases: 1, notes: 0.35 } as const;
/** A concept match is worth this much of a direct word match. */
export const CONCEPT_STRENGTH = 0.9;
/** A concept a row only implies (or names ambiguously) counts this much more weakly again. */
export const ROW_IMPLIED_FACTOR = 0.7;
/** A broad concept ("training") counts this much. */
export const BROAD_FACTOR = 0.5;

export interface Posting {
  readonly row: number;
  /** Field weight of the feature in that row (function/aliases 1, notes less). */
  readonly weight: number;
}

export interface MatrixIndex {
  readonly rows: readonly MatrixRow[];
  readonly lexicon: ConceptLexicon;
  readonly wordPostings: ReadonlyMap<string, readonly Posting[]>;
  readonly conceptPostings: ReadonlyMap<string, readonly Posting[]>;
  readonly wordIdf: ReadonlyMap<string, number>;
  readonly conceptIdf: ReadonlyMap<string, number>;
  /** IDF of a feature found in exactly one row: the most any feature can weigh. */
  readonly maxIdf: number;
  /** Per row: its word stems and concepts with their field weight. */
  readonly rowWords: readonly ReadonlyMap<string, number>[];
  readonly rowConcepts: readonly ReadonlyMap<string, number>[];
  /** Sum of each row's feature weights (for row coverage). */
  readonly rowWeight: Float64Array;
  /** Surface words and stems of the matrix text (typo-correction vocabulary). */
  readonly typoIndex: TypoIndex;
  readonly knownStems: ReadonlySet<string>;
}

/** IDF over rows: a feature in every row weighs little, one in a single row weighs most. */
export function idf(rowCount: number, documentFrequency: number): number {
  return Math.log(1 + rowCount / Math.max(0.5, documentFrequency));
}

function rowFields(row: MatrixRow): Array<readonly [string, number]> {
  const fields: Array<readonly [string, number]> = [[row.function, FIELD_WEIGHT.function]];
  for (const alias of row.aliases) fields.push([alias, FIELD_WEIGHT.aliases]);
  if (row.notes !== undefined && row.notes.trim() !== '') fields.push([row.notes, FIELD_WEIGHT.notes]);
  return fields;
}

/** A derived form (acronym, joined compound) counts this much of the words it comes from. */
export const DERIVED_WEIGHT = 0.9;

/**
 * Forms people write for a row's own words without any lexicon: the acronym of a
 * multi-word name ("Learning management system" → "lms") and adjacent words joined
 * ("E-rate" → "erate", "Help desk" → "helpdesk"). A two-letter acronym, or one that is
 * an English or lexicon word, is too likely to mean something else and is left out.
 */
export function derivedForms(text: string): string[] {
  const out = new Set<string>();
  const vocab = builtInVocabulary();
  /** Long enough, and not a word that already means something (`known`: every known word, by default). */
  const usable = (acronym: string, known: ReadonlySet<string> = vocab.words) => acronym.length >= 3 && !known.has(acronym) && !STOP_WORDS.has(acronym);
  // A product name in camel case is said by its capitals: "eClinicalWorks" → "ecw", "ServiceNow" is two words.
  for (const word of text.match(/\b[a-z]*[A-Z][a-z]+(?:[A-Z][a-z]+)+\b|\b[a-z][A-Z][a-z]+(?:[A-Z][a-z]+)*\b/g) ?? []) {
    const humps = word.match(/^[a-z]+|[A-Z][a-z]*/g) ?? [];
    const acronym = humps.map((h) => h[0]!.toLowerCase()).join('');
    // Its own name's capitals say this row even when the lexicon knows them for a broader concept ("ecw" → EHR).
    if (humps.length >= 3 && usable(acronym, vocab.english)) out.add(acronym);
  }
  for (const segment of text.split(/[,;:()[\]/&+|]|\s-\s|\band\b|\bincl\b/i)) {
    const tokens = tokenize(normalizeText(segment));
    for (let i = 0; i + 1 < tokens.length; i++) out.add(`${tokens[i]}${tokens[i + 1]}`);
    const content = tokens.filter((t) => !STOP_WORDS.has(t) && /^[a-z]/.test(t));
    if (content.length < 2 || content.length > 5 || content.some((t) => t.length < 2)) continue;
    const acronym = content.map((t) => t[0]).join('');
    if (usable(acronym)) out.add(acronym);
    // "Document management" is what people call the DMS (document management system), likewise CMS, LMS, WMS.
    if (content.at(-1) === 'management' && usable(`${acronym}s`)) out.add(`${acronym}s`);
  }
  return [...out];
}

function addPosting(map: Map<string, Posting[]>, key: string, row: number, weight: number): void {
  const list = map.get(key);
  const last = list?.[list.length - 1];
  if (list === undefined) map.set(key, [{ row, weight }]);
  else if (last !== undefined && last.row === row) {
    if (weight > last.weight) list[list.length - 1] = { row, weight };
  } else list.push({ row, weight });
}

export function buildMatrixIndex(matrix: Matrix, lexicon: ConceptLexicon = builtInLexicon()): MatrixIndex {
  const rows = matrix.rows;
  const wordPostings = new Map<string, Posting[]>();
  const conceptPostings = new Map<string, Posting[]>();
  const vocabulary = new Set<string>();
  const rowWords: Map<string, number>[] = [];
  const rowConcepts: Map<string, number>[] = [];
  /** Per row, the stems that are only derived forms (another spelling of words the row has). */
  const derivedOnly: Set<string>[] = [];
  rows.forEach((row, r) => {
    const derived = new Set<string>();
    derivedOnly.push(derived);
    const words = new Map<string, number>();
    const concepts = new Map<string, number>();
    for (const [text, weight] of rowFields(row)) {
      const tokens = tokenize(normalizeText(text));
      for (const t of tokens) vocabulary.add(t);
      for (const unit of textUnits(tokens, lexicon)) {
        for (const s of unit.stems) {
          addPosting(wordPostings, s, r, weight);
          words.set(s, Math.max(words.get(s) ?? 0, weight));
        }
        for (const [c, raw] of unit.rowConcepts) {
          // A row naming a narrow thing ("MFA") only partly covers what it implies ("passwords").
          const strength = raw < 1 ? raw * ROW_IMPLIED_FACTOR : raw;
          addPosting(conceptPostings, c, r, weight * strength);
          concepts.set(c, Math.max(concepts.get(c) ?? 0, weight * strength));
        }
      }
    }
    for (const text of [row.function, ...row.aliases]) {
      for (const form of derivedForms(text)) {
        vocabulary.add(form);
        const s = stem(form);
        if (words.has(s)) continue;
        addPosting(wordPostings, s, r, DERIVED_WEIGHT);
        words.set(s, DERIVED_WEIGHT);
        derived.add(s);
      }
    }
    rowWords.push(words);
    rowConcepts.push(concepts);
  });
  const n = rows.length;
  const wordIdf = new Map<string, number>();
  const conceptIdf = new Map<string, number>();
  // Document frequency counts a weak mention (notes, implied or ambiguous concept) as part of a row.
  const df = (list: readonly Posting[]) => list.reduce((sum, p) => sum + p.weight, 0);
  for (const [w, list] of wordPostings) wordIdf.set(w, idf(n, df(list)));
  for (const [c, list] of conceptPostings) conceptIdf.set(c, idf(n, df(list)));

  const rowWeight = new Float64Array(n);
  for (const [w, list] of wordPostings) {
    const weight = (wordIdf.get(w) ?? 0) * wordFactor(w);
    // A derived form is the row's own words spelled another way: it adds no content to cover.
    for (const p of list) if (!derivedOnly[p.row]!.has(w)) rowWeight[p.row] = (rowWeight[p.row] ?? 0) + weight * p.weight;
  }
  for (const [c, list] of conceptPostings) {
    const weight = (conceptIdf.get(c) ?? 0) * CONCEPT_STRENGTH * (lexicon.broadConcepts.has(c) ? BROAD_FACTOR : 1);
    for (const p of list) rowWeight[p.row] = (rowWeight[p.row] ?? 0) + weight * p.weight;
  }

  const stems = new Set<string>();
  for (const w of vocabulary) {
    stems.add(stem(w));
  }
  return {
    rows,
    lexicon,
    wordPostings,
    conceptPostings,
    wordIdf,
    conceptIdf,
    maxIdf: idf(Math.max(1, n), 1),
    rowWords,
    rowConcepts,
    rowWeight,
    typoIndex: buildTypoIndex([...vocabulary, ...stems]),
    knownStems: stems,
  };
}
