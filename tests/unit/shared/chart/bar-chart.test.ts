import { describe, expect, it } from 'vitest';
import { barChartGeometry } from '@shared/chart/bar-chart';

describe('bar chart geometry', () => {
  // Values 10, −5, 20 on 560 px with 140 px of labels and 90 px for value
  // text on each side that has bars: the plot starts at 230, is 240 wide
  // for a range of 25, so 9.6 px per unit and zero at 230 + 5 × 9.6 = 278.
  const chart = barChartGeometry([
    { label: '珠三角', value: 10 },
    { label: '东翼', value: -5 },
    { label: '西翼', value: 20 },
  ]);

  it('places the zero line after the room for negative bars', () => {
    expect(chart.zeroX).toBeCloseTo(278, 10);
  });

  it('scales bars to their values on either side of zero', () => {
    const [a, b, c] = chart.bars;
    expect([a?.x, a?.width]).toEqual([278, 96]);
    expect(b?.negative).toBe(true);
    expect(b?.x).toBeCloseTo(230, 10);
    expect(b?.width).toBeCloseTo(48, 10);
    expect(c?.width).toBeCloseTo(192, 10);
  });

  it('stacks bars 28 px apart and sizes the picture to fit', () => {
    expect(chart.bars.map((bar) => bar.y)).toEqual([8, 36, 64]);
    expect(chart.height).toBe(92);
  });

  it('cuts long labels with an ellipsis', () => {
    const long = barChartGeometry([
      { label: '一二三四五六七八九十十一', value: 1 },
    ]);
    expect(long.bars[0]?.label).toBe('一二三四五六七八九…');
  });

  it('gives a Latin letter half the room of a Chinese character', () => {
    const english = barChartGeometry([
      { label: 'Pearl River Delta', value: 1 },
      { label: 'Eastern wing of Guangdong', value: 2 },
      { label: '珠三角 Pearl River Delta', value: 3 },
    ]);
    expect(english.bars.map((bar) => bar.label)).toEqual([
      'Pearl River Delta',
      'Eastern wing of Gu…',
      '珠三角 Pearl River…',
    ]);
  });

  it('draws no bar length when every value is zero', () => {
    const flat = barChartGeometry([{ label: 'a', value: 0 }]);
    expect(flat.bars[0]?.width).toBe(0);
    expect(flat.bars[0]?.valueText).toBe('0');
  });
});
