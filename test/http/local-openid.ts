import { createServer, type ServerResponse, type Server } from 'node:http';
import { createHmac, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** How the metadata and key endpoints answer: normally, with HTTP 500, or not at all (the request hangs). */
export type OpenIdEndpointMode = 'ok' | 'fail' | 'hang';

/** A token to forge: every field defaults to what a real channel token for this issuer would carry. */
export interface TokenSpec {
  readonly audience?: string;
  readonly serviceUrl?: string;
  readonly expiresInSeconds?: number;
  /** Seconds from now when the token becomes valid (default: a minute ago). */
  readonly notBeforeInSeconds?: number;
  readonly issuer?: string;
  readonly kid?: string | null;
  readonly alg?: string;
  /** Claims added to (or, with `undefined`, removed from) the payload. */
  readonly claims?: Record<string, unknown>;
  /** Sign with this RSA key instead of the published one. */
  readonly key?: KeyObject;
  /** Sign with HMAC using this secret (an HS256 token). */
  readonly hmacSecret?: string | Buffer;
  /** No signature at all: `header.payload.` (use with `alg: 'none'`), or `header.payload` with `parts: 2`. */
  readonly unsigned?: boolean;
  readonly parts?: 2 | 3;
}

/**
 * A local OpenID metadata endpoint with a key we generate, so the bot's real JWT validation can be
 * exercised with valid and forged Bot Framework tokens without reaching Microsoft. It counts the
 * requests it gets and can be told to fail or hang, as Microsoft's endpoints would look from a
 * box without internet.
 */
export class LocalOpenId {
  readonly issuer: string;
  readonly kid: string;
  readonly #privateKey: KeyObject;
  readonly #publicKey: KeyObject;
  readonly #jwk: Record<string, unknown>;
  #server: Server | undefined;
  #mode: OpenIdEndpointMode = 'ok';
  #delayMs = 0;
  readonly #hung = new Set<ServerResponse>();
  /** Requests received, by endpoint. */
  readonly requests = { metadata: 0, keys: 0 };
  metadataUrl = '';

  constructor(options: { issuer?: string; kid?: string; endorsements?: string[] } = {}) {
    this.issuer = options.issuer ?? 'https://api.botframework.com';
    this.kid = options.kid ?? 'test-key';
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.#privateKey = privateKey;
    this.#publicKey = publicKey;
    this.#jwk = { ...(publicKey.export({ format: 'jwk' }) as Record<string, unknown>), kid: this.kid, use: 'sig', alg: 'RS256', endorsements: options.endorsements ?? ['msteams'] };
  }

  /** The published key as PEM text (what an alg-confusion attacker would use as an HMAC secret). */
  get publicKeyPem(): string {
    return this.#publicKey.export({ format: 'pem', type: 'spki' }).toString();
  }

  /** The published key set (the JWKS document). */
  get jwks(): { keys: Array<Record<string, unknown>> } {
    return { keys: [this.#jwk] };
  }

  /** Total requests to the metadata and key endpoints. */
  get fetches(): number {
    return this.requests.metadata + this.requests.keys;
  }

  /** From now on, both endpoints answer this way (after `delayMs`, for 'ok' and 'fail'). */
  answer(mode: OpenIdEndpointMode, options: { delayMs?: number } = {}): void {
    this.#mode = mode;
    this.#delayMs = options.delayMs ?? 0;
    if (mode !== 'hang') this.#releaseHung();
  }

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      const base = `http://127.0.0.1:${(this.#server!.address() as { port: number }).port}`;
      const isMetadata = req.url === '/v1/.well-known/openidconfiguration';
      const isKeys = req.url === '/keys';
      if (isMetadata) this.requests.metadata += 1;
      if (isKeys) this.requests.keys += 1;
      const reply = () => {
        res.setHeader('content-type', 'application/json');
        if ((isMetadata || isKeys) && this.#mode === 'fail') {
          res.statusCode = 500;
          res.end('{"error":"scripted failure"}');
        } else if (isMetadata) {
          res.end(JSON.stringify({ issuer: this.issuer, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
        } else if (isKeys) {
          res.end(JSON.stringify({ keys: [this.#jwk] }));
        } else {
          res.statusCode = 404;
          res.end('{}');
        }
      };
      if ((isMetadata || isKeys) && this.#mode === 'hang') {
        this.#hung.add(res);
        res.on('close', () => this.#hung.delete(res));
        return;
      }
      if (this.#delayMs > 0) setTimeout(reply, this.#delayMs);
      else reply();
    });
    await new Promise<void>((done) => this.#server!.listen(0, '127.0.0.1', done));
    this.metadataUrl = `http://127.0.0.1:${(this.#server.address() as { port: number }).port}/v1/.well-known/openidconfiguration`;
  }

  /** A token as the Bot Framework channel would issue it for this bot and service URL. */
  token(claims: { audience: string; serviceUrl: string; expiresInSeconds?: number; issuer?: string }, key: KeyObject = this.#privateKey): string {
    return this.forge({ ...claims, key });
  }

  /** Any token, valid or forged: see `TokenSpec`. */
  forge(spec: TokenSpec): string {
    const now = Math.floor(Date.now() / 1000);
    const alg = spec.alg ?? (spec.hmacSecret !== undefined ? 'HS256' : 'RS256');
    const header: Record<string, unknown> = { alg, typ: 'JWT' };
    const kid = spec.kid === undefined ? this.kid : spec.kid;
    if (kid !== null) header.kid = kid;
    const payload: Record<string, unknown> = {
      iss: spec.issuer ?? this.issuer,
      aud: spec.audience,
      serviceurl: spec.serviceUrl,
      nbf: now + (spec.notBeforeInSeconds ?? -60),
      iat: now - 60,
      exp: now + (spec.expiresInSeconds ?? 3600),
    };
    for (const [name, value] of Object.entries(spec.claims ?? {})) {
      if (value === undefined) delete payload[name];
      else payload[name] = value;
    }
    const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const signingInput = `${encode(header)}.${encode(payload)}`;
    if (spec.unsigned) return spec.parts === 2 ? signingInput : `${signingInput}.`;
    const signature =
      spec.hmacSecret !== undefined
        ? createHmac('sha256', spec.hmacSecret).update(signingInput).digest('base64url')
        : createSign(rsaHash(alg))
            .update(signingInput)
            .sign(spec.key ?? this.#privateKey)
            .toString('base64url');
    return `${signingInput}.${signature}`;
  }

  #releaseHung(): void {
    for (const res of this.#hung) res.destroy();
    this.#hung.clear();
  }

  async stop(): Promise<void> {
    this.#releaseHung();
    this.#server?.closeAllConnections();
    await new Promise<void>((done) => this.#server?.close(() => done()) ?? done());
  }
}

function rsaHash(alg: string): string {
  if (alg === 'RS384') return 'RSA-SHA384';
  if (alg === 'RS512') return 'RSA-SHA512';
  return 'RSA-SHA256';
}
