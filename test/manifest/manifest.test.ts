import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackage, ManifestValidationError, PACKAGE_FILE_NAME } from '../../manifest/build-package.ts';
import { COLOR_ICON_SIZE, generateIcons, OUTLINE_ICON_SIZE } from '../../manifest/generate-icons.ts';
import { DEFAULT_TEAMS_APP_ID, PLACEHOLDER_BOT_ID } from '../../manifest/manifest-env.ts';
import { ManifestEnvError, renderManifest, type TeamsManifest } from '../../manifest/render-manifest.ts';
import { validateManifest } from '../../manifest/validate-manifest.ts';

/** The Teams app package: manifest against Microsoft's bundled schema (offline), icons, zip, settings errors. */

const BOT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TEAMS_APP_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const PRODUCTION_ENV = {
  MicrosoftAppId: BOT_ID,
  BATON_TEAMS_APP_ID: TEAMS_APP_ID,
  BATON_PUBLIC_HOSTNAME: 'baton-contoso.azurewebsites.net',
  BATON_APP_VERSION: '1.4.2',
};
const quiet = { warn: () => {} };

function render(env: Record<string, string | undefined> = PRODUCTION_ENV): TeamsManifest {
  return renderManifest(env, quiet);
}

function envIssues(env: Record<string, string | undefined>): string[] {
  try {
    renderManifest(env, quiet);
  } catch (error) {
    expect(error).toBeInstanceOf(ManifestEnvError);
    return (error as ManifestEnvError).issues.map((i) => i.variable);
  }
  throw new Error('expected renderManifest to throw');
}

