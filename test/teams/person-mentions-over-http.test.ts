import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADELE, ALEX, cardAction, MEGAN } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { cardText } from './card-text.ts';
import { at, messageMentioning } from './mention-message.ts';

/**
 * Commands that name a person read who from the message's mention entities (the Teams id), not
 * from the display text: over HTTP, with real `<at>` tags and entities as Teams sends them.
 * (`role` is the only chat command that names a person; `away`/`back` are about the sender.)
 */
describe('commands naming a person, with real Teams mentions over HTTP', () => {
  let t: TestBaton;
  beforeAll(async () => {
    t = await startTestBaton({ clock: () => new Date('2026-11-23T15:00:00Z') });
    const res = await t.post(cardAction('setup.save', SETUP_CONTOSO));
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await t.stop();
  });

  async function channelEngagement() {
    return (await t.baton.services.engagements.list()).find((e) => e.conversationKind === 'channel');
  }

  async function send(activity: Record<string, unknown>) {
    const before = t.connector.received.length;
    const res = await t.post(activity);
    expect(res.status).toBe(200);
    const received = await t.connector.waitFor(before + 1);
    return received[received.length - 1]!.activity;
  }

  it('role @person <role>: sets the role for the mentioned person’s id', async () => {
    const reply = await send(messageMentioning(`role ${at(MEGAN)} msp-engineer`, [MEGAN]));
    expect(cardText(reply)).toContain('Megan Bowen is now msp-engineer.');
    const engagement = await channelEngagement();
    expect(engagement?.people).toContainEqual({ id: MEGAN.id, name: MEGAN.name, role: 'msp-engineer' });
  });

  it('a mention Teams shows shortened ("Megan") still names the person by id, with their full name', async () => {
    const reply = await send(messageMentioning(`role ${at({ user: MEGAN, shown: 'Megan' })} msp-manager`, [{ user: MEGAN, shown: 'Megan' }]));
    expect(cardText(reply)).toContain('Megan Bowen is now msp-manager.');
    expect((await channelEngagement())?.people).toContainEqual({ id: MEGAN.id, name: MEGAN.name, role: 'msp-manager' });
  });

  it('with several mentions, the role goes to the one the command names, whatever the entities’ order', async () => {
    // A quoted reply brings Megan's mention along, listed before Adele's; the command names Adele.
    const reply = await send(messageMentioning(`role ${at(ADELE)} internal-it`, [MEGAN, ADELE]));
    expect(cardText(reply)).toContain('Adele Vance is now internal-it.');
    const people = (await channelEngagement())?.people ?? [];
    expect(people).toContainEqual({ id: ADELE.id, name: ADELE.name, role: 'internal-it' });
    expect(people).toContainEqual({ id: MEGAN.id, name: MEGAN.name, role: 'msp-manager' });
  });

  it('a mention without a role still asks which role, and changes nobody', async () => {
    const before = (await channelEngagement())?.people;
    const reply = await send(messageMentioning(`role ${at(ADELE)}`, [ADELE]));
    expect(cardText(reply)).toContain('Who, and which role?');
    expect((await channelEngagement())?.people).toEqual(before);
  });

  it('an <at> tag no mention entity backs names nobody (the text alone is not a mention)', async () => {
    const before = (await channelEngagement())?.people;
    const reply = await send(messageMentioning(`role <at>Someone Else</at> msp-engineer`, []));
    expect(cardText(reply)).toContain('Who, and which role?');
    expect((await channelEngagement())?.people).toEqual(before);
  });

  it('someone who is not a manager cannot assign a role by mention', async () => {
    const reply = await send(messageMentioning(`role ${at(ALEX)} msp-engineer`, [ALEX], { user: ADELE }));
    expect(cardText(reply)).toMatch(/only a manager/i);
    expect((await channelEngagement())?.people).toContainEqual({ id: ALEX.id, name: ALEX.name, role: 'internal-manager' });
  });

  it('the bot’s own mention is still removed: "@Baton people" lists people', async () => {
    const reply = await send(messageMentioning('people', []));
    expect(cardText(reply)).toContain('People and roles');
  });
});
