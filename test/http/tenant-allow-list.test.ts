import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardAction, message } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';

describe('tenant allow-list', () => {
  let t: TestBaton;
  beforeAll(async () => {
    t = await startTestBaton({ env: { BATON_ALLOWED_TENANTS: 'some-other-tenant' } });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('ignores messages from a tenant not on the list and creates nothing', async () => {
    const res = await t.post(message('who owns backups?'));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(t.connector.received).toHaveLength(0);
    expect(await t.baton.services.engagements.list()).toEqual([]);
  });

  it('answers card actions from such a tenant with 403', async () => {
    const res = await t.post(cardAction('setup.open', {}));
    expect(res.status).toBe(403);
  });
});
