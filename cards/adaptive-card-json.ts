/** Any JSON value, as cards are plain data. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

export interface JsonObject {
  [key: string]: JsonValue;
}

/**
 * An Adaptive Card as JSON, ready to go into a Teams attachment
 * (`{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }`).
 */
export interface AdaptiveCardJson extends JsonObject {
  $schema: string;
  type: 'AdaptiveCard';
  version: string;
  body: JsonValue[];
}

/** The schema and version every Baton card declares (what Teams supports for bot cards). */
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_VERSION = '1.5';

/** True when a value has the shape of an Adaptive Card (type, version and a body array). */
export function isAdaptiveCardJson(value: unknown): value is AdaptiveCardJson {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const card = value as Record<string, unknown>;
  return card.type === 'AdaptiveCard' && typeof card.version === 'string' && Array.isArray(card.body);
}
