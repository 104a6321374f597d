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

/**
 * Asks where to save, starting in the folder used last, and writes the bytes.
 * A full disk is reported as its own code so the UI can say what to do.
 */
export async function saveWithDialog(
  window: BrowserWindow | null,
  request: RequestMap['file:save'],
  lastFolder: { get: () => string | null; set: (dir: string) => void },
): Promise<SaveFileResult> {
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
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    await writeFile(choice.filePath, request.bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IpcError(code === 'ENOSPC' ? 'disk-full' : 'write-failed');
  }
  lastFolder.set(path.dirname(choice.filePath));
  return { saved: true, fileName: path.basename(choice.filePath) };
}
