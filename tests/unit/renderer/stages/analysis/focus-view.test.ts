import { describe, expect, it } from 'vitest';
import {
  factorLabel,
  factorView,
  scoreKey,
  scoreView,
} from '@renderer/features/stages/stage2/analysis/focus-view';
import { rankFocusCandidates } from '@shared/model/focus';
import { candidate, factor } from './fixtures';

const waste = factor('f-waste', { weight: 10 });
const energy = factor('f-energy', { weight: 8 });
const factors = [waste, energy];

describe('the focus scoring view', () => {
  it('spreads the score map into one column per factor with ΣW·R and the rank', () => {
    const a = candidate('a', { scores: { 'f-waste': 6, 'f-energy': 9 } });
    const b = candidate('b', { scores: { 'f-waste': 10, 'f-energy': 5 } });
    const view = scoreView(factors, rankFocusCandidates(factors, [a, b]));

    const row = view.toGrid(a);

    expect(row[scoreKey('f-waste')]).toBe(6);
    expect(row[scoreKey('f-energy')]).toBe(9);
    expect(row.total).toBe(10 * 6 + 8 * 9);
    expect(row.rank).toBe(2);
    expect(view.toGrid(b).rank).toBe(1);
  });

  it('shows an unscored factor as an empty cell that adds nothing', () => {
    const a = candidate('a', { scores: { 'f-waste': 4 } });
    const row = scoreView(factors, rankFocusCandidates(factors, [a])).toGrid(a);

    expect(row[scoreKey('f-energy')]).toBeNull();
    expect(row.total).toBe(40);
  });

  it('builds a score patch on the scores of the row it is given', () => {
    const a = candidate('a', { scores: { 'f-waste': 1, 'f-energy': 1 } });
    const view = scoreView(factors, rankFocusCandidates(factors, [a]));

    const first = view.toPatch(a, scoreKey('f-waste'), 7);
    const second = view.toPatch({ ...a, ...first }, scoreKey('f-energy'), 3);

    expect(second).toEqual({ scores: { 'f-waste': 7, 'f-energy': 3 } });
  });

  it('stores a cleared score as null and keeps the scores of deleted factors', () => {
    const a = candidate('a', {
      scores: { 'f-waste': 5, 'f-gone': 9 },
    });
    const view = scoreView(factors, rankFocusCandidates(factors, [a]));

    expect(view.toPatch(a, scoreKey('f-waste'), null)).toEqual({
      scores: { 'f-waste': null, 'f-gone': 9 },
    });
  });

  it('turns a pasted row into a name and a score map', () => {
    const view = scoreView(factors, rankFocusCandidates(factors, []));

    expect(
      view.fromGrid({
        name: '电镀线',
        [scoreKey('f-waste')]: 8,
        [scoreKey('f-energy')]: null,
      }),
    ).toEqual({ name: '电镀线', scores: { 'f-waste': 8, 'f-energy': null } });
  });
});

describe('factor names', () => {
  const preset = factor('p', { name: '废弃物量', presetKey: 'waste-amount' });

  it('show an untouched preset in the reader’s language', () => {
    expect(factorLabel(preset, 'en')).toBe('Waste amount');
    expect(factorLabel(preset, 'zh-CN')).toBe('废弃物量');
  });

  it('show a renamed preset as the consultant typed it', () => {
    const renamed = { ...preset, name: '危废产生量' };
    expect(factorLabel(renamed, 'en')).toBe('危废产生量');
  });

  it('keep the stored weight when the weight cell is cleared', () => {
    expect(factorView('zh-CN').toPatch(preset, 'weight', null)).toEqual({});
    expect(factorView('zh-CN').toPatch(preset, 'weight', 9)).toEqual({
      weight: 9,
    });
  });
});
