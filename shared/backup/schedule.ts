/**
 * When the main process asks the renderer for a snapshot. The renderer
 * reports the length of its change log after writes; a snapshot is due when
 * that differs from the one the last snapshot was taken at, and never
 * sooner than `minIntervalMs` after the previous one.
 */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

export type ScheduleState = {
  /** Change-log length the renderer last reported; null before it has. */
  reportedChanges: number | null;
  /** Change-log length the newest snapshot holds; null if none this session. */
  savedChanges: number | null;
  /** When the newest snapshot was written (ms since epoch); null if none. */
  lastWrittenAt: number | null;
};

export const initialSchedule: ScheduleState = {
  reportedChanges: null,
  savedChanges: null,
  lastWrittenAt: null,
};

export function hasUnsavedChanges(state: ScheduleState): boolean {
  return (
    state.reportedChanges !== null &&
    state.reportedChanges !== state.savedChanges
  );
}

/**
 * Milliseconds until the next snapshot should be asked for: 0 for now,
 * null when nothing is waiting to be saved.
 */
export function nextSnapshotDelay(
  state: ScheduleState,
  now: number,
  minIntervalMs = BACKUP_INTERVAL_MS,
): number | null {
  if (!hasUnsavedChanges(state)) return null;
  if (state.lastWrittenAt === null) return 0;
  return Math.max(0, state.lastWrittenAt + minIntervalMs - now);
}
