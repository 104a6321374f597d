import { describe, expect, it } from 'vitest';
import { baselineView } from '@renderer/features/stages/stage2/baseline/baseline-view';
import {
  coupleWasteInput,
  coupleWastePatch,
} from '@renderer/features/stages/stage2/baseline/waste-rules';
import { equipmentSchema } from '@shared/model/baseline';
import { item, waste } from './fixtures';

const YEARS = [2023, 2024, 2025];

function consumptionView() {
  return baselineView<'consumptionItems'>({
    years: YEARS,
    yearFields: [{ field: 'quantityByYear', prefix: 'quantity' }],
    flagFields: ['hazardous'],
    requiredFields: ['category'],
  });
}

const diesel = () =>
  item({
    id: 'diesel',
    category: 'energy',
    name: '柴油',
    unit: 't',
    quantityByYear: { '2023': 12 },
  });

describe('baselineView', () => {
  it('shows the year records and yes/no fields as grid cells', () => {
    const row = consumptionView().toGrid({ ...diesel(), hazardous: true });
    expect(row.quantity_2023).toBe(12);
    expect(row.quantity_2025).toBeNull();
    expect(row['is:hazardous']).toBe('yes');
  });

  it('patches a year cell as the whole record with that year set', () => {
    const patch = consumptionView().toPatch(diesel(), 'quantity_2024', 13);
    expect(patch).toEqual({ quantityByYear: { '2023': 12, '2024': 13 } });
  });

  it('adds a year to a row an earlier edit of the same paste changed', () => {
    const view = consumptionView();
    const row = diesel();
    const first = view.toPatch(row, 'quantity_2024', 13);
    const second = view.toPatch({ ...row, ...first }, 'quantity_2025', 14.2);
    expect(second).toEqual({
      quantityByYear: { '2023': 12, '2024': 13, '2025': 14.2 },
    });
  });

  it('patches a yes/no cell as a boolean', () => {
    const view = consumptionView();
    expect(view.toPatch(diesel(), 'is:hazardous', 'yes')).toEqual({
      hazardous: true,
    });
    expect(view.toPatch(diesel(), 'is:hazardous', null)).toEqual({
      hazardous: false,
    });
  });

  it('keeps a required field when its cell is cleared', () => {
    expect(consumptionView().toPatch(diesel(), 'category', null)).toEqual({});
  });

  it('patches a plain field as it is', () => {
    expect(consumptionView().toPatch(diesel(), 'unit', '万kWh')).toEqual({
      unit: '万kWh',
    });
  });

  it('turns a pasted row into stored fields', () => {
    const input = consumptionView().fromGrid({
      category: null,
      name: '柴油',
      quantity_2023: 1,
      quantity_2025: 3,
      'is:hazardous': 'no',
    });
    expect(input).toEqual({
      name: '柴油',
      quantityByYear: { '2023': 1, '2025': 3 },
      hazardous: false,
    });
  });

  it('shows a calendar year as text and stores it as a number', () => {
    const view = baselineView<'equipment'>({
      years: [],
      calendarYearFields: ['year'],
    });
    const row = equipmentSchema.parse({
      id: 'press',
      createdAt: '2026-04-01T08:00:00.000Z',
      updatedAt: '2026-04-01T08:00:00.000Z',
      revision: 1,
      deletedAt: null,
      auditId: 'audit-1',
      sortIndex: 1,
      year: 2018,
    });
    expect(view.toGrid(row)['yearOf:year']).toBe('2018');
    expect(view.toPatch(row, 'yearOf:year', '2019')).toEqual({ year: 2019 });
    expect(view.toPatch(row, 'yearOf:year', null)).toEqual({ year: null });
    expect(view.fromGrid({ 'yearOf:year': '2020' })).toEqual({ year: 2020 });
  });

  it('applies the table coupling to patches and pasted rows', () => {
    const view = baselineView<'wasteStreams'>({
      years: YEARS,
      couplePatch: coupleWastePatch,
      coupleInput: coupleWasteInput,
    });
    const sludge = waste({ id: 'sludge', medium: 'solid' });
    expect(view.toPatch(sludge, 'hwCode', 'HW17')).toEqual({
      hwCode: 'HW17',
      medium: 'hazardous',
    });
    expect(view.fromGrid({ hwCode: 'HW17' })).toEqual({
      hwCode: 'HW17',
      medium: 'hazardous',
    });
  });
});
