import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setRole } from '../../bot/domain/engagement/people.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { ADELE, ALEX, cardAction, inGroupChat, MEGAN, message, type TestUser } from '../support/activities.ts';
import { azuriteConnectionString } from '../support/azurite.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { runCli } from '../cli/run-cli.ts';
import { cardText, cardVerbs } from '../teams/card-text.ts';

/** Monday 23 Nov 2026, 10:00 in New York. */
let now = new Date('2026-11-23T15:00:00Z');
const DANA: TestUser = { id: '29:dana', aadObjectId: 'aad-dana', name: 'Dana Ortiz' };
const PAT: TestUser = { id: '29:pat', aadObjectId: 'aad-pat', name: 'Pat Guest' };

const VENDORS = 'Vendor management / contracts';
const WORKSTATIONS = 'Patch management for workstations';

/** Every Action.Execute on a card, with its data. */
function executes(card: Record<string, any>): Array<{ verb: string; title: string; data: Record<string, unknown> }> {
  const out: Array<{ verb: string; title: string; data: Record<string, unknown> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, any>;
      if (n.type === 'Action.Execute') out.push({ verb: n.verb, title: n.title, data: n.data ?? {} });
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

function input(card: Record<string, any>, id: string): Record<string, any> | undefined {
  let found: Record<string, any> | undefined;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, any>;
      if (n.id === id && typeof n.type === 'string' && n.type.startsWith('Input.')) found = n;
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('"Not right?": corrections that teach the resolver, over HTTP with Azurite', () => {
  let t: TestBaton;
  let id: string;

  beforeAll(async () => {
    t = await startTestBaton({ clock: () => now });
    await t.post(cardAction('setup.save', SETUP_CONTOSO)); // Alex: internal-manager
    id = (await t.baton.services.engagements.list()).find((e) => e.conversationKind === 'channel')!.id;
    await t.baton.services.engagements.update(id, (e) => {
      let next = setRole(e, MEGAN, 'msp-engineer', now.toISOString());
      next = setRole(next, ADELE, 'internal-it', now.toISOString());
      return setRole(next, DANA, 'msp-manager', now.toISOString());
    });
  });
  afterAll(async () => {
    await t.stop();
  });

  async function ask(text: string, user: TestUser, where?: { id: string; conversationType: string }) {
    const before = t.connector.received.length;
    const res = await t.post(message(text, { user, ...(where ? { where } : {}) }));
    expect(res.status).toBe(200);
    const received = await t.connector.waitFor(before + 1);
    return received[received.length - 1]!.activity.attachments[0].content as Record<string, any>;
  }

  async function click(verb: string, data: Record<string, unknown>, user: TestUser) {
    const res = await t.post(cardAction(verb, data, { user }));
    expect(res.status).toBe(200);
    return res.body as { type: string; value: any };
  }

  /** Opens "Not right?" on `card` and picks the row whose function is `fn`. */
  async function correct(card: Record<string, any>, fn: string, user: TestUser) {
    const open = executes(card).find((a) => a.verb === 'who.correct.open');
    expect(open, 'the card offers Not right?').toBeDefined();
    const form = await click('who.correct.open', open!.data, user);
    expect(validateCard(form.value)).toEqual([]);
    const choice = input(form.value, 'row')!;
    expect(choice.style).toBe('filtered');
    const value = (choice.choices as Array<{ title: string; value: string }>).find((c) => c.title === fn)!.value;
    const submit = executes(form.value).find((a) => a.verb === 'who.correct')!;
    return click('who.correct', { ...submit.data, row: value }, user);
  }

  it('a wrong answer corrected by a manager is right for someone else asking in other words', async () => {
    const wrong = await ask('who deals with the Ricoh copier lease?', MEGAN);
    expect(cardText(wrong)).toContain('Tier 1 helpdesk'); // the resolver really is wrong here
    expect(cardVerbs(wrong)).toContain('who.correct.open');
    const corrected = await correct(wrong, VENDORS, ALEX);
    expect(corrected.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(validateCard(corrected.value)).toEqual([]);
    expect(cardText(corrected.value)).toContain(VENDORS);
    expect(cardText(corrected.value)).toContain('Corrected: Baton answers this way for everyone now.');

    const right = await ask('the Ricoh copier lease is up for renewal, who handles it?', ADELE);
    expect(cardText(right)).toContain(`**${VENDORS}**`);
    expect(cardText(right)).toContain('Learned from a correction by Alex Wilber on Mon 23 Nov 2026.');

    const [correction] = await t.baton.services.corrections.correctionsBetween(id, '2026-11-23', '2026-11-24');
    expect(correction).toMatchObject({
      question: 'who deals with the Ricoh copier lease?',
      rowId: 'vendor-management-contracts',
      function: VENDORS,
      matrixVersion: 1,
      by: { id: ALEX.id, aadObjectId: ALEX.aadObjectId, name: ALEX.name, role: 'internal-manager', side: 'internal' },
      original: { outcome: 'answer', rowId: 'tier-1-helpdesk-passwords-printers-basic-windows' },
      appliesTo: 'everyone',
    });
  });

  it('a non-manager’s correction applies to them at once, and to others only when a second person agrees', async () => {
    const gap = await ask('who owns PDQ?', MEGAN);
    expect(cardText(gap)).toContain('No row covers this');
    const mine = await correct(gap, WORKSTATIONS, MEGAN);
    expect(cardText(mine.value)).toContain(`**${WORKSTATIONS}**`);
    expect(cardText(mine.value)).toContain('Corrected for you');

    expect(cardText(await ask('who looks after pdq', MEGAN))).toContain(`**${WORKSTATIONS}**`);
    expect(cardText(await ask('who looks after pdq', ADELE))).toContain('No row covers this');
    // The same person again is not a second person (and Baton already answers her with that row: nothing recorded).
    const again = await correct(await ask('who looks after pdq?', MEGAN), WORKSTATIONS, MEGAN);
    expect(cardText(again.value)).toContain('That is the row Baton answered with: nothing to correct.');
    expect(cardText(await ask('who looks after pdq', ALEX))).toContain('No row covers this');

    const agreed = await correct(await ask('who looks after pdq', ADELE), WORKSTATIONS, ADELE);
    expect(cardText(agreed.value)).toContain('for everyone now');
    const everyone = await ask('PDQ jobs keep failing, who owns it?', ALEX);
    expect(cardText(everyone)).toContain(`**${WORKSTATIONS}**`);
  });

  it('refuses someone without a role on the roster, in words, keeping their pick', async () => {
    const answer = await ask('who deals with the Ricoh copier lease?', PAT);
    const open = executes(answer).find((a) => a.verb === 'who.correct.open')!;
    const form = await click('who.correct.open', open.data, PAT);
    const submit = executes(form.value).find((a) => a.verb === 'who.correct')!;
    const refused = await click('who.correct', { ...submit.data, row: '3' }, PAT);
    expect(validateCard(refused.value)).toEqual([]);
    expect(cardText(refused.value)).toContain('Only people on this team’s roster can correct Baton’s answers');
    expect(input(refused.value, 'row')!.value).toBe('3');
    const stored = await t.baton.services.corrections.correctionsBetween(id, '2026-01-01', '2027-01-01');
    expect(stored.some((c) => c.by.id === PAT.id)).toBe(false);
  });

  it('a "did you mean" pick counts as a correction', async () => {
    const before = (await t.baton.services.corrections.correctionsBetween(id, '2026-01-01', '2027-01-01')).length;
    const picked = await click('who.pick', { question: 'who handles Scoop installs?', rowId: 'cybersecurity-monitoring-siem' }, MEGAN);
    expect(cardText(picked.value)).toContain('Cybersecurity monitoring / SIEM');
    const after = await t.baton.services.corrections.correctionsBetween(id, '2026-01-01', '2027-01-01');
    expect(after).toHaveLength(before + 1);
    expect(after.filter((c) => c.via === 'pick')).toEqual([
      expect.objectContaining({ original: { outcome: 'ambiguous' }, rowId: 'cybersecurity-monitoring-siem', appliesTo: 'author', by: expect.objectContaining({ id: MEGAN.id }) }),
    ]);
  });

  it('`learned` lists the phrasings; a manager confirms one, a non-manager is refused', async () => {
    const list = await ask('learned', ALEX);
    expect(validateCard(list)).toEqual([]);
    const text = cardText(list);
    expect(text).toContain('“ricoh copier lease” — applies to everyone (a manager’s correction)');
    expect(text).toContain('“pdq” — applies to everyone (two people agreed)');
    expect(text).toContain('“scoop installs” — applies to its author only');
    const confirm = executes(list).find((a) => a.verb === 'learned.confirm')!;
    const refused = await click('learned.confirm', confirm.data, ADELE);
    expect(cardText(refused.value)).toContain('Only a manager of either side can confirm or drop');
    expect(cardText(await ask('who handles Scoop installs?', ADELE))).not.toContain('**Cybersecurity monitoring / SIEM**');
    const confirmed = await click('learned.confirm', confirm.data, ALEX);
    expect(cardText(confirmed.value)).toContain('Confirmed: “scoop installs” applies to everyone now.');
    expect(cardText(await ask('who handles Scoop installs?', ADELE))).toContain('**Cybersecurity monitoring / SIEM**');
  });

  it('another engagement never sees them', async () => {
    await t.post(cardAction('setup.save', SETUP_CONTOSO, { where: inGroupChat }));
    const other = (await t.baton.services.engagements.list()).find((e) => e.conversationKind === 'groupChat')!;
    expect(other.id).not.toBe(id);
    expect(cardText(await ask('who deals with the Ricoh copier lease?', ALEX, inGroupChat))).toContain('Tier 1 helpdesk');
    expect(cardText(await ask('who owns PDQ?', ALEX, inGroupChat))).toContain('No row covers this');
    expect(await t.baton.services.corrections.phrasings(other.id)).toEqual([]);
    expect(await t.baton.services.corrections.correctionsBetween(other.id, '2026-01-01', '2027-01-01')).toEqual([]);
  });

  it('the weekly standup counts the answers corrected that week', async () => {
    // The standup reports the last full week (Mon 23 – Sun 29 Nov), so it is the next Monday's.
    now = new Date('2026-11-30T15:00:00Z');
    const res = await t.post(message('standup now', { user: ALEX }));
    expect(res.status).toBe(200);
    const standup = await t.baton.services.rituals.latest(id, 'standup');
    // Alex's, Megan's and Adele's corrections and Megan's pick.
    expect(standup?.run.kind === 'standup' && standup.run.facts.corrected).toBe(4);
    now = new Date('2026-11-24T15:00:00Z');
  });

  it('the audit trail, corrections included, verifies with `baton audit verify`', async () => {
    const env = { AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(), BATON_TABLE_PREFIX: t.baton.config.storage.tablePrefix };
    const { code, stdout } = await runCli(['audit', 'verify', '--engagement', id, '--json'], env);
    const result = JSON.parse(stdout);
    expect(result.problems).toEqual([]);
    expect(code).toBe(0);
    // 4 corrections (2 of them shared a phrasing: 2 events each) and a confirmation.
    expect(result).toMatchObject({ ok: true, records: 7, heads: [{ handoffId: 'learning', count: 7 }] });
  }, 30_000);

  it('the quarterly review keeps a learned phrasing as an alias (export shows it) and drops another', async () => {
    now = new Date('2026-11-25T15:00:00Z');
    await t.post(message('review now', { user: ALEX }));
    const stored = await t.baton.services.rituals.latest(id, 'review');
    const review = stored!.run;
    if (review.kind !== 'review') throw new Error('no review');
    expect(review.learned?.map((r) => [r.rowId, r.phrasings.map((p) => p.text)])).toEqual([
      ['cybersecurity-monitoring-siem', ['scoop installs']],
      ['patch-management-for-workstations', ['pdq']],
      ['vendor-management-contracts', ['ricoh copier lease']],
    ]);
    const base = { engagementId: id, review: review.key };
    const refused = await click('review.learned', { ...base, keepLearned: 'vendor-management-contracts' }, MEGAN);
    expect(cardText(refused.value)).toContain('Only a manager of either side');
    const kept = await click('review.learned', { ...base, keepLearned: 'vendor-management-contracts,cybersecurity-monitoring-siem' }, ALEX);
    expect(validateCard(kept.value)).toEqual([]);
    expect(input(kept.value, 'keepLearned')!.value).toBe('cybersecurity-monitoring-siem,vendor-management-contracts');
    await click('review.row', { ...base, decision: 'confirm-rest' }, ALEX);
    // Rows with findings are not confirmed by the one click: each gets its own decision.
    const afterRest = (await t.baton.services.rituals.get(id, review.key))!.run;
    const decided = afterRest.kind === 'review' ? Object.keys(afterRest.decisions) : [];
    for (const row of review.evidence.rows.filter((r) => !decided.includes(r.rowId))) await click('review.row', { ...base, row: row.rowId, decision: 'confirm' }, ALEX);
    for (let i = 0; i < review.evidence.proposed.length; i++) await click('review.proposal', { ...base, proposal: `p${i}`, accept: false }, ALEX);
    await click('review.sign', base, ALEX);
    const published = await click('review.sign', base, DANA);
    expect(cardText(published.value)).toContain('published v2');

    const before = t.connector.received.length;
    await t.post(message('export csv', { user: ADELE }));
    const exported = cardText((await t.connector.waitFor(before + 1))[before]!.activity);
    expect(exported).toMatch(/Vendor management \/ contracts,[^\n]*ricoh copier lease/);
    expect(exported).toMatch(/Cybersecurity monitoring \/ SIEM,[^\n]*scoop installs/);
    expect(exported).not.toContain('pdq');
    // Adopted and dropped phrasings no longer steer answers as learned ones; the alias does.
    expect(await t.baton.services.corrections.phrasings(id)).toEqual([]);
    expect(cardText(await ask('who deals with the Ricoh copier lease?', ADELE))).toContain(`**${VENDORS}**`);
    expect(cardText(await ask('who owns PDQ?', MEGAN))).toContain('No row covers this');
    const { code, stdout } = await runCli(['audit', 'verify', '--engagement', id, '--json'], {
      AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(),
      BATON_TABLE_PREFIX: t.baton.config.storage.tablePrefix,
    });
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, problems: [] });
    expect(code).toBe(0);
  }, 30_000);
});
