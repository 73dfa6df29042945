import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message, TENANT } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { LocalOpenId } from './local-openid.ts';

const APP_ID = '00000000-1111-2222-3333-444444444444';

describe('Bot Framework JWT validation when an app id is configured', () => {
  let t: TestBaton;
  const openId = new LocalOpenId();
  beforeAll(async () => {
    await openId.start();
    t = await startTestBaton({
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-in-this-test', MicrosoftAppType: 'MultiTenant', BATON_ALLOWED_TENANTS: TENANT },
      authOverrides: { ToBotFromChannelOpenIdMetadataUrl: openId.metadataUrl, ToBotFromChannelTokenIssuer: openId.issuer },
    });
  });
  afterAll(async () => {
    await t.stop();
    await openId.stop();
  });

  it('refuses a request without a token', async () => {
    const res = await t.post(message('help'));
    expect(res.status).toBe(401);
    expect(t.connector.received).toHaveLength(0);
  });

  it('refuses a token signed by someone else', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = openId.token({ audience: APP_ID, serviceUrl: t.connector.url }, privateKey);
    const res = await t.post(message('help'), { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
  });

  it('refuses a valid signature for another bot (audience)', async () => {
    const token = openId.token({ audience: '99999999-1111-2222-3333-444444444444', serviceUrl: t.connector.url });
    const res = await t.post(message('help'), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const token = openId.token({ audience: APP_ID, serviceUrl: t.connector.url, expiresInSeconds: -600 });
    const res = await t.post(message('help'), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
  });

  it('accepts a valid token and processes the turn', async () => {
    const token = openId.token({ audience: APP_ID, serviceUrl: t.connector.url });
    const res = await t.post(message('help'), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
  });
});
