import { createServer, type Server } from 'node:http';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';

/**
 * A local OpenID metadata endpoint with a key we generate, so the bot's real JWT validation can be
 * exercised with valid and forged Bot Framework tokens without reaching Microsoft.
 */
export class LocalOpenId {
  readonly issuer = 'https://api.botframework.com';
  readonly #privateKey: KeyObject;
  readonly #jwk: Record<string, unknown>;
  #server: Server | undefined;
  metadataUrl = '';

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.#privateKey = privateKey;
    this.#jwk = { ...(publicKey.export({ format: 'jwk' }) as Record<string, unknown>), kid: 'test-key', use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
  }

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      const base = `http://127.0.0.1:${(this.#server!.address() as { port: number }).port}`;
      res.setHeader('content-type', 'application/json');
      if (req.url === '/v1/.well-known/openidconfiguration') {
        res.end(JSON.stringify({ issuer: this.issuer, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      } else if (req.url === '/keys') {
        res.end(JSON.stringify({ keys: [this.#jwk] }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((done) => this.#server!.listen(0, '127.0.0.1', done));
    this.metadataUrl = `http://127.0.0.1:${(this.#server.address() as { port: number }).port}/v1/.well-known/openidconfiguration`;
  }

  /** A token as the Bot Framework channel would issue it for this bot and service URL. */
  token(claims: { audience: string; serviceUrl: string; expiresInSeconds?: number; issuer?: string }, key: KeyObject = this.#privateKey): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: 'test-key' };
    const payload = { iss: claims.issuer ?? this.issuer, aud: claims.audience, serviceurl: claims.serviceUrl, nbf: now - 60, iat: now - 60, exp: now + (claims.expiresInSeconds ?? 3600) };
    const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const signingInput = `${encode(header)}.${encode(payload)}`;
    const signature = createSign('RSA-SHA256').update(signingInput).sign(key).toString('base64url');
    return `${signingInput}.${signature}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => this.#server?.close(() => done()) ?? done());
  }
}
