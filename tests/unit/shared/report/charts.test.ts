import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { beforeAfterChart, horizontalBarChart } from '@shared/report/charts';
import {
  energyByCarrierSvg,
  indicatorsSvg,
  optionsByAspectSvg,
} from '@shared/report/chart-data';
import { reportContext } from '@shared/report/document';
import { demoReportInput } from './fixtures';

function parse(svg: string): Document {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
  return doc as unknown as Document;
}

describe('the report charts', () => {
  const ctx = reportContext(demoReportInput());

  it('are well-formed SVG with one bar and label per aspect', () => {
    const doc = parse(optionsByAspectSvg(ctx));
    expect(doc.documentElement.tagName.toLowerCase()).toBe('svg');
    const counts = ctx.figures.summary.optionCounts.byAspect;
    const labels = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toContain('设备维护和更新');
    expect(labels).toContain(`${counts.equipment} 项`);
  });

  it('escape text so that a name with < and & stays well-formed', () => {
    const svg = horizontalBarChart([{ label: 'A<B & C', value: 1 }]);
    expect(svg).toContain('A&lt;B &amp; C');
    expect(parse(svg).querySelectorAll('rect').length).toBe(2);
  });

  it('draw energy saved per carrier and the before/after pairs', () => {
    expect(
      parse(energyByCarrierSvg(ctx)).querySelectorAll('text').length,
    ).toBeGreaterThan(2);
    expect(parse(indicatorsSvg(ctx)).querySelector('svg')).not.toBeNull();
    const pair = beforeAfterChart(
      [{ label: '单位产品电耗', before: 80, after: 72 }],
      { before: '前', after: '后' },
    );
    expect(pair).toContain('>90.0<');
  });
});
