import {
  mkdir,
  readdir,
  readFile,
  rename,
  unlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { backupFileName, parseBackupFileName } from '@shared/backup/file-names';
import { readManifest } from '@shared/backup/read';
import {
  defaultRetention,
  snapshotsToPrune,
  type Dated,
  type RetentionPolicy,
} from '@shared/backup/retention';
import {
  hasUnsavedChanges,
  initialSchedule,
  nextSnapshotDelay,
  type ScheduleState,
} from '@shared/backup/schedule';
import type {
  BackupStatus,
  SnapshotRequest,
} from '@shared/ipc/backup-contract';
import { createLogger } from '@shared/log/logger';
import { IpcError } from './ipc';

const log = createLogger('backups');

// A renderer that was asked but never answered (it crashed, or its read
// failed) is asked again after this long rather than never.
const ANSWER_TIMEOUT_MS = 60_000;

export type BackupServiceOptions = {
  /** The user-data folder's backups directory. */
  folder: string;
  /** The user's second folder, read at each write; null for none. */
  extraFolder: () => string | null;
  /** Sends the renderer the request; false when there is no window. */
  askForSnapshot: () => boolean;
  now?: () => Date;
  retention?: RetentionPolicy;
};

/**
 * Decides when snapshots are due and writes the bytes the renderer sends:
 * into the backups folder, then a copy into the extra folder, each pruned
 * to the retention policy. Only the renderer can read IndexedDB, so main
 * asks and the renderer answers with a finished backup file.
 */
export class BackupService {
  private state: ScheduleState = initialSchedule;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private askedAt: number | null = null;
  private lastWrittenAt: Date | null = null;
  private extraFolderError: BackupStatus['extraFolderError'] = null;
  private waiting: (() => void)[] = [];
  private readonly now: () => Date;

  constructor(private readonly options: BackupServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  get folder(): string {
    return this.options.folder;
  }

  /**
   * Starts from the newest snapshot on disk: its time counts toward the
   * interval, and its change-log length tells whether the database moved
   * on since. Equal lengths are taken as equal contents, which a restore
   * of another backup with as many changes would fool; the next edit then
   * brings a snapshot anyway.
   *
   * Known shortcoming: the newest file is read whole to get at its
   * manifest, so a backup with hundreds of MB of photos delays start-up by
   * the time the disk takes to read it. Reading only the zip's directory
   * and the manifest entry would avoid that.
   */
  async resume(): Promise<void> {
    const [newest] = await listSnapshots(this.options.folder);
    if (!newest) return;
    this.lastWrittenAt = newest.at;
    let savedChanges: number | null = null;
    try {
      const bytes = await readFile(path.join(this.options.folder, newest.name));
      const manifest = readManifest(bytes, Number.MAX_SAFE_INTEGER);
      if (manifest.ok) {
        const changes = manifest.value.tables.find((t) => t.name === 'changes');
        savedChanges = changes?.count ?? null;
      }
    } catch (error) {
      log.warn('the newest snapshot could not be read', error);
    }
    this.state = {
      ...this.state,
      savedChanges,
      lastWrittenAt: newest.at.getTime(),
    };
  }

  /** The renderer's change-log length after a write. */
  reportActivity(changes: number): void {
    this.state = { ...this.state, reportedChanges: changes };
    this.schedule();
  }

  hasUnsavedChanges(): boolean {
    return hasUnsavedChanges(this.state);
  }

  /** Checks that the bytes are a backup, writes and prunes. */
  async write(request: SnapshotRequest): Promise<{ fileName: string }> {
    if (!readManifest(request.bytes, Number.MAX_SAFE_INTEGER).ok) {
      throw new IpcError('invalid-payload');
    }
    const at = this.uniqueTime();
    const fileName = backupFileName(at);
    await writeInto(this.options.folder, fileName, request.bytes);
    await this.prune(this.options.folder, at);
    await this.copyToExtraFolder(fileName, request.bytes, at);
    this.lastWrittenAt = at;
    this.askedAt = null;
    this.state = {
      ...this.state,
      lastWrittenAt: at.getTime(),
      savedChanges:
        request.reason === 'scheduled' && request.changes !== null
          ? request.changes
          : this.state.savedChanges,
    };
    log.info(`wrote ${request.reason} snapshot of ${request.bytes.length} B`);
    this.schedule();
    this.answerWaiting();
    return { fileName };
  }

  /**
   * On quit: asks for one last snapshot if anything is unsaved, ignoring the
   * interval, and waits for it at most `timeoutMs` so a stuck renderer
   * cannot keep the app from closing.
   */
  async flush(timeoutMs: number): Promise<void> {
    if (!this.hasUnsavedChanges()) return;
    this.stop();
    const written = new Promise<void>((resolve) => this.waiting.push(resolve));
    if (!this.options.askForSnapshot()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log.warn('no final snapshot arrived before closing');
        resolve();
      }, timeoutMs);
    });
    await Promise.race([written, timeout]);
    clearTimeout(timer);
  }

  // A snapshot that was already on its way when closing began may predate
  // the last edit: then the closing window waits for one more.
  private answerWaiting(): void {
    if (this.waiting.length === 0) return;
    if (this.hasUnsavedChanges()) this.options.askForSnapshot();
    else for (const resolve of this.waiting.splice(0)) resolve();
  }

  status(): BackupStatus {
    return {
      folder: this.options.folder,
      extraFolder: this.options.extraFolder(),
      lastWrittenAt: this.lastWrittenAt?.toISOString() ?? null,
      extraFolderError: this.extraFolderError,
    };
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.stop();
    const now = this.now().getTime();
    const delay = nextSnapshotDelay(this.state, now);
    if (delay === null) return;
    const answerDue = (this.askedAt ?? -Infinity) + ANSWER_TIMEOUT_MS;
    this.timer = setTimeout(() => this.ask(), Math.max(delay, answerDue - now));
  }

  private ask(): void {
    this.timer = null;
    if (this.options.askForSnapshot()) this.askedAt = this.now().getTime();
  }

  // Names carry the time to the millisecond; two writes within one never
  // overwrite each other.
  private uniqueTime(): Date {
    const now = this.now();
    const last = this.lastWrittenAt?.getTime() ?? -Infinity;
    return now.getTime() > last ? now : new Date(last + 1);
  }

  private async prune(folder: string, now: Date): Promise<void> {
    const all = await listSnapshots(folder);
    const retention = this.options.retention ?? localRetention;
    for (const name of snapshotsToPrune(all, now, retention)) {
      await unlink(path.join(folder, name)).catch((error: unknown) =>
        log.warn('an old snapshot could not be deleted', error),
      );
    }
  }

  // A NAS share may be offline; the local snapshot is what counts, so a
  // failed copy is reported in the status instead of failing the write.
  private async copyToExtraFolder(
    fileName: string,
    bytes: Uint8Array,
    at: Date,
  ): Promise<void> {
    const extra = this.options.extraFolder();
    if (!extra) return;
    try {
      await writeInto(extra, fileName, bytes);
      await this.prune(extra, at);
      this.extraFolderError = null;
    } catch (error) {
      log.warn('the copy to the extra backup folder failed', error);
      this.extraFolderError =
        error instanceof IpcError && error.code === 'disk-full'
          ? 'disk-full'
          : 'write-failed';
    }
  }
}

