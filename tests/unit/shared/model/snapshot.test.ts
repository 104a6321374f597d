import { describe, expect, it } from 'vitest';
import { demoAudit, demoCompany, demoSnapshot } from '@shared/demo/demo-audit';
import { AUDIT_ROW_TABLES } from '@shared/model/audit-rows';
import { auditSnapshotSchema } from '@shared/model/snapshot';

describe('audit snapshot schema', () => {
  it('reads a snapshot written before the working tables as empty tables', () => {
    const parsed = auditSnapshotSchema.parse({
      formatVersion: 1,
      audit: demoAudit(),
      company: demoCompany(),
    });

    for (const table of AUDIT_ROW_TABLES) {
      expect(parsed[table], table).toEqual([]);
    }
  });

  it('refuses a row that belongs to another audit', () => {
    const snapshot = demoSnapshot();
    const [member] = snapshot.teamMembers;
    const stray = { ...member!, auditId: 'another-audit' };

    const result = auditSnapshotSchema.safeParse({
      ...snapshot,
      teamMembers: [...snapshot.teamMembers, stray],
    });

    expect(result.error?.issues.map((issue) => issue.path)).toEqual([
      ['teamMembers', snapshot.teamMembers.length, 'auditId'],
    ]);
  });
});
