import type { AlertEvent } from '../alerts/alert-event.ts';

/**
 * An alert read the way a person would say it: which tool sent what kind of alert ("veeam backup
 * job", "ninjaone os patch windows server"), and that plus its summary with the machine identifiers
 * taken out (host names, IPs, ids, KB numbers, paths). Long alerts are mostly identifiers; left in,
 * they drown the few words that say what the alert is about.
 */
export interface AlertReading {
  /** Tool, category, rule name and the labels that say what kind of thing is alerting. */
  readonly kind: string;
  /** The kind plus the summary, identifiers removed. */
  readonly full: string;
}

/** Labels whose values name a kind of alert or thing (not a place, person or organisation). */
const KIND_LABELS = new Set([
  'alertname',
  'job_type',
  'jobtype',
  'role',
  'class',
  'component',
  'group',
  'service',
  'classification',
  'check',
  'check_type',
  'monitor',
  'monitor_type',
  'type',
  'device_type',
  'devicetype',
  'category',
  'product',
  'source_type',
  'integration',
  'tool',
  'vendor',
  'threat_type',
  'event_type',
  'alert_type',
  'detection_type',
]);

/** "VeeamJobNotSucceeded" → "Veeam Job Not Succeeded"; "node_filesystem_avail" → "node filesystem avail". */
export function splitIdentifierWords(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ');
}

/** A URL said by its host's names: "https://acme.smartvault.com/login" → "acme smartvault". */
function urlWords(url: string): string {
  try {
    const host = new URL(url).hostname;
    return host
      .split('.')
      .slice(0, -1)
      .filter((l) => l !== 'www')
      .join(' ');
  } catch {
    return '';
  }
}

/**
 * True for a token that identifies a thing rather than saying what it is: it has digits (SQL01,
 * 10.1.2.3, KB5034765, 0x800f0922, 23H2), is an upper-case hyphenated name (HB-DSM-FS01), an email,
 * a path, or a long hex/GUID.
 */
function isIdentifier(token: string): boolean {
  const t = token.replace(/^[("'[{<]+|[)"'\]}>:;,.!?]+$/g, '');
  if (t === '') return true;
  if (/\d/.test(t)) return true;
  if (t.includes('@') || t.includes('\\') || (t.includes('/') && t.length > 12)) return true;
  if (/^[A-Z0-9]+(?:[-_][A-Z0-9]+)+$/.test(t)) return true;
  return false;
}

/** The text with URLs replaced by their host names and identifiers removed. */
export function withoutIdentifiers(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, (url) => ` ${urlWords(url.replace(/[)\]}>,.;]+$/, ''))} `)
    .split(/\s+/)
    .filter((token) => token !== '' && !isIdentifier(token))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A source that is a host or instance ("HB-DSM-VBR01", "10.0.0.5:9182") says nothing; a tool name does. */
function toolName(source: string): string | undefined {
  const words = withoutIdentifiers(splitIdentifierWords(source));
  return words === '' ? undefined : words;
}

export function readAlert(event: AlertEvent): AlertReading {
  const labelWords = Object.entries(event.labels)
    .filter(([key, value]) => KIND_LABELS.has(key.toLowerCase()) && value.length <= 60)
    .map(([, value]) => withoutIdentifiers(splitIdentifierWords(value)));
  const parts = [toolName(event.source), event.category, ...labelWords].map((p) => p?.trim()).filter((p): p is string => p !== undefined && p !== '');
  const kind = [...new Set(parts.map((p) => p.toLowerCase()))].join(' ');
  const summary = withoutIdentifiers(event.summary);
  return { kind, full: [kind, summary].filter((p) => p !== '').join(': ') };
}
