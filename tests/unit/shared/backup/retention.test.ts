import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '@shared/backup/file-names';
import { DAY_MS, snapshotsToPrune, type Dated } from '@shared/backup/retention';

const now = new Date('2026-12-03T12:00:00.000Z');

/** One snapshot every `stepMs`, going back from `now`, `count` of them. */
function every(stepMs: number, count: number, from = now): Dated[] {
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(from.getTime() - i * stepMs);
    return { name: backupFileName(at), at };
  });
}

const kept = (all: Dated[], pruned: string[]) =>
  all.filter((s) => !pruned.includes(s.name));

describe('snapshot retention', () => {
  it('keeps everything while there are 20 or fewer', () => {
    expect(snapshotsToPrune(every(60_000, 20), now)).toEqual([]);
  });

  it('keeps the newest 20 of a busy day plus nothing older that day', () => {
    const all = every(10 * 60_000, 50); // 50 snapshots, 10 minutes apart
    const left = kept(all, snapshotsToPrune(all, now));
    expect(left).toHaveLength(20);
    expect(left).toEqual(all.slice(0, 20));
  });

  it('keeps the newest snapshot of each of the last 30 days', () => {
    // 20 recent ones today, then four a day for 40 days before.
    const recent = every(60_000, 20);
    const daily = Array.from({ length: 40 }, (_, d) =>
      every(
        60 * 60_000,
        4,
        new Date(Date.parse('2026-12-02T20:00:00.000Z') - d * DAY_MS),
      ),
    ).flat();
    const all = [...daily, ...recent];
    const left = kept(all, snapshotsToPrune(all, now));
    const olderDays = left.filter((s) => !recent.includes(s));
    // Days 2 Dec back to 3 Nov (20:00) lie within 30 days of now (3 Dec 12:00).
    expect(olderDays.map((s) => s.at.toISOString())).toEqual(
      Array.from({ length: 30 }, (_, d) =>
        new Date(
          Date.parse('2026-12-02T20:00:00.000Z') - d * DAY_MS,
        ).toISOString(),
      ),
    );
  });

  it('groups days by the calendar it is given', () => {
    const late = new Date('2026-12-02T17:00:00.000Z'); // 01:00 on 3 Dec in Guangdong
    const early = new Date('2026-12-02T15:00:00.000Z'); // 23:00 on 2 Dec there
    const all = [
      ...every(60_000, 20),
      { name: 'late', at: late },
      { name: 'early', at: early },
    ];
    const beijingDay = (at: Date) =>
      new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const utc = snapshotsToPrune(all, now);
    const local = snapshotsToPrune(all, now, {
      keepLatest: 20,
      keepDays: 30,
      dayOf: beijingDay,
    });
    // In UTC both fall on 2 Dec: the later one stands for that day.
    expect(utc).toEqual(['early']);
    // In Beijing time the later one falls on 3 Dec, which the newest 20
    // already stand for, and the earlier one is 2 Dec's.
    expect(local).toEqual(['late']);
  });
});

describe('snapshot file names', () => {
  it('round-trip the time to the millisecond', () => {
    const at = new Date('2026-12-03T21:45:01.123Z');
    expect(backupFileName(at)).toBe('cpaw-backup-20261203-214501-123.zip');
    expect(parseBackupFileName(backupFileName(at))).toEqual(at);
  });

  it.each([
    '../cpaw-backup-20261203-214501-123.zip',
    'cpaw-backup-20261303-214501-123.zip',
    'cpaw-backup-20261203-214501-123.zip.tmp',
    'settings.json',
  ])('do not accept %s', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});
