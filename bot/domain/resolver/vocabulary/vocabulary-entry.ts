/**
 * One entry of the built-in vocabulary kept as data: more terms for a concept (an existing
 * IT_LEXICON group id, or a group defined in sector-concepts.ts), with where the knowledge comes from.
 * Terms follow the lexicon's rules: written plainly, normalised and stemmed when compiled,
 * multi-word terms match as phrases, a leading "~" marks an ambiguous term (counts half).
 */
export interface VocabularyEntry {
  /** The concept id these terms name. */
  readonly concept: string;
  readonly terms: readonly string[];
  /** Where this knowledge comes from (vendor category pages, analyst category names, field usage). */
  readonly source: string;
}
