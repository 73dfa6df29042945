import { readFileSync } from 'node:fs';
import type { Matrix } from '../domain/matrix/matrix.ts';
import { parseMatrix } from '../domain/matrix/matrix-import.ts';
import { UsageError } from './cli-io.ts';

/** Reads a CSV or Markdown matrix file; throws a UsageError listing every problem by line. */
export function readMatrixFile(path: string): Matrix {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const format = /\.csv$/i.test(path) ? 'csv' : /\.(md|markdown)$/i.test(path) ? 'md' : undefined;
  const result = parseMatrix(text, format);
  if (!result.ok) throw new UsageError(`${path} is not a valid matrix:\n${result.errors.map((e) => `  line ${e.line}: ${e.message}`).join('\n')}`);
  return result.matrix;
}
