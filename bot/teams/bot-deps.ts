import type { Services } from '../app/services.ts';
import type { BatonConfig } from '../config/config.ts';
import type { Logger } from '../config/logger.ts';

/** What the Teams adapter's handlers need. */
export interface BotDeps {
  readonly services: Services;
  readonly config: BatonConfig;
  readonly logger: Logger;
}
