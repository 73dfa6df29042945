import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../fixtures/matrix/', import.meta.url));

/** The text of test/fixtures/matrix/<name>. */
export function fixtureText(name: string): string {
  return readFileSync(`${DIR}${name}`, 'utf8');
}
