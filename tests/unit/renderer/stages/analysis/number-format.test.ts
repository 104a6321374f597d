import { describe, expect, it } from 'vitest';
import { formatFigure } from '@renderer/features/stages/stage2/analysis/number-format';

describe('formatFigure', () => {
  it('rounds (0.45 − 0.48) / 0.48 × 100 to −6.3 as on paper, not −6.2', () => {
    const percent = ((0.45 - 0.48) / 0.48) * 100;
    expect(formatFigure(percent, 'zh-CN', { decimals: 1 })).toBe('-6.3');
  });

  it('groups thousands and writes a plus sign on a signed rise', () => {
    expect(formatFigure(1660, 'zh-CN')).toBe('1,660');
    expect(formatFigure(6, 'en', { signed: true, maxDecimals: 1 })).toBe('+6');
  });
});
