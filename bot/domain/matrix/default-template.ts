import type { Matrix } from './matrix.ts';
import { parseMatrix } from './matrix-import.ts';

/** The matrix offered at setup: a 75-person business with one internal IT person and an MSP. */
export const DEFAULT_TEMPLATE_MARKDOWN = `| Function | Internal | MSP |
|---|---|---|
| Tier 1 helpdesk (passwords, printers, basic Windows) | ✓ | Overflow only |
| On-site visits / hands-on hardware | ✓ | When internal unavailable |
| User onboarding / offboarding | ✓ | — |
| After-hours emergency response | — | ✓ |
| Cybersecurity monitoring / SIEM | — | ✓ |
| EDR management / response | — | ✓ |
| Email security platform | — | ✓ |
| Patch management for servers | — | ✓ |
| Patch management for workstations | Joint | Joint |
| Backup management and testing | — | ✓ |
| Vendor management / contracts | — | ✓ |
| Compliance documentation | — | ✓ |
| vCIO / IT strategy | — | ✓ |
| Major projects (migrations, deployments) | Joint | Joint |
`;

let template: Matrix | undefined;

/** The default template as a Matrix (parsed once; the result is never mutated). */
export function defaultTemplateMatrix(): Matrix {
  if (!template) {
    const parsed = parseMatrix(DEFAULT_TEMPLATE_MARKDOWN, 'md');
    if (!parsed.ok) throw new Error(`The default template does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
    template = parsed.matrix;
  }
  return template;
}
