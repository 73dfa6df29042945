import { cleanCellText } from './cell-text.ts';

/** The columns Baton understands; every other column is kept as an extra column. */
export type ColumnRole = 'function' | 'internal' | 'msp' | 'aliases' | 'internalContact' | 'mspContact' | 'escalationContact' | 'notes';

export const REQUIRED_ROLES: readonly ColumnRole[] = ['function', 'internal', 'msp'];
export const OPTIONAL_ROLES: readonly ColumnRole[] = ['aliases', 'internalContact', 'mspContact', 'escalationContact', 'notes'];

/** The header Baton writes for each column on export. */
export const CANONICAL_HEADER: Readonly<Record<ColumnRole, string>> = {
  function: 'Function',
  internal: 'Internal',
  msp: 'MSP',
  aliases: 'Aliases',
  internalContact: 'Internal contact',
  mspContact: 'MSP contact',
  escalationContact: 'Escalation contact',
  notes: 'Notes',
};

/** Header spellings accepted for each column, most preferred first (the canonical one leads). */
const SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  function: [
    'function',
    'it function',
    'functions',
    'area',
    'it area',
    'responsibility',
    'responsibilities',
    'task',
    'service',
    'activity',
    'duty',
    'category',
    'it service',
    'item',
    'capability',
    'process',
    'domain',
    'component',
    'scope',
    'description',
    'workstream',
    'topic',
    'it area / function',
    'function / area',
  ],
  internal: ['internal', 'internal it', 'in-house', 'in-house it', 'client', 'client it', 'customer', 'customer it', 'internal team', 'corporate it'],
  msp: ['msp', 'provider', 'managed service provider', 'managed services provider', 'managed services', 'service provider', 'msp it', 'outsourced it'],
  aliases: ['aliases', 'alias', 'also known as', 'aka', 'synonyms', 'other names', 'keywords'],
  internalContact: ['internal contact', 'internal it contact', 'in-house contact', 'client contact', 'internal owner'],
  mspContact: ['msp contact', 'provider contact', 'msp owner'],
  escalationContact: ['escalation contact', 'escalation', 'escalate to', 'escalation path'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
};

const ALL_ROLES: readonly ColumnRole[] = [...REQUIRED_ROLES, ...OPTIONAL_ROLES];

/** Header text as compared: lower case, no emphasis markers, single spaces, "in house" = "in-house". */
export function normalizeHeader(header: string): string {
  if (header === '') return '';
  const cleaned = cleanCellText(header).toLowerCase();
  const stripped = withoutTrailing(EMPHASIS.test(cleaned) ? cleaned.replace(EMPHASIS_ALL, '') : cleaned, ':?.');
  const text = stripped.includes('house') ? stripped.replace(IN_HOUSE, 'in-house') : stripped;
  // A clean cell has single spaces and no blanks at its ends; only removing characters can change that.
  return stripped.length === cleaned.length ? text : text.replace(/\s+/g, ' ').trim();
}

const EMPHASIS = /[*_`]/;
const EMPHASIS_ALL = /[*_`]/g;
/**
 * "in house", "in - house", "in-house". Was `\bin\s*-?\s*house\b`, whose two `\s*` split a run of
 * blanks in every possible way before failing (quadratic); the two forms apart, each blank is read
 * a bounded number of times. Same matches: the text between "in" and "house" is blanks and at most one "-".
 */
const IN_HOUSE = /\bin(?:\s*-\s*|\s*)house\b/g;

/**
 * The text without its trailing run of the given characters. Was `.replace(/[:?.]+$/, '')`, which
 * tries every start in a run of them and scans to the run's end each time (quadratic in the run).
 */
function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A normalized header without a trailing "(…)". */
function looseForm(normalized: string): string {
  return withoutTrailingParenthesis(normalized).trim();
}

/**
 * `text.replace(/\s*\([^)]*\)$/, '')` in linear time: that regex scans to the end of the text from
 * every `(` of a run of them ("((((…") before failing (quadratic). The text must end with `)`; the
 * match starts at the first `(` after the `)` before that (none inside the parentheses), taking the
 * blanks before it.
 */
function withoutTrailingParenthesis(text: string): string {
  if (text.length < 2 || !text.endsWith(')')) return text;
  const open = text.indexOf('(', text.lastIndexOf(')', text.length - 2) + 1);
  if (open < 0 || open > text.length - 2) return text;
  let start = open;
  while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  return text.slice(0, start);
}

/** The column a header names, if Baton understands it (exactly or loosely). */
export function columnRoleOf(header: string): ColumnRole | undefined {
  const exact = normalizeHeader(header);
  const loose = looseForm(exact);
  return ALL_ROLES.find((role) => SYNONYMS[role].includes(exact)) ?? ALL_ROLES.find((role) => SYNONYMS[role].includes(loose));
}

