import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBatonAlert } from '../../bot/domain/alerts/baton-alert.ts';
import { isRfc3339DateTime, schemaErrors, type JsonSchema } from './json-schema-subset.ts';

/**
 * baton-alert.schema.json is what integrators code against; the zod parser is what Baton
 * enforces. Every sample below is judged by both, and they must agree, except for the known
 * disagreements listed (each with why), so that fixing one, or adding one, fails this test.
 */
const SCHEMA = JSON.parse(readFileSync(new URL('../../bot/domain/alerts/baton-alert.schema.json', import.meta.url), 'utf8')) as JsonSchema;

const MINIMAL = { source: 'veeam-01', severity: 'critical', summary: 'Backup job Nightly-FS failed' };
const FULL = {
  source: 'sentinelone',
  category: 'edr',
  severity: 'error',
  summary: 'Ransomware behaviour blocked on LAPTOP-22',
  details: 'Process encryptor.exe killed',
  dedupKey: 's1-threat-991',
  links: [{ href: 'https://usea1.sentinelone.net/threat/991', text: 'Threat' }, { href: 'http://intranet/runbook' }],
  occurredAt: '2026-11-24T09:00:00.250+01:00',
  function: 'EDR management / response',
  action: 'resolve',
  labels: { site: 'HQ', tier: '1' },
};
const labels = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`l${i}`, 'v']));
const links = (n: number) => Array.from({ length: n }, (_, i) => ({ href: `https://example.com/${i}` }));

const GOOD: Record<string, unknown> = {
  minimal: MINIMAL,
  full: FULL,
  'every severity': ['critical', 'error', 'warning', 'info'].map((severity) => ({ ...MINIMAL, severity })),
  'summary of 1024': { ...MINIMAL, summary: 's'.repeat(1024) },
  // Both count code points, not UTF-16 units: 1024 emoji are 2048 units.
  'summary of 1024 emoji': { ...MINIMAL, summary: '🔥'.repeat(1024) },
  'details of 8000': { ...MINIMAL, details: 'd'.repeat(8000) },
  'dedupKey of 255': { ...MINIMAL, dedupKey: 'k'.repeat(255) },
  '64 labels': { ...MINIMAL, labels: labels(64) },
  '20 links': { ...MINIMAL, links: links(20) },
  'occurredAt in UTC': { ...MINIMAL, occurredAt: '2026-11-24T09:00:00Z' },
  'action trigger': { ...MINIMAL, action: 'trigger' },
  'upper-case HTTPS link': { ...MINIMAL, links: [{ href: 'HTTPS://EXAMPLE.COM/x' }] },
};

const BAD: Record<string, unknown> = {
  'no source': { severity: 'info', summary: 's' },
  'no severity': { source: 'x', summary: 's' },
  'no summary': { source: 'x', severity: 'info' },
  'empty source': { ...MINIMAL, source: '' },
  'severity high': { ...MINIMAL, severity: 'high' },
  'summary of 1025': { ...MINIMAL, summary: 's'.repeat(1025) },
  'summary of 1025 emoji': { ...MINIMAL, summary: '🔥'.repeat(1025) },
  'details of 8001': { ...MINIMAL, details: 'd'.repeat(8001) },
  'dedupKey of 256': { ...MINIMAL, dedupKey: 'k'.repeat(256) },
  'empty dedupKey': { ...MINIMAL, dedupKey: '' },
  'category of 101': { ...MINIMAL, category: 'c'.repeat(101) },
  'empty function': { ...MINIMAL, function: '' },
  'unknown field': { ...MINIMAL, sumary: 'typo' },
  'ftp link': { ...MINIMAL, links: [{ href: 'ftp://files.example.com/x' }] },
  'link without href': { ...MINIMAL, links: [{ text: 'x' }] },
  '21 links': { ...MINIMAL, links: links(21) },
  'numeric label': { ...MINIMAL, labels: { a: 1 } },
  '65 labels': { ...MINIMAL, labels: labels(65) },
  'label of 501': { ...MINIMAL, labels: { a: 'v'.repeat(501) } },
  'occurredAt yesterday': { ...MINIMAL, occurredAt: 'yesterday' },
  'occurredAt date only': { ...MINIMAL, occurredAt: '2026-11-24' },
  'action acknowledge': { ...MINIMAL, action: 'acknowledge' },
  'severity as number': { ...MINIMAL, severity: 1 },
  'an array': [MINIMAL],
  'blank source': { ...MINIMAL, source: '   ' },
  'summary of 1024 plus a trailing space': { ...MINIMAL, summary: `${'s'.repeat(1024)} ` },
  'occurredAt without a zone': { ...MINIMAL, occurredAt: '2026-11-24T09:00:00' },
  'occurredAt on 30 February': { ...MINIMAL, occurredAt: '2026-02-30T09:00:00Z' },
  'link with an extra field': { ...MINIMAL, links: [{ href: 'https://example.com/', title: 'x' }] },
};

/** Samples where the two disagree today. Each is a bug in one of them; fix it and delete the line. */
const KNOWN_DISAGREEMENTS: Record<string, { sample: unknown; why: string }> = {};

const schemaAccepts = (sample: unknown) => schemaErrors(SCHEMA, sample).length === 0;
const zodAccepts = (sample: unknown) => parseBatonAlert(sample).ok;

function expand(samples: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(samples).flatMap(([name, sample]) =>
    name === 'every severity' ? (sample as unknown[]).map((s, i): [string, unknown] => [`${name} ${i}`, s]) : [[name, sample]],
  );
}

describe('baton-alert.schema.json and the zod parser', () => {
  it.each(expand(GOOD))('both accept: %s', (_name, sample) => {
    expect(schemaErrors(SCHEMA, sample)).toEqual([]);
    expect(parseBatonAlert(sample)).toMatchObject({ ok: true });
  });

  it.each(expand(BAD))('both refuse: %s', (_name, sample) => {
    expect(schemaAccepts(sample)).toBe(false);
    expect(zodAccepts(sample)).toBe(false);
  });

  it('the schema examples parse', () => {
    const examples = SCHEMA.examples as unknown[];
    expect(examples).toHaveLength(2);
    for (const example of examples) {
      expect(schemaErrors(SCHEMA, example)).toEqual([]);
      expect(zodAccepts(example)).toBe(true);
    }
  });

  it('disagree on exactly the known samples, and on none of the others', () => {
    const disagreeing = Object.entries(KNOWN_DISAGREEMENTS)
      .filter(([, { sample }]) => schemaAccepts(sample) !== zodAccepts(sample))
      .map(([name]) => name);
    expect(disagreeing).toEqual(Object.keys(KNOWN_DISAGREEMENTS));
  });

  it('the checker itself can refuse (so the agreement above means something)', () => {
    expect(schemaErrors(SCHEMA, { ...MINIMAL, sumary: 'x', severity: 'high' })).toEqual(['severity: not in enum', 'sumary: not allowed']);
    expect(schemaErrors(SCHEMA, {})).toEqual(['body: missing source', 'body: missing severity', 'body: missing summary']);
    expect(isRfc3339DateTime('2024-02-29T00:00:00Z')).toBe(true);
    expect(isRfc3339DateTime('2026-02-29T00:00:00Z')).toBe(false);
    expect(() => schemaErrors({ minimum: 1 }, 2)).toThrow('does not know the keyword "minimum"');
  });
});
