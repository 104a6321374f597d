import { describe, expect, it } from 'vitest';
import {
  OPTION_STATUSES,
  OPTION_STATUS_LABELS,
  canTransition,
  isStepBack,
  nextStatuses,
  optionStatusFromLabel,
} from '@shared/calc/option-status';
import type { OptionStatus } from '@shared/calc/option-status';

describe('nextStatuses', () => {
  it.each([
    ['proposed', 'noLow', ['feasible', 'not_now', 'rejected']],
    ['feasible', 'noLow', ['proposed', 'planned']],
    ['feasible', 'midHigh', ['proposed', 'feasibility_study']],
    ['not_now', 'noLow', ['proposed']],
    ['rejected', 'noLow', ['proposed']],
    [
      'feasibility_study',
      'midHigh',
      ['feasible', 'recommended', 'not_recommended'],
    ],
    ['recommended', 'midHigh', ['feasibility_study', 'planned']],
    ['not_recommended', 'midHigh', ['feasibility_study']],
    ['planned', 'noLow', ['feasible', 'implementing', 'implemented']],
    ['planned', 'midHigh', ['recommended', 'implementing', 'implemented']],
    ['implementing', 'noLow', ['planned', 'implemented']],
    ['implemented', 'noLow', ['planned', 'implementing', 'verified']],
    ['verified', 'midHigh', ['implemented']],
  ] as const)('from %s (%s) allows %j', (from, group, expected) => {
    expect(nextStatuses(from, group)).toEqual(expected);
  });
});

describe('canTransition', () => {
  it('sends only mid/high-cost options to a feasibility study', () => {
    expect(canTransition('feasible', 'feasibility_study', 'midHigh')).toBe(
      true,
    );
    expect(canTransition('feasible', 'feasibility_study', 'noLow')).toBe(false);
  });

  it('lets only no/low-cost options go from feasible to planned', () => {
    expect(canTransition('feasible', 'planned', 'noLow')).toBe(true);
    expect(canTransition('feasible', 'planned', 'midHigh')).toBe(false);
  });

  it('keeps no/low-cost options out of the study branch going back', () => {
    expect(canTransition('planned', 'recommended', 'noLow')).toBe(false);
    expect(canTransition('planned', 'recommended', 'midHigh')).toBe(true);
  });

  it('refuses jumps of more than one step', () => {
    expect(canTransition('proposed', 'implemented', 'noLow')).toBe(false);
    expect(canTransition('verified', 'planned', 'noLow')).toBe(false);
    expect(canTransition('recommended', 'not_recommended', 'midHigh')).toBe(
      false,
    );
  });

  it('refuses a move to the same status', () => {
    for (const status of OPTION_STATUSES) {
      expect(canTransition(status, status, 'midHigh')).toBe(false);
    }
  });

  it('can reach verified from proposed for both cost groups', () => {
    const reachable = (group: 'noLow' | 'midHigh'): Set<OptionStatus> => {
      const seen = new Set<OptionStatus>(['proposed']);
      const queue: OptionStatus[] = ['proposed'];
      for (let from = queue.shift(); from; from = queue.shift()) {
        for (const to of nextStatuses(from, group)) {
          if (!seen.has(to)) queue.push(to);
          seen.add(to);
        }
      }
      return seen;
    };
    expect(reachable('noLow').has('verified')).toBe(true);
    expect(reachable('midHigh').has('verified')).toBe(true);
    expect(reachable('noLow').has('feasibility_study')).toBe(false);
  });
});

describe('isStepBack', () => {
  it('marks the undo of a forward step', () => {
    expect(isStepBack('implemented', 'implementing', 'noLow')).toBe(true);
    expect(isStepBack('implementing', 'implemented', 'noLow')).toBe(false);
  });

  it('counts a return from not_now to proposed as a forward step', () => {
    expect(isStepBack('not_now', 'proposed', 'noLow')).toBe(false);
  });
});

describe('labels', () => {
  it('gives every status a Chinese and an English label', () => {
    for (const status of OPTION_STATUSES) {
      expect(OPTION_STATUS_LABELS[status].zh).not.toBe('');
      expect(OPTION_STATUS_LABELS[status].en).not.toBe('');
    }
  });

  it('uses distinct labels so that import can read them back', () => {
    const zh = OPTION_STATUSES.map((s) => OPTION_STATUS_LABELS[s].zh);
    const en = OPTION_STATUSES.map((s) => OPTION_STATUS_LABELS[s].en);
    expect(new Set(zh).size).toBe(OPTION_STATUSES.length);
    expect(new Set(en).size).toBe(OPTION_STATUSES.length);
  });
});

describe('optionStatusFromLabel', () => {
  it.each([
    ['已实施', 'implemented'],
    ['暂不可行', 'not_now'],
    ['不可行', 'rejected'],
    ['可行性分析中', 'feasibility_study'],
    [' 已验证 ', 'verified'],
    ['Not feasible for now', 'not_now'],
    ['IMPLEMENTED', 'implemented'],
    ['not_recommended', 'not_recommended'],
  ] as const)('reads %j as %s', (label, status) => {
    expect(optionStatusFromLabel(label)).toBe(status);
  });

  it('reads every label it writes', () => {
    for (const status of OPTION_STATUSES) {
      const { zh, en } = OPTION_STATUS_LABELS[status];
      expect(optionStatusFromLabel(zh)).toBe(status);
      expect(optionStatusFromLabel(en)).toBe(status);
    }
  });

  it('returns null for a wording it does not know', () => {
    expect(optionStatusFromLabel('已完成')).toBeNull();
    expect(optionStatusFromLabel('')).toBeNull();
  });
});
