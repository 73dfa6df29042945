import { BROAD_FACTOR, CONCEPT_STRENGTH, type MatrixIndex } from './matrix-index.ts';
import type { TextUnit } from './text-units.ts';
import { isWeakStem } from './text-units.ts';
import { WEAK_FACTOR, wordFactor } from './word-weight.ts';
import { builtInVocabulary } from './typo-vocabulary.ts';
import { STOP_WORDS } from './word-classes.ts';
import { isCommonWord } from './language-model.ts';

/**
 * Scores matrix rows against a question's units: weighted overlap of words and
 * concepts (IDF across rows), normalised by what the question asked for, so the
 * score is a 0..1 coverage comparable across questions.
 */

/** A corrected misspelling's match counts this much. */
export const TYPO_FACTOR = 0.9;
/** Share of the rarest-feature weight given to a question word the matrix has never seen. */
export const UNKNOWN_WORD_WEIGHT = 0.6;
/** Share given to an IT word the lexicon knows but no row covers (e.g. "wifi" with no network row). */
export const UNCOVERED_IT_WEIGHT = 0.6;
/** A unit naming only a target ("laptop", "server") weighs this much next to an activity. */
export const TARGET_FACTOR = 0.4;
/** An everyday noun no row matches ("warehouse") counts this share of an unknown word. */
export const EVERYDAY_FACTOR = 0.5;
/** An implied concept's strength is multiplied by this when no row names the unit's own concept. */
export const UNCOVERED_IMPLIED_BOOST = 1.6;
/** An uncovered ambiguous IT word counts this share of an uncovered IT word. */
export const AMBIGUOUS_UNCOVERED_FACTOR = 0.5;
/** Share of the score that depends on how much of the row the question covers. */
export const ROW_COVERAGE_SHARE = 0.12;
/** A recognised non-IT phrase ("coffee machine") weighs this many rarest features. */
export const BLOCKED_WEIGHT = 1.5;
/** A plain English word no row matches ("wing", "charts") counts this share of an unknown word. */
export const PLAIN_FACTOR = 0.6;
/** A concept the question only implies matching one the row only implies counts this much more weakly. */
export const IMPLIED_PAIR_FACTOR = 0.15;
/** A scene-setting unit ("saturday night") next to a topic counts this much. */
export const SCENE_FACTOR = 0.25;
/** A direct match on a common English word the lexicon does not know ("branch") counts this much. */
export const COMMON_WORD_FACTOR = 0.5;

/**
 * How specific the strongest evidence for a row is: what a row's match rests on: a specific word or concept; plain-English words only ('broad');
 * several weak words meeting in the row ('paired': worth suggesting, never answering); nothing.
 */
export type Anchor = 'none' | 'paired' | 'broad' | 'specific';

const ANCHOR_RANK: Readonly<Record<Anchor, number>> = { none: 0, paired: 0.5, broad: 1, specific: 2 };

export interface RowScore {
  readonly row: number;
  /** 0..1 ranking score. */
  readonly score: number;
  /** Share of the question's weight this row matched. */
  readonly coverage: number;
  /** Share of the row's own weight the question touched. */
  readonly rowCoverage: number;
  /** Share of the matched weight that came from direct word matches. */
  readonly directShare: number;
  /** 'specific' when a specific word or concept matched, 'broad' when only plain-English ones did. */
  readonly anchor: Anchor;
  /** The question's words/phrases that matched, concept-only ones marked with "≈". */
  readonly matchedTerms: readonly string[];
  /**
   * The question names something only this row names, in words that are not plain English
   * (a product, system or acronym: "synxis", "revit"): a literal match that always counts.
   */
  readonly distinctive: boolean;
  /** Bit k set when the question's unit k matched this row (units beyond 31 are not tracked). */
  readonly unitMask: number;
  /** Bit k set when unit k matched this row on specific evidence (not a common or weak word). */
  readonly specificMask: number;
}

export interface UnitMatch {
  readonly weight: number;
  readonly direct: boolean;
  readonly anchor: Anchor;
  /** The whole unit matched this row directly on a name no other row has (see RowScore.distinctive). */
  readonly distinctive?: boolean;
  /** Matched only through an ambiguous term: anchors only next to another IT term. */
  readonly ambiguous?: boolean;
}

