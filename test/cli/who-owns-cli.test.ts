import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_MARKDOWN } from '../../bot/domain/matrix/default-template.ts';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'baton-cli-'));
const matrixFile = join(dir, 'matrix.md');
writeFileSync(matrixFile, `# Our matrix\n\n${DEFAULT_TEMPLATE_MARKDOWN}\n`);

describe('baton who-owns (the CLI contract)', () => {
  it('prints exactly one JSON object for one question', async () => {
    const { code, stdout } = await runCli(['who-owns', '--matrix', matrixFile, '--json', 'who owns server patching?']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(answer).toMatchObject({ q: 'who owns server patching?', function: 'Patch management for servers', owner: 'MSP' });
    expect(answer.confidence).toBeGreaterThan(0);
    expect(answer.confidence).toBeLessThanOrEqual(1);
    expect(Array.isArray(answer.alternatives)).toBe(true);
  });

  it('answers a JSONL file of questions in order, one JSON object per line, null for no confident match', async () => {
    const questions = join(dir, 'questions.jsonl');
    const qs = ['who handles backups', 'who owns payroll?', 'EDR — ours or the MSP’s?', 'new hire laptop setup'];
    writeFileSync(questions, qs.map((q) => JSON.stringify({ q })).join('\n') + '\n');
    const { code, stdout } = await runCli(['who-owns', '--matrix', matrixFile, '--questions', questions, '--json']);
    expect(code).toBe(0);
    const answers = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.q)).toEqual(qs);
    expect(answers[0].function).toBe('Backup management and testing');
    expect(answers[1].function).toBeNull();
    expect(answers[2].function).toBe('EDR management / response');
    for (const a of answers) expect(Object.keys(a)).toEqual(expect.arrayContaining(['q', 'function', 'owner', 'confidence', 'alternatives']));
  });

  it('reads a CSV matrix too', async () => {
    const csv = join(dir, 'matrix.csv');
    writeFileSync(csv, 'Function,Internal,MSP,Notes\nFirewall management,—,✓,"rules, VPN"\nPrinters,✓,Overflow only,\n');
    const { stdout } = await runCli(['who-owns', '--matrix', csv, '--json', 'who changes firewall rules?']);
    expect(JSON.parse(stdout)).toMatchObject({ function: 'Firewall management', owner: 'MSP' });
  });

  it('fails with a message naming the line when the matrix is bad, and prints nothing on stdout', async () => {
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, '| Function | Internal | MSP |\n|---|---|---|\n| Printers | ✓ | — |\n| | ✓ | — |\n');
    const { code, stdout, stderr } = await runCli(['who-owns', '--matrix', bad, '--json', 'printers?']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/line 4/);
  });
});

describe('baton matrix', () => {
  it('validates and converts, losslessly', async () => {
    expect((await runCli(['matrix', 'validate', matrixFile])).stdout).toMatch(/valid, 23 rows/);
    const csv = await runCli(['matrix', 'convert', matrixFile, '--to', 'csv']);
    expect(csv.code).toBe(0);
    const csvFile = join(dir, 'converted.csv');
    writeFileSync(csvFile, csv.stdout);
    const md = await runCli(['matrix', 'convert', csvFile, '--to', 'md']);
    expect(md.stdout).toContain('| Patch management for workstations | Joint | Joint |');
    const roundTrip = await runCli(['who-owns', '--matrix', csvFile, '--json', 'restore test']);
    expect(JSON.parse(roundTrip.stdout).function).toBe('Backup management and testing');
  });

  it('says what is wrong with a missing file', async () => {
    const { code, stderr } = await runCli(['matrix', 'validate', join(dir, 'nope.md')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Cannot read/);
  });
});
