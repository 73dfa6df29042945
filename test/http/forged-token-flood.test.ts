import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { AseChannelValidation, AuthenticationError, SkillValidation, ToBotFromBotOrEmulatorTokenValidationParameters } from 'botframework-connector';
import { ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenGuard, tokenGuardEndpoints, type KeyFetch, type TokenGuardBounds } from '../../bot/teams/token-guard.ts';
import { cardAction, message, TENANT } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { LocalOpenId } from './local-openid.ts';

const APP_ID = '00000000-1111-2222-3333-444444444444';
/** An issuer the library takes as the Bot Framework Emulator's (its built-in list). */
const EMULATOR_ISSUER = 'https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0';
/** The bound this test holds refusals to, at the 99th percentile, measured by the client. */
const P99_BOUND_MS = 50;
const FLOOD_SIZE = 200;
/**
 * Requests in flight at a time in the timed floods. All 200 at once cannot be answered within 50 ms
 * on this 2-core box even when each is refused without any checking (no Authorization header, or
 * "Bearer abc" that the library drops at once): the HTTP stack, client and server in one process,
 * costs ~0.5–2 ms of CPU per request, so the last of 200 waits 60–900 ms in the queue (measured).
 * 5 at a time keeps that queueing at a few ms, so what the bound measures is whether a refusal
 * waits on the network. The bursts (all 200 at once) check the single fetch and the bounded wait.
 */
const IN_FLIGHT = 5;
/**
 * A timed flood in a steady state is run up to this many times, a moment apart, and one run within
 * the bound passes: the box is shared (other test files, other processes), and one stall of the
 * process puts every request then in flight over 50 ms. A refusal that waits on the network fails
 * every run.
 */
const TIMED_RUNS = 8;
/** A request the client gives up on (the refusal never came). */
const CLIENT_TIMEOUT_MS = 20_000;

const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

interface FloodResult {
  readonly latencies: number[];
  readonly statuses: Array<number | 'timeout'>;
}

/**
 * POSTs one activity per token, `inFlight` requests at a time (each next one sent as one is
 * answered), and times each request from send to full answer.
 */
async function flood(t: TestBaton, tokens: readonly string[], inFlight: number): Promise<FloodResult> {
  const body = JSON.stringify({ serviceUrl: t.connector.url, ...message('help') });
  const latencies: number[] = [];
  const statuses: Array<number | 'timeout'> = [];
  let next = 0;
  const sender = async () => {
    while (next < tokens.length) {
      const token = tokens[next++]!;
      const started = performance.now();
      try {
        const res = await fetch(`${t.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
          signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
        });
        await res.text();
        statuses.push(res.status);
      } catch {
        statuses.push('timeout');
      }
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, tokens.length) }, sender));
  return { latencies, statuses };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(what: string, result: FloodResult, fetches: number): string {
  const line = `${what}: p50 ${percentile(result.latencies, 50).toFixed(1)} ms, p99 ${percentile(result.latencies, 99).toFixed(1)} ms, max ${Math.max(...result.latencies).toFixed(1)} ms, OpenID requests ${fetches}`;
  if (process.env.FLOOD_REPORT) console.log(line);
  return line;
}

/** Forged tokens of every kind, in turn; unknown kids are random, and some claim an Emulator or single-tenant issuer. */
function forgedTokens(channel: LocalOpenId, serviceUrl: string, count: number): string[] {
  const kinds: Array<() => string> = [
    () => channel.forge({ audience: APP_ID, serviceUrl, kid: randomUUID(), key: otherKey }),
    () => channel.forge({ audience: APP_ID, issuer: EMULATOR_ISSUER, kid: randomUUID(), key: otherKey, claims: { ver: '2.0', azp: APP_ID, serviceurl: undefined } }),
    () => {
      const tid = randomUUID();
      return channel.forge({
        audience: APP_ID,
        issuer: `https://sts.windows.net/${tid}/`,
        kid: randomUUID(),
        key: otherKey,
        claims: { ver: '1.0', appid: APP_ID, tid, serviceurl: undefined },
      });
    },
    () => channel.forge({ audience: APP_ID, serviceUrl, key: otherKey }),
    () => channel.forge({ audience: APP_ID, serviceUrl, alg: 'none', unsigned: true }),
    () => channel.forge({ audience: APP_ID, serviceUrl, hmacSecret: channel.publicKeyPem }),
    () => channel.forge({ audience: APP_ID, serviceUrl, unsigned: true, parts: 2 }),
    () => channel.forge({ audience: APP_ID, serviceUrl, issuer: 'https://evil.example.com', kid: randomUUID() }),
    () => channel.forge({ audience: randomUUID(), serviceUrl, kid: randomUUID() }),
    () => channel.forge({ audience: APP_ID, serviceUrl, expiresInSeconds: -3600, kid: randomUUID() }),
    () => channel.forge({ audience: APP_ID, serviceUrl: 'https://evil.example.com/', kid: randomUUID() }),
    () => Buffer.from(randomUUID()).toString('base64url'),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!());
}

