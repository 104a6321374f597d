import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { RequestMap, SaveFileResult } from '@shared/ipc/contract';
import { IpcError } from './ipc';

const extensions: Record<RequestMap['file:save']['kind'], string[]> = {
  pdf: ['pdf'],
  xlsx: ['xlsx'],
  docx: ['docx'],
  cpaudit: ['cpaudit'],
  json: ['json'],
};

export type LastFolder = {
  get: () => string | null;
  set: (dir: string) => void;
};

/** The save dialog, starting in the folder used last; null when cancelled. */
export async function askSavePath(
  window: BrowserWindow | null,
  request: Pick<RequestMap['file:save'], 'suggestedName' | 'kind'>,
  lastFolder: LastFolder,
): Promise<string | null> {
  const startDir = lastFolder.get();
  const defaultPath = startDir
    ? path.join(startDir, request.suggestedName)
    : request.suggestedName;
  const options = {
    defaultPath,
    filters: [{ name: request.kind, extensions: extensions[request.kind] }],
  };
  const choice = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

/**
 * Asks where to save and writes the bytes. A full disk is reported as its
 * own code so the UI can say what to do.
 */
export async function saveWithDialog(
  window: BrowserWindow | null,
  request: RequestMap['file:save'],
  lastFolder: LastFolder,
): Promise<SaveFileResult> {
  const filePath = await askSavePath(window, request, lastFolder);
  if (!filePath) return { saved: false };
  try {
    await writeFile(filePath, request.bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IpcError(code === 'ENOSPC' ? 'disk-full' : 'write-failed');
  }
  lastFolder.set(path.dirname(filePath));
  return { saved: true, fileName: path.basename(filePath) };
}
