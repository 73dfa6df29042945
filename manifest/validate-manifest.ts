import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

/**
 * Validates a Teams app manifest offline: against Microsoft's JSON schema for its manifestVersion, as
 * bundled in @microsoft/app-manifest (never fetched from the network), then against the Teams limits
 * the schema does not state (bot command title ≤ 32 and description ≤ 128 characters).
 * Returns readable problems; an empty list means valid.
 */

const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/v([0-9.]+|DevPreview)\/MicrosoftTeams\.schema\.json$/i;
const COMMAND_TITLE_MAX = 32;
const COMMAND_DESCRIPTION_MAX = 128;

/** Path of the schema for `manifestVersion` inside @microsoft/app-manifest. */
export function bundledSchemaPath(manifestVersion: string): string {
  const packageMain = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
  const folder = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  return path.join(path.dirname(packageMain), 'json-schemas', 'teams', folder, 'MicrosoftTeams.schema.json');
}

/** Microsoft's schema for `manifestVersion`, from the package (throws if that version is not bundled). */
export async function loadBundledSchema(manifestVersion: string): Promise<object> {
  const file = bundledSchemaPath(manifestVersion);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    throw new Error(`No bundled Teams manifest schema for manifestVersion "${manifestVersion}" (looked for ${file})`);
  }
  // Microsoft's schemas contain the non-JSON escapes \a and \v; the package rewrites them the same way.
  return JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
}

/** Every problem with `manifest`, as "path message" lines; empty when it is valid. */
export async function validateManifest(manifest: object): Promise<string[]> {
  const m = manifest as { $schema?: unknown; manifestVersion?: unknown };
  if (typeof m.manifestVersion !== 'string') return ['/manifestVersion is missing'];
  const schemaUrl = typeof m.$schema === 'string' ? m.$schema : '';
  const urlVersion = SCHEMA_URL.exec(schemaUrl)?.[1];
  if (urlVersion === undefined) return [`/$schema must be Microsoft's Teams schema URL, got "${schemaUrl}"`];
  if (urlVersion.toLowerCase() !== m.manifestVersion.toLowerCase()) {
    return [`/$schema is for version ${urlVersion} but manifestVersion is ${m.manifestVersion}`];
  }
  const schema = await loadBundledSchema(m.manifestVersion);
  const problems = await AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]);
  return [...problems.map(readable), ...commandProblems(manifest)];
}

/** Problems at the manifest's root come with an empty path; show it as "/". */
function readable(problem: string): string {
  return problem.startsWith(' ') ? `/${problem}` : problem;
}

/** Teams rejects bot commands whose title or description is longer than its UI allows. */
function commandProblems(manifest: object): string[] {
  const problems: string[] = [];
  const bots = (manifest as { bots?: unknown }).bots;
  if (!Array.isArray(bots)) return problems;
  bots.forEach((bot: { commandLists?: { commands?: { title?: unknown; description?: unknown }[] }[] }, b) => {
    (bot.commandLists ?? []).forEach((list, l) => {
      (list.commands ?? []).forEach((command, c) => {
        const at = `/bots/${b}/commandLists/${l}/commands/${c}`;
        if (typeof command.title === 'string' && command.title.length > COMMAND_TITLE_MAX) {
          problems.push(`${at}/title must NOT have more than ${COMMAND_TITLE_MAX} characters ("${command.title}")`);
        }
        if (typeof command.description === 'string' && command.description.length > COMMAND_DESCRIPTION_MAX) {
          problems.push(`${at}/description must NOT have more than ${COMMAND_DESCRIPTION_MAX} characters`);
        }
      });
    });
  });
  return problems;
}
