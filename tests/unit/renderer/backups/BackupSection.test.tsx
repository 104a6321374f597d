// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import {
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/react';
import { unzipSync, zipSync } from 'fflate';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from 'vitest';
import { resources } from '@shared/i18n';
import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import { ToastProvider } from '@renderer/components/Toasts';
import { takeSnapshot } from '@renderer/db/backup/take';
import { defaultContext } from '@renderer/db/context';
import { database } from '@renderer/db/database';
import { deleteAudit, getAudit } from '@renderer/db/repositories/audits';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import { BackupSection } from '@renderer/features/backups/BackupSection';
import { platform } from '@renderer/platform';

const zh = resources['zh-CN'].translation.backups;
let backupOfDemo: Uint8Array;

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  // happy-dom's <dialog> lacks the modal methods; open and close suffice.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

beforeEach(async () => {
  await Promise.all(database().tables.map((table) => table.clear()));
  await openSnapshot(defaultContext(), demoSnapshot());
  backupOfDemo = await takeSnapshot(database(), {
    appVersion: '0.1.0',
    now: new Date('2026-12-01T08:00:00.000Z'),
  });
  await deleteAudit(defaultContext(), DEMO_AUDIT_ID);
});

afterEach(cleanup);

function chooseFile(bytes: Uint8Array) {
  vi.spyOn(platform().backups, 'openFile').mockResolvedValue({
    ok: true,
    value: { fileName: 'cpaw-backup-20261201-080000-000.zip', bytes },
  });
}

function renderSection() {
  return render(
    <ToastProvider>
      <BackupSection />
    </ToastProvider>,
  );
}

describe('the backups card in the web host', () => {
  it('previews the chosen backup and restores it after handing the current state to the host', async () => {
    chooseFile(backupOfDemo);
    const keep = vi
      .spyOn(platform().backups, 'keep')
      .mockResolvedValue({ ok: true, value: { fileName: 'now.zip' } });
    renderSection();
    expect(screen.getByText(zh.status.web)).toBeTruthy();

    fireEvent.click(screen.getByText(zh.actions.restore));
    const title = demoSnapshot().audit.title;
    await screen.findByText(title);
    const taken = new Date('2026-12-01T08:00:00.000Z').toLocaleString('zh-CN');
    expect(screen.getByText(`备份时间：${taken}`)).toBeTruthy();
    expect(await getAudit(defaultContext(), DEMO_AUDIT_ID)).toBeNull();

    fireEvent.click(screen.getByText(zh.restore.confirm));
    await waitFor(() => expect(screen.getByText(/now\.zip/)).toBeTruthy());
    expect(keep).toHaveBeenCalledWith(
      expect.objectContaining({ reason: 'before-restore', changes: null }),
    );
    expect((await getAudit(defaultContext(), DEMO_AUDIT_ID))?.audit.title).toBe(
      title,
    );
  });

  it('says a damaged file is damaged and leaves the data as it was', async () => {
    const entries = unzipSync(backupOfDemo);
    const audits = entries['tables/audits.json'] as Uint8Array;
    audits[10] = (audits[10] ?? 0) ^ 0x01;
    const broken = zipSync(entries);
    chooseFile(broken);
    const keep = vi.spyOn(platform().backups, 'keep');
    renderSection();

    fireEvent.click(screen.getByText(zh.actions.restore));

    await screen.findByText(
      (text) =>
        text === zh.errors.damaged || text === zh.errors['not-a-backup'],
    );
    expect(keep).not.toHaveBeenCalled();
    expect(await getAudit(defaultContext(), DEMO_AUDIT_ID)).toBeNull();
  });

  it('says a truncated file is no backup', async () => {
    chooseFile(backupOfDemo.slice(0, 1000));
    renderSection();
    fireEvent.click(screen.getByText(zh.actions.restore));
    await screen.findByText(zh.errors['not-a-backup']);
    expect(await getAudit(defaultContext(), DEMO_AUDIT_ID)).toBeNull();
  });

  it('restores nothing when the current state cannot be kept', async () => {
    chooseFile(backupOfDemo);
    vi.spyOn(platform().backups, 'keep').mockResolvedValue({
      ok: false,
      code: 'disk-full',
    });
    renderSection();

    fireEvent.click(screen.getByText(zh.actions.restore));
    await screen.findByText(demoSnapshot().audit.title);
    fireEvent.click(screen.getByText(zh.restore.confirm));

    await screen.findByText(resources['zh-CN'].translation.errors['disk-full']);
    expect(await getAudit(defaultContext(), DEMO_AUDIT_ID)).toBeNull();
  });

  it('shows the folders in Electron and picks or clears the extra one', async () => {
    const host = platform().backups;
    const status = {
      folder: 'user-data-backups',
      extraFolder: null,
      lastWrittenAt: '2026-12-04T08:00:00.000Z',
      extraFolderError: null,
    };
    host.automatic = true;
    try {
      vi.spyOn(host, 'status').mockResolvedValue({ ok: true, value: status });
      const choose = vi.spyOn(host, 'chooseFolder').mockResolvedValue({
        ok: true,
        value: { ...status, extraFolder: 'nas-share' },
      });
      renderSection();

      await screen.findByText(/user-data-backups/);
      expect(screen.queryByText(zh.status.web)).toBeNull();
      expect(screen.getByText(zh.extraFolder.none)).toBeTruthy();
      fireEvent.click(screen.getByText(zh.extraFolder.choose));
      await screen.findByText('nas-share');
      expect(choose).toHaveBeenCalledWith(false);

      choose.mockResolvedValue({ ok: true, value: status });
      fireEvent.click(screen.getByText(zh.extraFolder.clear));
      await screen.findByText(zh.extraFolder.none);
      expect(choose).toHaveBeenLastCalledWith(true);
    } finally {
      host.automatic = false;
    }
  });
});
