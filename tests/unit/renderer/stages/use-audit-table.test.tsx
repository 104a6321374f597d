// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@shared/i18n';
import type { Target } from '@shared/model/targets';
import { ToastProvider } from '@renderer/components/Toasts';
import { defaultContext } from '@renderer/db/context';
import { addRow } from '@renderer/db/repositories/audit-rows';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import {
  useAuditTable,
  type RowView,
} from '@renderer/features/stages/use-audit-table';
import { demoAudit, demoCompany } from '@shared/demo/demo-audit';

type GridTarget = { id: string; near: number | null; far: number | null };

// A view that packs two grid cells into one stored field, the way per-year
// and per-aspect views do: here both land in `indicator` as "near/far".
const packed: RowView<'targets', GridTarget> = {
  toGrid: (row: Target) => {
    const [near = '', far = ''] = row.indicator.split('/');
    return {
      id: row.id,
      near: near ? Number(near) : null,
      far: far ? Number(far) : null,
    };
  },
  toPatch: (row, key, value) => {
    const [near = '', far = ''] = row.indicator.split('/');
    const next = { near, far, [key]: value === null ? '' : String(value) };
    return { indicator: `${next.near}/${next.far}` };
  },
  fromGrid: () => ({}),
};

const wrapper = ({ children }: { children: ReactNode }) => (
  <ToastProvider>{children}</ToastProvider>
);

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ resources, lng: 'zh-CN' });
  await openSnapshot(defaultContext(), {
    formatVersion: 1,
    audit: demoAudit({ id: 'hook-audit' }),
    company: demoCompany(),
  });
});

describe('useAuditTable', () => {
  it('keeps every cell of a paste that packs several cells into one field', async () => {
    const row = await addRow(defaultContext(), 'targets', 'hook-audit', {
      indicator: '/',
    });
    const { result } = renderHook(
      () =>
        useAuditTable({
          table: 'targets',
          auditId: 'hook-audit',
          view: packed,
        }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.rows?.length).toBe(1));

    act(() => {
      result.current.handlers.onCellsChange([
        { rowId: row.id, columnKey: 'near', value: 5 },
        { rowId: row.id, columnKey: 'far', value: 9 },
      ]);
    });

    await waitFor(() =>
      expect(result.current.rows?.[0]).toEqual({ id: row.id, near: 5, far: 9 }),
    );
  });

  it('builds quick successive edits of one row on each other', async () => {
    const row = await addRow(defaultContext(), 'targets', 'hook-audit', {
      indicator: '/',
    });
    const { result } = renderHook(
      () =>
        useAuditTable({
          table: 'targets',
          auditId: 'hook-audit',
          view: packed,
        }),
      { wrapper },
    );
    await waitFor(() =>
      expect(result.current.rows?.some((r) => r.id === row.id)).toBe(true),
    );

    act(() => {
      result.current.handlers.onCellChange(row.id, 'near', 1);
      result.current.handlers.onCellChange(row.id, 'far', 2);
    });

    await waitFor(() =>
      expect(result.current.rows?.find((r) => r.id === row.id)).toEqual({
        id: row.id,
        near: 1,
        far: 2,
      }),
    );
    expect(result.current.saveState.kind).toBe('saved');
  });
});
