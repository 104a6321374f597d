import { describe, expect, it } from 'vitest';
import { demoSnapshot } from '@shared/demo/demo-audit';
import { auditSnapshotSchema } from '@shared/model/snapshot';

function studyIssues(change: (s: ReturnType<typeof demoSnapshot>) => object) {
  const result = auditSnapshotSchema.safeParse(change(demoSnapshot()));
  return result.error?.issues.map((issue) => [issue.path, issue.message]);
}

describe('options and studies in a snapshot', () => {
  it('reads a snapshot written before the option register as an empty register', () => {
    const { options: _o, feasibilityStudies: _f, ...older } = demoSnapshot();
    const parsed = auditSnapshotSchema.parse(older);

    expect(parsed.options).toEqual([]);
    expect(parsed.feasibilityStudies).toEqual([]);
  });

  it('refuses a study of an option the snapshot does not hold', () => {
    const issues = studyIssues((snapshot) => ({
      ...snapshot,
      feasibilityStudies: [
        { ...snapshot.feasibilityStudies[0]!, optionId: 'elsewhere' },
      ],
    }));

    expect(issues).toEqual([
      [
        ['feasibilityStudies', 0, 'optionId'],
        'study of an option not in the snapshot',
      ],
    ]);
  });

  it('refuses a second study of the same option', () => {
    const issues = studyIssues((snapshot) => {
      const [first] = snapshot.feasibilityStudies;
      const twin = { ...first!, id: 'study-twin' };
      return {
        ...snapshot,
        feasibilityStudies: [...snapshot.feasibilityStudies, twin],
      };
    });
    const last = demoSnapshot().feasibilityStudies.length;

    expect(issues).toEqual([
      [
        ['feasibilityStudies', last, 'optionId'],
        'second study of the same option',
      ],
    ]);
  });

  it('accepts a second study of an option while one of the two is in the bin', () => {
    const issues = studyIssues((snapshot) => {
      const [first] = snapshot.feasibilityStudies;
      const binned = {
        ...first!,
        id: 'study-older',
        deletedAt: '2026-05-02T08:00:00.000Z',
      };
      return {
        ...snapshot,
        feasibilityStudies: [binned, ...snapshot.feasibilityStudies],
      };
    });

    expect(issues).toBeUndefined();
  });

  it('reads an audit written before the thresholds with the defaults', () => {
    const snapshot = demoSnapshot();
    const { costClassRules: _rules, ...older } = snapshot.audit;
    const parsed = auditSnapshotSchema.parse({ ...snapshot, audit: older });

    expect(parsed.audit.costClassRules).toEqual({
      lowUpperWanYuan: 5,
      midUpperWanYuan: 50,
      basis: '',
    });
  });
});
