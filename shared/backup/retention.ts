/**
 * Which snapshots to keep: the newest `keepLatest`, and besides them the
 * newest of each calendar day for the last `keepDays` days, so a mistake
 * found weeks later can still be undone from that day's state.
 */
export type RetentionPolicy = {
  keepLatest: number;
  keepDays: number;
  /** The calendar day a time falls on, in the user's time zone. */
  dayOf: (at: Date) => string;
};

export const DAY_MS = 24 * 60 * 60 * 1000;

export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

export const defaultRetention: RetentionPolicy = {
  keepLatest: 20,
  keepDays: 30,
  dayOf: utcDay,
};

export type Dated = { name: string; at: Date };

/** The names to delete, given every snapshot there is and the time now. */
export function snapshotsToPrune(
  snapshots: readonly Dated[],
  now: Date,
  policy: RetentionPolicy = defaultRetention,
): string[] {
  const newestFirst = [...snapshots].sort(
    (a, b) => b.at.getTime() - a.at.getTime(),
  );
  const keep = new Set(
    newestFirst.slice(0, policy.keepLatest).map((s) => s.name),
  );
  const oldest = now.getTime() - policy.keepDays * DAY_MS;
  const daysKept = new Set<string>();
  for (const snapshot of newestFirst) {
    if (snapshot.at.getTime() < oldest) continue;
    const day = policy.dayOf(snapshot.at);
    if (daysKept.has(day)) continue;
    daysKept.add(day);
    keep.add(snapshot.name);
  }
  return newestFirst.filter((s) => !keep.has(s.name)).map((s) => s.name);
}
