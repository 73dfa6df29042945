import { parseCell } from '../../bot/domain/matrix/cell.ts';
import { assignRowIds, type Matrix } from '../../bot/domain/matrix/matrix.ts';

const AREAS = [
  'servers',
  'workstations',
  'laptops',
  'firewalls',
  'switches',
  'Wi-Fi access points',
  'VPN',
  'Microsoft 365 tenant',
  'Exchange Online',
  'SharePoint sites',
  'Teams telephony',
  'printers',
  'mobile phones',
  'Intune policies',
  'Active Directory',
  'Entra ID',
  'DNS zones',
  'SSL certificates',
  'backups',
  'disaster recovery site',
  'EDR agents',
  'SIEM',
  'email security gateway',
  'ERP system',
  'CRM system',
  'payroll software',
  'file shares',
  'NAS storage',
  'Hyper-V hosts',
  'VMware cluster',
  'Azure subscriptions',
  'AWS accounts',
  'conference room AV',
  'door access control',
  'CCTV cameras',
  'UPS units',
  'internet circuits',
  'SD-WAN',
  'web site hosting',
  'domain registrations',
  'software licensing',
  'hardware warranties',
  'asset inventory',
  'security awareness training',
  'vulnerability scanning',
  'penetration tests',
  'compliance evidence',
  'IT policies',
  'IT budget',
  'vendor contracts',
];
const ACTIVITIES = [
  'Patch management for',
  'Monitoring of',
  'Configuration changes to',
  'Incident response for',
  'Documentation of',
  'Procurement of',
  'Capacity planning for',
  'Access reviews for',
  'Decommissioning of',
  'Break/fix support for',
];
const CELLS = ['✓', '—', 'Joint', 'Overflow only', 'When internal unavailable', 'Advanced changes only'];

/** A realistic-looking 500-row matrix (50 areas × 10 activities) for benchmarks. */
export function syntheticMatrix(rows = 500): Matrix {
  const out: Array<Omit<Matrix['rows'][number], 'id'>> = [];
  for (const area of AREAS) {
    for (const activity of ACTIVITIES) {
      const i = out.length;
      out.push({
        function: `${activity} ${area}`,
        internal: parseCell(CELLS[i % 3 === 0 ? 0 : i % 3 === 1 ? 1 : 2]!),
        msp: parseCell(CELLS[(i * 7) % CELLS.length]!),
        aliases: [],
      });
      if (out.length >= rows) return { rows: assignRowIds(out) };
    }
  }
  return { rows: assignRowIds(out) };
}

/** Questions people would ask of that matrix, with a few that match nothing. */
export function syntheticQuestions(): string[] {
  return [
    'who owns patching for the servers?',
    'who handles firewall config changes',
    'wifi access points monitoring — ours or msp?',
    'who do I call when exchange online is down',
    'who buys new laptops',
    'intune policy changes?',
    'who renews the SSL certs',
    'backup monitoring',
    'who fixes the printers',
    'who waters the office plants?',
    'vmware capacity planning',
    'who decommissions old NAS boxes',
  ];
}
