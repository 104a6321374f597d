import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName } from '@shared/backup/file-names';
import { writeBackup } from '@shared/backup/write';

vi.mock('electron', () => import('./electron-mock'));

const { BackupService, localRetention, snapshotBeforeClose } =
  await import('../../../electron/main/backups');

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A real backup file whose change log holds `changes` entries. */
function backupBytes(changes: number, at = new Date()): Uint8Array {
  return writeBackup({
    appVersion: '0.1.0',
    createdAt: at.toISOString(),
    schemaVersion: 4,
    tables: [
      {
        name: 'changes',
        records: Array.from({ length: changes }, (_, i) => ({ id: `c${i}` })),
      },
    ],
    binaries: [],
    audits: [],
  });
}

const tempFolder = () => mkdtempSync(path.join(tmpdir(), 'cpaw-backups-'));
const filesIn = (folder: string) => readdirSync(folder).sort();

/**
 * A service whose renderer answers every request at once with a snapshot
 * of `changes` entries, as the real one does through IPC.
 */
function harness(options: { extraFolder?: string | null } = {}) {
  const folder = tempFolder();
  let changes = 0;
  const writes: Promise<unknown>[] = [];
  const asked = vi.fn(() => {
    const request = {
      bytes: backupBytes(changes),
      changes,
      reason: 'scheduled' as const,
    };
    writes.push(Promise.resolve().then(() => service.write(request)));
    return true;
  });
  const service = new BackupService({
    folder,
    extraFolder: () => options.extraFolder ?? null,
    askForSnapshot: asked,
  });
  const edit = () => {
    changes += 1;
    service.reportActivity(changes);
  };
  // Timers move on fake time, the file writes on real time: wait for both.
  const settle = async (ms = 0) => {
    await vi.advanceTimersByTimeAsync(ms);
    await Promise.all(writes);
  };
  return { folder, service, asked, edit, settle };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-10-01T09:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('backup snapshots in the main process', () => {
  it('writes a snapshot right after the first edit, then at most one per 10 minutes', async () => {
    const { folder, asked, edit, settle } = harness();
    edit();
    await settle();
    expect(asked).toHaveBeenCalledTimes(1);

    for (let i = 0; i < 9; i += 1) {
      await settle(MINUTE);
      edit();
    }
    expect(asked).toHaveBeenCalledTimes(1);
    await settle(MINUTE);
    expect(asked).toHaveBeenCalledTimes(2);
    expect(filesIn(folder)).toEqual([
      'cpaw-backup-20261001-090000-000.zip',
      'cpaw-backup-20261001-091000-000.zip',
    ]);
  });

  it('asks for nothing while no edit has been made since the last snapshot', async () => {
    const { asked, edit, settle } = harness();
    edit();
    await settle();
    await settle(60 * MINUTE);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('keeps the newest 20 and the newest of each of the last 30 days', async () => {
    const extra = tempFolder();
    const { folder, edit, settle } = harness({ extraFolder: extra });
    // 35 working days of one hour each, an edit every 10 minutes: six
    // snapshots a day, from 1 October to 4 November.
    for (let day = 0; day < 35; day += 1) {
      vi.setSystemTime(Date.parse('2026-10-01T09:00:00.000Z') + day * DAY);
      for (let i = 0; i < 6; i += 1) {
        edit();
        await settle();
        await settle(10 * MINUTE);
      }
    }
    const last = Date.parse('2026-11-04T09:50:00.000Z');
    const name = (ms: number) => backupFileName(new Date(ms));
    // The newest 20: the last three days whole and two of the day before.
    const newest = Array.from({ length: 20 }, (_, i) =>
      name(last - Math.floor(i / 6) * DAY - (i % 6) * 10 * MINUTE),
    );
    // The last of each day back to 30 days before the newest snapshot.
    const daily = Array.from({ length: 31 }, (_, d) => name(last - d * DAY));
    const expected = [...new Set([...newest, ...daily])].sort();

    expect(expected).toHaveLength(47);
    expect(filesIn(folder)).toEqual(expected);
    expect(filesIn(extra)).toEqual(expected);
  });

  it('continues the interval from the newest snapshot of the last session', async () => {
    const folder = tempFolder();
    const earlier = new Date('2026-10-01T08:55:00.000Z');
    writeFileSync(
      path.join(folder, backupFileName(earlier)),
      backupBytes(7, earlier),
    );
    const asked = vi.fn(() => true);
    const service = new BackupService({
      folder,
      extraFolder: () => null,
      askForSnapshot: asked,
    });
    await service.resume();

    service.reportActivity(7);
    expect(service.hasUnsavedChanges()).toBe(false);
    service.reportActivity(8);
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    expect(asked).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(service.status().lastWrittenAt).toBe(earlier.toISOString());
  });

  it('refuses bytes that are not a backup and writes nothing', async () => {
    const { folder, service } = harness();
    await expect(
      service.write({
        bytes: new Uint8Array([1, 2, 3]),
        changes: 1,
        reason: 'manual',
      }),
    ).rejects.toMatchObject({ code: 'invalid-payload' });
    expect(filesIn(folder)).toEqual([]);
  });

  it('reports a folder it cannot write to and leaves no partial file', async () => {
    const parent = tempFolder();
    const blocked = path.join(parent, 'not-a-folder');
    writeFileSync(blocked, 'a file where the folder should be');
    const service = new BackupService({
      folder: blocked,
      extraFolder: () => null,
      askForSnapshot: () => true,
    });
    await expect(
      service.write({ bytes: backupBytes(1), changes: 1, reason: 'manual' }),
    ).rejects.toMatchObject({ code: 'write-failed' });
    expect(filesIn(parent)).toEqual(['not-a-folder']);
  });

  it('keeps the local snapshot when the extra folder fails, and says so', async () => {
    const blocked = path.join(tempFolder(), 'offline-share');
    writeFileSync(blocked, '');
    const { folder, service } = harness({ extraFolder: blocked });
    const { fileName } = await service.write({
      bytes: backupBytes(1),
      changes: 1,
      reason: 'manual',
    });
    expect(filesIn(folder)).toEqual([fileName]);
    expect(service.status()).toMatchObject({
      extraFolder: blocked,
      extraFolderError: 'write-failed',
    });
  });
});

describe('the last snapshot on close', () => {
  function fakeWindow() {
    let onClose: ((event: { preventDefault(): void }) => void) | null = null;
    const window = {
      on: (_event: string, listener: typeof onClose) => (onClose = listener),
      close: vi.fn(() => {
        onClose?.({ preventDefault: vi.fn() });
      }),
      isDestroyed: () => false,
    };
    const tryClose = () => {
      const event = { preventDefault: vi.fn() };
      onClose?.(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { window, tryClose };
  }

  it('holds the close until unsaved edits are written, ignoring the interval', async () => {
    const { folder, service, asked, edit, settle } = harness();
    edit();
    await settle();
    edit(); // 10-minute wait started
    const { window, tryClose } = fakeWindow();
    snapshotBeforeClose(window as never, service);

    expect(tryClose()).toBe(true);
    await settle();
    await vi.waitFor(() => expect(window.close).toHaveBeenCalledTimes(1));
    expect(asked).toHaveBeenCalledTimes(2);
    expect(filesIn(folder)).toHaveLength(2);
    expect(service.hasUnsavedChanges()).toBe(false);
  });

  it('lets the window close at once when everything is saved', async () => {
    const { service, edit, settle } = harness();
    edit();
    await settle();
    const { window, tryClose } = fakeWindow();
    snapshotBeforeClose(window as never, service);
    expect(tryClose()).toBe(false);
  });

  it('closes anyway when the renderer never answers', async () => {
    const service = new BackupService({
      folder: tempFolder(),
      extraFolder: () => null,
      askForSnapshot: () => true,
    });
    service.reportActivity(3);
    const { window, tryClose } = fakeWindow();
    snapshotBeforeClose(window as never, service, 5000);
    expect(tryClose()).toBe(true);
    await vi.advanceTimersByTimeAsync(4999);
    expect(window.close).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(window.close).toHaveBeenCalledTimes(1);
  });

  it('waits for a newer snapshot when the one arriving predates the last edit', async () => {
    const asked = vi.fn(() => true);
    const service = new BackupService({
      folder: tempFolder(),
      extraFolder: () => null,
      askForSnapshot: asked,
    });
    service.reportActivity(1);
    await vi.advanceTimersByTimeAsync(0); // the scheduled request goes out
    service.reportActivity(2);
    const { window, tryClose } = fakeWindow();
    snapshotBeforeClose(window as never, service);
    expect(tryClose()).toBe(true);
    expect(asked).toHaveBeenCalledTimes(2);

    const write = (changes: number) =>
      service.write({
        bytes: backupBytes(changes),
        changes,
        reason: 'scheduled',
      });
    await write(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveBeenCalledTimes(3);
    expect(window.close).not.toHaveBeenCalled();

    await write(2);
    await vi.waitFor(() => expect(window.close).toHaveBeenCalledTimes(1));
  });
});

describe('the day a snapshot counts for', () => {
  it('is the calendar day where the user is, not in UTC', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai'; // Node re-reads the zone on assignment
    try {
      // 01:00 on 4 December in Guangdong, still 3 December in UTC.
      const at = new Date('2026-12-03T17:00:00.000Z');
      expect(localRetention.dayOf(at)).toBe('2026-12-04');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
