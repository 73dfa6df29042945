import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAdaptiveCardJson, type AdaptiveCardJson, type JsonObject } from './adaptive-card-json.ts';

type TemplateEngine = { expand(context: { $root: unknown }): unknown };

// Loaded untyped: the package's .d.ts imports 'adaptivecards/src/schema', TypeScript sources that fail
// this project's strict compiler options. A plain import works at run time; the types do not.
const { Template } = createRequire(import.meta.url)('adaptivecards-templating') as {
  Template: new (payload: unknown) => TemplateEngine;
};

/**
 * A card template from `cards/templates/<name>.json`, parsed once. The templating engine's
 * Template is built once too: constructing one costs milliseconds, expanding one a fraction of that.
 */
export interface CardTemplate {
  readonly name: string;
  readonly json: JsonObject;
  readonly engine: TemplateEngine;
}

/** Reads and parses a template next to this module; call at module load so a broken file fails fast. */
export function loadCardTemplate(name: string): CardTemplate {
  const url = new URL(`./templates/${name}.json`, import.meta.url);
  const json: unknown = JSON.parse(readFileSync(url, 'utf8'));
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`card template ${name}.json is not a JSON object`);
  return { name, json: json as JsonObject, engine: new Template(json) };
}

/**
 * Binds the data to the template (`${…}`, `$when`, `$data`) and returns the card. Values in `data`
 * are never evaluated as expressions, so user text with `${` stays literal.
 */
export function expandCard(template: CardTemplate, data: object): AdaptiveCardJson {
  const expanded: unknown = withoutNulls(template.engine.expand({ $root: data }));
  if (!isAdaptiveCardJson(expanded)) throw new Error(`card template ${template.name} did not expand to an Adaptive Card`);
  return expanded;
}

/** An object property whose `$when` was false expands to null: the card should simply not have it. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (const item of value) withoutNulls(item);
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (object[key] === null) delete object[key];
      else withoutNulls(object[key]);
    }
  }
  return value;
}
