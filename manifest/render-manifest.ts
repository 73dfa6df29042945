import type { TeamsManifestV1D30 } from '@microsoft/app-manifest';
import template from './manifest.template.json' with { type: 'json' };
import { MANIFEST_COMMANDS } from '../cards/baton-commands.ts';
import { readManifestSettings, type ManifestSettings } from './manifest-env.ts';

/**
 * Renders manifest.template.json into the Teams app manifest: fills the `${{NAME}}` tokens from the
 * environment (see manifest-env.ts), gives each bot scope its own command list (Teams shows one list
 * per scope), built from the chat commands' menu lines (cards/baton-commands.ts, the words of the
 * command registry; the template has none), and adds webApplicationInfo only when BATON_SSO_APP_ID is set.
 */

export { ManifestEnvError, type EnvIssue } from './manifest-env.ts';

export type TeamsManifest = TeamsManifestV1D30.TeamsManifestV1D30;

export interface RenderOptions {
  /** Receives warnings (e.g. the placeholder bot id). Default: printed to stderr. */
  readonly warn?: (message: string) => void;
}

/** Token values by name, as used in the template (`${{NAME}}`). */
function tokens(s: ManifestSettings): Record<string, string> {
  return {
    APP_VERSION: s.appVersion,
    TEAMS_APP_ID: s.teamsAppId,
    BOT_ID: s.botId,
    PUBLIC_HOSTNAME: s.publicHostname,
    WEBSITE_URL: s.websiteUrl,
  };
}

/** The Teams app manifest for `env`; throws ManifestEnvError naming each invalid variable. */
export function renderManifest(env: Record<string, string | undefined>, options: RenderOptions = {}): TeamsManifest {
  const settings = readManifestSettings(env);
  const warn = options.warn ?? ((message: string) => process.stderr.write(`warning: ${message}\n`));
  if (settings.botIdIsPlaceholder) {
    warn(
      `MicrosoftAppId is not set: the manifest uses the placeholder bot id ${settings.botId}, ` +
        "which works only in Microsoft's local Teams emulator. Set MicrosoftAppId to the Azure Bot's app id before uploading to Teams.",
    );
  }

  const values = tokens(settings);
  const manifest = fillTokens(template, values) as TeamsManifest;
  for (const bot of manifest.bots ?? []) {
    bot.commandLists = bot.scopes.map((scope) => ({ scopes: [scope], commands: MANIFEST_COMMANDS.map((c) => ({ title: c.title, description: c.description })) }));
  }
  if (settings.ssoAppId !== undefined) {
    manifest.webApplicationInfo = { id: settings.ssoAppId, resource: `api://botid-${settings.ssoAppId}` };
  }
  return manifest;
}

/** A deep copy of `node` with every `${{NAME}}` in its strings replaced; unknown tokens throw. */
function fillTokens(node: unknown, values: Record<string, string>): unknown {
  if (typeof node === 'string') {
    return node.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_match, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`manifest.template.json uses an unknown token \${{${name}}}`);
      return value;
    });
  }
  if (Array.isArray(node)) return node.map((item) => fillTokens(item, values));
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, fillTokens(item, values)]));
  }
  return node;
}