const NO_MATCH: UnitMatch = { weight: 0, direct: false, anchor: 'none' };

/** True when the unit names an IT concept in its own right (not only ambiguously). */
function namesItConcept(unit: TextUnit): boolean {
  for (const strength of unit.concepts.values()) if (strength >= 1) return true;
  return false;
}

/** TARGET_FACTOR when every concept the unit names in its own right is a target, else 1. */
export function unitFactor(unit: TextUnit, index: MatrixIndex): number {
  let own = 0;
  let targets = 0;
  for (const [c, strength] of unit.concepts) {
    if (strength < 1) continue;
    own++;
    if (index.lexicon.targetConcepts.has(c)) targets++;
  }
  return own > 0 && own === targets ? TARGET_FACTOR : 1;
}

/** What a unit's match depends on apart from the row: computed once per question, not once per row. */
export interface UnitTraits {
  /** No row holds one of the unit's own concepts or words. */
  readonly narrowUncovered: boolean;
  /** An ambiguous term ("routes", "seats", "updates") alone may be plain English: it cannot anchor. */
  readonly ambiguousTerm: boolean;
}

export function unitTraits(unit: TextUnit, index: MatrixIndex): UnitTraits {
  return { narrowUncovered: !ownConceptCovered(unit, index), ambiguousTerm: unit.concepts.size > 0 && !namesItConcept(unit) };
}

const ANCHOR_OF: readonly Anchor[] = ['none', 'broad', 'specific'];
/** Weak words matched directly in one row that together make it worth suggesting. */
const WEAK_PAIR = 2;

const NONE = 0;
const BROAD = 1;
const SPECIFIC = 2;

/**
 * How well each candidate row matches one unit, before the unit factor: for each row, the best
 * direct word match (scaled by how much of a phrase matched) or the best concept match, whichever
 * weighs more. Walks the unit's postings instead of every row, so a question costs what it touches.
 * `slot[row]` is the row's position among the candidates (-1 when not a candidate).
 */
function unitMatches(unit: TextUnit, slot: Int32Array, count: number, index: MatrixIndex, traits: UnitTraits): UnitMatch[] {
  const direct = new Float64Array(count);
  const directAnchor = new Uint8Array(count);
  const matchedStems = new Uint8Array(count);
  const distinctiveRow = distinctiveUnitRow(unit, index);
  for (const s of unit.stems) {
    const postings = index.wordPostings.get(s);
    if (postings === undefined) continue;
    const factor = unit.common ? Math.min(COMMON_WORD_FACTOR, wordFactor(s)) : wordFactor(s);
    const weight = (index.wordIdf.get(s) ?? 0) * factor;
    const anchor = isWeakStem(s) ? NONE : factor < 1 ? BROAD : SPECIFIC;
    for (const p of postings) {
      const j = slot[p.row] ?? -1;
      if (j < 0) continue;
      matchedStems[j]!++;
      const w = weight * p.weight;
      if (w > direct[j]!) {
        direct[j] = w;
        directAnchor[j] = anchor;
      }
    }
  }
  const concept = new Float64Array(count);
  const conceptAnchor = new Uint8Array(count);
  const conceptAmbiguous = new Uint8Array(count);
  const { narrowUncovered, ambiguousTerm } = traits;
  for (const [c, raw] of unit.concepts) {
    const postings = index.conceptPostings.get(c);
    if (postings === undefined) continue;
    // "wifi" → network: when no row names the narrow concept, the broader row is the answer.
    const strength = narrowUncovered && raw < 1 ? Math.min(1, raw * UNCOVERED_IMPLIED_BOOST) : raw;
    const isBroad = index.lexicon.broadConcepts.has(c);
    const weight = (index.conceptIdf.get(c) ?? 0) * CONCEPT_STRENGTH * strength * (isBroad ? BROAD_FACTOR : 1);
    const anchor = isBroad || ambiguousTerm ? BROAD : SPECIFIC;
    const ambiguous = ambiguousTerm && !isBroad ? 1 : 0;
    for (const p of postings) {
      const j = slot[p.row] ?? -1;
      if (j < 0) continue;
      // Implied on both sides ("fortigate" and "carriers" both imply network): a distant relation.
      const w = weight * p.weight * (raw < 1 && p.weight < 0.5 ? IMPLIED_PAIR_FACTOR : 1);
      if (w > concept[j]!) {
        concept[j] = w;
        conceptAnchor[j] = anchor;
        conceptAmbiguous[j] = ambiguous;
      }
    }
  }
  const matches = new Array<UnitMatch>(count);
  for (let j = 0; j < count; j++) {
    // A phrase means what it says as a whole: one of its words alone is a partial match.
    const d = direct[j]! * Math.min(1, matchedStems[j]! / unit.size);
    const k = concept[j]!;
    if (d === 0 && k === 0) matches[j] = NO_MATCH;
    else if (d >= k) {
      const distinctive = distinctiveRow >= 0 && slot[distinctiveRow] === j && matchedStems[j] === unit.stems.length;
      matches[j] = { weight: d, direct: true, anchor: ANCHOR_OF[directAnchor[j]!]!, ...(distinctive ? { distinctive } : {}) };
    } else matches[j] = { weight: k, direct: false, anchor: ANCHOR_OF[conceptAnchor[j]!]!, ambiguous: conceptAmbiguous[j] === 1 };
  }
  return matches;
}

