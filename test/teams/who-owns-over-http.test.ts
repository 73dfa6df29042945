import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADELE, ALEX, cardAction, cardSubmit, inChannel, inGroupChat, inPersonalChat, installed, MEGAN, message } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { cardText, cardVerbs } from './card-text.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';

/** Monday 23 Nov 2026, 10:00 in New York: business hours. */
let now = new Date('2026-11-23T15:00:00Z');

const SETUP = { ...SETUP_CONTOSO, holidayRegion: 'US', mspTimeZone: 'America/New_York', mspHoursStart: '07:00', mspHoursEnd: '19:00' };

describe('who owns, over HTTP with Azurite and a local connector', () => {
  let t: TestBaton;
  beforeAll(async () => {
    t = await startTestBaton({ clock: () => now });
  });
  afterAll(async () => {
    await t.stop();
  });

  /** The team's engagement (group and personal chats get their own). */
  async function channelEngagement() {
    return (await t.baton.services.engagements.list()).find((e) => e.conversationKind === 'channel');
  }

  async function ask(text: string, options: Parameters<typeof message>[1] = {}) {
    const before = t.connector.received.length;
    const res = await t.post(message(text, options));
    expect(res.status).toBe(200);
    const received = await t.connector.waitFor(before + 1);
    return received[received.length - 1]!.activity;
  }

  it('posts one short welcome card when installed in a team; its Set up button opens the setup form', async () => {
    const res = await t.post(installed());
    expect(res.status).toBe(200);
    const [welcome] = (await t.connector.waitFor(1)).map((r) => r.activity);
    expect(validateCard(welcome!.attachments[0].content)).toEqual([]);
    expect(cardVerbs(welcome!)).toEqual(['setup.open']);
    const opened = await t.post(cardAction('setup.open', {}));
    expect(opened.status).toBe(200);
    expect(cardVerbs(opened.body.value)).toContain('setup.save');
    expect(validateCard(opened.body.value)).toEqual([]);
  });

  it('before setup, a question says to run setup first', async () => {
    const reply = await ask('who owns server patching?');
    expect(cardText(reply).toLowerCase()).toContain('setup');
  });

  it('refuses a bad setup with the problems, and writes nothing', async () => {
    const res = await t.post(cardAction('setup.save', { ...SETUP, timeZone: 'Mars/Olympus', internalName: '' }));
    expect(res.status).toBe(200);
    const text = cardText(res.body.value);
    expect(text).toContain('IANA');
    expect(text).toContain('internal side a name');
    const engagement = await channelEngagement();
    expect(engagement?.setUp).toBe(false);
  });

  it('saves setup from the card and replaces it with the summary', async () => {
    const res = await t.post(cardAction('setup.save', SETUP));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(validateCard(res.body.value)).toEqual([]);
    const text = cardText(res.body.value);
    expect(text).toContain('Contoso IT');
    expect(text).toContain('Fabrikam MSP');
    const engagement = await channelEngagement();
    expect(engagement).toMatchObject({ setUp: true, matrixVersion: 1 });
    expect(engagement?.people).toEqual([{ id: ALEX.id, name: ALEX.name, role: 'internal-manager' }]);
    expect(engagement?.internal).toEqual({ name: 'Contoso IT', timeZone: 'America/New_York', hours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }, holidayRegion: 'US' });
    expect(engagement?.msp).toEqual({ name: 'Fabrikam MSP', timeZone: 'America/New_York', hours: { days: [1, 2, 3, 4, 5], start: '07:00', end: '19:00' }, holidayRegion: 'US' });
  });

  it('answers "who owns" with the row, the owner and who is on point now', async () => {
    const reply = await ask('who owns server patching?');
    expect(validateCard(reply.attachments[0].content)).toEqual([]);
    const text = cardText(reply);
    expect(text).toContain('Patch management for servers');
    expect(text).toContain('Fabrikam MSP');
    await t.baton.services.questionLog.flush();
    const [record] = await t.baton.services.questions.list((await channelEngagement())!.id);
    expect(record).toMatchObject({ askerId: ALEX.id, question: 'who owns server patching?', function: 'Patch management for servers', outcome: 'answer', matrixVersion: 1 });
  });

  it('works in a group chat and a personal chat too (each its own engagement until set up)', async () => {
    const group = await ask('who owns backups?', { where: inGroupChat });
    expect(cardText(group).toLowerCase()).toContain('setup');
    const personal = await ask('help', { where: inPersonalChat });
    expect(cardText(personal).toLowerCase()).toContain('who owns');
  });

  it("a personal chat answers from the team's matrix for someone the team knows, and stays separate for others", async () => {
    const alex = await ask('who owns server patching?', { where: inPersonalChat });
    expect(cardText(alex)).toContain('Patch management for servers');
    const stranger = await ask('who owns server patching?', { where: { id: 'a:personal-chat-adele', conversationType: 'personal' }, user: ADELE });
    expect(cardText(stranger).toLowerCase()).toContain('setup');
  });

  it('after hours, the MSP covers internal-owned work with a "when internal unavailable" qualifier', async () => {
    now = new Date('2026-11-24T03:30:00Z'); // 22:30 Monday in New York
    try {
      const reply = await ask('who comes on site to fix a broken laptop?');
      const text = cardText(reply);
      expect(text).toContain('On-site visits / hands-on hardware');
      expect(text).toMatch(/outside|after hours/i);
      expect(text).toContain('Fabrikam MSP');
    } finally {
      now = new Date('2026-11-23T15:00:00Z');
    }
  });

  it('away until: answers then show the MSP covering', async () => {
    const away = await ask('away until 2026-12-02');
    expect(cardText(away)).toMatch(/away until/i);
    const reply = await ask('who comes on site to fix a broken laptop?');
    expect(cardText(reply)).toMatch(/away/i);
    const back = await ask('back');
    expect(cardText(back)).toMatch(/welcome back/i);
  });

  it('says plainly when no row covers a question, and stores a proposed owner as a gap', async () => {
    const reply = await ask('who owns payroll?');
    expect(cardVerbs(reply)).toContain('gap.propose');
    const res = await t.post(
      cardAction('gap.propose', { question: 'who owns payroll?', proposedFunction: 'Payroll system', proposedOwner: 'internal', note: 'HR runs it' }, { user: MEGAN }),
    );
    expect(res.status).toBe(200);
    expect(validateCard(res.body.value)).toEqual([]);
    const engagement = await channelEngagement();
    const gaps = await t.baton.services.gaps.list(engagement!.id);
    expect(gaps).toMatchObject([{ question: 'who owns payroll?', proposedFunction: 'Payroll system', proposedOwner: 'internal', proposerName: MEGAN.name, status: 'open' }]);
  });

  it('rejects a gap proposal without a function, and stores nothing', async () => {
    const engagement = await channelEngagement();
    const before = (await t.baton.services.gaps.list(engagement!.id)).length;
    const res = await t.post(cardAction('gap.propose', { question: 'who owns the coffee machine?', proposedFunction: ' ', proposedOwner: 'nobody' }));
    expect(cardText(res.body.value)).toMatch(/name the function/i);
    expect((await t.baton.services.gaps.list(engagement!.id)).length).toBe(before);
  });

  it('shows the matrix grouped by side, and ours / msp / joint', async () => {
    const all = await ask('matrix');
    expect(validateCard(all.attachments[0].content)).toEqual([]);
    const text = cardText(all);
    for (const fn of ['Tier 1 helpdesk (passwords, printers, basic Windows)', 'Patch management for servers', 'Major projects (migrations, deployments)'])
      expect(text).toContain(fn);
    const ours = cardText(await ask('ours'));
    expect(ours).toContain('User onboarding / offboarding');
    expect(ours).not.toContain('Patch management for servers');
    const joint = cardText(await ask('joint'));
    expect(joint).toContain('Patch management for workstations');
    expect(joint).not.toContain('User onboarding / offboarding');
  });

  it('imports a pasted Markdown table as a new version, and refuses a bad one without writing', async () => {
    const bad = await ask('import\n| Function | Internal |\n|---|---|\n| Printers | ✓ |');
    expect(cardText(bad)).toMatch(/line/i);
    const before = await channelEngagement();
    expect(before?.matrixVersion).toBe(1);
    const good = await ask('import\n| Function | Internal | MSP |\n|---|---|---|\n| Printers and scanners | ✓ | Overflow only |\n| Firewall management | — | ✓ |');
    expect(validateCard(good.attachments[0].content)).toEqual([]);
    expect(cardText(good)).toContain('Firewall management');
    const after = await channelEngagement();
    expect(after?.matrixVersion).toBe(2);
    expect(cardText(await ask('who owns the firewall?'))).toContain('Firewall management');
  });

  it('shows the version history and the diff between two versions', async () => {
    const history = cardText(await ask('history'));
    expect(history).toMatch(/v2 \(current\)/);
    expect(history).toMatch(/v1: Setup: first matrix/);
    const diff = cardText(await ask('diff 1 2'));
    expect(diff).toContain('Added: Firewall management');
    expect(diff).toContain('Removed: Patch management for servers');
    expect(cardText(await ask('diff 1 9'))).toMatch(/No version 9/);
  });

  it('refuses an import by someone who is not a manager', async () => {
    const reply = await ask('import\n| Function | Internal | MSP |\n|---|---|---|\n| X | ✓ | — |', { user: MEGAN });
    expect(cardText(reply)).toMatch(/only a manager/i);
    const engagement = await channelEngagement();
    expect(engagement?.matrixVersion).toBe(2);
  });

  it('exports the matrix in the shape import reads (round trip: importing the export changes nothing)', async () => {
    for (const format of ['md', 'csv']) {
      const reply = await ask(`export ${format}`);
      const exported = reply.attachments[0].content.body.flatMap((b: any) => b.items ?? []).find((b: any) => b.fontType === 'Monospace').text as string;
      expect(exported).toContain('Firewall management');
      const reimport = await ask(`import\n${exported}`);
      expect(cardText(reimport)).toMatch(/no changes/i);
    }
  });

  it('offers "did you mean" buttons that answer with the chosen row', async () => {
    const res = await t.post(cardAction('who.pick', { question: 'firewall stuff', rowId: 'firewall-management' }));
    expect(cardText(res.body.value)).toContain('Firewall management');
  });

  it('handles the Action.Submit fallback of older clients as a new message', async () => {
    const before = t.connector.received.length;
    await t.post(cardSubmit('who.pick', { question: 'printers', rowId: 'printers-and-scanners' }));
    const received = await t.connector.waitFor(before + 1);
    expect(cardText(received[received.length - 1]!.activity)).toContain('Printers and scanners');
  });

  it('answers an unknown button with a clear message', async () => {
    const res = await t.post(cardAction('does.not.exist', {}));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toMatch(/not one Baton knows/);
  });

  it('rejects a body that is not an activity with 400', async () => {
    const res = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' });
    expect(res.status).toBe(400);
    const garbage = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(garbage.status).toBe(400);
  });

  it('keeps the conversation reference for proactive messages', async () => {
    const engagement = await channelEngagement();
    const conversations = await t.baton.services.conversations.list(engagement!.id);
    expect(conversations.map((c) => c.conversationId)).toEqual(expect.arrayContaining([inChannel.id, inPersonalChat.id]));
    const channel = conversations.find((c) => c.conversationId === inChannel.id);
    expect(channel?.reference).toMatchObject({ serviceUrl: t.connector.url, conversation: { id: inChannel.id } });
    expect(channel?.reference).not.toHaveProperty('activityId');
  });
});
