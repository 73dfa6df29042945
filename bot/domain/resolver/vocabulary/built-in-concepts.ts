import { IT_LEXICON, type ConceptGroup } from '../it-lexicon.ts';
import { ACTIVITY_VOCABULARY } from './activity-vocabulary.ts';
import { PRODUCT_VOCABULARY } from './product-vocabulary.ts';
import { SECTOR_CONCEPTS } from './sector-concepts.ts';
import { SYMPTOM_VOCABULARY } from './symptom-vocabulary.ts';
import type { VocabularyEntry } from './vocabulary-entry.ts';

/**
 * The whole built-in vocabulary as concept groups: the IT lexicon, the sector concepts, and the
 * product, vendor and symptom terms added to the concepts they name.
 */
export function mergeVocabulary(groups: readonly ConceptGroup[], entries: readonly VocabularyEntry[]): ConceptGroup[] {
  const byId = new Map<string, ConceptGroup>();
  for (const g of groups) {
    if (byId.has(g.id)) throw new Error(`concept "${g.id}" is defined twice`);
    byId.set(g.id, g);
  }
  for (const entry of entries) {
    const group = byId.get(entry.concept);
    if (group === undefined) throw new Error(`vocabulary entry names unknown concept "${entry.concept}" (${entry.source})`);
    byId.set(entry.concept, { ...group, terms: [...group.terms, ...entry.terms] });
  }
  return [...byId.values()];
}

let merged: readonly ConceptGroup[] | undefined;

export function builtInConcepts(): readonly ConceptGroup[] {
  merged ??= mergeVocabulary([...IT_LEXICON, ...SECTOR_CONCEPTS], [...PRODUCT_VOCABULARY, ...SYMPTOM_VOCABULARY, ...ACTIVITY_VOCABULARY]);
  return merged;
}
