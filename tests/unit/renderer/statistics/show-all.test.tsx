// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeadlineBoardInput } from '@shared/calc/portfolio-deadlines';
import { DeadlinesSection } from '@renderer/features/statistics/DeadlinesSection';
import { LIST_LIMIT } from '@renderer/features/statistics/ShowAll';
import { initGridI18n } from '../grid/harness';

/** Mandatory audits not started, their lists published a day apart in January 2026. */
function inputs(count: number): DeadlineBoardInput[] {
  return Array.from({ length: count }, (_, i) => ({
    audit: {
      id: `audit-${i}`,
      title: `审核 ${i + 1}`,
      auditType: 'mandatory',
      listPublishedOn: `2026-01-${String(i + 1).padStart(2, '0')}`,
      state: 'in-progress',
    },
    companyName: `企业 ${i + 1}`,
    started: false,
  }));
}

const bodyRows = () =>
  screen.getAllByRole('row').filter((row) => row.closest('tbody'));

describe('long statistics lists', () => {
  beforeAll(initGridI18n);
  afterEach(cleanup);

  it('shows the first rows of the deadlines board until all are asked for', () => {
    render(<DeadlinesSection inputs={inputs(25)} todayIso="2026-06-01" />);
    expect(LIST_LIMIT).toBe(20);
    expect(bodyRows()).toHaveLength(20);
    // Overdue first, and among them the earliest list first.
    expect(bodyRows()[0]?.textContent).toMatch(/^审核 1企业 1/);

    fireEvent.click(
      screen.getByRole('button', { name: '显示全部 25 项（另有 5 项）' }),
    );
    expect(bodyRows()).toHaveLength(25);
    expect(screen.queryByRole('button', { name: /显示全部/ })).toBeNull();
  });

  it('offers no button when every row fits', () => {
    render(<DeadlinesSection inputs={inputs(3)} todayIso="2026-06-01" />);
    expect(bodyRows()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /显示全部/ })).toBeNull();
  });
});
