// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readBackup } from '@shared/backup/read';
import { resources } from '@shared/i18n';
import type { SnapshotRequest } from '@shared/ipc/backup-contract';
import type { MenuCommand } from '@shared/ipc/contract';
import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import { ToastProvider } from '@renderer/components/Toasts';
import { takeSnapshot } from '@renderer/db/backup/take';
import { defaultContext } from '@renderer/db/context';
import { database } from '@renderer/db/database';
import { renameAudit } from '@renderer/db/repositories/audits';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import { BackupAgent } from '@renderer/features/backups/BackupAgent';
import { platform } from '@renderer/platform';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ resources, lng: 'zh-CN' });
  // happy-dom's <dialog> lacks showModal; an open flag is all it needs here.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});
afterEach(cleanup);

/** The host as Electron's looks to the agent: it records what it is told. */
function electronLikeHost() {
  const host = platform().backups;
  const reported: number[] = [];
  const kept: SnapshotRequest[] = [];
  let wanted: (() => void) | null = null;
  vi.spyOn(host, 'reportActivity').mockImplementation((n) => {
    reported.push(n);
  });
  vi.spyOn(host, 'onSnapshotWanted').mockImplementation((listener) => {
    wanted = listener;
    return () => (wanted = null);
  });
  vi.spyOn(host, 'keep').mockImplementation(async (request) => {
    kept.push(request);
    return { ok: true, value: { fileName: 'x.zip' } };
  });
  return { reported, kept, askForSnapshot: () => wanted?.() };
}

describe('the backup agent', () => {
  it('reports the change-log length after each write and answers a request with a full snapshot', async () => {
    await openSnapshot(defaultContext(), demoSnapshot());
    const host = electronLikeHost();
    render(
      <ToastProvider>
        <BackupAgent />
      </ToastProvider>,
    );
    const before = await database().changes.count();
    await waitFor(() => expect(host.reported.at(-1)).toBe(before));

    await renameAudit(defaultContext(), DEMO_AUDIT_ID, 'renamed');
    await waitFor(() => expect(host.reported.at(-1)).toBe(before + 1));

    act(() => host.askForSnapshot());
    await waitFor(() => expect(host.kept).toHaveLength(1));
    const [request] = host.kept;
    expect(request).toMatchObject({ reason: 'scheduled', changes: before + 1 });
    const read = readBackup(request!.bytes, database().verno);
    if (!read.ok) throw new Error(read.code);
    expect(read.value.manifest.audits.map((a) => a.title)).toEqual(['renamed']);
  });

  it('opens the chosen file with a preview when the menu asks for a restore', async () => {
    electronLikeHost();
    let onCommand: ((command: MenuCommand) => void) | null = null;
    vi.spyOn(platform(), 'onMenuCommand').mockImplementation((listener) => {
      onCommand = listener;
      return () => (onCommand = null);
    });
    const bytes = await takeSnapshot(database(), {
      appVersion: '0.1.0',
      now: new Date('2026-12-02T08:00:00.000Z'),
    });
    const openFile = vi
      .spyOn(platform().backups, 'openFile')
      .mockResolvedValue({ ok: true, value: { fileName: 'b.zip', bytes } });
    render(
      <ToastProvider>
        <BackupAgent />
      </ToastProvider>,
    );

    act(() => onCommand?.('restore-backup'));

    expect(openFile).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(document.querySelector('dialog')?.textContent).toContain('b.zip'),
    );
  });
});
