import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALEX, cardAction, MEGAN, message } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { parseWithForm } from '../../bot/teams/command-parser.ts';
import { CHAT_COMMANDS } from '../../bot/teams/commands/index.ts';
import { cardText } from './card-text.ts';
import { at, messageMentioning } from './mention-message.ts';

/**
 * Who may use each form, as the registry declares it, is what the handlers do: over HTTP, after
 * Alex's setup made him the only manager, Megan (no role) is refused every `managers` form and
 * none of the others. One sample per form; a new form without a sample fails here.
 */
const SAMPLES: Record<string, string | { text: string; mentionAlex: true }> = {
  'who-owns:ask': 'who owns server patching?',
  'matrix:matrix': 'matrix',
  'side:side': 'ours',
  'away:away': 'away until 2026-12-02',
  'away:back': 'back',
  'import:import': 'import\n| Function | Internal | MSP |\n|---|---|---|\n| X | ✓ | — |',
  'export:export': 'export csv',
  'history:history': 'history',
  'diff:diff': 'diff',
  'handoffs:handoffs': 'handoffs',
  'handoffs:handoff': 'handoff h-123456',
  'standup:ritual-now': 'standup now',
  'standup:standup': 'standup',
  'review:ritual-now': 'review now',
  'review:review-status': 'review status',
  'learned:learned': 'learned',
  'schedule:schedule': 'schedule',
  'setup:setup': 'setup',
  'people:people': 'people',
  'people:role': { text: `role ${at(ALEX)} msp-engineer`, mentionAlex: true },
  'help:help': 'help',
};

const REFUSED = /only a manager|not allowed/i;

describe('who may use each chat command, over HTTP', () => {
  let t: TestBaton;
  beforeAll(async () => {
    t = await startTestBaton({ clock: () => new Date('2026-11-23T15:00:00Z') });
    expect((await t.post(cardAction('setup.save', SETUP_CONTOSO))).status).toBe(200);
  });
  afterAll(async () => {
    await t.stop();
  });

  /** Each form by command and kind; forms sharing a key (ours / msp / joint) share one sample and must share an audience. */
  const forms = CHAT_COMMANDS.flatMap((c) => c.forms.map((form) => ({ key: `${c.id}:${form.kind}`, form })));
  const audienceOf = (key: string) => forms.find((f) => f.key === key)!.form.audience;

  it('has a sample for every form, recognised by a form of its key; forms sharing a key share an audience', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...new Set(forms.map((f) => f.key))].sort());
    for (const [key, sample] of Object.entries(SAMPLES)) {
      const text = typeof sample === 'string' ? sample : sample.text.replace(at(ALEX), `@${ALEX.name}`);
      const { form } = parseWithForm(text);
      expect(
        forms.filter((f) => f.key === key).map((f) => f.form),
        `${key}: "${text}"`,
      ).toContain(form);
      for (const f of forms.filter((f) => f.key === key)) expect(f.form.audience, key).toBe(audienceOf(key));
    }
  });

  it.each(Object.entries(SAMPLES))('%s: refused to a non-manager exactly when declared for managers', async (key, sample) => {
    const activity = typeof sample === 'string' ? message(sample, { user: MEGAN }) : messageMentioning(sample.text, [ALEX], { user: MEGAN });
    const before = t.connector.received.length;
    expect((await t.post(activity)).status).toBe(200);
    const received = await t.connector.waitFor(before + 1);
    const text = received
      .slice(before)
      .map((r) => cardText(r.activity))
      .join('\n');
    if (audienceOf(key) === 'managers') expect(text).toMatch(REFUSED);
    else expect(text).not.toMatch(REFUSED);
  });
});
