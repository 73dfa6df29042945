import type { TestProject } from 'vitest/node';
import { startInProcessAzurite } from './in-process-azurite.ts';

/**
 * One in-memory Azurite table service for the whole test run (real Azure Tables protocol through
 * @azure/data-tables). Tests isolate themselves with their own table prefix (see azurite.ts).
 */
declare module 'vitest' {
  export interface ProvidedContext {
    azuriteConnectionString: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const azurite = await startInProcessAzurite();
  project.provide('azuriteConnectionString', azurite.connectionString);
  return () => azurite.stop();
}
