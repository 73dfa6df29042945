import { parseArgs } from 'node:util';
import { exportMatrix } from '../domain/matrix/matrix-export.ts';
import { err, out, UsageError } from './cli-io.ts';
import { readMatrixFile } from './matrix-file.ts';

/** `matrix validate FILE` and `matrix convert FILE --to csv|md`. */
export function matrixCommand(argv: string[]): void {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({ args: rest, options: { to: { type: 'string' }, json: { type: 'boolean', default: false } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) throw new UsageError(`matrix ${sub ?? ''} needs a FILE`);
  if (sub === 'validate') {
    const matrix = readMatrixFile(file);
    if (values.json) out(JSON.stringify({ ok: true, rows: matrix.rows.length }));
    else out(`${file}: valid, ${matrix.rows.length} rows`);
    return;
  }
  if (sub === 'convert') {
    if (values.to !== 'csv' && values.to !== 'md') throw new UsageError('matrix convert needs --to csv or --to md');
    const matrix = readMatrixFile(file);
    process.stdout.write(exportMatrix(matrix, values.to));
    err(`${matrix.rows.length} rows converted to ${values.to}`);
    return;
  }
  throw new UsageError('matrix commands: validate FILE | convert FILE --to csv|md');
}
