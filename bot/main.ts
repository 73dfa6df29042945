import { startBaton } from './composition.ts';
import { ConfigError } from './config/config.ts';
import { loadEnvFile } from './config/env-file.ts';

/** `npm start`: run the bot until SIGINT/SIGTERM. */
loadEnvFile();
try {
  const baton = await startBaton({ env: process.env });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    baton.logger.info(`${signal}: shutting down`);
    await baton.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
  } else {
    process.stderr.write(`Baton could not start: ${(err as Error).stack ?? String(err)}\n`);
  }
  process.exit(1);
}
