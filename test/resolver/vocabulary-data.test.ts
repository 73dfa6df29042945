import { describe, expect, it } from 'vitest';
import { EVERYDAY_VERBS, EVERYDAY_WORDS } from '../../bot/domain/resolver/common-english.ts';
import { builtInLexicon, SKIPPABLE } from '../../bot/domain/resolver/concept-lexicon.ts';
import { CONTEXT_PHRASES, IT_LEXICON, NON_IT_PHRASES } from '../../bot/domain/resolver/it-lexicon.ts';
import { normalizeText, stem, tokenize } from '../../bot/domain/resolver/normalize-text.ts';
import { textUnits } from '../../bot/domain/resolver/text-units.ts';
import { ACTIVITY_VOCABULARY } from '../../bot/domain/resolver/vocabulary/activity-vocabulary.ts';
import { PRODUCT_VOCABULARY } from '../../bot/domain/resolver/vocabulary/product-vocabulary.ts';
import { SECTOR_CONCEPTS } from '../../bot/domain/resolver/vocabulary/sector-concepts.ts';
import { SYMPTOM_VOCABULARY } from '../../bot/domain/resolver/vocabulary/symptom-vocabulary.ts';
import type { VocabularyEntry } from '../../bot/domain/resolver/vocabulary/vocabulary-entry.ts';
import { STOP_WORDS, WEAK_WORD_FORMS } from '../../bot/domain/resolver/word-classes.ts';

/** Everyday words that must never be a term on their own: one incidental word must not decide an answer. */
const FORBIDDEN_SINGLE_WORDS = ['slow', 'broken', 'lost', 'shared', 'customer', 'shift', 'branch', 'shipping', 'problem', 'issue', 'help', 'new', 'old'];

interface Sourced {
  readonly where: string;
  readonly concept: string;
  readonly terms: readonly string[];
  readonly source: string;
}

const sectorIds = SECTOR_CONCEPTS.map((g) => g.id);
const lexiconIds = new Set(IT_LEXICON.map((g) => g.id));
const knownIds = new Set([...lexiconIds, ...sectorIds]);

const entries = (name: string, list: readonly VocabularyEntry[]): Sourced[] =>
  list.map((e, k) => ({ where: `${name}[${k}] (${e.concept})`, concept: e.concept, terms: e.terms, source: e.source }));

const ALL: readonly Sourced[] = [
  ...SECTOR_CONCEPTS.map((g) => ({ where: `SECTOR_CONCEPTS ${g.id}`, concept: g.id, terms: g.terms, source: g.source })),
  ...entries('PRODUCT_VOCABULARY', PRODUCT_VOCABULARY),
  ...entries('SYMPTOM_VOCABULARY', SYMPTOM_VOCABULARY),
  ...entries('ACTIVITY_VOCABULARY', ACTIVITY_VOCABULARY),
];

const bare = (term: string): string => (term.startsWith('~') ? term.slice(1) : term);
/** The key the lexicon compiler files a term under: normalised, tokenised, stemmed. */
const compiledKey = (term: string): string =>
  tokenize(normalizeText(bare(term)))
    .map(stem)
    .join(' ');

describe('vocabulary data: ids and references', () => {
  it('sector concept ids are unique and never collide with IT_LEXICON ids', () => {
    expect(new Set(sectorIds).size).toBe(sectorIds.length);
    expect(sectorIds.filter((id) => lexiconIds.has(id))).toEqual([]);
  });

  it('every implies refers to an existing id other than the group itself', () => {
    const bad = SECTOR_CONCEPTS.flatMap((g) => (g.implies ?? []).filter((p) => !knownIds.has(p) || p === g.id).map((p) => `${g.id} -> ${p}`));
    expect(bad).toEqual([]);
  });

  it('implies has no cycles through sector concepts', () => {
    const byId = new Map<string, readonly string[]>([...IT_LEXICON.map((g) => [g.id, g.implies ?? []] as const), ...SECTOR_CONCEPTS.map((g) => [g.id, g.implies ?? []] as const)]);
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      (byId.get(from) ?? []).some((p) => p === to || (!seen.has(p) && (seen.add(p), reaches(p, to, seen))));
    expect(sectorIds.filter((id) => reaches(id, id))).toEqual([]);
  });

  it('every vocabulary entry names an existing concept', () => {
    const bad = [...PRODUCT_VOCABULARY, ...SYMPTOM_VOCABULARY, ...ACTIVITY_VOCABULARY].filter((e) => !knownIds.has(e.concept)).map((e) => e.concept);
    expect(bad).toEqual([]);
  });

  it('every group and entry says where its knowledge comes from', () => {
    expect(ALL.filter((e) => e.source.trim().length < 5).map((e) => e.where)).toEqual([]);
  });
});

