import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_MARKDOWN, defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import { exportMatrix } from '../../bot/domain/matrix/matrix-export.ts';
import { ownerLabel } from '../../bot/domain/matrix/matrix-summary.ts';
import { buildResolver } from '../../bot/domain/resolver/matrix-resolver.ts';
import { fixtureMatrix } from '../resolver/resolver-fixtures.ts';

describe('default template', () => {
  it('has the functions nearly every co-managed engagement has, with their owners (the 14 seed rows kept as they were)', () => {
    const matrix = defaultTemplateMatrix();
    expect(matrix.rows).toHaveLength(23);
    expect(matrix.rows.map((r) => [r.function, ownerLabel(r)])).toEqual([
      ['Tier 1 helpdesk (passwords, printers, basic Windows)', 'Internal'],
      ['On-site visits / hands-on hardware', 'Internal'],
      ['User onboarding / offboarding', 'Internal'],
      ['User accounts, sign-in and MFA (Entra ID / Active Directory)', 'Internal'],
      ['Microsoft 365 administration (mailboxes, Teams, SharePoint)', 'Internal'],
      ['Mobile devices and MDM (company phones, Intune)', 'MSP'],
      ['Network and Wi-Fi (switches, access points, office internet)', 'MSP'],
      ['Firewall, VPN and remote access', 'MSP'],
      ['Phone system (Teams Phone, desk phones)', 'Internal'],
      ['Software licences and hardware purchasing', 'Internal'],
      ['After-hours emergency response', 'MSP'],
      ['Cybersecurity monitoring / SIEM', 'MSP'],
      ['EDR management / response', 'MSP'],
      ['Email security platform', 'MSP'],
      ['Patch management for servers', 'MSP'],
      ['Patch management for workstations', 'Joint'],
      ['Backup management and testing', 'MSP'],
      ['Vendor management / contracts', 'MSP'],
      ['Compliance documentation', 'MSP'],
      ['Security awareness training and phishing simulations', 'MSP'],
      ['IT documentation and asset inventory', 'MSP'],
      ['vCIO / IT strategy', 'MSP'],
      ['Major projects (migrations, deployments)', 'Joint'],
    ]);
  });

  it('answers the questions the 14-row seed left as gaps: VPN, office wifi, MFA, mailboxes, a lost company phone (issue 12, item 7)', () => {
    const resolver = buildResolver(defaultTemplateMatrix());
    const answered = (q: string) => {
      const r = resolver.resolve(q);
      return r.outcome === 'answer' ? r.match?.row.function : r.outcome;
    };
    expect(answered('who owns the VPN?')).toBe('Firewall, VPN and remote access');
    expect(answered('the office wifi is down')).toBe('Network and Wi-Fi (switches, access points, office internet)');
    expect(answered('I lost my MFA phone, who resets MFA?')).toBe('User accounts, sign-in and MFA (Entra ID / Active Directory)');
    expect(answered('my mailbox is full')).toBe('Microsoft 365 administration (mailboxes, Teams, SharePoint)');
    expect(answered('I lost my company phone')).toBe('Mobile devices and MDM (company phones, Intune)');
    expect(answered('who owns the coffee machine?')).toBe('gap');
  });

  it('keeps Joint rows few (the quarterly review flags too many)', () => {
    const rows = defaultTemplateMatrix().rows;
    expect(rows.filter((r) => ownerLabel(r) === 'Joint').length / rows.length).toBeLessThanOrEqual(0.1);
  });

  it('equals the resolver fixture of the same template', () => {
    expect(defaultTemplateMatrix()).toEqual(fixtureMatrix('default-template'));
  });

  it('exports as Markdown exactly as the template text', () => {
    expect(exportMatrix(defaultTemplateMatrix(), 'md')).toBe(DEFAULT_TEMPLATE_MARKDOWN);
  });
});
