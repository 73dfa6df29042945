import { describe, expect, it } from 'vitest';
import { buildNoticeCard } from '../../cards/notice-card.ts';
import { validateCard } from '../../cards/validate-card.ts';

const base = { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.5' };
const submit = (verb: string, data: Record<string, unknown> = {}) => ({ type: 'Action.Submit', title: 'Go', data: { ...data, verb } });

describe('validateCard', () => {
  it('accepts a valid card', () => {
    expect(validateCard({ ...base, body: [{ type: 'TextBlock', text: 'Hi', wrap: true }] })).toEqual([]);
    expect(validateCard(buildNoticeCard({ title: 'Hello' }))).toEqual([]);
  });

  it('catches an unknown element type', () => {
    const problems = validateCard({ ...base, body: [{ type: 'Marquee', text: 'Hi' }] });
    expect(problems).toEqual([expect.stringContaining('Unknown element type "Marquee"')]);
  });

  it('catches an unknown action type', () => {
    expect(validateCard({ ...base, body: [], actions: [{ type: 'Action.Teleport', title: 'Go' }] })).toEqual([expect.stringContaining('Unknown action type "Action.Teleport"')]);
  });

  it('catches a duplicate id', () => {
    const problems = validateCard({
      ...base,
      body: [
        { type: 'Input.Text', id: 'name' },
        { type: 'Input.Text', id: 'name' },
      ],
    });
    expect(problems).toEqual([expect.stringContaining('Duplicate Id "name"')]);
  });

  it('catches an unknown property, also on facts and choices', () => {
    const problems = validateCard({
      ...base,
      body: [
        { type: 'TextBlock', text: 'Hi', wrapp: true },
        { type: 'FactSet', facts: [{ title: 'a', value: 'b', colour: 'red' }] },
        { type: 'Input.ChoiceSet', id: 'c', choices: [{ title: 'a', value: 'a', selected: true }] },
      ],
    });
    expect(problems).toEqual([
      expect.stringContaining('"TextBlock" has no property "wrapp"'),
      expect.stringContaining('Fact has no property "colour"'),
      expect.stringContaining('Choice has no property "selected"'),
    ]);
  });

  it('catches features of a later version and elements Teams does not render', () => {
    const problems = validateCard({
      ...base,
      body: [{ type: 'Media', sources: [{ mimeType: 'video/mp4', url: 'https://example.com/a.mp4' }] }],
      actions: [{ ...submit('x'), role: 'Link' }],
    });
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('Teams does not render "Media"'), expect.stringContaining('"role" is supported in version 1.6')]));
  });

  it('requires version 1.5 and the schema', () => {
    expect(validateCard({ ...base, version: '1.6', body: [] })).toContainEqual(expect.stringContaining('version must be "1.5"'));
    expect(validateCard({ type: 'AdaptiveCard', version: '1.5', body: [] })).toContainEqual(expect.stringContaining('$schema'));
    expect(validateCard([])).toEqual(['the card is not a JSON object']);
  });

  it('requires a verb and a matching Action.Submit fallback on Action.Execute', () => {
    expect(validateCard({ ...base, body: [], actions: [{ type: 'Action.Execute', title: 'Go', verb: 'go', data: { a: 1 } }] })).toEqual([
      expect.stringContaining('no Action.Submit fallback'),
    ]);
    expect(validateCard({ ...base, body: [], actions: [{ type: 'Action.Execute', title: 'Go', verb: 'go', data: { a: 1 }, fallback: submit('go', { a: 2 }) }] })).toEqual([
      expect.stringContaining('does not carry the same data'),
    ]);
    expect(validateCard({ ...base, body: [], actions: [{ type: 'Action.Execute', title: 'Go', verb: 'go', data: { a: 1 }, fallback: submit('go', { a: 1 }) }] })).toEqual([]);
  });

  it('catches unexpanded template keys', () => {
    expect(validateCard({ ...base, body: [{ type: 'TextBlock', text: 'x', $when: '${a}' }] })).toContainEqual(expect.stringContaining('template key "$when"'));
  });

  it('catches a card over the size budget', () => {
    const big = { ...base, body: [{ type: 'TextBlock', text: 'x'.repeat(30_000), wrap: true }] };
    expect(validateCard(big)).toEqual([expect.stringMatching(/over the budget of 28672/)]);
    expect(validateCard(big, { maxBytes: 40 * 1024 })).toEqual([]);
  });
});
