import { describe, expect, it } from 'vitest';
import {
  BACKUP_INTERVAL_MS,
  initialSchedule,
  nextSnapshotDelay,
  type ScheduleState,
} from '@shared/backup/schedule';

const t0 = Date.parse('2026-12-03T09:00:00.000Z');
const state = (overrides: Partial<ScheduleState>): ScheduleState => ({
  ...initialSchedule,
  ...overrides,
});

describe('snapshot schedule', () => {
  it('waits for nothing before the renderer has reported', () => {
    expect(nextSnapshotDelay(initialSchedule, t0)).toBeNull();
  });

  it('asks at once for the first snapshot of a session', () => {
    expect(nextSnapshotDelay(state({ reportedChanges: 5 }), t0)).toBe(0);
  });

  it('asks for nothing when the change log has not moved since the last snapshot', () => {
    const s = state({ reportedChanges: 5, savedChanges: 5, lastWrittenAt: t0 });
    expect(nextSnapshotDelay(s, t0 + BACKUP_INTERVAL_MS * 3)).toBeNull();
  });

  it('waits out the rest of the 10 minutes after the last snapshot', () => {
    const s = state({ reportedChanges: 6, savedChanges: 5, lastWrittenAt: t0 });
    expect(nextSnapshotDelay(s, t0 + 4 * 60_000)).toBe(6 * 60_000);
    expect(nextSnapshotDelay(s, t0 + BACKUP_INTERVAL_MS)).toBe(0);
    expect(nextSnapshotDelay(s, t0 + BACKUP_INTERVAL_MS + 1)).toBe(0);
  });
});
