import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

/** What a newcomer types first: `--help` after a command, or a mistyped option. */
describe('the CLI’s usage', () => {
  it('`baton who-owns --help` prints the usage, not a stack trace', async () => {
    const { code, stderr } = await runCli(['who-owns', '--help']);
    expect(code).toBe(0);
    expect(stderr).toContain('who-owns --matrix FILE');
    expect(stderr).not.toMatch(/\bat \w+ \(|TypeError/);
  });

  it('a mistyped option says which one and where the options are, exit code 2', async () => {
    const { code, stderr } = await runCli(['matrix', 'export', '--bogus']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--bogus'");
    expect(stderr).toContain('baton help');
    expect(stderr).not.toMatch(/\bat \w+ \(|TypeError/);
  });
});
