import { describe, expect, it } from 'vitest';
import { MatrixService } from '../../bot/app/matrix-service.ts';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import type { MatrixVersion } from '../../bot/domain/matrix/matrix.ts';

describe('the resolver cache with learned phrasings', () => {
  const service = new MatrixService(undefined as never, undefined as never, () => new Date());
  const version: MatrixVersion = { engagementId: 'e-1', version: 1, author: 'a', at: '2026-12-01T00:00:00Z', reason: 'r', matrix: defaultTemplateMatrix() };
  const lease = { rowId: 'vendor-management-contracts', text: 'ricoh copier lease' };
  const intune = { rowId: 'patch-management-for-workstations', text: 'intune' };

  it('keys on the learned set (in any order), and forgets an engagement’s learned resolvers when they change', () => {
    const plain = service.resolverFor(version);
    const learned = service.resolverFor(version, [lease, intune]);
    expect(learned).not.toBe(plain);
    expect(service.resolverFor(version, [intune, lease])).toBe(learned);
    expect(service.resolverFor(version, [lease])).not.toBe(learned);
    expect(plain.resolve('who deals with the Ricoh copier lease?').match?.row.id).not.toBe('vendor-management-contracts');
    expect(learned.resolve('who deals with the Ricoh copier lease?').match?.row.id).toBe('vendor-management-contracts');
    service.forgetLearned('e-1');
    expect(service.resolverFor(version)).toBe(plain);
    expect(service.resolverFor(version, [lease, intune])).not.toBe(learned);
  });
});