describe('the rendered manifest', () => {
  it('is valid against the bundled Teams schema, with production settings and with none', async () => {
    expect(await validateManifest(render())).toEqual([]);
    expect(await validateManifest(render({}))).toEqual([]);
  });

  it('uses the newest bundled stable schema version', () => {
    const manifest = render();
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
  });

  it('fails validation when broken, so the schema check can fail', async () => {
    const broken = structuredClone(render()) as unknown as Record<string, unknown> & { bots: { botId: string }[] };
    delete broken.accentColor;
    broken.bots[0]!.botId = 'not-a-guid';
    broken.unexpectedProperty = true;
    const problems = await validateManifest(broken);
    expect(problems.some((p) => p.includes('accentColor'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/bots/0/botId'))).toBe(true);
    expect(problems.some((p) => p.includes('unexpectedProperty'))).toBe(true);
  });

  it('rejects command titles and descriptions beyond the Teams limits', async () => {
    const manifest = render();
    const command = manifest.bots![0]!.commandLists![0]!.commands[0]!;
    command.title = 'x'.repeat(33);
    command.description = 'y'.repeat(129);
    const problems = await validateManifest(manifest);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/commands\/0\/title must NOT have more than 32/);
  });

  it('fills ids, version, host and URLs from the environment', () => {
    const manifest = render();
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.version).toBe('1.4.2');
    expect(manifest.bots![0]!.botId).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual(['baton-contoso.azurewebsites.net']);
    expect(manifest.developer).toEqual({
      name: 'Baton',
      websiteUrl: 'https://baton-contoso.azurewebsites.net',
      privacyUrl: 'https://baton-contoso.azurewebsites.net/privacy',
      termsOfUseUrl: 'https://baton-contoso.azurewebsites.net/terms',
    });
    expect(manifest.webApplicationInfo).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('takes the website base URL from BATON_WEBSITE_URL when set', () => {
    const manifest = render({ ...PRODUCTION_ENV, BATON_WEBSITE_URL: 'https://www.contoso.com/baton/' });
    expect(manifest.developer.privacyUrl).toBe('https://www.contoso.com/baton/privacy');
  });

  it('adds webApplicationInfo only when BATON_SSO_APP_ID is set', async () => {
    const manifest = render({ ...PRODUCTION_ENV, BATON_SSO_APP_ID: BOT_ID });
    expect(manifest.webApplicationInfo).toEqual({ id: BOT_ID, resource: `api://botid-${BOT_ID}` });
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('defaults to local settings and warns about the placeholder bot id', () => {
    const warnings: string[] = [];
    const manifest = renderManifest({ MicrosoftAppId: '' }, { warn: (m) => warnings.push(m) });
    expect(manifest.bots![0]!.botId).toBe(PLACEHOLDER_BOT_ID);
    expect(manifest.id).toBe(DEFAULT_TEAMS_APP_ID);
    expect(manifest.validDomains).toEqual(['localhost']);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('MicrosoftAppId');
  });

  it('is a conversational bot in every scope with one command list per scope', () => {
    const bot = render().bots![0]!;
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
    const lists = bot.commandLists!;
    expect(lists.map((l) => l.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    for (const list of lists) {
      const titles = list.commands.map((c) => c.title);
      expect(titles).toEqual(['who owns', 'matrix', 'ours', 'msp', 'joint', 'away until', 'back', 'import', 'export', 'setup', 'help']);
      expect(list.commands.find((c) => c.title === 'who owns')?.description).toBe('Who owns a function, e.g. who owns server patching?');
      expect(list.commands.find((c) => c.title === 'away until')?.description).toContain('away until 2026-12-02');
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description?.length ?? 0).toBeGreaterThan(0);
        expect(command.description!.length).toBeLessThanOrEqual(128);
      }
    }
  });
});

describe('environment validation', () => {
  it('names each invalid variable', () => {
    expect(envIssues({ MicrosoftAppId: 'my-bot' })).toEqual(['MicrosoftAppId']);
    expect(envIssues({ BATON_TEAMS_APP_ID: '1234' })).toEqual(['BATON_TEAMS_APP_ID']);
    expect(envIssues({ BATON_SSO_APP_ID: 'sso' })).toEqual(['BATON_SSO_APP_ID']);
    expect(envIssues({ BATON_APP_VERSION: '1.0.0-beta.1' })).toEqual(['BATON_APP_VERSION']);
    expect(envIssues({ BATON_WEBSITE_URL: 'http://www.contoso.com' })).toEqual(['BATON_WEBSITE_URL']);
    for (const host of ['https://baton.contoso.com', 'baton.contoso.com/api/messages', 'baton.contoso.com:443', 'bad_host.com', '-x.com']) {
      expect(envIssues({ BATON_PUBLIC_HOSTNAME: host })).toEqual(['BATON_PUBLIC_HOSTNAME']);
    }
  });

  it('reports every invalid variable at once, by name, in the message', () => {
    let message = '';
    try {
      renderManifest({ MicrosoftAppId: 'x', BATON_PUBLIC_HOSTNAME: 'https://a.b' }, quiet);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/MicrosoftAppId must be a GUID/);
    expect(message).toMatch(/BATON_PUBLIC_HOSTNAME must be a bare host name/);
  });
});

describe('the icons', () => {
  const icons = generateIcons('#0F6CBD');

  it('are 192×192 (colour) and 32×32 (outline) PNGs', () => {
    const color = PNG.sync.read(icons.color);
    const outline = PNG.sync.read(icons.outline);
    expect([color.width, color.height]).toEqual([COLOR_ICON_SIZE, COLOR_ICON_SIZE]);
    expect([outline.width, outline.height]).toEqual([OUTLINE_ICON_SIZE, OUTLINE_ICON_SIZE]);
    expect([COLOR_ICON_SIZE, OUTLINE_ICON_SIZE]).toEqual([192, 32]);
  });

  it('colour icon: accent background, white glyph, transparent rounded corners', () => {
    const color = PNG.sync.read(icons.color);
    const at = (x: number, y: number) => [...color.data.subarray((y * 192 + x) * 4, (y * 192 + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(96, 20)).toEqual([0x0f, 0x6c, 0xbd, 255]);
    expect(at(96, 96)).toEqual([255, 255, 255, 255]);
  });

  it('outline icon has only white and fully transparent pixels, and a glyph', () => {
    const outline = PNG.sync.read(icons.outline);
    let opaque = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      expect([r, g, b]).toEqual([255, 255, 255]);
      expect(a === 0 || a === 255).toBe(true);
      if (a === 255) opaque++;
    }
    expect(opaque).toBeGreaterThan(100);
    expect(opaque).toBeLessThan(32 * 32 - 100);
  });

  it('are deterministic', () => {
    const again = generateIcons('#0F6CBD');
    expect(Buffer.compare(again.color, icons.color)).toBe(0);
    expect(Buffer.compare(again.outline, icons.outline)).toBe(0);
  });
});

describe('the package', () => {
  let outDir = '';
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'baton-package-'));
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('is a zip with manifest.json and both icons at its root', async () => {
    const built = await buildPackage({ env: PRODUCTION_ENV, outDir, warn: () => {} });
    expect(built.zipPath).toBe(path.join(outDir, PACKAGE_FILE_NAME));
    const entries = unzipSync(new Uint8Array(await readFile(built.zipPath)));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as TeamsManifest;
    expect(manifest).toEqual(built.manifest);
    expect(await validateManifest(manifest)).toEqual([]);
    expect(PNG.sync.read(Buffer.from(entries['color.png']!)).width).toBe(192);
    expect(PNG.sync.read(Buffer.from(entries['outline.png']!)).width).toBe(32);
  });

  it('is byte-for-byte reproducible', async () => {
    const first = await readFile((await buildPackage({ env: PRODUCTION_ENV, outDir, warn: () => {} })).zipPath);
    const second = await readFile((await buildPackage({ env: PRODUCTION_ENV, outDir, warn: () => {} })).zipPath);
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('is not built from bad settings', async () => {
    const dir = path.join(outDir, 'bad');
    await expect(buildPackage({ env: { BATON_TEAMS_APP_ID: 'nope' }, outDir: dir, warn: () => {} })).rejects.toThrow(/BATON_TEAMS_APP_ID/);
    await expect(readFile(path.join(dir, PACKAGE_FILE_NAME))).rejects.toThrow();
  });

  it('is not built when the rendered manifest breaks the schema, and says where', async () => {
    const dir = path.join(outDir, 'invalid');
    const longUrl = `https://www.contoso.com/${'a'.repeat(2100)}`;
    const attempt = buildPackage({ env: { ...PRODUCTION_ENV, BATON_WEBSITE_URL: longUrl }, outDir: dir, warn: () => {} });
    await expect(attempt).rejects.toBeInstanceOf(ManifestValidationError);
    await expect(attempt).rejects.toThrow(/\/developer\/websiteUrl must NOT have more than 2048 characters/);
    await expect(readFile(path.join(dir, PACKAGE_FILE_NAME))).rejects.toThrow();
  });

  it('command line: exits 1 with a readable message naming the bad variable', () => {
    const script = fileURLToPath(new URL('../../manifest/build-package.ts', import.meta.url));
    const bad = spawnSync(process.execPath, [script], {
      env: { PATH: process.env.PATH, BATON_PUBLIC_HOSTNAME: 'https://baton.contoso.com' },
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('BATON_PUBLIC_HOSTNAME must be a bare host name');
    expect(bad.stdout).toBe('');
  });
});