/**
 * The one row whose own words name this unit when the unit is a name rather than plain English
 * ("synxis", "revit", "opera" is English and so is not): every stem in exactly that row, the unit's
 * words not in the English word list, at least three letters. -1 otherwise.
 */
function distinctiveUnitRow(unit: TextUnit, index: MatrixIndex): number {
  if (unit.stems.length === 0 || unit.blocked || unit.weak) return -1;
  const english = builtInVocabulary().english;
  const plain = (w: string) => isCommonWord(w) ?? english.has(w);
  if (unit.surface.split(' ').every((w) => w.length < 3 || STOP_WORDS.has(w) || plain(w))) return -1;
  let row = -1;
  for (const s of unit.stems) {
    const postings = index.wordPostings.get(s);
    if (postings === undefined || postings.length !== 1 || isWeakStem(s)) return -1;
    const only = postings[0]!.row;
    if (row >= 0 && only !== row) return -1;
    row = only;
  }
  return row;
}

/** True when every concept the unit names is a scene concept ("weekend", "overnight"). */
function isSceneUnit(unit: TextUnit, index: MatrixIndex): boolean {
  if (unit.concepts.size === 0) return false;
  for (const c of unit.concepts.keys()) if (!index.lexicon.sceneConcepts.has(c)) return false;
  return true;
}

/** True when some row holds one of the unit's own (full-strength) concepts or its words. */
function ownConceptCovered(unit: TextUnit, index: MatrixIndex): boolean {
  for (const [c, strength] of unit.concepts) if (strength >= 1 && index.conceptPostings.has(c)) return true;
  for (const s of unit.stems) if (index.wordPostings.has(s)) return true;
  return false;
}

/** Weight of a unit no row matches: unknown words and uncovered IT topics count against every row. */
export function unmatchedWeight(unit: TextUnit, index: MatrixIndex): number {
  if (unit.weak) return WEAK_FACTOR * UNKNOWN_WORD_WEIGHT * index.maxIdf;
  // A recognised non-IT topic ("employee handbook") outweighs the IT-looking words around it.
  if (unit.blocked) return BLOCKED_WEIGHT * index.maxIdf;
  if (unit.concepts.size > 0) {
    // A symptom word ("crashed", "down") with no row to go to is scene, not topic.
    const allBroad = [...unit.concepts.keys()].every((c) => index.lexicon.broadConcepts.has(c));
    // An ambiguous word ("updates", "blocked") with no row to go to is as likely plain English.
    const ambiguous = [...unit.concepts.values()].every((strength) => strength < 1);
    return (allBroad ? WEAK_FACTOR : ambiguous ? AMBIGUOUS_UNCOVERED_FACTOR : 1) * UNCOVERED_IT_WEIGHT * index.maxIdf;
  }
  return UNKNOWN_WORD_WEIGHT * index.maxIdf * (unit.everyday ? EVERYDAY_FACTOR : unit.plain ? PLAIN_FACTOR : 1);
}

