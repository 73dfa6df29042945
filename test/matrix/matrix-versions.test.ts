import { describe, expect, it } from 'vitest';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import { describeVersion, newestFirst, nextVersion, validateVersionMeta } from '../../bot/domain/matrix/matrix-versions.ts';

const at = new Date('2025-12-02T14:05:00Z');
const matrix = defaultTemplateMatrix();

describe('matrix versions', () => {
  it('starts at 1 for the engagement given, trimming author and reason', () => {
    expect(nextVersion(undefined, matrix, ' Dana Ortiz ', ' Initial setup ', at, 'e-1')).toEqual({
      ok: true,
      version: { engagementId: 'e-1', version: 1, author: 'Dana Ortiz', at: '2025-12-02T14:05:00.000Z', reason: 'Initial setup', matrix },
    });
  });

  it('follows the current version of the same engagement', () => {
    const first = nextVersion(undefined, matrix, 'Dana', 'setup', at, 'e-1');
    if (!first.ok) throw new Error('setup');
    const second = nextVersion(first.version, matrix, 'Max', 'import', new Date('2025-12-03T09:00:00Z'));
    expect(second.ok && second.version).toMatchObject({ engagementId: 'e-1', version: 2, author: 'Max' });
    expect(nextVersion(first.version, matrix, 'Max', 'import', at, 'e-2')).toEqual({ ok: false, errors: ['version 1 belongs to another engagement'] });
  });

  it('requires an author, a reason and an engagement', () => {
    expect(validateVersionMeta('  ', '')).toEqual(['a new matrix version needs an author', 'a new matrix version needs a reason (what changed and why)']);
    expect(nextVersion(undefined, matrix, 'Dana', 'setup', at)).toEqual({ ok: false, errors: ['the first matrix version needs the engagement id'] });
    expect(nextVersion(undefined, matrix, 'Dana', 'x'.repeat(501), at, 'e-1').ok).toBe(false);
    expect(nextVersion(undefined, matrix, 'Dana', 'setup', new Date(Number.NaN), 'e-1').ok).toBe(false);
  });

  it('describes and orders versions', () => {
    const v = { version: 3, author: 'Dana', at: '2025-12-02T14:05:00.000Z', reason: 'Imported in Teams' };
    expect(describeVersion(v)).toBe('v3 by Dana, 2025-12-02T14:05:00.000Z: Imported in Teams');
    expect(newestFirst([{ version: 1 }, { version: 3 }, { version: 2 }]).map((x) => x.version)).toEqual([3, 2, 1]);
  });
});
