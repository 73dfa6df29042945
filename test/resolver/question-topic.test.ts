import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../bot/domain/resolver/normalize-text.ts';
import { extractTopic } from '../../bot/domain/resolver/question-topic.ts';

const topic = (q: string) => extractTopic(normalizeText(q));

describe('extractTopic', () => {
  it.each([
    ['who owns server patching?', 'server patching'],
    ['Who handles backups', 'backups'],
    ["who's responsible for the firewall?", 'firewall'],
    ['who is responsible for onboarding', 'onboarding'],
    ['whose job is it to patch servers?', 'patch servers'],
    ['who do I call about the printer?', 'printer'],
    ['who do I call when the printer jams?', 'printer jams'],
    ['who should I contact when the VPN is down', 'vpn is down'],
    ['who should I ping about SharePoint', 'sharepoint'],
    ["EDR — ours or the MSP's?", 'edr'],
    ['backups - internal or MSP?', 'backups'],
    ['is email security us or them', 'email security'],
    ['patching servers?', 'patching servers'],
    ['who takes care of the wifi', 'wifi'],
    ['who looks after antivirus', 'antivirus'],
    ['who deals with vendors', 'vendors'],
    ['who manages contracts', 'contracts'],
    ['who is on the hook for compliance', 'compliance'],
    ['who do I ask about licensing', 'licensing'],
    ['hey, quick question: who sets up new hires?', 'new hires'],
    ['does the MSP handle backups?', 'backups'],
    ["my laptop won't turn on, who comes out?", 'laptop wont turn on comes out'],
  ])('%s → %s', (question, expected) => {
    expect(topic(question)).toBe(expected);
  });

  it('leaves nothing when only the asking phrase is there', () => {
    expect(topic('who owns it?')).toBe('');
    expect(topic('us or them?')).toBe('');
  });
});

describe('normalizeText', () => {
  it('folds case, accents, dashes and contractions', () => {
    expect(normalizeText('Wi-Fi café — who’s on it?')).toBe('wi fi cafe - who is on it?');
    expect(normalizeText("MSP's laptop won't boot")).toBe('msp laptop wont boot');
  });

  it('reads late clock times as overnight and names Teams the product', () => {
    expect(normalizeText('server down at 2am')).toBe('server down at overnight');
    expect(normalizeText('Teams calling is broken')).toBe('msteams calling is broken');
  });
});
