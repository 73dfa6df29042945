import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import type { BatonConfig } from '../config/config.ts';
import type { Logger } from '../config/logger.ts';
import { GuardedBotFrameworkAuthentication, TokenGuard, tokenGuardEndpoints, type TokenGuardOptions } from './token-guard.ts';

/**
 * Bot Framework authentication. With a MicrosoftAppId configured, every inbound request must carry
 * a valid Bot Framework JWT; without one, authentication is off (local development with the Teams
 * emulator). `overrides` lets tests point token validation at a local OpenID metadata endpoint.
 *
 * With authentication on, a TokenGuard (token-guard.ts) refuses at once any token the library would
 * refuse on cheap grounds or for want of a published signing key, so a flood of forged tokens never
 * waits on Microsoft's key endpoints; `guard` injects its clock, fetch and bounds (tests).
 */
export function createBotFrameworkAuthentication(
  config: BatonConfig,
  overrides: Partial<ConfigurationBotFrameworkAuthenticationOptions> = {},
  guard: Omit<TokenGuardOptions, 'appId' | 'endpoints'> = {},
): BotFrameworkAuthentication {
  const settings = {
    MicrosoftAppId: config.auth.appId ?? '',
    MicrosoftAppPassword: config.auth.appPassword ?? '',
    // Without an app id (authentication off) the type must not demand a tenant registration.
    MicrosoftAppType: config.auth.appId ? config.auth.appType : 'MultiTenant',
    MicrosoftAppTenantId: config.auth.tenantId ?? '',
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const options = { MicrosoftAppId: settings.MicrosoftAppId, MicrosoftAppTenantId: settings.MicrosoftAppTenantId, ...overrides };
  const library = new ConfigurationBotFrameworkAuthentication(options, credentials);
  if (!settings.MicrosoftAppId) return library;
  return new GuardedBotFrameworkAuthentication(library, new TokenGuard({ ...guard, appId: settings.MicrosoftAppId, endpoints: tokenGuardEndpoints(options) }));
}

/** CloudAdapter that runs a turn for a request the HTTP edge has already authenticated. */
export class BatonAdapter extends CloudAdapter {
  runAuthenticated(authentication: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, activity, logic);
  }
}

/** The Bot Framework adapter; a failed turn is logged and the user told, without details. */
export function createCloudAdapter(auth: BotFrameworkAuthentication, logger: Logger): BatonAdapter {
  const adapter = new BatonAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, activityType: context.activity.type, conversation: context.activity.conversation?.id }, 'turn failed');
    if (context.activity.type === 'message') {
      try {
        await context.sendActivity('Sorry, something went wrong on my side. Please try again in a moment.');
      } catch (sendError) {
        logger.warn({ err: sendError }, 'could not tell the user about the failed turn');
      }
    }
  };
  return adapter;
}