export interface ColumnLayout {
  /** Column index of each understood column. */
  readonly roles: Partial<Record<ColumnRole, number>>;
  /** Extra columns: index and header as written (cleaned). */
  readonly extras: ReadonlyArray<{ readonly index: number; readonly name: string }>;
  /** Columns with no header text. */
  readonly unnamed: readonly number[];
  /** Each header cell as compared (normalizeHeader). */
  readonly normalized: readonly string[];
}

/**
 * Assigns columns to roles: exact spellings first (in order of preference), then loose ones
 * ("Internal (Contoso)"); the rest are extra columns.
 */
export function layoutColumns(header: readonly string[]): ColumnLayout {
  const { roles, taken, normalized } = assignRoles(header);
  const extras: Array<{ index: number; name: string }> = [];
  const unnamed: number[] = [];
  header.forEach((h, index) => {
    if (taken.has(index)) return;
    const name = cleanCellText(h);
    if (name === '') unnamed.push(index);
    else extras.push({ index, name });
  });
  return { roles, extras, unnamed, normalized };
}

/** The understood columns (see layoutColumns) and the set of their indices. */
function assignRoles(header: readonly string[]): { roles: Partial<Record<ColumnRole, number>>; taken: Set<number>; normalized: readonly string[] } {
  // Each header cell is normalized once (not once per synonym), and each synonym finds its cells by
  // lookup: the work grows with the header's length, not with its length times the synonyms.
  const exact = header.map(normalizeHeader);
  const loose = exact.map(looseForm);
  const roles: Partial<Record<ColumnRole, number>> = {};
  const taken = new Set<number>();
  for (const forms of [exact, loose]) {
    const cellsByForm = cellsBySynonym(forms);
    for (const role of ALL_ROLES) {
      if (roles[role] !== undefined) continue;
      for (const synonym of SYNONYMS[role]) {
        const index = cellsByForm.get(synonym)?.find((i) => !taken.has(i));
        if (index !== undefined) {
          roles[role] = index;
          taken.add(index);
          break;
        }
      }
    }
  }
  assignByKeyword(exact, roles, taken);
  return { roles, taken, normalized: exact };
}

const ALL_SYNONYMS: ReadonlySet<string> = new Set(Object.values(SYNONYMS).flat());

/** Each synonym → the indices of the cells that are that synonym, in order. */
function cellsBySynonym(forms: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  forms.forEach((form, index) => {
    if (!ALL_SYNONYMS.has(form)) return;
    const indices = map.get(form);
    if (indices) indices.push(index);
    else map.set(form, [index]);
  });
  return map;
}

/** True when the header has Function, Internal and MSP columns. */
export function hasRequiredColumns(header: readonly string[]): boolean {
  const { roles } = assignRoles(header);
  return REQUIRED_ROLES.every((role) => roles[role] !== undefined);
}

/** Words that mark a side's column in headers nobody standardised ("In-house IT team", "MSP Partner"). */
const SIDE_WORDS: Readonly<Record<'internal' | 'msp', RegExp>> = {
  msp: /\b(msp|mssp|provider|partner|vendor|managed|outsourced?|contractor|supplier)\b/,
  internal: /\b(internal|in-house|inhouse|client|customer|company|corporate|our|staff|organi[sz]ation|employer|it team|it dept|it department)\b/,
};
/** Columns that are never a side's cell, whatever else their header says. */
const NOT_A_SIDE = /\b(contacts?|notes?|comments?|escalat\w*|alias(es)?|aka|owner name|email|phone)\b/;
/** Row numbers and ids, never the function. */
const INDEX_COLUMN = /^(#|no|nr|num|number|id|ref|row|seq|item #|#\s*\w*)$/;

/**
 * Last resort for the three required columns when the header spells them its own way: a side's
 * column by the words in its header, and the function as the first remaining named column left of them.
 */
function assignByKeyword(normalized: readonly string[], roles: Partial<Record<ColumnRole, number>>, taken: Set<number>): void {
  for (const side of ['msp', 'internal'] as const) {
    if (roles[side] !== undefined) continue;
    const index = normalized.findIndex((name, i) => !taken.has(i) && SIDE_WORDS[side].test(name) && !NOT_A_SIDE.test(name));
    if (index >= 0) {
      roles[side] = index;
      taken.add(index);
    }
  }
  if (roles.function === undefined && roles.internal !== undefined && roles.msp !== undefined) {
    const firstSide = Math.min(roles.internal, roles.msp);
    const index = normalized.findIndex((name, i) => i < firstSide && !taken.has(i) && name !== '' && !NOT_A_SIDE.test(name) && !INDEX_COLUMN.test(name));
    if (index >= 0) {
      roles.function = index;
      taken.add(index);
    }
  }
}
