import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StreamingSaves } from '../../../electron/main/file-stream';
import { dialog } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

function saves(target: string | null) {
  vi.mocked(dialog.showSaveDialog).mockResolvedValue(
    (target
      ? { canceled: false, filePath: target }
      : { canceled: true }) as never,
  );
  let last: string | null = null;
  return new StreamingSaves(() => null, {
    get: () => last,
    set: (dir) => {
      last = dir;
    },
  });
}

const request = { suggestedName: 'demo.cpaudit', kind: 'cpaudit' } as const;

describe('streaming saves in the main process', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cpaw-save-'));
  });

  it('writes the pieces under a temporary name and renames the file at the end', async () => {
    const target = path.join(dir, 'out.cpaudit');
    const stream = saves(target);
    const { token } = await stream.begin(request);
    expect(token).toEqual(expect.any(String));
    await stream.write({ token: token!, bytes: new Uint8Array([1, 2]) });
    expect(existsSync(target)).toBe(false);
    await stream.write({ token: token!, bytes: new Uint8Array([3]) });

    expect(await stream.end({ token: token! })).toEqual({
      saved: true,
      fileName: 'out.cpaudit',
    });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['out.cpaudit']);
  });

  it('gives no token when the user cancels the dialog', async () => {
    expect(await saves(null).begin(request)).toEqual({ token: null });
  });

  it('leaves nothing behind when the save is aborted', async () => {
    const stream = saves(path.join(dir, 'out.cpaudit'));
    const { token } = await stream.begin(request);
    await stream.write({ token: token!, bytes: new Uint8Array([1]) });
    await stream.abort({ token: token! });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a piece under a token it never gave out', async () => {
    const stream = saves(path.join(dir, 'out.cpaudit'));
    await expect(
      stream.write({ token: 'made-up', bytes: new Uint8Array([1]) }),
    ).rejects.toMatchObject({ code: 'invalid-payload' });
  });

  it('reports a folder it cannot write to as write-failed', async () => {
    const stream = saves(path.join(dir, 'missing', 'out.cpaudit'));
    await expect(stream.begin(request)).rejects.toMatchObject({
      code: 'write-failed',
    });
  });
});