/** Rows sharing at least one non-weak word or concept with the question (else weak-word pairs), in matrix order. */
function candidateRows(units: readonly TextUnit[], index: MatrixIndex): number[] {
  const seen = new Uint8Array(index.rows.length);
  for (const unit of units) {
    for (const s of unit.stems) {
      if (isWeakStem(s)) continue;
      for (const p of index.wordPostings.get(s) ?? []) seen[p.row] = 1;
    }
    for (const c of unit.concepts.keys()) for (const p of index.conceptPostings.get(c) ?? []) seen[p.row] = 1;
  }
  // Nothing else found: rows where several of the question's weak words meet are worth suggesting.
  if (!seen.includes(1)) {
    const weakHits = new Uint8Array(index.rows.length);
    const weakSeen = new Set<string>();
    for (const unit of units) {
      for (const s of unit.stems) {
        if (!isWeakStem(s) || weakSeen.has(s)) continue;
        weakSeen.add(s);
        for (const p of index.wordPostings.get(s) ?? []) if (++weakHits[p.row]! >= WEAK_PAIR) seen[p.row] = 1;
      }
    }
  }
  const rows: number[] = [];
  for (let row = 0; row < seen.length; row++) if (seen[row] === 1) rows.push(row);
  return rows;
}

/** The question's distinct stems and concept ids (computed once per question, not once per row). */
interface QuestionFeatures {
  readonly stems: ReadonlySet<string>;
  readonly ids: ReadonlySet<string>;
}

function questionFeatures(units: readonly TextUnit[]): QuestionFeatures {
  const stems = new Set<string>();
  const ids = new Set<string>();
  for (const u of units) {
    for (const s of u.stems) stems.add(s);
    for (const c of u.concepts.keys()) ids.add(c);
  }
  return { stems, ids };
}

/** Per candidate row: weight of the row's own features that the question touched. */
function rowsTouched({ stems, ids }: QuestionFeatures, slot: Int32Array, count: number, index: MatrixIndex): Float64Array {
  const touched = new Float64Array(count);
  for (const s of stems) {
    const postings = index.wordPostings.get(s);
    if (postings === undefined) continue;
    const weight = (index.wordIdf.get(s) ?? 0) * wordFactor(s);
    for (const p of postings) {
      const j = slot[p.row] ?? -1;
      if (j >= 0) touched[j]! += weight * p.weight;
    }
  }
  for (const c of ids) {
    const postings = index.conceptPostings.get(c);
    if (postings === undefined) continue;
    const broad = index.lexicon.broadConcepts.has(c) ? BROAD_FACTOR : 1;
    const weight = (index.conceptIdf.get(c) ?? 0) * CONCEPT_STRENGTH * broad;
    for (const p of postings) {
      const j = slot[p.row] ?? -1;
      if (j >= 0) touched[j]! += weight * p.weight;
    }
  }
  return touched;
}

function isCorrected(unit: TextUnit, corrected: ReadonlySet<string>): boolean {
  if (corrected.size === 0) return false;
  return unit.surface.split(' ').some((w) => corrected.has(w));
}

/**
 * The rows that match anything, best first (ties keep matrix order). With `keepRatio`, only what a
 * decision can use: anchored rows within that share of the best anchored one, and the next one down.
 */
