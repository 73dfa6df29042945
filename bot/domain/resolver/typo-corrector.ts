import { allowedEdits, osaDistance } from './typo-distance.ts';

/**
 * Typo correction against a fixed vocabulary using a deletion neighbourhood
 * (symmetric delete): every vocabulary word is indexed under the strings obtained by
 * deleting up to two letters, so a misspelling is found by looking up its own
 * deletions instead of scanning the vocabulary. Candidates are confirmed with OSA.
 */
export interface TypoIndex {
  readonly words: ReadonlySet<string>;
  readonly byDeletion: ReadonlyMap<string, readonly string[]>;
}

/** Smallest word the index holds; shorter words are never corrected nor proposed. */
const MIN_WORD = 3;

function deletions(word: string, depth: number, into: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
}

/** Deletion depth worth indexing for a vocabulary word (queries reach it with ≤2 edits from 8 letters). */
function indexDepth(length: number): number {
  return length >= 6 ? 2 : 1;
}

export function buildTypoIndex(vocabulary: Iterable<string>): TypoIndex {
  const words = new Set<string>();
  const byDeletion = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byDeletion.get(key);
    if (list === undefined) byDeletion.set(key, [word]);
    else if (list[list.length - 1] !== word) list.push(word);
  };
  for (const word of vocabulary) {
    if (word.length < MIN_WORD || !/^[a-z0-9]+$/.test(word) || words.has(word)) continue;
    words.add(word);
    add(word, word);
    const keys = new Set<string>();
    deletions(word, indexDepth(word.length), keys);
    for (const key of keys) add(key, word);
  }
  return { words, byDeletion };
}

export interface TypoCorrection {
  readonly word: string;
  readonly distance: number;
}

/** Ranks two candidates: fewer edits, same first letter, earlier index, closer length, then alphabetical. */
function better(q: string, a: Candidate, b: Candidate): boolean {
  if (a.distance !== b.distance) return a.distance < b.distance;
  const af = a.word[0] === q[0];
  const bf = b.word[0] === q[0];
  if (af !== bf) return af;
  if (a.rank !== b.rank) return a.rank < b.rank;
  const al = Math.abs(a.word.length - q.length);
  const bl = Math.abs(b.word.length - q.length);
  if (al !== bl) return al < bl;
  return a.word < b.word;
}

interface Candidate {
  readonly word: string;
  readonly distance: number;
  readonly rank: number;
}

/** Misspellings keep their first letter, or swap the first two ("hte"). */
function sameStart(a: string, b: string): boolean {
  return a[0] === b[0] || (a[0] === b[1] && a[1] === b[0]);
}

/**
 * The closest vocabulary word within the edits allowed for the word's length
 * (none below 4 letters, 1 from 4, 2 from 8), or undefined. Earlier indexes win ties.
 */
export function correctTypo(word: string, indexes: readonly TypoIndex[]): TypoCorrection | undefined {
  const max = allowedEdits(word.length);
  if (max === 0) return undefined;
  const keys = new Set<string>([word]);
  deletions(word, max, keys);
  let best: Candidate | undefined;
  const seen = new Set<string>();
  indexes.forEach((index, rank) => {
    for (const key of keys) {
      const list = index.byDeletion.get(key);
      if (list === undefined) continue;
      for (const candidate of list) {
        if (seen.has(candidate) || candidate.length < 4 || !sameStart(word, candidate)) continue;
        seen.add(candidate);
        const distance = osaDistance(word, candidate, max);
        if (distance > max || distance === 0) continue;
        const next = { word: candidate, distance, rank };
        if (best === undefined || better(word, next, best)) best = next;
      }
    }
  });
  return best === undefined ? undefined : { word: best.word, distance: best.distance };
}
