import { describe, expect, it } from 'vitest';
import { buildCorrectionCard } from '../../cards/correction-card.ts';
import { buildDidYouMeanCard } from '../../cards/did-you-mean-card.ts';
import { buildHelpCard } from '../../cards/help-card.ts';
import { buildNoticeCard, type NoticeStyle } from '../../cards/notice-card.ts';
import { buildSetupCard } from '../../cards/setup-card.ts';
import { buildSetupDoneCard } from '../../cards/setup-done-card.ts';
import { buildWelcomeCard } from '../../cards/welcome-card.ts';
import { SAMPLE_SETUP } from './card-samples.ts';
import { colourProblems } from './colour-check.ts';

const STYLES: NoticeStyle[] = ['default', 'good', 'warning', 'attention'];

describe('notice cards, every style', () => {
  it.each(STYLES)('%s: no coloured text on a container of its own colour, nothing theme-bound', (style) => {
    const card = buildNoticeCard({ title: 'Alex Wilber is away until Wed 2 Dec, 09:00', text: 'Questions for Contoso IT show who covers.', bullets: ['one'], style });
    expect(colourProblems(card)).toEqual([]);
  });

  it('the away notice keeps its green container and puts the heading in the theme’s text colour', () => {
    const card = buildNoticeCard({ title: 'Alex Wilber is away until Wed 2 Dec, 09:00', style: 'good' });
    expect(JSON.stringify(card)).toContain('"style":"good"');
    expect(JSON.stringify(card)).not.toContain('"color":"Good"');
  });
});

describe('the other cards of the first hour', () => {
  const cards = {
    welcome: buildWelcomeCard({ setUp: false, inChannel: true }),
    'welcome (set up)': buildWelcomeCard({ setUp: true, internalName: 'Contoso IT', mspName: 'Fabrikam MSP' }),
    'setup with errors': buildSetupCard({ ...SAMPLE_SETUP, errors: ['Pick at least one working day.'] }),
    'setup done': buildSetupDoneCard({ ...SAMPLE_SETUP, matrixVersion: 1, rowCount: 14, matrixSource: 'default' }),
    'did you mean': buildDidYouMeanCard({ question: 'q', topic: 't', choices: [{ rowId: 'a', functionName: 'A' }] }),
    'correction with an error': buildCorrectionCard({ question: 'q', context: { was: 'gap', matrixVersion: 1 }, wasText: 'x', functions: ['A'], error: 'Not allowed.' }),
    help: buildHelpCard({ inChannel: true, footer: 'Matrix v3' }),
  };
  it.each(Object.entries(cards))('%s: no colour on colour', (_name, card) => {
    expect(colourProblems(card)).toEqual([]);
  });
});
