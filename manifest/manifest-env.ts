import packageJson from '../package.json' with { type: 'json' };

/**
 * The environment variables that fill in the Teams app manifest, read and validated.
 * Every problem names its variable; all problems are reported at once (ManifestEnvError).
 *
 * - MicrosoftAppId: the Azure Bot's app id (bot id). Unset: a placeholder, fine only for the local emulator.
 * - BATON_TEAMS_APP_ID: the Teams app id (a GUID). Unset: a fixed default.
 * - BATON_PUBLIC_HOSTNAME: the bot's public host name, for validDomains and URLs. Unset: localhost.
 * - BATON_WEBSITE_URL: base URL of the developer website, privacy (/privacy) and terms (/terms) pages.
 *   Unset: https://<BATON_PUBLIC_HOSTNAME>.
 * - BATON_APP_VERSION: the app package version (x.y.z). Unset: package.json's version.
 * - BATON_SSO_APP_ID: Entra app id for webApplicationInfo (single sign-on). Unset: no webApplicationInfo.
 */

/** Bot id used when MicrosoftAppId is not set: well-formed, but registered nowhere. */
export const PLACEHOLDER_BOT_ID = '00000000-0000-4000-8000-00000000ba70';

/** Teams app id used when BATON_TEAMS_APP_ID is not set. */
export const DEFAULT_TEAMS_APP_ID = '6f1c2b7e-3a4d-4e5f-9b8a-0c1d2e3fba70';

export interface ManifestSettings {
  readonly teamsAppId: string;
  readonly botId: string;
  /** True when MicrosoftAppId was not set and botId is PLACEHOLDER_BOT_ID. */
  readonly botIdIsPlaceholder: boolean;
  readonly publicHostname: string;
  /** Without a trailing slash. */
  readonly websiteUrl: string;
  readonly appVersion: string;
  readonly ssoAppId: string | undefined;
}

export interface EnvIssue {
  readonly variable: string;
  readonly message: string;
}

/** One or more environment variables are invalid; `issues` names each. */
export class ManifestEnvError extends Error {
  readonly issues: readonly EnvIssue[];
  constructor(issues: readonly EnvIssue[]) {
    super(`Invalid Teams app manifest settings:\n${issues.map((i) => `  - ${i.variable} ${i.message}`).join('\n')}`);
    this.name = 'ManifestEnvError';
    this.issues = issues;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Teams accepts only numeric major.minor.patch app versions. */
const APP_VERSION = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

/** Reads and validates the manifest settings; throws ManifestEnvError naming every bad variable. */
export function readManifestSettings(env: Record<string, string | undefined>): ManifestSettings {
  const issues: EnvIssue[] = [];
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const guid = (name: string, fallback: string | undefined): string | undefined => {
    const v = value(name);
    if (v === undefined) return fallback;
    if (!GUID.test(v)) {
      issues.push({ variable: name, message: `must be a GUID (8-4-4-4-12 hex digits), got "${v}"` });
      return fallback;
    }
    return v.toLowerCase();
  };

  const appId = value('MicrosoftAppId');
  const botId = guid('MicrosoftAppId', PLACEHOLDER_BOT_ID) ?? PLACEHOLDER_BOT_ID;
  const teamsAppId = guid('BATON_TEAMS_APP_ID', DEFAULT_TEAMS_APP_ID) ?? DEFAULT_TEAMS_APP_ID;
  const ssoAppId = guid('BATON_SSO_APP_ID', undefined);

  const rawHost = value('BATON_PUBLIC_HOSTNAME') ?? 'localhost';
  const hostProblem = hostnameProblem(rawHost);
  if (hostProblem) issues.push({ variable: 'BATON_PUBLIC_HOSTNAME', message: hostProblem });
  const publicHostname = rawHost.toLowerCase();

  const rawWebsite = value('BATON_WEBSITE_URL') ?? `https://${publicHostname}`;
  const websiteProblem = value('BATON_WEBSITE_URL') === undefined ? undefined : websiteUrlProblem(rawWebsite);
  if (websiteProblem) issues.push({ variable: 'BATON_WEBSITE_URL', message: websiteProblem });
  const websiteUrl = rawWebsite.replace(/\/+$/, '');

  const appVersion = value('BATON_APP_VERSION') ?? packageJson.version;
  if (!APP_VERSION.test(appVersion)) {
    const variable = value('BATON_APP_VERSION') === undefined ? 'version in package.json' : 'BATON_APP_VERSION';
    issues.push({ variable, message: `must be a version of three numbers such as 1.0.0 (no pre-release suffix), got "${appVersion}"` });
  }

  if (issues.length > 0) throw new ManifestEnvError(issues);
  return {
    teamsAppId,
    botId,
    botIdIsPlaceholder: appId === undefined,
    publicHostname,
    websiteUrl,
    appVersion,
    ssoAppId,
  };
}

/** Why `host` is not a bare DNS host name, or undefined when it is one. */
function hostnameProblem(host: string): string | undefined {
  const hint = 'must be a bare host name such as baton.example.com (no scheme, port or path)';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return `${hint}: remove the scheme from "${host}"`;
  if (/[/:?#@\s]/.test(host)) return `${hint}, got "${host}"`;
  const lower = host.toLowerCase();
  if (lower.length > 253 || !lower.split('.').every((label) => HOST_LABEL.test(label))) {
    return `${hint}: letters, digits and hyphens in dot-separated labels, got "${host}"`;
  }
  return undefined;
}

/** Why `url` is not an absolute web URL usable in the manifest, or undefined when it is one. */
function websiteUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `must be an absolute URL such as https://baton.example.com, got "${url}"`;
  }
  const local = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
    return `must be an https:// URL, got "${url}"`;
  }
  if (parsed.search !== '' || parsed.hash !== '') return `must not have a query or fragment, got "${url}"`;
  return undefined;
}
