import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_MARKDOWN, defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import { exportMatrix } from '../../bot/domain/matrix/matrix-export.ts';
import { ownerLabel } from '../../bot/domain/matrix/matrix-summary.ts';
import { fixtureMatrix } from '../resolver/resolver-fixtures.ts';

describe('default template', () => {
  it('has the 14 functions with their owners', () => {
    const matrix = defaultTemplateMatrix();
    expect(matrix.rows).toHaveLength(14);
    expect(matrix.rows.map((r) => [r.function, ownerLabel(r)])).toEqual([
      ['Tier 1 helpdesk (passwords, printers, basic Windows)', 'Internal'],
      ['On-site visits / hands-on hardware', 'Internal'],
      ['User onboarding / offboarding', 'Internal'],
      ['After-hours emergency response', 'MSP'],
      ['Cybersecurity monitoring / SIEM', 'MSP'],
      ['EDR management / response', 'MSP'],
      ['Email security platform', 'MSP'],
      ['Patch management for servers', 'MSP'],
      ['Patch management for workstations', 'Joint'],
      ['Backup management and testing', 'MSP'],
      ['Vendor management / contracts', 'MSP'],
      ['Compliance documentation', 'MSP'],
      ['vCIO / IT strategy', 'MSP'],
      ['Major projects (migrations, deployments)', 'Joint'],
    ]);
  });

  it('equals the resolver fixture of the same template', () => {
    expect(defaultTemplateMatrix()).toEqual(fixtureMatrix('default-template'));
  });

  it('exports as Markdown exactly as the template text', () => {
    expect(exportMatrix(defaultTemplateMatrix(), 'md')).toBe(DEFAULT_TEMPLATE_MARKDOWN);
  });
});
