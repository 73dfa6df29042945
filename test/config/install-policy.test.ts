import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What `npm ci` does on a fresh machine (issue 12, item 8). npm 11 lists every dependency whose install
 * script package.json's `allowScripts` does not cover, and says that a coming npm will skip those
 * scripts; `npm ci --strict-allow-scripts` already fails on them. The `node` package's preinstall is
 * what puts Node 24 in node_modules/.bin, which every npm script (and the postinstall that builds the
 * word vectors) runs on: without it they would run on the machine's Node. So every install script in
 * the lockfile is decided here: `node` allowed, the others (not needed by Baton) denied.
 */

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  allowScripts?: Record<string, boolean>;
  engines?: { node?: string };
  devEngines?: { runtime?: { name: string; version: string; onFail?: string } };
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };

/** Name of a lockfile entry ("node_modules/a/node_modules/@s/b" → "@s/b"). */
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('npm ci on a fresh machine', () => {
  it('allows the node package its install script (it installs the Node 24 the project runs on)', () => {
    expect(pkg.allowScripts?.node).toBe(true);
  });

  it('every dependency with an install script is decided in allowScripts, so npm prints no install-scripts notice', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path, entry]) => `${nameOf(path)}@${entry.version}`);
    expect(withScripts.length).toBeGreaterThan(0);
    const undecided = withScripts.filter((id) => {
      const name = id.slice(0, id.lastIndexOf('@'));
      return !Object.keys(pkg.allowScripts ?? {}).some((key) => key === name || key === id);
    });
    expect(undecided, 'add each to package.json allowScripts (true: needed, false: not)').toEqual([]);
  });

  it('checks the Node that runs npm against what npm needs (devEngines), not against what Baton runs on', () => {
    // With devEngines, npm does not check the root's engines at install: the machine's Node only runs npm;
    // Baton runs on the node package's Node 24, which its engines field (Node >= 22.18) describes.
    expect(pkg.devEngines?.runtime).toEqual({ name: 'node', version: '>=20.17.0', onFail: 'warn' });
    expect(pkg.engines?.node).toBe('>=22.18');
    const bundled = lock.packages['node_modules/node']?.version ?? '';
    const [major, minor] = bundled.split('.').map(Number);
    expect(major! > 22 || (major === 22 && minor! >= 18), `node package ${bundled} satisfies engines`).toBe(true);
  });
});