/** The OpenID requests a flood may cause: one metadata and one key-set request per endpoint. */
const MAX_FETCHES = 4;

/**
 * A timed flood in a steady state (nothing changes between runs): every token refused, and p99
 * within the bound in at least one of up to TIMED_RUNS runs, after a short warm-up.
 */
async function expectRefusedFast(t: TestBaton, make: () => string[], what: string, fetches: () => number): Promise<string> {
  await flood(t, make().slice(0, 40), IN_FLIGHT);
  const lines: string[] = [];
  for (let run = 1; run <= TIMED_RUNS; run++) {
    if (run > 1) await new Promise((done) => setTimeout(done, 250)); // a stall of the box may pass meanwhile
    const before = fetches();
    const result = await flood(t, make(), IN_FLIGHT);
    const line = summary(`${what}, ${IN_FLIGHT} in flight, run ${run}`, result, fetches() - before);
    lines.push(line);
    expect(
      result.statuses.filter((s) => s !== 401),
      line,
    ).toEqual([]);
    if (percentile(result.latencies, 99) < P99_BOUND_MS) return lines.join('\n');
  }
  return expect.fail(`p99 of refusals not under ${P99_BOUND_MS} ms in ${TIMED_RUNS} runs:\n${lines.join('\n')}`);
}

/** All at once: every token refused, and the OpenID endpoints asked at most once each. */
async function expectBurstRefused(t: TestBaton, tokens: string[], what: string, fetches: () => number, maxMs: number): Promise<void> {
  const before = fetches();
  const result = await flood(t, tokens, tokens.length);
  const line = summary(`${what}, all ${tokens.length} at once`, result, fetches() - before);
  expect(
    result.statuses.filter((s) => s !== 401),
    line,
  ).toEqual([]);
  expect(fetches() - before, line).toBeLessThanOrEqual(MAX_FETCHES);
  expect(Math.max(...result.latencies), line).toBeLessThan(maxMs);
}

const BATON_ENV = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-in-this-test', MicrosoftAppType: 'MultiTenant', BATON_ALLOWED_TENANTS: TENANT };

/** Baton with authentication on, validating tokens against two local OpenID endpoints (the channel's and the emulator's). */
function startGuardedBaton(channel: LocalOpenId, emulator: LocalOpenId): Promise<TestBaton> {
  return startTestBaton({
    env: BATON_ENV,
    authOverrides: {
      ToBotFromChannelOpenIdMetadataUrl: channel.metadataUrl,
      ToBotFromChannelTokenIssuer: channel.issuer,
      ToBotFromEmulatorOpenIdMetadataUrl: emulator.metadataUrl,
    },
  });
}

/** A card action: the bot answers it in the HTTP response (a reply message would need a real Entra token). */
async function postCardAction(t: TestBaton, token: string): Promise<{ status: number; body: any }> {
  return t.post(cardAction('setup.open', {}), { authorization: `Bearer ${token}` });
}

function expectAnswered(res: { status: number; body: any }): void {
  expect(res.status).toBe(200);
  expect(res.body?.type).toBe('application/vnd.microsoft.card.adaptive');
}

