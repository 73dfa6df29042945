import { createRequire } from 'node:module';
import { CARD_VERSION } from './adaptive-card-json.ts';
import { CARD_BUDGET_BYTES, cardPayloadBytes } from './card-size.ts';
import { httpUrl } from './safe-link.ts';
import type { AdaptiveCardJson } from './adaptive-card-json.ts';

// The package's ESM entry (lib/) uses extensionless imports that plain Node cannot load; the UMD bundle works everywhere.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

/** Element and action types Teams renders in a version 1.5 card sent by a bot. */
const TEAMS_ELEMENTS = new Set([
  'TextBlock',
  'RichTextBlock',
  'TextRun',
  'Image',
  'ImageSet',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'ActionSet',
  'Table',
  'TableRow',
  'TableCell',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
]);
const TEAMS_ACTIONS = new Set(['Action.Execute', 'Action.Submit', 'Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility']);

/** Properties holding child collections or objects, which the parser reads by hand (not in getSchema()). */
const CHILD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  AdaptiveCard: ['body', 'actions', 'msteams'],
  Container: ['items'],
  Column: ['items'],
  TableCell: ['items'],
  ColumnSet: ['columns'],
  Table: ['rows'],
  TableRow: ['cells'],
  RichTextBlock: ['inlines'],
  ActionSet: ['actions'],
  'Action.ShowCard': ['card'],
};

/**
 * Problems with a card as Teams would see it, as sentences; [] when the card is fine.
 * Checks: the `adaptivecards` parser's events (unknown element or action types, properties of a
 * later version, bad values), its validation (duplicate ids, empty collections, required inputs
 * without labels), properties no element of that type has, types Teams does not render, leftover
 * template keys, image and link URLs that are not http(s), version "1.5", and the size budget.
 */
export function validateCard(json: unknown, options: { maxBytes?: number } = {}): string[] {
  const problems: string[] = [];
  if (!json || typeof json !== 'object' || Array.isArray(json)) return ['the card is not a JSON object'];
  const card = json as Record<string, unknown>;
  if (card.type !== 'AdaptiveCard') problems.push(`type must be "AdaptiveCard", not ${JSON.stringify(card.type)}`);
  if (card.version !== CARD_VERSION) problems.push(`version must be "${CARD_VERSION}", not ${JSON.stringify(card.version)}`);
  if (card.$schema !== 'http://adaptivecards.io/schemas/adaptive-card.json') problems.push('$schema must be http://adaptivecards.io/schemas/adaptive-card.json');
  if (!Array.isArray(card.body)) problems.push('body must be an array');

  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    if (event) problems.push(`parse: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validation: ${event.message}`);

  walk(json, '$', problems);

  const maxBytes = options.maxBytes ?? CARD_BUDGET_BYTES;
  const bytes = cardPayloadBytes(json as AdaptiveCardJson);
  if (bytes > maxBytes) problems.push(`the card is ${bytes} bytes, over the budget of ${maxBytes}`);
  return problems;
}

type Kind = 'card' | 'element' | 'action' | 'column' | 'tableRow' | 'tableCell';