describe('vocabulary data: terms', () => {
  it('has no empty groups or entries and no empty terms', () => {
    expect(ALL.filter((e) => e.terms.length === 0).map((e) => e.where)).toEqual([]);
    expect(ALL.flatMap((e) => e.terms.filter((t) => compiledKey(t) === '').map((t) => `${e.where}: "${t}"`))).toEqual([]);
  });

  it('writes terms plainly: already normalised, lower case, single spaces', () => {
    const bad = ALL.flatMap((e) => e.terms.filter((t) => normalizeText(bare(t)) !== bare(t) || /^~?\s|\s$/.test(t)).map((t) => `${e.where}: "${t}"`));
    expect(bad).toEqual([]);
  });

  it('has no duplicate terms within an entry', () => {
    const bad = ALL.flatMap((e) => {
      const seen = new Set<string>();
      return e.terms.filter((t) => (seen.has(compiledKey(t)) ? true : (seen.add(compiledKey(t)), false))).map((t) => `${e.where}: "${t}"`);
    });
    expect(bad).toEqual([]);
  });

  it('never repeats a term of the built-in lexicon or its everyday/context phrases', () => {
    const lexiconKeys = new Map<string, string>();
    for (const g of IT_LEXICON) for (const t of g.terms) lexiconKeys.set(compiledKey(t), `${g.id}: "${t}"`);
    for (const p of [...NON_IT_PHRASES, ...CONTEXT_PHRASES]) lexiconKeys.set(compiledKey(p), `phrase "${p}"`);
    const bad = ALL.flatMap((e) => e.terms.filter((t) => lexiconKeys.has(compiledKey(t))).map((t) => `${e.where}: "${t}" = ${lexiconKeys.get(compiledKey(t))}`));
    expect(bad).toEqual([]);
  });

  it('gives each term one home across all vocabulary files', () => {
    const home = new Map<string, string>();
    const bad: string[] = [];
    for (const e of ALL) {
      for (const t of e.terms) {
        const key = compiledKey(t);
        const first = home.get(key);
        if (first !== undefined && first !== e.where) bad.push(`"${t}" in ${e.where} and ${first}`);
        else home.set(key, e.where);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never makes an everyday word a term on its own', () => {
    const forbidden = new Set(FORBIDDEN_SINGLE_WORDS.map(stem));
    const bad = ALL.flatMap((e) =>
      e.terms
        .filter((t) => {
          const tokens = tokenize(normalizeText(bare(t)));
          return tokens.length === 1 && forbidden.has(stem(tokens[0] ?? ''));
        })
        .map((t) => `${e.where}: "${t}"`),
    );
    expect(bad).toEqual([]);
  });

  it('marks a single-word term "~" when it is a stop, weak or everyday English word', () => {
    const everyday = new Set([...`${EVERYDAY_WORDS} ${EVERYDAY_VERBS}`.split(/\s+/), ...STOP_WORDS, ...WEAK_WORD_FORMS].filter((w) => w !== '').map(stem));
    const bad = ALL.flatMap((e) =>
      e.terms
        .filter((t) => {
          const tokens = tokenize(normalizeText(t));
          return !t.startsWith('~') && tokens.length === 1 && everyday.has(stem(tokens[0] ?? ''));
        })
        .map((t) => `${e.where}: "${t}"`),
    );
    expect(bad).toEqual([]);
  });

  it('never makes a one-word term whose stem is a stop word, not even marked "~" ("ups" stems to "up")', () => {
    const stopStems = new Set([...STOP_WORDS].map(stem));
    const bad = ALL.flatMap((e) =>
      e.terms
        .filter((t) => {
          const tokens = tokenize(normalizeText(bare(t)));
          return tokens.length === 1 && stopStems.has(stem(tokens[0] ?? ''));
        })
        .map((t) => `${e.where}: "${t}" stems to "${stem(tokenize(normalizeText(bare(t)))[0] ?? '')}"`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps articles and possessives out of terms (the matcher skips them anyway)', () => {
    const bad = ALL.flatMap((e) => e.terms.filter((t) => tokenize(normalizeText(bare(t))).some((w) => SKIPPABLE.has(w))).map((t) => `${e.where}: "${t}"`));
    expect(bad).toEqual([]);
  });

  it('is a broad vocabulary: many sector groups and over two thousand terms', () => {
    const terms = ALL.reduce((n, e) => n + e.terms.length, 0);
    expect(SECTOR_CONCEPTS.length).toBeGreaterThanOrEqual(50);
    expect(PRODUCT_VOCABULARY.length).toBeGreaterThanOrEqual(40);
    expect(SYMPTOM_VOCABULARY.length).toBeGreaterThanOrEqual(25);
    expect(ACTIVITY_VOCABULARY.length).toBeGreaterThanOrEqual(25);
    expect(terms).toBeGreaterThanOrEqual(2000);
  });
});

describe('activity vocabulary', () => {
  /** Concepts a text expands to at full strength, in any unit. */
  const fullConcepts = (text: string): string[] =>
    textUnits(tokenize(normalizeText(text)), builtInLexicon()).flatMap((u) => [...u.concepts].filter(([, s]) => s === 1).map(([c]) => c));

  it.each([
    ['the invoice looks wrong', 'vendor-management'],
    ['switch vendors', 'vendor-management'],
    ['licence audit', 'licensing'],
    ['tech roadmap', 'strategy'],
    ['someone starts tomorrow', 'onboarding'],
    ['seasonal staff', 'onboarding'],
    ['she moved to another team', 'user-lifecycle'],
    ['got married', 'user-lifecycle'],
    ['leaving on friday', 'offboarding'],
    ['add me to the group', 'identity'],
    ['access to the shared drive', 'storage'],
    ['change the sharing settings', 'collaboration'],
    ['battery is swollen', 'hardware'],
    ['windows keeps nagging me to update', 'patching'],
    ['forced restart', 'patching'],
    ['someone got into my mailbox', 'incident-response'],
    ['buy gift cards', 'email-security'],
    ['sign in prompts', 'mfa'],
    ['backup codes', 'mfa'],
    ['the switch lights are orange', 'network'],
    ['patch lead', 'network'],
    ['change the hold music', 'phones'],
    ['prints coming out pink', 'printers'],
    ['scan the document', 'printers'],
    ['what is the it number', 'helpdesk'],
    ['weekend support', 'after-hours'],
  ])('"%s" reads as %s', (text, concept) => {
    expect(fullConcepts(text)).toContain(concept);
  });

  it('keeps words that start a side phrase (for, when, after…) out of the middle of terms: questions are split there', () => {
    // The words question-reading.ts splits a question at ("laptop for the new starter" → laptop / new starter).
    const sidePhraseWords = new Set(['for', 'when', 'whenever', 'if', 'because', 'since', 'while', 'after', 'cause', 'cos']);
    const bad = entries('ACTIVITY_VOCABULARY', ACTIVITY_VOCABULARY).flatMap((e) =>
      e.terms.filter((t) => tokenize(normalizeText(bare(t))).some((w, k) => k > 0 && sidePhraseWords.has(w))).map((t) => `${e.where}: "${t}"`),
    );
    expect(bad).toEqual([]);
  });
});
