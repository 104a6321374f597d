// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readPicked, webBackupHost } from '@renderer/platform/backup-host';

describe('backups in the web host', () => {
  it('keeps a snapshot by downloading it under a dated backup name', async () => {
    const created = vi
      .spyOn(URL, 'createObjectURL')
      .mockReturnValue('blob:backup');
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const host = webBackupHost(() => new Date('2026-12-04T08:30:00.000Z'));

    const result = await host.keep({
      bytes: new Uint8Array([80, 75]),
      changes: null,
      reason: 'before-restore',
    });

    const name = 'cpaw-backup-20261204-083000-000.zip';
    expect(result).toEqual({ ok: true, value: { fileName: name } });
    expect(clicked.map((link) => link.download)).toEqual([name]);
    const blob = created.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('application/zip');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([80, 75]);
  });

  it('takes no snapshots by itself and has no folders', async () => {
    const host = webBackupHost();
    expect(host.automatic).toBe(false);
    expect(await host.status()).toEqual({ ok: true, value: null });
  });

  it('reads a picked file, but names one too large or unreadable instead', async () => {
    const small = new File([new Uint8Array([1, 2])], 'b.zip');
    expect(await readPicked(small)).toEqual({
      fileName: 'b.zip',
      bytes: new Uint8Array([1, 2]),
    });
    const huge = { name: 'huge.zip', size: 2 ** 40 } as File;
    expect(await readPicked(huge)).toEqual({
      fileName: 'huge.zip',
      problem: 'too-large',
    });
    const gone = {
      name: 'gone.zip',
      size: 10,
      arrayBuffer: () => Promise.reject(new DOMException('', 'NotFoundError')),
    } as unknown as File;
    expect(await readPicked(gone)).toEqual({
      fileName: 'gone.zip',
      problem: 'unreadable',
    });
  });
});
