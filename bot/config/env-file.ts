import { existsSync } from 'node:fs';

/** Reads `.env` from the working directory into process.env when there is one (real variables win). */
export function loadEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
