import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { generateIcons } from './generate-icons.ts';
import { ManifestEnvError, renderManifest, type TeamsManifest } from './render-manifest.ts';
import { validateManifest } from './validate-manifest.ts';

/**
 * Builds the Teams app package: renders the manifest from the environment, validates it against
 * Microsoft's schema (offline), draws the icons and zips manifest.json, color.png and outline.png at
 * the zip root. `node manifest/build-package.ts` (npm run package) writes dist/baton-teams-app.zip.
 */

export const PACKAGE_FILE_NAME = 'baton-teams-app.zip';

/** Fixed timestamp for the zip entries, so the same inputs give the same bytes. */
const ENTRY_TIME = new Date('2020-01-01T00:00:00Z');

/** The manifest is invalid; `problems` lists each schema or Teams-limit violation. */
export class ManifestValidationError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The Teams app manifest is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ManifestValidationError';
    this.problems = problems;
  }
}

export interface BuildPackageOptions {
  readonly env: Record<string, string | undefined>;
  /** Directory the zip is written to (created if missing). */
  readonly outDir: string;
  readonly warn?: (message: string) => void;
}

export interface BuiltPackage {
  readonly zipPath: string;
  readonly manifest: TeamsManifest;
}

/** The package's files by name (manifest.json, color.png, outline.png); throws ManifestValidationError when invalid. */
export async function buildPackageFiles(
  env: Record<string, string | undefined>,
  warn?: (message: string) => void,
): Promise<{ manifest: TeamsManifest; files: Record<string, Uint8Array> }> {
  const manifest = renderManifest(env, warn ? { warn } : {});
  const problems = await validateManifest(manifest);
  if (problems.length > 0) throw new ManifestValidationError(problems);
  const icons = generateIcons(manifest.accentColor);
  const files: Record<string, Uint8Array> = {
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    [manifest.icons.color]: icons.color,
    [manifest.icons.outline]: icons.outline,
  };
  return { manifest, files };
}

/** Writes `<outDir>/baton-teams-app.zip`; throws ManifestEnvError or ManifestValidationError before writing anything. */
export async function buildPackage(options: BuildPackageOptions): Promise<BuiltPackage> {
  const { manifest, files } = await buildPackageFiles(options.env, options.warn);
  const zip = zipSync(files, { level: 9, mtime: ENTRY_TIME });
  await mkdir(options.outDir, { recursive: true });
  const zipPath = path.join(options.outDir, PACKAGE_FILE_NAME);
  await writeFile(zipPath, zip);
  return { zipPath, manifest };
}

/** Command line: builds into <project>/dist and exits 1 with readable errors when the settings or manifest are bad. */
async function main(): Promise<void> {
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const { zipPath } = await buildPackage({ env: process.env, outDir: path.join(projectRoot, 'dist') });
    const relative = path.relative(process.cwd(), zipPath);
    process.stdout.write(`${relative.startsWith('..') || path.isAbsolute(relative) ? zipPath : relative}\n`);
  } catch (error) {
    if (error instanceof ManifestEnvError || error instanceof ManifestValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
