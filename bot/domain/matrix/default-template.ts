import type { Matrix } from './matrix.ts';
import { parseMatrix } from './matrix-import.ts';

/**
 * The matrix offered at setup: a 75-person business with one internal IT person and an MSP. A starting
 * point to edit (`export`, change, `import`): the functions nearly every co-managed engagement has, split
 * the way such an engagement usually starts, with few Joint rows.
 */
export const DEFAULT_TEMPLATE_MARKDOWN = `| Function | Internal | MSP |
|---|---|---|
| Tier 1 helpdesk (passwords, printers, basic Windows) | ✓ | Overflow only |
| On-site visits / hands-on hardware | ✓ | When internal unavailable |
| User onboarding / offboarding | ✓ | — |
| User accounts, sign-in and MFA (Entra ID / Active Directory) | ✓ | Advanced changes only |
| Microsoft 365 administration (mailboxes, Teams, SharePoint) | ✓ | Advanced changes only |
| Mobile devices and MDM (company phones, Intune) | — | ✓ |
| Network and Wi-Fi (switches, access points, office internet) | — | ✓ |
| Firewall, VPN and remote access | — | ✓ |
| Phone system (Teams Phone, desk phones) | ✓ | Advanced changes only |
| Software licences and hardware purchasing | ✓ | — |
| After-hours emergency response | — | ✓ |
| Cybersecurity monitoring / SIEM | — | ✓ |
| EDR management / response | — | ✓ |
| Email security platform | — | ✓ |
| Patch management for servers | — | ✓ |
| Patch management for workstations | Joint | Joint |
| Backup management and testing | — | ✓ |
| Vendor management / contracts | — | ✓ |
| Compliance documentation | — | ✓ |
| Security awareness training and phishing simulations | — | ✓ |
| IT documentation and asset inventory | — | ✓ |
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