/** Visits every typed object and checks its keys against what that type has. */
function walk(node: unknown, path: string, problems: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${path}[${i}]`, problems));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  for (const key of ['$data', '$when', '$index', '$root']) {
    if (key in object) problems.push(`${path}: template key "${key}" left in the card (was it expanded?)`);
  }
  const type = typeof object.type === 'string' ? object.type : undefined;
  if (type) checkTyped(object, type, path, problems);
  for (const [key, value] of Object.entries(object)) {
    // Action data is free-form and msteams is Teams' own extension: neither is card schema.
    if (key === 'data' || key === 'msteams') continue;
    if (key === 'facts' || key === 'choices') {
      checkPlainList(value, key === 'facts' ? 'Fact' : 'Choice', `${path}.${key}`, problems);
      continue;
    }
    if (key === 'columns' && type === 'Table') {
      checkPlainList(value, 'TableColumnDefinition', `${path}.${key}`, problems);
      continue;
    }
    walk(value, `${path}.${key}`, problems);
  }
}

function checkTyped(object: Record<string, unknown>, type: string, path: string, problems: string[]): void {
  const found = instanceOf(type);
  if (!found) return; // the parser already reported an unknown type
  const { instance, kind } = found;
  if (kind === 'element' && !TEAMS_ELEMENTS.has(type)) problems.push(`${path}: Teams does not render "${type}" in a 1.5 card`);
  if (kind === 'action' && !TEAMS_ACTIONS.has(type)) problems.push(`${path}: Teams does not support "${type}"`);
  const known = new Set([...schemaNames(instance), ...(CHILD_PROPERTIES[type] ?? []), 'type']);
  if (kind === 'element' || kind === 'action' || kind === 'column') known.add('fallback');
  if (kind === 'card') known.add('$schema');
  for (const key of Object.keys(object)) {
    if (!known.has(key)) problems.push(`${path}: "${type}" has no property "${key}"`);
  }
  if (type.startsWith('Input.') && (typeof object.id !== 'string' || object.id === '')) problems.push(`${path}: the input has no id`);
  checkUrls(object, type, path, problems);
  // A card's refresh action is only ever run by clients that support Universal Actions: no fallback.
  if (type === 'Action.Execute' && path !== '$.refresh.action') checkExecute(object, path, problems);
  if (type === 'Action.Execute' && path === '$.refresh.action' && (typeof object.verb !== 'string' || object.verb === '')) problems.push(`${path}: the refresh action has no verb`);
}

/** URLs a client loads or opens (Image, Action.OpenUrl, background images): http(s) only, never javascript: or data:. */
function checkUrls(object: Record<string, unknown>, type: string, path: string, problems: string[]): void {
  const background = object.backgroundImage;
  const urls = [object.url, typeof background === 'object' && background !== null ? (background as Record<string, unknown>).url : background];
  for (const url of urls) {
    if (typeof url === 'string' && httpUrl(url) === undefined) problems.push(`${path}: "${type}" links to ${JSON.stringify(url.slice(0, 60))}, which is not an http(s) URL`);
  }
}

/** Baton's rule: every Action.Execute has a verb and an Action.Submit fallback with the same data plus the verb. */
function checkExecute(action: Record<string, unknown>, path: string, problems: string[]): void {
  const verb = action.verb;
  if (typeof verb !== 'string' || verb === '') {
    problems.push(`${path}: Action.Execute has no verb`);
    return;
  }
  const fallback = action.fallback as Record<string, unknown> | undefined;
  if (!fallback || typeof fallback !== 'object' || fallback.type !== 'Action.Submit') {
    problems.push(`${path}: Action.Execute "${verb}" has no Action.Submit fallback for older clients`);
    return;
  }
  const expected = JSON.stringify(sortKeys({ ...asObject(action.data), verb }));
  if (JSON.stringify(sortKeys(asObject(fallback.data))) !== expected) problems.push(`${path}: the fallback of "${verb}" does not carry the same data and verb`);
}

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function sortKeys(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}

function checkPlainList(value: unknown, className: 'Fact' | 'Choice' | 'TableColumnDefinition', path: string, problems: string[]): void {
  if (!Array.isArray(value)) return;
  const known = new Set(schemaNames(new AC[className]()));
  if (className === 'TableColumnDefinition') known.add('type');
  value.forEach((item, i) => {
    if (!item || typeof item !== 'object') return;
    for (const key of Object.keys(item)) {
      if (!known.has(key)) problems.push(`${path}[${i}]: ${className} has no property "${key}"`);
    }
  });
}

function instanceOf(type: string): { instance: SchemaOwner; kind: Kind } | undefined {
  switch (type) {
    case 'AdaptiveCard':
      return { instance: new AC.AdaptiveCard(), kind: 'card' };
    case 'Column':
      return { instance: new AC.Column(), kind: 'column' };
    case 'TableRow':
      return { instance: new AC.TableRow(), kind: 'tableRow' };
    case 'TableCell':
      return { instance: new AC.TableCell(), kind: 'tableCell' };
  }
  const element = AC.GlobalRegistry.elements.createInstance(type, AC.Versions.latest);
  if (element) return { instance: element, kind: 'element' };
  const action = AC.GlobalRegistry.actions.createInstance(type, AC.Versions.latest);
  if (action) return { instance: action, kind: 'action' };
  return undefined;
}

function schemaNames(instance: SchemaOwner): string[] {
  const schema = instance.getSchema();
  const names: string[] = [];
  for (let i = 0; i < schema.getCount(); i++) {
    const property = schema.getItemAt(i);
    if (property) names.push(property.name);
  }
  return names;
}

/** The small part of the adaptivecards API used here (the UMD bundle is untyped through require). */
interface SchemaOwner {
  getSchema(): { getCount(): number; getItemAt(index: number): { name: string } | undefined };
}
interface Registry {
  createInstance(typeName: string, targetVersion: unknown): SchemaOwner | undefined;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => SchemaOwner & {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: Array<{ message: string }> };
  };
  SerializationContext: new (targetVersion?: unknown) => { eventCount: number; getEventAt(index: number): { message: string } | undefined };
  Versions: { v1_5: unknown; latest: unknown };
  GlobalRegistry: { elements: Registry; actions: Registry };
  Column: new () => SchemaOwner;
  TableRow: new () => SchemaOwner;
  TableCell: new () => SchemaOwner;
  Fact: new () => SchemaOwner;
  Choice: new () => SchemaOwner;
  TableColumnDefinition: new () => SchemaOwner;
}
