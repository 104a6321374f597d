import { backupFileName } from '@shared/backup/file-names';
import { MAX_BACKUP_BYTES } from '@shared/backup/manifest';
import type {
  BackupStatus,
  OpenedBackupFile,
  SnapshotRequest,
} from '@shared/ipc/backup-contract';
import type { PreloadApi } from '@shared/ipc/contract';
import { downloadBytes } from './download';
import type { PlatformResult } from './types';
import { unwrap } from './unwrap';

/**
 * What backups need from the host. Electron keeps snapshots in folders and
 * asks for them on its own schedule; the browser can only offer a download
 * and a file picker, so its snapshots are taken when the user asks.
 */
export type BackupHost = {
  automatic: boolean;
  appVersion(): Promise<string>;
  reportActivity(changes: number): void;
  onSnapshotWanted(listener: () => void): () => void;
  keep(request: SnapshotRequest): Promise<PlatformResult<{ fileName: string }>>;
  openFile(): Promise<PlatformResult<OpenedBackupFile | null>>;
  /** Null in the web host, which has no folders. */
  status(): Promise<PlatformResult<BackupStatus | null>>;
  chooseFolder(clear: boolean): Promise<PlatformResult<BackupStatus>>;
};

export function electronBackupHost(api: PreloadApi): BackupHost {
  return {
    automatic: true,
    async appVersion() {
      const info = await api.getAppInfo();
      return info.ok ? info.value.version : 'unknown';
    },
    reportActivity(changes) {
      void api.reportBackupActivity(changes);
    },
    onSnapshotWanted: (listener) => api.onSnapshotWanted(listener),
    keep: async (request) => unwrap(await api.writeBackupSnapshot(request)),
    openFile: async () => unwrap(await api.openBackupFile()),
    status: async () => unwrap(await api.getBackupStatus()),
    chooseFolder: async (clear) => unwrap(await api.chooseBackupFolder(clear)),
  };
}

// Known shortcoming: the web build is not told its version number, so
// backups made in a browser say "web" where Electron's give the version.
const WEB_APP_VERSION = 'web';

export function webBackupHost(now: () => Date = () => new Date()): BackupHost {
  return {
    automatic: false,
    appVersion: async () => WEB_APP_VERSION,
    reportActivity: () => undefined,
    onSnapshotWanted: () => () => undefined,
    async keep({ bytes }) {
      const fileName = backupFileName(now());
      downloadBytes(bytes, fileName, 'application/zip');
      return { ok: true, value: { fileName } };
    },
    openFile: () => pickFile(),
    status: async () => ({ ok: true, value: null }),
    chooseFolder: async () => ({ ok: false, code: 'unknown-channel' }),
  };
}

/** A file input opened from code; must run inside the user's click. */
function pickFile(): Promise<PlatformResult<OpenedBackupFile | null>> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.zip,application/zip';
    input.addEventListener('cancel', () => resolve({ ok: true, value: null }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      void (file ? readPicked(file) : Promise.resolve(null)).then((value) =>
        resolve({ ok: true, value }),
      );
    });
    input.click();
  });
}

export async function readPicked(file: File): Promise<OpenedBackupFile> {
  if (file.size > MAX_BACKUP_BYTES) {
    return { fileName: file.name, problem: 'too-large' };
  }
  try {
    return {
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    };
  } catch {
    return { fileName: file.name, problem: 'unreadable' };
  }
}