describe('forged Bot Framework tokens are refused fast, with the signing keys known', () => {
  let t: TestBaton;
  const channel = new LocalOpenId();
  const emulator = new LocalOpenId({ kid: 'emulator-key', endorsements: [] });
  const fetches = () => channel.fetches + emulator.fetches;
  const forged = (count = FLOOD_SIZE) => forgedTokens(channel, t.connector.url, count);

  beforeAll(async () => {
    await channel.start();
    await emulator.start();
    t = await startGuardedBaton(channel, emulator);
  });
  afterAll(async () => {
    await t?.stop();
    await channel.stop();
    await emulator.stop();
  });

  it('accepts a valid channel token, and the bot answers', async () => {
    expectAnswered(await postCardAction(t, channel.token({ audience: APP_ID, serviceUrl: t.connector.url })));
  });

  it('accepts valid Emulator tokens (v2 with azp; v1 from the bot’s own tenant)', async () => {
    expectAnswered(await postCardAction(t, emulator.forge({ audience: APP_ID, issuer: EMULATOR_ISSUER, claims: { ver: '2.0', azp: APP_ID, serviceurl: undefined } })));
    expectAnswered(
      await postCardAction(
        t,
        emulator.forge({ audience: APP_ID, issuer: `https://sts.windows.net/${TENANT}/`, claims: { ver: '1.0', appid: APP_ID, tid: TENANT, serviceurl: undefined } }),
      ),
    );
  });

  it('accepts a token within the library’s clock tolerance (expired 2 minutes ago, valid from 2 minutes on)', async () => {
    expectAnswered(await postCardAction(t, channel.forge({ audience: APP_ID, serviceUrl: t.connector.url, expiresInSeconds: -120 })));
    expectAnswered(await postCardAction(t, channel.forge({ audience: APP_ID, serviceUrl: t.connector.url, notBeforeInSeconds: 120 })));
  });

  const kinds: Array<[string, (channel: LocalOpenId, serviceUrl: string) => string]> = [
    ['an unsigned token', (c, serviceUrl) => c.forge({ audience: APP_ID, serviceUrl, unsigned: true, parts: 2 })],
    ['alg: none', (c, serviceUrl) => c.forge({ audience: APP_ID, serviceUrl, alg: 'none', unsigned: true })],
    ['HS256 signed with the public key as the secret', (c, serviceUrl) => c.forge({ audience: APP_ID, serviceUrl, hmacSecret: c.publicKeyPem })],
    ['the right kid signed with another RSA key', (c, serviceUrl) => c.forge({ audience: APP_ID, serviceUrl, key: otherKey })],
    ['an unknown kid', (c, serviceUrl) => c.forge({ audience: APP_ID, serviceUrl, kid: 'no-such-key', key: otherKey })],
    ['no kid', (c, serviceUrl) => c.forge({ audience: APP_ID, serviceUrl, kid: null })],
    ['RS512, though signed with the right key (only RS256 is taken)', (c, serviceUrl) => c.forge({ audience: APP_ID, serviceUrl, alg: 'RS512' })],
    ['another issuer', (c, serviceUrl) => c.forge({ audience: APP_ID, serviceUrl, issuer: 'https://evil.example.com' })],
    ['another audience', (c, serviceUrl) => c.forge({ audience: '99999999-1111-2222-3333-444444444444', serviceUrl })],
    ['an expired token', (c, serviceUrl) => c.forge({ audience: APP_ID, serviceUrl, expiresInSeconds: -600 })],
    ['a token not valid yet', (c, serviceUrl) => c.forge({ audience: APP_ID, serviceUrl, notBeforeInSeconds: 600 })],
    ['a serviceurl claim for another service URL', (c) => c.forge({ audience: APP_ID, serviceUrl: 'https://evil.example.com/' })],
    ['an Emulator token for another bot', (c) => emulatorFor(c, '99999999-1111-2222-3333-444444444444')],
    [
      'a skill token (another bot calling this one)',
      () => emulator.forge({ audience: APP_ID, issuer: EMULATOR_ISSUER, claims: { ver: '2.0', azp: '99999999-1111-2222-3333-444444444444', serviceurl: undefined } }),
    ],
  ];
  const emulatorFor = (_c: LocalOpenId, appId: string) => emulator.forge({ audience: appId, issuer: EMULATOR_ISSUER, claims: { ver: '2.0', azp: appId, serviceurl: undefined } });
  it.each(kinds)('refuses %s with 401, and the bot does not run', async (_what, make) => {
    const res = await postCardAction(t, make(channel, t.connector.url));
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'Unauthorized' });
  });

  it(`refuses ${FLOOD_SIZE} forged tokens fast while the OpenID endpoints work`, async () => {
    await expectBurstRefused(t, forged(), 'endpoints working', fetches, 5_000);
    await expectRefusedFast(t, forged, 'endpoints working', fetches);
  }, 60_000);

  it(`refuses ${FLOOD_SIZE} forged tokens fast while the OpenID endpoints fail`, async () => {
    channel.answer('fail');
    emulator.answer('fail');
    await expectBurstRefused(t, forged(), 'endpoints failing', fetches, 5_000);
    await expectRefusedFast(t, forged, 'endpoints failing', fetches);
  }, 60_000);

  it(`refuses ${FLOOD_SIZE} forged tokens fast while the OpenID endpoints hang`, async () => {
    channel.answer('hang');
    emulator.answer('hang');
    await expectBurstRefused(t, forged(), 'endpoints hanging', fetches, 5_000);
    await expectRefusedFast(t, forged, 'endpoints hanging', fetches);
  }, 60_000);

  it('still accepts a valid token after the floods, with the endpoints still hanging and after they recover', async () => {
    const token = channel.token({ audience: APP_ID, serviceUrl: t.connector.url });
    expectAnswered(await postCardAction(t, token));
    channel.answer('ok');
    emulator.answer('ok');
    expectAnswered(await postCardAction(t, token));
  });
});

