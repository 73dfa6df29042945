import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsLimitedConnector } from '../support/teams-limited-connector.ts';

/** The stand-in used by the fan-out benchmark must itself be right about Teams' limits. */
describe('the Teams-limited local connector', () => {
  const connector = new TeamsLimitedConnector();
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());

  const post = (conversation: string, tenant = 't1') =>
    fetch(`${connector.url}v3/conversations/${encodeURIComponent(conversation)}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi', conversation: { id: conversation, tenantId: tenant } }),
    });

  it('accepts 7 messages to one conversation at once and answers the rest 429 with Retry-After', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => post('19:a@thread.tacv2')));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(7);
    const refused = answers.filter((r) => r.status === 429);
    expect(refused).toHaveLength(5);
    expect(refused.every((r) => r.headers.get('retry-after') === '1')).toBe(true);
    await new Promise((done) => setTimeout(done, 1_050));
    expect((await post('19:a@thread.tacv2;messageid=123')).status).toBe(200);
  });

  it('accepts 50 messages per second across the conversations of one tenant, not another tenant’s', async () => {
    await new Promise((done) => setTimeout(done, 1_050));
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => post(`19:c${i}@thread.tacv2`)));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(50);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(10);
    expect((await post('19:other@thread.tacv2', 't2')).status).toBe(200);
  });
});
