import { randomUUID } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import type {
  BeginSaveResult,
  RequestMap,
  SaveFileResult,
} from '@shared/ipc/contract';
import { askSavePath, type LastFolder } from './files';
import { IpcError } from './ipc';

/**
 * Saving a large file (a filing package) in pieces: the renderer asks once
 * where to save, then sends the file piece by piece under a token, and
 * main writes each piece as it comes. The file is written beside its
 * destination under a temporary name and renamed at the end, so a
 * cancelled or failed save never leaves a half package under the real name.
 */
type OpenSave = { handle: FileHandle; partPath: string; finalPath: string };

export class StreamingSaves {
  private readonly open = new Map<string, OpenSave>();

  constructor(
    private readonly window: () => BrowserWindow | null,
    private readonly lastFolder: LastFolder,
  ) {}

  async begin(
    request: RequestMap['file:begin-save'],
  ): Promise<BeginSaveResult> {
    const finalPath = await askSavePath(
      this.window(),
      request,
      this.lastFolder,
    );
    if (!finalPath) return { token: null };
    const partPath = `${finalPath}.partial`;
    const handle = await open(partPath, 'w').catch((error: unknown) => {
      throw new IpcError(writeErrorCode(error));
    });
    const token = randomUUID();
    this.open.set(token, { handle, partPath, finalPath });
    return { token };
  }

  async write({ token, bytes }: RequestMap['file:write-chunk']): Promise<null> {
    const save = this.get(token);
    try {
      await save.handle.write(bytes);
    } catch (error) {
      await this.discard(token);
      throw new IpcError(writeErrorCode(error));
    }
    return null;
  }

  async end({ token }: RequestMap['file:end-save']): Promise<SaveFileResult> {
    const save = this.get(token);
    this.open.delete(token);
    try {
      await save.handle.close();
      await rename(save.partPath, save.finalPath);
    } catch (error) {
      await rm(save.partPath, { force: true });
      throw new IpcError(writeErrorCode(error));
    }
    this.lastFolder.set(path.dirname(save.finalPath));
    return { saved: true, fileName: path.basename(save.finalPath) };
  }

  async abort({ token }: RequestMap['file:abort-save']): Promise<null> {
    if (this.open.has(token)) await this.discard(token);
    return null;
  }

  private get(token: string): OpenSave {
    const save = this.open.get(token);
    if (!save) throw new IpcError('invalid-payload');
    return save;
  }

  private async discard(token: string): Promise<void> {
    const save = this.open.get(token);
    this.open.delete(token);
    if (!save) return;
    await save.handle.close().catch(() => undefined);
    await rm(save.partPath, { force: true });
  }
}

function writeErrorCode(error: unknown): 'disk-full' | 'write-failed' {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' ? 'disk-full' : 'write-failed';
}