for (const mode of ['hang', 'fail'] as const) {
  describe(`forged Bot Framework tokens are refused fast when no signing key was ever fetched and the endpoints ${mode === 'hang' ? 'hang' : 'fail'}`, () => {
    let t: TestBaton;
    const channel = new LocalOpenId();
    const emulator = new LocalOpenId({ kid: 'emulator-key', endorsements: [] });
    const fetches = () => channel.fetches + emulator.fetches;
    const forged = (count = FLOOD_SIZE) => forgedTokens(channel, t.connector.url, count);

    beforeAll(async () => {
      await channel.start();
      await emulator.start();
      channel.answer(mode);
      emulator.answer(mode);
      t = await startGuardedBaton(channel, emulator);
    });
    afterAll(async () => {
      await t?.stop();
      await channel.stop();
      await emulator.stop();
    });

    it(`the first ${FLOOD_SIZE}, all at once, wait for at most one fetch per endpoint (${mode === 'hang' ? 'its timeout' : 'its failure'})`, async () => {
      await expectBurstRefused(t, forged(), `never fetched, endpoints ${mode === 'hang' ? 'hanging' : 'failing'}, first burst`, fetches, mode === 'hang' ? 6_000 : 5_000);
    }, 60_000);

    it('then refuses the next floods fast, without fetching again', async () => {
      const before = fetches();
      await expectRefusedFast(t, forged, `never fetched, endpoints ${mode === 'hang' ? 'hanging' : 'failing'}, next floods`, fetches);
      expect(fetches() - before).toBe(0);
    }, 60_000);
  });
}

