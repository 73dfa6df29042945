#!/usr/bin/env node
import { createServices, type Services } from '../app/services.ts';
import { systemClock } from '../app/clock.ts';
import { ConfigError, loadConfig } from '../config/config.ts';
import { loadEnvFile } from '../config/env-file.ts';
import { AzuriteConflictError } from '../storage/embedded-azurite.ts';
import { openStorage, type OpenStorage } from '../storage/open-storage.ts';
import { installBuiltInWordVectors } from '../storage/word-vector-file.ts';
import { err, UsageError } from './cli-io.ts';
import { engagementCommand } from './engagement-command.ts';
import { matrixCommand } from './matrix-command.ts';
import { whoOwnsCommand } from './who-owns-command.ts';
import { alertsCommand } from './alerts-command.ts';
import { auditCommand } from './audit-command.ts';
import { ritualsCommand } from './rituals-command.ts';

const USAGE = `baton: the admin's tool for Baton

  who-owns --matrix FILE [--json] "question"          answer one question from a matrix file
  who-owns --matrix FILE --questions FILE.jsonl --json  one answer per line ({"q": …} per input line)
  matrix validate FILE                                 check a CSV or Markdown matrix
  matrix convert FILE --to csv|md                      convert a matrix (to stdout)
  engagement list [--json]                             engagements in storage
  engagement setup ID --internal NAME --msp NAME --tz ZONE --template default|FILE
        [--hours 08:00-17:00] [--days 1,2,3,4,5] [--holidays US-FL]
        [--msp-tz ZONE] [--msp-hours 07:00-19:00] [--msp-holidays GB] [--json]
  alerts credentials ID [--json]                       alert URL, bearer token, HMAC secret, PagerDuty routing key
  alerts rotate ID [--grace-hours 24] [--json]         new credentials; the old stay valid for the grace period
  alerts rules ID [--json]                             routing rules (source/category/labels → matrix function)
  alerts rule add ID --function TEXT [--source S] [--category C] [--label k=v]...
  alerts rule remove ID N
  alerts timers ID [--critical 10] [--error 30] [--warning 240] [--info none] [--cap 3]
  audit export --engagement ID --from DATE --to DATE   handoff audit trail as CSV
  audit verify --engagement ID [--json]                check the audit trail's hash chains (exit 1 when broken)
  rituals start ID standup|review                      start the weekly standup or the quarterly review now
  rituals status ID [--json]                           schedule, next occurrences, latest standup and review

Storage: the same as the service (AZURE_STORAGE_CONNECTION_STRING, or the embedded Azurite under BATON_DATA_DIR).`;

/** Storage is opened only for commands that need it. */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  let storage: OpenStorage | undefined;
  const services = async (): Promise<Services> => {
    const config = loadConfig(process.env);
    storage = await openStorage(config, (msg) => err(msg));
    await installBuiltInWordVectors({ info: () => undefined, warn: (msg) => err(msg) });
    return createServices(storage.tables, systemClock, config.defaultTimeZone, { reviewGraceDays: config.reviewGraceDays });
  };
  // `baton <command> --help` is a request for the usage, not an unknown option.
  if (rest.includes('--help') || rest.includes('-h')) {
    err(USAGE);
    return;
  }
  try {
    switch (command) {
      case 'who-owns':
        return await whoOwnsCommand(rest);
      case 'matrix':
        return matrixCommand(rest);
      case 'engagement':
        return await engagementCommand(rest, services);
      case 'alerts':
        return await alertsCommand(rest, services);
      case 'audit':
        return await auditCommand(rest, services);
      case 'rituals':
        return await ritualsCommand(rest, services);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        err(USAGE);
        return;
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } finally {
    await storage?.close();
  }
}

loadEnvFile();
try {
  await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError || e instanceof ConfigError) {
    err(e.message);
    process.exitCode = 2;
  } else if (typeof (e as { code?: unknown }).code === 'string' && (e as { code: string }).code.startsWith('ERR_PARSE_ARGS_')) {
    // A mistyped option: say which, and where the options are listed; no stack.
    err(`baton: ${(e as Error).message.split('. To specify a positional')[0]}.\nRun "baton help" for the commands and their options.`);
    process.exitCode = 2;
  } else if (e instanceof AzuriteConflictError) {
    // Which store holds the port and what to change: no stack, nothing read from that store.
    err(`baton: ${e.message}`);
    process.exitCode = 1;
  } else {
    err(`baton: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  }
}
