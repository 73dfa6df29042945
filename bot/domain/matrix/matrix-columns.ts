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
  function: ['function', 'it function', 'functions', 'area', 'it area', 'responsibility', 'responsibilities', 'task', 'service', 'activity', 'duty', 'category', 'it service', 'item', 'capability', 'process', 'domain', 'component', 'scope', 'description', 'workstream', 'topic', 'it area / function', 'function / area'],
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
  return cleanCellText(header)
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/[:?.]+$/, '')
    .replace(/\bin\s*-?\s*house\b/g, 'in-house')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The looser form: also without a trailing "(…)" ("MSP (Fabrikam)" → "msp"). */
function looseHeader(header: string): string {
  return normalizeHeader(header).replace(/\s*\([^)]*\)$/, '').trim();
}

/** The column a header names, if Baton understands it (exactly or loosely). */
export function columnRoleOf(header: string): ColumnRole | undefined {
  const exact = normalizeHeader(header);
  const loose = looseHeader(header);
  return ALL_ROLES.find((role) => SYNONYMS[role].includes(exact)) ?? ALL_ROLES.find((role) => SYNONYMS[role].includes(loose));
}

export interface ColumnLayout {
  /** Column index of each understood column. */
  readonly roles: Partial<Record<ColumnRole, number>>;
  /** Extra columns: index and header as written (cleaned). */
  readonly extras: ReadonlyArray<{ readonly index: number; readonly name: string }>;
  /** Columns with no header text. */
  readonly unnamed: readonly number[];
}

/**
 * Assigns columns to roles: exact spellings first (in order of preference), then loose ones
 * ("Internal (Contoso)"); the rest are extra columns.
 */
export function layoutColumns(header: readonly string[]): ColumnLayout {
  const roles: Partial<Record<ColumnRole, number>> = {};
  const taken = new Set<number>();
  for (const form of [normalizeHeader, looseHeader]) {
    for (const role of ALL_ROLES) {
      if (roles[role] !== undefined) continue;
      for (const synonym of SYNONYMS[role]) {
        const index = header.findIndex((h, i) => !taken.has(i) && form(h) === synonym);
        if (index >= 0) {
          roles[role] = index;
          taken.add(index);
          break;
        }
      }
    }
  }
  assignByKeyword(header, roles, taken);
  const extras: Array<{ index: number; name: string }> = [];
  const unnamed: number[] = [];
  header.forEach((h, index) => {
    if (taken.has(index)) return;
    const name = cleanCellText(h);
    if (name === '') unnamed.push(index);
    else extras.push({ index, name });
  });
  return { roles, extras, unnamed };
}

/** True when the header has Function, Internal and MSP columns. */
export function hasRequiredColumns(header: readonly string[]): boolean {
  const { roles } = layoutColumns(header);
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
function assignByKeyword(header: readonly string[], roles: Partial<Record<ColumnRole, number>>, taken: Set<number>): void {
  for (const side of ['msp', 'internal'] as const) {
    if (roles[side] !== undefined) continue;
    const index = header.findIndex((h, i) => !taken.has(i) && !NOT_A_SIDE.test(normalizeHeader(h)) && SIDE_WORDS[side].test(normalizeHeader(h)));
    if (index >= 0) {
      roles[side] = index;
      taken.add(index);
    }
  }
  if (roles.function === undefined && roles.internal !== undefined && roles.msp !== undefined) {
    const firstSide = Math.min(roles.internal, roles.msp);
    const index = header.findIndex((h, i) => {
      const name = normalizeHeader(h);
      return i < firstSide && !taken.has(i) && name !== '' && !NOT_A_SIDE.test(name) && !INDEX_COLUMN.test(name);
    });
    if (index >= 0) {
      roles.function = index;
      taken.add(index);
    }
  }
}