export function scoreRows(units: readonly TextUnit[], corrected: ReadonlySet<string>, index: MatrixIndex, unitFactors?: readonly number[], keepRatio?: number): RowScore[] {
  if (units.length === 0) return [];
  const rows = candidateRows(units, index);
  const slot = new Int32Array(index.rows.length).fill(-1);
  rows.forEach((row, j) => {
    slot[row] = j;
  });
  // matches[k][j]: unit k against candidate row j.
  const matches = units.map((unit) => unitMatches(unit, slot, rows.length, index, unitTraits(unit, index)));
  // The best any row does with each unit.
  const bestWeight = matches.map((list) => {
    let best = 0;
    for (const m of list) if (m.weight > best) best = m.weight;
    return best;
  });
  const matchedSomewhere = (k: number) => (bestWeight[k] ?? 0) > 0;
  // Targets step back only next to a matched activity ("patching", "malware"), never next to unknown words.
  const targetRole = units.map((u) => unitFactor(u, index));
  const hasActivity = targetRole.some((f, k) => f === 1 && matchedSomewhere(k) && units[k]?.weak !== true);
  // "saturday night" sets the scene when the question names something else a row has.
  const scene = units.map((u) => isSceneUnit(u, index));
  const hasTopic = units.some((u, k) => !scene[k] && matchedSomewhere(k) && !u.weak && !u.common);
  const factors = units.map(
    (u, k) => (hasActivity ? (targetRole[k] ?? 1) : 1) * (isCorrected(u, corrected) ? TYPO_FACTOR : 1) * (unitFactors?.[k] ?? 1) * (hasTopic && scene[k] ? SCENE_FACTOR : 1),
  );
  // What each unit weighs: the best any row does with it, or a fixed weight when none does.
  const weights = units.map((unit, k) => {
    const best = bestWeight[k] ?? 0;
    return (best > 0 ? best : unmatchedWeight(unit, index)) * (factors[k] ?? 1);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  // "laptop updates" is about patching; "bus routes" alone is not about routing.
  const itContext = units.some(namesItConcept);
  if (total === 0) return [];
  const touched = rowsTouched(questionFeatures(units), slot, rows.length, index);
  const ranked: Array<Omit<RowScore, 'matchedTerms'> & { readonly slot: number }> = [];
  for (let j = 0; j < rows.length; j++) {
    const row = rows[j]!;
    let matched = 0;
    let direct = 0;
    let anchor: Anchor = 'none';
    let weakDirect = 0;
    let distinctive = false;
    let unitMask = 0;
    let specificMask = 0;
    for (let k = 0; k < units.length; k++) {
      const m = matches[k]?.[j] ?? NO_MATCH;
      if (m.weight === 0) continue;
      if (m.distinctive === true) distinctive = true;
      if (k < 31) {
        unitMask |= 1 << k;
        if (m.anchor === 'specific' && !(scene[k] ?? false)) specificMask |= 1 << k;
      }
      const w = m.weight * (factors[k] ?? 1);
      matched += w;
      if (m.direct) direct += w;
      if (m.direct && m.anchor === 'none') weakDirect++;
      const unitAnchor: Anchor = m.ambiguous === true && itContext ? 'specific' : m.anchor;
      if (ANCHOR_RANK[unitAnchor] > ANCHOR_RANK[anchor]) anchor = unitAnchor;
    }
    if (matched === 0) continue;
    const coverage = Math.min(1, matched / total);
    const rowWeight = index.rowWeight[row] ?? 0;
    const rowCoverage = rowWeight > 0 ? Math.min(1, (touched[j] ?? 0) / rowWeight) : 0;
    const directShare = direct / matched;
    // Weak words alone never anchor, but several of them naming most of one row ("accounts for new
    // staff" → "Staff accounts & password resets") make it worth suggesting, not calling it a gap.
    if (anchor === 'none' && weakDirect >= WEAK_PAIR) anchor = 'paired';
    // Of two rows the question matches alike, the one it covers more of is the better fit:
    // "ecw" is "EHR application support" rather than "EHR interfaces (labs, HL7, …)".
    const score = coverage * (0.9 + 0.1 * directShare) * (1 - ROW_COVERAGE_SHARE + ROW_COVERAGE_SHARE * rowCoverage);
    ranked.push({ row, slot: j, score, coverage, rowCoverage, directShare, anchor, distinctive, unitMask, specificMask });
  }
  ranked.sort((a, b) => b.score - a.score || a.row - b.row);
  const kept = keepRatio === undefined ? ranked : relevant(ranked, keepRatio);
  // The matched words, spelled out only for the rows returned.
  return kept.map(({ slot: j, ...score }) => {
    const matchedTerms: string[] = [];
    for (let k = 0; k < units.length; k++) {
      const m = matches[k]?.[j] ?? NO_MATCH;
      if (m.weight > 0) matchedTerms.push(m.direct ? (units[k]?.surface ?? '') : `≈${units[k]?.surface ?? ''}`);
    }
    return { ...score, matchedTerms };
  });
}

/**
 * The anchored rows a decision can use: those within `ratio` of the best anchored score, and the
 * first one below (it is the runner-up when all above are tied). Rows anchored on nothing never count.
 */
function relevant<T extends { readonly score: number; readonly anchor: Anchor }>(ranked: readonly T[], ratio: number): T[] {
  const anchored = ranked.filter((s) => s.anchor !== 'none');
  const floor = (anchored[0]?.score ?? 0) * ratio;
  const cut = anchored.findIndex((s) => s.score < floor);
  return cut < 0 ? anchored : anchored.slice(0, cut + 1);
}
