/**
 * A deliberately tiny JSON Schema (2020-12) checker: only the keywords baton-alert.schema.json
 * uses, so the test can compare the schema with the zod parser without a validator dependency.
 * Formats are asserted (as Ajv with ajv-formats does), lengths count code points (as the spec
 * says). An unknown keyword throws, so a schema change cannot be silently ignored here.
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples']);
const ASSERTIONS = new Set(['type', 'required', 'properties', 'additionalProperties', 'enum', 'minLength', 'maxLength', 'pattern', 'format', 'maxItems', 'items', 'maxProperties']);

/** RFC 3339 date-time: a zone (Z or ±hh:mm) is required, and the day must exist. */
export function isRfc3339DateTime(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The paths at fault ("" for the top), empty when the value is valid. */
export function schemaErrors(schema: JsonSchema, value: unknown, path = ''): string[] {
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !ASSERTIONS.has(key)) throw new Error(`json-schema-subset does not know the keyword "${key}" (at ${path || 'top'})`);
  }
  const at = (message: string) => [`${path || 'body'}: ${message}`];
  if (schema.enum !== undefined) return (schema.enum as unknown[]).includes(value) ? [] : at('not in enum');
  if (schema.type !== undefined && typeOf(value) !== schema.type) return at(`not ${String(schema.type)}`);
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) return at('too short');
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) return at('too long');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return at('does not match pattern');
    if (schema.format === 'date-time' && !isRfc3339DateTime(value)) return at('not a date-time');
    if (schema.format === 'uri' && !URL.canParse(value)) return at('not a uri');
    return [];
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return at('too many items');
    const items = schema.items as JsonSchema | undefined;
    return items ? value.flatMap((item, i) => schemaErrors(items, item, `${path}[${i}]`)) : [];
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const errors: string[] = [];
    for (const name of (schema.required ?? []) as string[]) if (!(name in record)) errors.push(...at(`missing ${name}`));
    if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) errors.push(...at('too many properties'));
    for (const key of keys) {
      const child = path ? `${path}.${key}` : key;
      const sub = properties[key];
      if (sub) errors.push(...schemaErrors(sub, record[key], child));
      else if (schema.additionalProperties === false) errors.push(`${child}: not allowed`);
      else if (typeof schema.additionalProperties === 'object' && schema.additionalProperties !== null)
        errors.push(...schemaErrors(schema.additionalProperties as JsonSchema, record[key], child));
    }
    return errors;
  }
  return [];
}
