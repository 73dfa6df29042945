/**
 * When two people taught Baton "the same thing": their phrasings are close paraphrases when the
 * content words of the shorter are (nearly) all in the longer and the two share a fair part of their
 * words. Deliberately simple and independent of the resolver's internals (which may change).
 */

const FILLER = new Set(
  'a an the of for to in on at by with and or is are was be it its this that my our your their we i you me us who what which whom whose how when where why does do did can could should would will owns own handles handle looks look after deals deal about call contact ask please help need there here'.split(
    ' ',
  ),
);

/** The content words of a phrasing: lower case, accents and punctuation gone, filler dropped, plural s cut. */
export function phrasingWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !FILLER.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return [...new Set(words)];
}

/** The form phrasings are compared and de-duplicated in. */
export function phrasingKey(text: string): string {
  return phrasingWords(text).sort().join(' ');
}

const CONTAINED = 2 / 3;
const OVERLAP = 0.3;

export function isCloseParaphrase(a: string, b: string): boolean {
  const wa = phrasingWords(a);
  const wb = new Set(phrasingWords(b));
  if (wa.length === 0 || wb.size === 0) return false;
  const shared = wa.filter((w) => wb.has(w)).length;
  const smaller = Math.min(wa.length, wb.size);
  const union = wa.length + wb.size - shared;
  return shared / smaller >= CONTAINED && shared / union >= OVERLAP;
}
