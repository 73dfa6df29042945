import { startBaton } from './composition.ts';
import { ConfigError, loadConfig } from './config/config.ts';
import { loadEnvFile } from './config/env-file.ts';
import { createLogger } from './config/logger.ts';
import { AzuriteConflictError, startEmbeddedAzurite, type EmbeddedAzurite } from './storage/embedded-azurite.ts';

/** A stop that takes longer than this is abandoned (the embedded Azurite then stops by itself: its channel closes). */
const STOP_DEADLINE_MS = 30_000;

/**
 * `npm start`: run the bot until SIGINT/SIGTERM.
 *
 * With the embedded storage this process starts Azurite itself, before Baton (which then joins it), so
 * that it can stop the two in order: Baton first (no more requests, deliveries and write-behind work
 * drained, storage clients closed), then Azurite (a last save, then it exits). Azurite answers a write
 * only once it is on disk, so nothing acknowledged depends on this order; the order keeps Baton's
 * last writes of the drain from meeting a store that is already gone. Azurite also exits by itself
 * when this process dies without stopping it (its IPC channel to this process closes).
 */
loadEnvFile();
let azurite: EmbeddedAzurite | undefined;
try {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  if (config.storage.kind === 'embedded') {
    azurite = await startEmbeddedAzurite({ dataDir: config.storage.dataDir, port: config.storage.port, log: (msg) => logger.info(msg) });
  }
  const baton = await startBaton({ env: process.env, logger });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: shutting down`);
    setTimeout(() => {
      logger.error(`shutdown did not finish within ${STOP_DEADLINE_MS / 1000} s; exiting`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    let code = 0;
    try {
      await baton.stop();
    } catch (err) {
      logger.error({ err }, 'Baton did not stop cleanly');
      code = 1;
    }
    try {
      await azurite?.stop();
    } catch (err) {
      logger.error({ err }, 'the embedded Azurite did not stop cleanly');
      code = 1;
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (err) {
  await azurite?.stop().catch(() => {});
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
  } else if (err instanceof AzuriteConflictError) {
    process.stderr.write(`Baton could not start: ${err.message}\n`);
  } else {
    process.stderr.write(`Baton could not start: ${(err as Error).stack ?? String(err)}\n`);
  }
  process.exit(1);
}
