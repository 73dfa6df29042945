import { createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import { StatusCodes, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import {
  AseChannelValidation,
  AuthenticationConstants,
  AuthenticationError,
  BetweenBotAndAseChannelTokenValidationParameters,
  BotFrameworkAuthentication,
  EndorsementsValidator,
  GovernmentConstants,
  ToBotFromBotOrEmulatorTokenValidationParameters,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';

/**
 * A guard in front of botframework-connector's JWT validation. The library fetches the OpenID
 * metadata and signing keys per request whenever it has none (or an unknown `kid` and an old set),
 * with no timeout, no single flight and no memory of a failed fetch: a flood of forged tokens with
 * random `kid`s, or any flood while Microsoft's endpoints are unreachable, makes every refusal wait
 * on the network. The guard refuses at once, with cheap checks on the token and its own bounded
 * cache of signing keys, whatever the library would refuse anyway; only a token signed by a
 * published key reaches the library, which then does the whole validation again as before.
 *
 * The guard never refuses what the library would accept, with three deliberate exceptions, none of
 * which a real Bot Framework or Entra token has: an `alg` other than RS256 (the library also allows
 * RS384/RS512), a missing `kid`, a missing `exp`. Skill tokens are refused because the library
 * refuses them too without a claims validator, and Baton configures none. As in the library, a
 * channel token must name the bot in `aud` (the guard also lets `api://<appId>` through, which the
 * library then refuses), an Emulator or ASE token in `appid`/`azp`, whatever its `aud`.
 */

/** How long and how often the guard may wait on the OpenID endpoints. */
export interface TokenGuardBounds {
  /** Metadata and key set together must answer within this, or the fetch counts as failed. */
  readonly fetchTimeoutMs: number;
  /** After a failed fetch, none is tried for this long (a token with an unknown kid is refused at once). */
  readonly failureBackoffMs: number;
  /** With a key set in hand, a token with an unknown kid triggers a refresh at most this often. */
  readonly unknownKeyRefreshMs: number;
  /** A key set older than this is refreshed in the background (its keys are used meanwhile). */
  readonly refreshIntervalMs: number;
  /** Keys kept per metadata URL (the first ones the key set lists). */
  readonly maxKeysPerUrl: number;
  /** Largest metadata or key set document read. */
  readonly maxDocumentBytes: number;
}

export const DEFAULT_TOKEN_GUARD_BOUNDS: TokenGuardBounds = {
  fetchTimeoutMs: 3_000,
  failureBackoffMs: 30_000,
  unknownKeyRefreshMs: 5 * 60_000,
  refreshIntervalMs: 60 * 60_000,
  maxKeysPerUrl: 100,
  maxDocumentBytes: 1024 * 1024,
};

/** Only RS256: what the Bot Framework and Entra ID sign with. */
const ALLOWED_ALGORITHMS: ReadonlySet<string> = new Set(['RS256']);
/** jsonwebtoken's clock tolerance as the library configures it, for every kind of token. */
const CLOCK_TOLERANCE_SECONDS = 5 * 60;
/** At most this many metadata URLs get a key cache (they come from configuration, not from requests). */
const MAX_KEY_SOURCES = 8;

/** Where the library looks for signing keys, and which issuer channel tokens must carry. */
export interface TokenGuardEndpoints {
  readonly channelOpenIdMetadataUrl: string | undefined;
  readonly channelTokenIssuer: string | undefined;
  readonly emulatorOpenIdMetadataUrl: string | undefined;
}

export type KeyFetch = (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

export interface TokenGuardOptions {
  readonly appId: string;
  readonly endpoints: TokenGuardEndpoints;
  /** Milliseconds since the epoch; the same clock the library's expiry checks use (the system's) by default. */
  readonly now?: () => number;
  readonly fetch?: KeyFetch;
  readonly bounds?: Partial<TokenGuardBounds>;
  /** Told about each failed key fetch (the guard itself only remembers it). */
  readonly onKeyFetchFailure?: (url: string, error: Error) => void;
}

/**
 * The endpoints the library resolves from the same options, as ConfigurationBotFrameworkAuthentication
 * and BotFrameworkAuthenticationFactory do: any explicit endpoint means all are taken as given (unset
 * ones stay unset); otherwise the public cloud's, or the US Government's for its ChannelService.
 */
export function tokenGuardEndpoints(options: Partial<ConfigurationBotFrameworkAuthenticationOptions>): TokenGuardEndpoints {
  const o = options as Record<string, unknown>;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const channelOpenIdMetadataUrl = text(o.ToBotFromChannelOpenIdMetadataUrl) ?? text(o[AuthenticationConstants.BotOpenIdMetadataKey]);
  const oAuthUrl = text(o.OAuthUrl) ?? text(o[AuthenticationConstants.OAuthUrlKey]);
  const parameterized = [
    text(o.ToChannelFromBotLoginUrl),
    text(o.ToChannelFromBotOAuthScope),
    text(o.ToBotFromChannelTokenIssuer),
    oAuthUrl,
    channelOpenIdMetadataUrl,
    text(o.ToBotFromEmulatorOpenIdMetadataUrl),
    text(o.CallerId),
  ].some((value) => value !== undefined && value !== '');
  if (parameterized) {
    return { channelOpenIdMetadataUrl, channelTokenIssuer: text(o.ToBotFromChannelTokenIssuer), emulatorOpenIdMetadataUrl: text(o.ToBotFromEmulatorOpenIdMetadataUrl) };
  }
  const channelService = text(o[AuthenticationConstants.ChannelService]);
  if (channelService === GovernmentConstants.ChannelService) {
    return {
      channelOpenIdMetadataUrl: GovernmentConstants.ToBotFromChannelOpenIdMetadataUrl,
      channelTokenIssuer: GovernmentConstants.ToBotFromChannelTokenIssuer,
      emulatorOpenIdMetadataUrl: GovernmentConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    };
  }
  // An unknown ChannelService makes the library's constructor throw before the guard is built.
  return {
    channelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    channelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    emulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
  };
}

/** A refusal as the library words and types its own, so the HTTP edge answers 401. */
function refuse(reason: string): never {
  throw new AuthenticationError(`Unauthorized. ${reason}`, StatusCodes.UNAUTHORIZED);
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

type Json = Record<string, unknown>;

function parseJsonObject(part: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** The Emulator's issuers, as EmulatorValidation.isTokenFromEmulator decides, without its side effect on the shared list. */
function isEmulatorIssuer(payload: Json): boolean {
  const issuer = payload.iss;
  if (!issuer) return false;
  const listed = ToBotFromBotOrEmulatorTokenValidationParameters.issuer;
  if (!Array.isArray(listed)) return listed === issuer;
  if (listed.includes(issuer as string)) return true;
  // The library adds the four issuers of the token's own tenant (`tid`) to its list unless a listed
  // issuer already contains that tenant: single-tenant bots through the Emulator.
  const tenant: unknown = payload.tid ?? '';
  // `==` as in the library: 0, false, [] count as no tenant there too.
  if (tenant == '' || listed.some((known) => known.includes(String(tenant)))) return false;
  const t = String(tenant);
  return [
    `${AuthenticationConstants.ValidTokenIssuerUrlTemplateV1}${t}/`,
    `${AuthenticationConstants.ValidTokenIssuerUrlTemplateV2}${t}/v2.0`,
    `${AuthenticationConstants.ValidGovernmentTokenIssuerUrlTemplateV1}${t}/`,
    `${AuthenticationConstants.ValidGovernmentTokenIssuerUrlTemplateV2}${t}/v2.0`,
  ].includes(issuer as string);
}

/**
 * SkillValidation.isSkillClaim read straight off the payload: the library's own builds its claim
 * map with one copy per claim (quadratic in the number of claims a forger may put in a token).
 */
function isSkillPayload(payload: Json): boolean {
  if (payload.appid === AuthenticationConstants.AnonymousSkillAppId) return true;
  const version = payload.ver;
  if (!version) return false;
  const audience = payload.aud;
  if (!Object.hasOwn(payload, 'aud') || audience === AuthenticationConstants.ToBotFromChannelTokenIssuer || audience === GovernmentConstants.ToBotFromChannelTokenIssuer)
    return false;
  const appId = version === '1.0' ? payload.appid : version === '2.0' ? payload.azp : undefined;
  if (!appId) return false;
  return appId !== audience;
}

/** Emulator and ASE tokens name the bot in `appid` (version 1.0 or none) or `azp` (2.0), not in `aud`. */
function appIdOfBotToken(payload: Json): unknown {
  const version = payload.ver;
  if (version === undefined || version === null) refuse('"ver" claim is required.');
  if (!version || version === '1.0') return payload.appid;
  if (version === '2.0') return payload.azp;
  return refuse(`Unknown token version.`);
}

/**
 * The cheap checks and the signing-key check. `check` resolves for a token the library may accept,
 * and throws the library's kind of AuthenticationError for any other.
 */
export class TokenGuard {
  readonly #appId: string;
  readonly #endpoints: TokenGuardEndpoints;
  readonly #now: () => number;
  readonly #fetch: KeyFetch;
  readonly #bounds: TokenGuardBounds;
  readonly #onFailure: ((url: string, error: Error) => void) | undefined;
  readonly #sources = new Map<string, SigningKeys>();

  constructor(options: TokenGuardOptions) {
    this.#appId = options.appId;
    this.#endpoints = options.endpoints;
    this.#now = options.now ?? Date.now;
    this.#fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.#bounds = { ...DEFAULT_TOKEN_GUARD_BOUNDS, ...options.bounds };
    this.#onFailure = options.onKeyFetchFailure;
  }

  /**
   * @param authHeader the raw Authorization header
   * @param channelId the activity's channel (what the key's endorsements are checked against)
   * @param serviceUrl the activity's service URL; when set, a channel token's `serviceurl` must equal it
   */
  async check(authHeader: string, channelId: string | undefined, serviceUrl: string | null | undefined): Promise<void> {
    const match = BEARER.exec(authHeader ?? '');
    if (!match) refuse('Expected "Bearer" and a signed JWT.');
    const [, headerPart, payloadPart, signaturePart] = match as unknown as [string, string, string, string];
    const header = parseJsonObject(headerPart);
    if (!header) refuse('The token header is not JSON.');
    if (typeof header.alg !== 'string' || !ALLOWED_ALGORITHMS.has(header.alg)) refuse('Token signing algorithm not allowed.');
    const kid = header.kid;
    if (typeof kid !== 'string' || kid === '') refuse('The token names no signing key.');
    const payload = parseJsonObject(payloadPart);
    if (!payload) refuse('The token payload is not JSON.');

    // Times as jsonwebtoken checks them, with the library's tolerance.
    const nowSeconds = Math.floor(this.#now() / 1000);
    if (typeof payload.exp !== 'number') refuse('The token has no expiry.');
    if (nowSeconds >= payload.exp + CLOCK_TOLERANCE_SECONDS) refuse('The token has expired.');
    if (payload.nbf !== undefined && (typeof payload.nbf !== 'number' || payload.nbf > nowSeconds + CLOCK_TOLERANCE_SECONDS)) refuse('The token is not valid yet.');

    // Which of the library's validations the token would go through, in the library's order.
    let metadataUrl: string | undefined;
    if (channelId === 'AseChannel') {
      const issuers = BetweenBotAndAseChannelTokenValidationParameters.issuer;
      if (!(Array.isArray(issuers) ? issuers.includes(payload.iss as string) : issuers === payload.iss)) refuse('Issuer not allowed.');
      if (appIdOfBotToken(payload) !== this.#appId) refuse('Invalid AppId passed on token.');
      metadataUrl = AseChannelValidation.MetadataUrl;
    } else if (isSkillPayload(payload)) {
      // The library refuses skill claims unless a claims validator is configured; Baton configures none.
      refuse('Skill claims require validation.');
    } else if (isEmulatorIssuer(payload)) {
      if (appIdOfBotToken(payload) !== this.#appId) refuse('Invalid AppId passed on token.');
      metadataUrl = this.#endpoints.emulatorOpenIdMetadataUrl;
    } else {
      const issuer = this.#endpoints.channelTokenIssuer;
      if (!issuer || payload.iss !== issuer) refuse('Issuer not allowed.');
      if (payload.aud !== this.#appId && payload.aud !== `api://${this.#appId}`) refuse('Invalid AppId passed on token.');
      if (serviceUrl && payload.serviceurl !== serviceUrl) refuse('ServiceUrl claim do not match.');
      metadataUrl = this.#endpoints.channelOpenIdMetadataUrl;
    }
    if (!metadataUrl) refuse('No signing keys are configured for this kind of token.');

    const key = await this.#source(metadataUrl).find(kid);
    if (!key) refuse('Signing Key could not be retrieved.');
    if (Array.isArray(key.endorsements) && key.endorsements.length > 0) {
      let endorsed = false;
      try {
        endorsed = EndorsementsValidator.validate(channelId as string, key.endorsements as string[]);
      } catch {
        endorsed = false;
      }
      if (!endorsed) refuse('Could not validate endorsement for key.');
    }
    let signed = false;
    try {
      signed = verifySignature('sha256', Buffer.from(`${headerPart}.${payloadPart}`), key.key, Buffer.from(signaturePart, 'base64url'));
    } catch {
      signed = false;
    }
    if (!signed) refuse('Invalid signature.');
  }

  #source(url: string): SigningKeys {
    let source = this.#sources.get(url);
    if (!source) {
      if (this.#sources.size >= MAX_KEY_SOURCES) this.#sources.delete(this.#sources.keys().next().value!);
      source = new SigningKeys(url, this.#fetch, this.#now, this.#bounds, this.#onFailure);
      this.#sources.set(url, source);
    }
    return source;
  }
}

interface SigningKey {
  readonly key: KeyObject;
  readonly endorsements: unknown;
}

/**
 * The signing keys published behind one OpenID metadata URL: fetched one at a time (everyone who
 * needs them waits for the one fetch), within a timeout, a failure remembered for a while, and a
 * refresh for an unknown kid at most so often.
 */
class SigningKeys {
  readonly url: string;
  readonly #fetch: KeyFetch;
  readonly #now: () => number;
  readonly #bounds: TokenGuardBounds;
  readonly #onFailure: ((url: string, error: Error) => void) | undefined;
  #keys: ReadonlyMap<string, SigningKey> | undefined;
  #fetchedAt = Number.NEGATIVE_INFINITY;
  #attemptedAt = Number.NEGATIVE_INFINITY;
  #failedAt = Number.NEGATIVE_INFINITY;
  #inFlight: Promise<void> | undefined;

  constructor(url: string, fetchImpl: KeyFetch, now: () => number, bounds: TokenGuardBounds, onFailure: ((url: string, error: Error) => void) | undefined) {
    this.url = url;
    this.#fetch = fetchImpl;
    this.#now = now;
    this.#bounds = bounds;
    this.#onFailure = onFailure;
  }

  async find(kid: string): Promise<SigningKey | undefined> {
    const now = this.#now();
    const known = this.#keys?.get(kid);
    if (known) {
      if (now - this.#fetchedAt >= this.#bounds.refreshIntervalMs && !this.#inFlight && now - this.#failedAt >= this.#bounds.failureBackoffMs) void this.#refresh();
      return known;
    }
    if (!this.#inFlight) {
      if (now - this.#failedAt < this.#bounds.failureBackoffMs) return undefined;
      if (this.#keys && now - this.#attemptedAt < this.#bounds.unknownKeyRefreshMs) return undefined;
    }
    await this.#refresh();
    return this.#keys?.get(kid);
  }

  /** The one fetch in flight, or a new one; never rejects (a failure is remembered instead). */
  #refresh(): Promise<void> {
    this.#inFlight ??= this.#load().finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  async #load(): Promise<void> {
    this.#attemptedAt = this.#now();
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => {
        controller.abort();
        fail(new Error(`no answer within ${this.#bounds.fetchTimeoutMs} ms`));
      }, this.#bounds.fetchTimeoutMs);
      timer.unref();
    });
    try {
      this.#keys = await Promise.race([this.#fetchKeys(controller.signal), timeout]);
      this.#fetchedAt = this.#now();
    } catch (err) {
      this.#failedAt = this.#now();
      this.#onFailure?.(this.url, err instanceof Error ? err : new Error(String(err)));
    } finally {
      clearTimeout(timer);
    }
  }

  async #fetchKeys(signal: AbortSignal): Promise<ReadonlyMap<string, SigningKey>> {
    const metadata = await this.#getJson(this.url, signal);
    const jwksUri = metadata.jwks_uri;
    if (typeof jwksUri !== 'string' || jwksUri === '') throw new Error('the OpenID metadata names no jwks_uri');
    const jwks = await this.#getJson(jwksUri, signal);
    if (!Array.isArray(jwks.keys)) throw new Error('the key set has no keys');
    const keys = new Map<string, SigningKey>();
    const seen = new Set<string>();
    for (const jwk of jwks.keys as unknown[]) {
      if (keys.size >= this.#bounds.maxKeysPerUrl) break;
      if (typeof jwk !== 'object' || jwk === null) continue;
      const { kid, n, e, endorsements } = jwk as Json;
      // As the library looks keys up: the first entry with the kid counts, and only if it is RSA.
      if (typeof kid !== 'string' || seen.has(kid)) continue;
      seen.add(kid);
      if (typeof n !== 'string' || typeof e !== 'string' || n === '' || e === '') continue;
      try {
        keys.set(kid, { key: createPublicKey({ key: { kty: 'RSA', n, e }, format: 'jwk' }), endorsements });
      } catch {
        // Not a usable RSA key: tokens naming it are refused, as the library would.
      }
    }
    if (keys.size === 0) throw new Error('the key set has no usable RSA keys');
    return keys;
  }

  async #getJson(url: string, signal: AbortSignal): Promise<Json> {
    const res = await this.#fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new Error(`${url} answered ${res.status}`);
    }
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > this.#bounds.maxDocumentBytes) throw new Error(`${url} is too large`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > this.#bounds.maxDocumentBytes) {
        await reader.cancel().catch(() => undefined);
        throw new Error(`${url} is too large`);
      }
      chunks.push(value);
    }
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${url} is not a JSON object`);
    return value as Json;
  }
}

/**
 * The library's BotFrameworkAuthentication with the guard in front of each inbound validation;
 * everything else (outbound credentials, connector factories) is the library's own.
 */
export class GuardedBotFrameworkAuthentication extends BotFrameworkAuthentication {
  readonly #inner: BotFrameworkAuthentication;
  readonly #guard: TokenGuard;

  constructor(inner: BotFrameworkAuthentication, guard: TokenGuard) {
    super();
    this.#inner = inner;
    this.#guard = guard;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    await this.#guard.check(authHeader, activity.channelId, activity.serviceUrl);
    return this.#inner.authenticateRequest(activity, authHeader);
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    await this.#guard.check(authHeader, channelIdHeader, undefined);
    return this.#inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  override async authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    await this.#guard.check(authHeader, 'unknown', undefined);
    return this.#inner.authenticateChannelRequest(authHeader);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.#inner.createConnectorFactory(claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.#inner.createUserTokenClient(claimsIdentity);
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.#inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.#inner.getOriginatingAudience();
  }
}