/**
 * "One a day" means the user's calendar day: a consultant in Guangdong
 * (UTC+8) working past 08:00 would otherwise see one UTC day split theirs.
 */
export const localRetention: RetentionPolicy = {
  ...defaultRetention,
  dayOf: (at) =>
    [at.getFullYear(), at.getMonth() + 1, at.getDate()]
      .map((part) => String(part).padStart(2, '0'))
      .join('-'),
};

/** Snapshot files in a folder, newest first; other files are ignored. */
export async function listSnapshots(folder: string): Promise<Dated[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const at = parseBackupFileName(name);
      return at ? [{ name, at }] : [];
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

// Written beside the final name and renamed, so a crash or a full disk
// mid-write never leaves a truncated file that looks like a snapshot.
async function writeInto(
  folder: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<void> {
  const target = path.join(folder, fileName);
  const partial = `${target}.partial`;
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(partial, bytes);
    await rename(partial, target);
  } catch (error) {
    await unlink(partial).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new IpcError(code === 'ENOSPC' ? 'disk-full' : 'write-failed');
  }
}

/**
 * Holds the window open until a last snapshot is written (or the wait
 * times out), whether it is closed by its button or by quitting the app.
 */
export function snapshotBeforeClose(
  window: BrowserWindow,
  service: BackupService,
  timeoutMs = 20_000,
): void {
  let state: 'open' | 'flushing' | 'done' = 'open';
  window.on('close', (event) => {
    if (state === 'done' || !service.hasUnsavedChanges()) return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    void service.flush(timeoutMs).finally(() => {
      state = 'done';
      if (!window.isDestroyed()) window.close();
    });
  });
}
