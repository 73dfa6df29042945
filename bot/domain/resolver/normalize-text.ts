import { stemmer } from 'stemmer';

/**
 * Text normalisation shared by the matrix index and the question pipeline:
 * unicode folding, contractions, punctuation, tokenising and stemming.
 */

const CONTRACTION_IS = /\b(who|what|that|it|there|here|where|how|whose|which|everything|nothing|something|someone)['’]s\b/g;

/** Late-evening/early-morning clock times ("2am", "11 pm") read as "overnight"; daytime ones are dropped. */
function clockTimes(text: string): string {
  return text.replace(/\b(\d{1,2})(?::\d{2})?\s?(am|pm)\b/g, (_m, h: string, half: string) => {
    const hour = (Number(h) % 12) + (half === 'pm' ? 12 : 0);
    return hour >= 19 || hour < 6 ? ' overnight ' : ' ';
  });
}

/**
 * Lower-cases, folds accents and typographic punctuation, expands contractions and
 * keeps clause punctuation (, ; : ? ! and dashes) so the asking phrase can be found.
 */
export function normalizeText(raw: string): string {
  let text = raw
    // "Teams" the product (capitalised, or named as Microsoft/MS Teams) is kept apart from "team".
    .replace(/\b(?:microsoft|ms)[\s-]+teams\b/gi, 'msteams')
    .replace(/\bTEAMS\b|\bTeams\b/g, 'msteams')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u2012-\u2015\u2212]/g, ' - ')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/@/g, ' at ');
  text = clockTimes(text);
  // "on call" / "on-call" is one word, so the asking phrase ("who do I call") never eats it.
  text = text.replace(/\bon[\s-]+call\b/g, 'oncall');
  text = text
    .replace(CONTRACTION_IS, '$1 is')
    .replace(/n['’]t\b/g, 'nt')
    .replace(/['’](re|ve|ll|d|m)\b/g, ' $1')
    .replace(/['’]s\b/g, '')
    .replace(/s['’](?=\s|$)/g, 's')
    .replace(/['’]/g, '')
    // Keep word-internal hyphens/slashes/dots as separators: "wi-fi" → "wi fi", "24/7" → "24 7".
    .replace(/(\w)[-/.](?=\w)/g, '$1 ')
    .replace(/[^a-z0-9,;:?!\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text;
}

/** Splits normalised text into word tokens (letters and digits only). */
export function tokenize(normalized: string): string[] {
  return normalized.split(/[^a-z0-9]+/).filter((t) => t.length > 0);
}

/** Words whose Porter stem would merge different IT meanings ("monitor" the screen vs "monitoring"). */
const STEM_OVERRIDES: Readonly<Record<string, string>> = {
  monitoring: 'monitoring',
  monitored: 'monitoring',
  // Acronyms Porter would read as plural English words ("ups" → "up", "mes" → "me").
  ups: 'ups',
  mes: 'mes',
  ats: 'ats',
  hmis: 'hmi',
  // Different words Porter merges ("internal" and "interns", "generator" and "general").
  internal: 'internal',
  generator: 'generator',
  generators: 'generator',
  department: 'department',
  departments: 'department',
  paged: 'paged',
};

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Porter stem of one lower-case token, memoised (the cache is bounded). */
export function stem(token: string): string {
  const hit = stemCache.get(token);
  if (hit !== undefined) return hit;
  const value = STEM_OVERRIDES[token] ?? (/^[a-z]+$/.test(token) && token.length > 2 ? stemmer(token) : token);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(token, value);
  return value;
}

/** True for tokens made only of digits. */
export function isNumeric(token: string): boolean {
  return /^[0-9]+$/.test(token);
}
