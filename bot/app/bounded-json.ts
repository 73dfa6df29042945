/**
 * JSON from the wire, with a nesting bound. JSON.parse itself copes with deep nesting, but the code
 * after it (schemas, serialisers, card templating) recurses: a body nested 40,000 deep overflowed the
 * stack there and came back as a 5xx. Here it is a 400 before anything else sees it.
 */

/** Deeper than any activity or alert Baton handles (an Adaptive Card in an activity is ~20 deep). */
export const MAX_JSON_DEPTH = 64;

export type JsonParse = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

export function parseJsonBody(text: string, maxDepth = MAX_JSON_DEPTH): JsonParse {
  // Cheap pre-check on the text, so a hostile body is refused before JSON.parse builds it.
  if (textNestingDepth(text) > maxDepth) return { ok: false, message: `The JSON is nested more than ${maxDepth} levels deep.` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'The body is not valid JSON.' };
  }
}

/** Deepest bracket nesting of JSON text, skipping strings (an upper bound for invalid JSON). */
export function textNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return deepest;
}

/** Text of a body that must be UTF-8; undefined when its bytes are not. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