/** The guard alone, with a fake OpenID service and a clock the test moves. */
describe('the token guard’s key cache (injected clock and fetch)', () => {
  const METADATA = 'https://keys.test/v1/.well-known/openidconfiguration';
  const JWKS = 'https://keys.test/keys';
  const SERVICE_URL = 'https://smba.test/';
  const openId = new LocalOpenId();

  function setUp(bounds: Partial<TokenGuardBounds> = {}) {
    const state = { now: Date.now(), answer: 'ok' as 'ok' | 'fail' | 'hang', calls: [] as string[] };
    const fetch: KeyFetch = async (url, init) => {
      state.calls.push(url);
      if (state.answer === 'hang') return new Promise<Response>((_, fail) => init.signal.addEventListener('abort', () => fail(new Error('aborted'))));
      if (state.answer === 'fail') return new Response('{}', { status: 503 });
      return Response.json(url === JWKS ? openId.jwks : { jwks_uri: JWKS });
    };
    const guard = new TokenGuard({
      appId: APP_ID,
      endpoints: { channelOpenIdMetadataUrl: METADATA, channelTokenIssuer: openId.issuer, emulatorOpenIdMetadataUrl: METADATA },
      now: () => state.now,
      fetch,
      bounds,
    });
    const valid = () => guard.check(`Bearer ${openId.token({ audience: APP_ID, serviceUrl: SERVICE_URL })}`, 'msteams', SERVICE_URL);
    const unknownKid = () => guard.check(`Bearer ${openId.forge({ audience: APP_ID, serviceUrl: SERVICE_URL, kid: randomUUID(), key: otherKey })}`, 'msteams', SERVICE_URL);
    return { state, guard, valid, unknownKid };
  }
  const settled = (checks: Array<Promise<void>>) => Promise.allSettled(checks).then((all) => all.map((r) => r.status));

  it('refuses with the library’s kind of error: an AuthenticationError, 401, "Unauthorized. …"', async () => {
    const { guard } = setUp();
    const err = await guard.check('Bearer nope', 'msteams', SERVICE_URL).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).statusCode).toBe(401);
    expect((err as Error).message).toMatch(/^Unauthorized/);
  });

  it('fetches the keys once for 50 concurrent requests, then not again while the kid is known', async () => {
    const { state, valid } = setUp();
    expect(await settled(Array.from({ length: 50 }, valid))).toEqual(Array(50).fill('fulfilled'));
    expect(state.calls).toEqual([METADATA, JWKS]);
    await valid();
    expect(state.calls).toHaveLength(2);
  });

  it('after a failed fetch refuses at once, and fetches again only after 30 s', async () => {
    const { state, valid } = setUp();
    state.answer = 'fail';
    expect(await settled(Array.from({ length: 50 }, valid))).toEqual(Array(50).fill('rejected'));
    expect(state.calls).toEqual([METADATA]);
    state.answer = 'ok';
    state.now += 29_000;
    expect(await settled([valid()])).toEqual(['rejected']);
    expect(state.calls).toHaveLength(1);
    state.now += 1_000;
    await valid();
    expect(state.calls).toEqual([METADATA, METADATA, JWKS]);
  });

  it('refreshes for an unknown kid at most once per 5 minutes, and a known kid never waits for it', async () => {
    const { state, valid, unknownKid } = setUp({ fetchTimeoutMs: 200 });
    await valid();
    expect(await settled(Array.from({ length: 50 }, unknownKid))).toEqual(Array(50).fill('rejected'));
    expect(state.calls).toHaveLength(2);
    state.now += 5 * 60_000;
    state.answer = 'hang';
    const flood = settled(Array.from({ length: 50 }, unknownKid));
    await valid(); // the known key is used while the refresh hangs
    state.answer = 'ok';
    expect(await flood).toEqual(Array(50).fill('rejected'));
    expect(state.calls).toHaveLength(3);
    expect(await settled(Array.from({ length: 50 }, unknownKid))).toEqual(Array(50).fill('rejected'));
    expect(state.calls).toHaveLength(3);
  });

  it('gives up on a hanging fetch after its timeout, once for all who wait', async () => {
    const { state, valid } = setUp({ fetchTimeoutMs: 200 });
    state.answer = 'hang';
    const started = performance.now();
    expect(await settled(Array.from({ length: 20 }, valid))).toEqual(Array(20).fill('rejected'));
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(2_000);
    expect(state.calls).toEqual([METADATA]);
  });

  it('keeps using known keys when the endpoint fails, refreshing an old key set in the background', async () => {
    const { state, valid } = setUp();
    await valid();
    state.answer = 'fail';
    state.now += 61 * 60_000;
    await valid();
    await new Promise((done) => setTimeout(done, 10)); // the background refresh fails meanwhile
    await valid();
    expect(state.calls).toEqual([METADATA, JWKS, METADATA]);
    state.now += 30_000;
    state.answer = 'ok';
    await valid();
    await new Promise((done) => setTimeout(done, 10));
    expect(state.calls).toEqual([METADATA, JWKS, METADATA, METADATA, JWKS]);
  });

  it('applies the library’s 5-minute clock tolerance to exp and nbf', async () => {
    const { guard } = setUp();
    const check = (spec: Parameters<LocalOpenId['forge']>[0]) =>
      guard.check(`Bearer ${openId.forge({ audience: APP_ID, serviceUrl: SERVICE_URL, ...spec })}`, 'msteams', SERVICE_URL);
    await check({ expiresInSeconds: -290 });
    await check({ notBeforeInSeconds: 290 });
    await expect(check({ expiresInSeconds: -310 })).rejects.toThrow(/expired/);
    await expect(check({ notBeforeInSeconds: 310 })).rejects.toThrow(/not valid yet/);
    await expect(check({ claims: { exp: undefined } })).rejects.toThrow(/no expiry/);
  });

  it('checks the endorsements of the key against the channel', async () => {
    const { guard } = setUp();
    const token = `Bearer ${openId.token({ audience: APP_ID, serviceUrl: SERVICE_URL })}`;
    await guard.check(token, 'msteams', SERVICE_URL);
    await expect(guard.check(token, 'webchat', SERVICE_URL)).rejects.toThrow(/endorsement/);
  });

  it('validates AseChannel tokens against the library’s ASE issuers and metadata URL', async () => {
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT });
    const { state, guard } = setUp();
    const ase = (appid: string) => `Bearer ${openId.forge({ issuer: `https://sts.windows.net/${TENANT}/`, claims: { ver: '1.0', appid, aud: appid } })}`;
    state.answer = 'fail';
    await expect(guard.check(ase(APP_ID), 'AseChannel', undefined)).rejects.toThrow(/Signing Key/);
    expect(state.calls).toEqual([AseChannelValidation.MetadataUrl]);
    await expect(guard.check(ase('99999999-1111-2222-3333-444444444444'), 'AseChannel', undefined)).rejects.toThrow(/AppId/);
  });

  it('does not grow the library’s shared Emulator issuer list for the tokens it refuses', async () => {
    const { guard } = setUp();
    const before = [...(ToBotFromBotOrEmulatorTokenValidationParameters.issuer as string[])];
    for (let i = 0; i < 50; i++) {
      const tid = randomUUID();
      const token = openId.forge({ issuer: `https://sts.windows.net/${tid}/`, kid: randomUUID(), key: otherKey, claims: { ver: '1.0', appid: APP_ID, tid } });
      await expect(guard.check(`Bearer ${token}`, 'msteams', SERVICE_URL)).rejects.toThrow();
    }
    expect(ToBotFromBotOrEmulatorTokenValidationParameters.issuer).toEqual(before);
  });

  it('takes a token for a skill token exactly when the library does', async () => {
    const { guard } = setUp();
    const OTHER = '99999999-1111-2222-3333-444444444444';
    const payloads: Array<Record<string, unknown>> = [
      { appid: 'AnonymousSkill' },
      { ver: '1.0', aud: APP_ID, appid: OTHER },
      { ver: '1.0', aud: APP_ID, appid: APP_ID },
      { ver: '2.0', aud: APP_ID, azp: OTHER },
      { ver: '2.0', aud: APP_ID, appid: OTHER },
      { ver: '3.0', aud: APP_ID, appid: OTHER },
      { ver: '', aud: APP_ID, appid: OTHER },
      { aud: APP_ID, appid: OTHER },
      { ver: '1.0', appid: OTHER },
      { ver: '1.0', aud: 'https://api.botframework.com', appid: OTHER },
      { ver: '1.0', aud: 'https://api.botframework.us', appid: OTHER },
      { ver: '1.0', aud: null, appid: OTHER },
      { ver: '1.0', aud: APP_ID, appid: '' },
    ];
    for (const claims of payloads) {
      const all = { aud: undefined, serviceurl: undefined, ...claims };
      const token = openId.forge({ issuer: EMULATOR_ISSUER, kid: 'no-such-key', claims: all });
      const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, string>;
      const library = SkillValidation.isSkillClaim(Object.entries(payload).map(([type, value]) => ({ type, value })));
      const error = (await guard.check(`Bearer ${token}`, 'msteams', SERVICE_URL).catch((e: Error) => e)) as Error;
      expect(/Skill claims/.test(error.message), JSON.stringify(claims)).toBe(library);
    }
  });

  const configurations: Array<[string, Partial<ConfigurationBotFrameworkAuthenticationOptions>]> = [
    ['the public cloud (nothing set)', {}],
    ['the US Government cloud', { ChannelService: 'https://botframework.azure.us' }],
    ['the tests’ channel overrides', { ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/m', ToBotFromChannelTokenIssuer: 'https://issuer.test' }],
    ['an Emulator override alone', { ToBotFromEmulatorOpenIdMetadataUrl: 'http://127.0.0.1:1/e' }],
    ['BotOpenIdMetadata (the older setting)', { BotOpenIdMetadata: 'http://127.0.0.1:1/b' } as Partial<ConfigurationBotFrameworkAuthenticationOptions>],
    ['a CallerId alone', { CallerId: 'urn:botframework:test' }],
  ];
  it.each(configurations)('resolves the same endpoints as the library for %s', (_what, options) => {
    const full = { MicrosoftAppId: APP_ID, MicrosoftAppTenantId: '', ...options };
    const inner = (new ConfigurationBotFrameworkAuthentication(full) as unknown as { inner: Record<string, unknown> }).inner;
    expect(tokenGuardEndpoints(full)).toEqual({
      channelOpenIdMetadataUrl: inner.toBotFromChannelOpenIdMetadataUrl,
      channelTokenIssuer: inner.toBotFromChannelTokenIssuer,
      emulatorOpenIdMetadataUrl: inner.toBotFromEmulatorOpenIdMetadataUrl,
    });
  });
});
