import { describe, expect, it } from 'vitest';
import { builtInLexicon } from '../../bot/domain/resolver/concept-lexicon.ts';
import { IT_LEXICON } from '../../bot/domain/resolver/it-lexicon.ts';
import { buildResolver } from '../../bot/domain/resolver/matrix-resolver.ts';
import { derivedForms } from '../../bot/domain/resolver/matrix-index.ts';
import { normalizeText, tokenize } from '../../bot/domain/resolver/normalize-text.ts';
import { textUnits } from '../../bot/domain/resolver/text-units.ts';
import { fixtureMatrix, matrixOf } from './resolver-fixtures.ts';

function concepts(text: string): string[][] {
  return textUnits(tokenize(normalizeText(text)), builtInLexicon()).map((u) => [...u.concepts].filter(([, s]) => s === 1).map(([c]) => c));
}

describe('IT lexicon', () => {
  it('is a general vocabulary of several hundred terms in concept groups', () => {
    const terms = IT_LEXICON.reduce((n, g) => n + g.terms.length, 0);
    expect(IT_LEXICON.length).toBeGreaterThanOrEqual(60);
    expect(terms).toBeGreaterThanOrEqual(800);
    expect(new Set(IT_LEXICON.map((g) => g.id)).size).toBe(IT_LEXICON.length);
  });

  it('maps products, acronyms and everyday words to concepts', () => {
    expect(concepts('SentinelOne')).toEqual([['endpoint-protection']]);
    expect(concepts('anti-virus')).toEqual([['endpoint-protection']]);
    expect(concepts('O365')).toEqual([['microsoft-365']]);
    expect(concepts('Veeam')).toEqual([['backup']]);
    expect(concepts('new starter')).toEqual([['onboarding']]);
    expect(concepts('Nessus')).toEqual([['vulnerability']]);
    expect(concepts('toner')).toEqual([['printers']]);
  });

  it('matches multi-word terms as phrases, longest first, skipping articles', () => {
    expect(concepts('paper jam')).toEqual([['printers']]);
    expect(concepts('out of hours')).toEqual([['after-hours']]);
    expect(concepts('vulnerability scanning')).toEqual([['vulnerability']]);
    expect(concepts('disable the account')).toEqual([['offboarding']]);
    expect(concepts('SOC 2')).toEqual([['compliance']]);
    expect(concepts('SOC')).toEqual([['security-monitoring']]);
  });

  it('recognises everyday phrases so their IT-looking words match nothing', () => {
    const [unit] = textUnits(tokenize(normalizeText('coffee machine')), builtInLexicon());
    expect(unit?.blocked).toBe(true);
    expect(concepts('new office chairs').flat()).toEqual([]);
  });
});

describe('lexicon-driven resolution', () => {
  const resolver = buildResolver(fixtureMatrix('default-template'));
  const answer = (q: string) => {
    const r = resolver.resolve(q);
    return r.outcome === 'answer' ? r.match?.row.function : r.outcome;
  };

  it.each([
    ['who manages CrowdStrike?', 'EDR management / response'],
    ['ransomware', 'EDR management / response'],
    ['Windows updates on laptops', 'Patch management for workstations'],
    ['Windows updates on servers', 'Patch management for servers'],
    ['terminated user', 'User onboarding / offboarding'],
    ['Splunk', 'Cybersecurity monitoring / SIEM'],
    ['Mimecast', 'Email security platform'],
    ['cyber insurance questionnaire', 'Compliance documentation'],
    ['QBR', 'vCIO / IT strategy'],
    ['tenant migration', 'Major projects (migrations, deployments)'],
    ['outage at 3am', 'After-hours emergency response'],
  ])('%s → %s', (question, expected) => {
    expect(answer(question)).toBe(expected);
  });

  it('prefers a direct word match over a lexicon-only match', () => {
    const m = matrixOf([
      { function: 'Antivirus console', internal: '✓', msp: '—' },
      { function: 'EDR response', internal: '—', msp: '✓' },
    ]);
    const r = buildResolver(m).resolve('who handles antivirus');
    expect(r.match?.row.function).toBe('Antivirus console');
  });
});

describe('forms people write for a row’s own words', () => {
  it('says a camel-case product name by its capitals, and an "X management" row as the XMS', () => {
    expect(derivedForms('EHR application support (eClinicalWorks)')).toContain('ecw');
    expect(derivedForms('Document management / iManage')).toContain('dms');
    expect(derivedForms('Content management')).toContain('cms');
    // Two capitals, or an everyday word, say too little.
    expect(derivedForms('ServiceNow admin')).toEqual(expect.not.arrayContaining(['sn']));
  });

  it('lets the row that names the product win over a row that only shares its concept', () => {
    const resolver = buildResolver(
      matrixOf([
        { function: 'EHR application support (eClinicalWorks)', internal: 'Joint', msp: '—' },
        { function: 'EHR interfaces (labs, HL7, clearinghouse)', internal: '—', msp: '✓' },
        { function: 'Document management / iManage', internal: '✓', msp: '—' },
        { function: 'Email & calendar', internal: '—', msp: '✓' },
      ]),
    );
    expect(resolver.resolve('who supports eCW?').match?.row.function).toBe('EHR application support (eClinicalWorks)');
    expect(resolver.resolve("can't find a client file in the DMS").match?.row.function).toBe('Document management / iManage');
  });
});

describe('what a row’s spelled-out forms do not change', () => {
  it('a row with an acronym form is not "covered less" for it: the general row wins a question naming only the shared thing', () => {
    const resolver = buildResolver(
      matrixOf([
        { function: 'EHR application support (eClinicalWorks)', internal: 'Joint', msp: '—' },
        { function: 'EHR interfaces (labs, HL7, clearinghouse)', internal: '—', msp: '✓' },
        { function: 'Printers & copiers', internal: '✓', msp: '—' },
      ]),
    );
    // Answered, or offered first: never ranked behind the row that only shares the acronym.
    const ehr = resolver.resolve('the ehr is down for everyone');
    expect((ehr.match ?? ehr.alternatives[0])?.row.function).toBe('EHR application support (eClinicalWorks)');
    expect(resolver.resolve('HL7 feed from the lab stopped').match?.row.function).toBe('EHR interfaces (labs, HL7, clearinghouse)');
  });

  it('leaves plain English words with regular endings alone instead of "correcting" them', () => {
    const resolver = buildResolver(
      matrixOf([
        { function: 'Wireless access points', internal: '—', msp: '✓' },
        { function: 'Content filtering & blocking', internal: '✓', msp: '—' },
      ]),
    );
    const r = resolver.resolve('the access point is blinking orange');
    expect(r.topic).toContain('blinking');
    expect([r.match?.row.function, ...r.alternatives.map((a) => a.row.function)][0]).toBe('Wireless access points');
  });
});
