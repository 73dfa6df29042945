/** stdout carries only results (JSON or the requested text); everything else goes to stderr. */
export function out(line: string): void {
  process.stdout.write(line.endsWith('\n') ? line : `${line}\n`);
}

export function err(line: string): void {
  process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
}

/** A usage or input error: printed to stderr, exit code 2. */
export class UsageError extends Error {}
