/**
 * Azure Tables limits a string property to 64 KiB (32K UTF-16 characters). Large JSON values
 * (a 500-row matrix) are split over numbered properties: name0, name1, … and joined on read.
 */
const CHUNK = 30_000;

export function packJson(name: string, value: unknown): Record<string, string | number> {
  const text = JSON.stringify(value);
  const out: Record<string, string | number> = { [`${name}Chunks`]: Math.max(1, Math.ceil(text.length / CHUNK)) };
  for (let i = 0, n = 0; i < text.length || n === 0; i += CHUNK, n++) out[`${name}${n}`] = text.slice(i, i + CHUNK);
  return out;
}

export function unpackJson<T>(entity: Record<string, unknown>, name: string): T {
  const count = Number(entity[`${name}Chunks`] ?? 1);
  let text = '';
  for (let n = 0; n < count; n++) {
    const part = entity[`${name}${n}`];
    if (typeof part !== 'string') throw new Error(`stored entity is missing ${name}${n}`);
    text += part;
  }
  return JSON.parse(text) as T;
}
