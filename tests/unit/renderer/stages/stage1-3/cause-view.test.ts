import { describe, expect, it } from 'vitest';
import { wasteCauseSchema, type WasteCause } from '@shared/model/causes';
import { demoWasteCauses } from '@shared/demo/stage3';
import {
  aspectsFromTicks,
  causeView,
  countByAspect,
  isTick,
  PROVISIONAL_TICK,
  TICK,
  withAspect,
} from '@renderer/features/stages/stage3/cause-view';

const SESSION_START = '2026-07-01T09:00:00.000Z';

function cause(overrides: Partial<WasteCause> = {}): WasteCause {
  return wasteCauseSchema.parse({
    id: 'cause-1',
    auditId: 'audit-1',
    sortIndex: 1,
    createdAt: '2026-06-01T08:00:00.000Z',
    updatedAt: '2026-06-01T08:00:00.000Z',
    revision: 1,
    deletedAt: null,
    wasteOrLocation: '含铜清洗废水',
    description: '单级溢流水洗',
    aspects: ['A2'],
    ...overrides,
  });
}

/** A row added on the page: made after the session began, default aspect. */
function newCause(overrides: Partial<WasteCause> = {}): WasteCause {
  return cause({
    createdAt: '2026-07-01T09:05:00.000Z',
    wasteOrLocation: '',
    description: '',
    aspects: ['A7'],
    ...overrides,
  });
}

function viewWithLog() {
  const refusals: boolean[] = [];
  const view = causeView({
    sessionStart: SESSION_START,
    onLastAspect: (refused) => refusals.push(refused),
  });
  return { view, refusals };
}

describe('isTick', () => {
  it.each(['✓', '√', '1', '是', 'x', 'X', 'yes', '●', '１', ' ✓ '])(
    'reads %j as a tick',
    (mark) => expect(isTick(mark)).toBe(true),
  );

  it.each(['', ' ', '0', '否', '无', 'no', '×', '-', '/', null])(
    'reads %j as no tick',
    (mark) => expect(isTick(mark)).toBe(false),
  );
});

describe('withAspect', () => {
  it('adds an aspect and keeps A1–A8 order', () => {
    expect(withAspect(['A7', 'A4'], 'A2', true)).toEqual(['A2', 'A4', 'A7']);
  });

  it('removes an aspect and leaves the others', () => {
    expect(withAspect(['A3', 'A7'], 'A3', false)).toEqual(['A7']);
  });
});

describe('aspectsFromTicks', () => {
  it('takes the ticked cells of a pasted row', () => {
    expect(aspectsFromTicks({ A1: '√', A3: '', A6: '1' })).toEqual([
      'A1',
      'A6',
    ]);
  });

  it('falls back to management when a pasted row ticks nothing', () => {
    expect(aspectsFromTicks({ A2: '0' })).toEqual(['A7']);
  });
});

describe('countByAspect', () => {
  it('counts the demo causes per aspect', () => {
    const { view } = viewWithLog();
    const rows = demoWasteCauses().map(view.toGrid);
    expect(countByAspect(rows)).toEqual({
      A1: 1,
      A2: 1,
      A3: 4,
      A4: 3,
      A5: 0,
      A6: 1,
      A7: 4,
      A8: 1,
    });
  });
});

describe('causeView', () => {
  it('spreads the aspects into one tick cell per aspect', () => {
    const { view } = viewWithLog();
    const row = view.toGrid(cause({ aspects: ['A2', 'A3'] }));
    expect(row).toMatchObject({ A1: '', A2: TICK, A3: TICK, A7: '' });
  });

  it('adds a ticked aspect to those already stored', () => {
    const { view } = viewWithLog();
    const patch = view.toPatch(cause({ aspects: ['A2'] }), 'A5', '√');
    expect(patch).toEqual({ aspects: ['A2', 'A5'] });
  });

  it('removes an aspect whose tick is cleared', () => {
    const { view } = viewWithLog();
    const patch = view.toPatch(cause({ aspects: ['A2', 'A5'] }), 'A2', '');
    expect(patch).toEqual({ aspects: ['A5'] });
  });

  it('passes text columns through as they are', () => {
    const { view } = viewWithLog();
    expect(view.toPatch(cause(), 'description', '带出液多')).toEqual({
      description: '带出液多',
    });
  });

  it('shows the default aspect of a new, unticked row as provisional', () => {
    const { view } = viewWithLog();
    expect(view.toGrid(newCause()).A7).toBe(PROVISIONAL_TICK);
  });

  it('shows a default aspect stored before the page opened as a plain tick', () => {
    const { view } = viewWithLog();
    expect(view.toGrid(cause({ aspects: ['A7'] })).A7).toBe(TICK);
  });

  it('replaces the provisional default with the first aspect ticked', () => {
    const { view } = viewWithLog();
    const row = newCause();
    expect(view.toPatch(row, 'A2', '1')).toEqual({ aspects: ['A2'] });
  });

  it('keeps the provisional default when that aspect itself is ticked', () => {
    const { view } = viewWithLog();
    const row = newCause();
    expect(view.toPatch(row, 'A7', '1')).toEqual({ aspects: ['A7'] });
    expect(view.toGrid({ ...row, revision: 2 }).A7).toBe(TICK);
  });

  it('adds the second tick to the first once the default is replaced', () => {
    const { view } = viewWithLog();
    const row = newCause();
    view.toPatch(row, 'A2', '1');
    const stored = { ...row, aspects: ['A2' as const], revision: 2 };
    expect(view.toPatch(stored, 'A5', 'x')).toEqual({ aspects: ['A2', 'A5'] });
  });

  it('builds on its own last write when handed the same stale row twice', () => {
    const { view } = viewWithLog();
    const stale = cause({ aspects: ['A2'] });
    view.toPatch(stale, 'A4', '✓');
    expect(view.toPatch(stale, 'A6', '✓')).toEqual({
      aspects: ['A2', 'A4', 'A6'],
    });
  });

  it('reads a newer stored row over its own last write', () => {
    const { view } = viewWithLog();
    view.toPatch(cause({ aspects: ['A2'] }), 'A4', '✓');
    const newer = cause({ aspects: ['A1'], revision: 3 });
    expect(view.toPatch(newer, 'A6', '✓')).toEqual({ aspects: ['A1', 'A6'] });
  });

  it('reports an edit that would clear the last aspect', () => {
    const { view, refusals } = viewWithLog();
    const patch = view.toPatch(cause({ aspects: ['A2'] }), 'A2', '');
    expect(patch).toEqual({ aspects: [] });
    expect(refusals).toEqual([true]);
  });

  it('withdraws the report once an aspect edit goes through', () => {
    const { view, refusals } = viewWithLog();
    view.toPatch(cause({ aspects: ['A2'] }), 'A2', '');
    view.toPatch(cause({ aspects: ['A2'], revision: 2 }), 'A3', '1');
    expect(refusals).toEqual([true, false]);
  });

  it('makes a pasted row from its text and ticks', () => {
    const { view } = viewWithLog();
    expect(
      view.fromGrid({
        wasteOrLocation: '废蚀刻液',
        description: '比重人工控制',
        A4: '√',
        A7: '是',
      }),
    ).toEqual({
      wasteOrLocation: '废蚀刻液',
      description: '比重人工控制',
      aspects: ['A4', 'A7'],
    });
  });
});
