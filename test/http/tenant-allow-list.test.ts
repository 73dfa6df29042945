import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardAction, message } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { waitUntil } from '../support/wait-until.ts';

describe('tenant allow-list', () => {
  let t: TestBaton;
  beforeAll(async () => {
    t = await startTestBaton({ env: { BATON_ALLOWED_TENANTS: 'some-other-tenant' } });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('ignores messages from a tenant not on the list and creates nothing', async () => {
    const warn = vi.spyOn(t.baton.logger, 'warn');
    try {
      const res = await t.post(message('who owns backups?'));
      expect(res.status).toBe(200);
      // The positive signal: the turn ran and was refused (the refusal is logged), not merely not yet seen.
      const refusals = () => warn.mock.calls.filter((call) => String(call[1]).includes('not on BATON_ALLOWED_TENANTS ignored'));
      await waitUntil(() => refusals().length > 0, 5_000, 'the refusal of the message');
      expect(refusals()).toHaveLength(1);
      expect(refusals()[0]![0]).toMatchObject({ type: 'message' });
    } finally {
      warn.mockRestore();
    }
    expect(t.connector.received).toHaveLength(0);
    expect(await t.baton.services.engagements.list()).toEqual([]);
  });

  it('answers card actions from such a tenant with 403', async () => {
    const res = await t.post(cardAction('setup.open', {}));
    expect(res.status).toBe(403);
  });
});
