import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config/config.ts';
import { installed, message } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';

/**
 * With no MicrosoftAppId nothing checks who is calling, so Baton keeps itself to this machine: it
 * binds to loopback unless told otherwise, talks only to a connector on loopback, and a request that
 * is not shaped like a Teams activity creates nothing.
 */
describe('authentication off is local only', () => {
  let t: TestBaton;
  beforeAll(async () => {
    t = await startTestBaton();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('binds to 127.0.0.1 by default while authentication is off, and to every interface when it is on', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST is 0.0.0.0, but authentication is off/);
    const on = { MicrosoftAppId: '00000000-1111-2222-3333-444444444444', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: 't', BATON_ALLOWED_TENANTS: 't' };
    expect(loadConfig(on).host).toBe('0.0.0.0');
  });

  it('refuses a service URL that is not on this machine, and posts nothing there', async () => {
    for (const serviceUrl of ['https://smba.trafficmanager.net/amer/', 'http://169.254.169.254/latest/', 'http://10.0.0.5:8080/', 'file:///etc/passwd', 'not a url']) {
      const res = await t.post({ ...message('who owns backups?'), serviceUrl });
      expect(res.status, serviceUrl).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(/serviceUrl/);
    }
    expect(t.connector.received).toHaveLength(0);
    expect(await t.baton.services.engagements.list()).toHaveLength(0);
  });

  it('a malformed activity is a 400 naming what is missing, and creates no engagement', async () => {
    const good = installed();
    const broken: Array<Record<string, unknown>> = [
      { ...good, channelData: {}, conversation: { id: good.conversation.id, conversationType: 'channel' } },
      { ...good, conversation: undefined },
      { ...good, from: undefined },
      { ...good, type: '' },
      { ...good, channelId: 42 },
      { type: 'message', text: 'hi' },
    ];
    for (const activity of broken) {
      const res = await t.post(activity);
      expect(res.status, JSON.stringify(activity).slice(0, 80)).toBe(400);
      expect(res.body.errors.length).toBeGreaterThan(0);
    }
    for (const body of ['[]', '"text"', '{', 'null']) {
      const res = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status, body).toBe(400);
    }
    expect(await t.baton.services.engagements.list()).toHaveLength(0);
    // A well-formed one still works.
    expect((await t.post(good)).status).toBe(200);
    expect(await t.baton.services.engagements.list()).toHaveLength(1);
  });
});
