import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADELE, ALEX, cardAction, inChannel, inPersonalChat, installed, MEGAN, message, TEAM } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { cardText } from '../teams/card-text.ts';

/**
 * One setup that sticks (issue 12, item 1): a newcomer who sets Baton up in their personal chat and then
 * opens the team channel gets one engagement, not two; away in one place shows in the other; a gap
 * proposed in the personal chat is the team's. Over real HTTP, with Azurite and a local connector.
 */

let now = new Date('2026-11-23T15:00:00Z');

describe('one engagement per team, shared by its channel and its members’ personal chats', () => {
  let t: TestBaton;
  beforeAll(async () => {
    t = await startTestBaton({ clock: () => now });
  });
  afterAll(async () => {
    await t.stop();
  });

  async function reply(activity: Record<string, unknown>) {
    const before = t.connector.received.length;
    const res = await t.post(activity);
    expect(res.status).toBe(200);
    const received = await t.connector.waitFor(before + 1);
    return received.slice(before).map((r) => r.activity);
  }

  it('a setup made in the personal chat says it applies there until Baton is added to the team', async () => {
    const posted = await reply(installed({ where: inPersonalChat }));
    const res = await t.post(cardAction('setup.save', SETUP_CONTOSO, { where: inPersonalChat }));
    expect(res.status).toBe(200);
    const all = await t.baton.services.engagements.list();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ setUp: true, conversationKind: 'personal' });
    expect(posted.map(cardText).join('\n')).toMatch(/personal chat only/i);
  });

  it('opening the team channel moves that setup there instead of asking for a second one', async () => {
    const posted = await reply(installed({ where: inChannel }));
    const text = posted.map(cardText).join('\n');
    expect(text).toContain('Baton is set up for this team');
    expect(text).toContain('Contoso IT');
    expect(text).not.toMatch(/Save setup/i);
    const all = await t.baton.services.engagements.list();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ setUp: true, conversationKind: 'channel', teamId: TEAM, conversationId: inChannel.id });
  });

  it('the channel answers from the same matrix, and away said in the personal chat shows in the channel', async () => {
    const [answer] = await reply(message('who owns server patching?'));
    expect(cardText(answer!)).toContain('Patch management for servers');
    await reply(message('away until 2026-11-27', { where: inPersonalChat }));
    const [people] = await reply(message('people'));
    expect(cardText(people!)).toMatch(/Alex Wilber[^\n]*away/i);
    const [engagement] = await t.baton.services.engagements.list();
    expect(engagement!.people.find((p) => p.id === ALEX.id)?.awayUntil).toBeDefined();
  });

  it('a gap proposed in the personal chat is the team’s: the channel engagement holds it', async () => {
    const [engagement] = await t.baton.services.engagements.list();
    const res = await t.post(
      cardAction('gap.propose', { question: 'who owns the coffee machine', proposedFunction: 'Coffee machine', proposedOwner: 'internal', v: 1 }, { where: inPersonalChat }),
    );
    expect(res.status).toBe(200);
    const gaps = await t.baton.services.gaps.list(engagement!.id);
    expect(gaps.map((g) => g.proposedFunction)).toContain('Coffee machine');
  });

  it('a teammate the team knows gets the team’s answers in their own personal chat', async () => {
    await reply(message('away until 2026-11-24', { user: MEGAN }));
    const megansChat = { id: 'a:personal-chat-megan', conversationType: 'personal' };
    const [answer] = await reply(message('who owns server patching?', { user: MEGAN, where: megansChat }));
    expect(cardText(answer!)).toContain('Patch management for servers');
    // Someone the team does not know gets a chat of their own, not the team's matrix.
    const [stranger] = await reply(message('who owns server patching?', { user: ADELE, where: { id: 'a:personal-chat-adele', conversationType: 'personal' } }));
    expect(cardText(stranger!)).not.toContain('Patch management for servers');
  });

  it('a second team opened by the same person gets a setup of its own (the personal setup moved once)', async () => {
    const otherTeam = { id: '19:other-team@thread.tacv2', conversationType: 'channel' };
    const activity = installed({ where: otherTeam }) as Record<string, any>;
    activity.channelData = { ...activity.channelData, team: { id: '19:other-team@thread.tacv2' }, channel: { id: otherTeam.id } };
    const posted = await reply(activity);
    expect(posted.map(cardText).join('\n')).not.toContain('Baton is set up for this team');
    const teams = (await t.baton.services.engagements.list()).filter((e) => e.conversationKind === 'channel');
    expect(teams.map((e) => [e.teamId, e.setUp])).toEqual(
      expect.arrayContaining([
        [TEAM, true],
        ['19:other-team@thread.tacv2', false],
      ]),
    );
    expect(teams).toHaveLength(2);
  });
});
