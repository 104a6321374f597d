import { describe, expect, it } from 'vitest';
import {
  balanceState,
  categoryConflicts,
  errorPercentOf,
  streamView,
  studyView,
} from '@renderer/features/stages/stage3/balance/balance-view';
import { studyBalance } from '@shared/model/balance';
import { stream, study } from './fixtures';

const water = study('water', { type: 'water', tolerancePercent: 5 });

function stateOf(streams: ReturnType<typeof stream>[]) {
  const balance = studyBalance(water, streams);
  return { balance, state: balanceState(balance, streams.length) };
}

describe('balance state', () => {
  it('is beyond tolerance for 1,000 t in and 930 t out, an error of 7 %', () => {
    const { balance, state } = stateOf([
      stream('in', 'water', { direction: 'in', quantity: 1000 }),
      stream('out', 'water', {
        direction: 'out',
        category: 'waste',
        quantity: 930,
      }),
    ]);

    expect(errorPercentOf(balance)).toBeCloseTo(7, 10);
    expect(state).toBe('over');
  });

  it('is within tolerance for the demo plant water balance of 4.7 %', () => {
    const { balance, state } = stateOf([
      stream('in', 'water', { direction: 'in', quantity: 1660 }),
      stream('out', 'water', {
        direction: 'out',
        category: 'waste',
        quantity: 1582,
      }),
    ]);

    expect(errorPercentOf(balance)).toBeCloseTo(4.6988, 4);
    expect(state).toBe('ok');
  });

  it('cannot sum streams in different units', () => {
    const { balance, state } = stateOf([
      stream('in', 'water', { quantity: 1000, unit: 't' }),
      stream('out', 'water', { direction: 'out', quantity: 900, unit: 'm3' }),
      stream('loss', 'water', { direction: 'out', quantity: 40, unit: 't' }),
    ]);

    expect(state).toBe('mixed-units');
    expect(errorPercentOf(balance)).toBeNull();
  });

  it('has no error while nothing goes in, and is empty without streams', () => {
    expect(
      stateOf([stream('out', 'water', { direction: 'out', quantity: 5 })])
        .state,
    ).toBe('no-input');
    expect(stateOf([]).state).toBe('empty');
  });
});

describe('the balance grid views', () => {
  it('show each study with the error of its own streams', () => {
    const streams = [
      stream('in', 'water', { quantity: 1000 }),
      stream('out', 'water', { direction: 'out', quantity: 930 }),
    ];
    const statuses = new Map([
      ['water', { balance: studyBalance(water, streams), streamCount: 2 }],
    ]);

    const row = studyView(statuses).toGrid(water);

    expect(row.errorPercent).toBeCloseTo(7, 10);
    expect(row.state).toBe('over');
  });

  it('keep a study’s type and tolerance when their cells are cleared', () => {
    const view = studyView(new Map());
    expect(view.toPatch(water, 'type', null)).toEqual({});
    expect(view.toPatch(water, 'tolerancePercent', null)).toEqual({});
    expect(view.toPatch(water, 'tolerancePercent', 3)).toEqual({
      tolerancePercent: 3,
    });
  });

  it('keep a stream’s direction when its cell is cleared', () => {
    const view = streamView();
    const row = stream('in', 'water');
    expect(view.toPatch(row, 'direction', null)).toEqual({});
    expect(view.toPatch(row, 'quantity', null)).toEqual({ quantity: null });
  });
});

describe('categoryConflicts', () => {
  it('finds outputs left in the input category and inputs given an output one', () => {
    const conflicts = categoryConflicts([
      stream('ok-in', 'water', { direction: 'in', category: 'input' }),
      stream('bad-out', 'water', { direction: 'out', category: 'input' }),
      stream('bad-in', 'water', { direction: 'in', category: 'waste' }),
    ]);

    expect(conflicts.outputAsInput.map((s) => s.id)).toEqual(['bad-out']);
    expect(conflicts.inputAsOutput.map((s) => s.id)).toEqual(['bad-in']);
  });
});
