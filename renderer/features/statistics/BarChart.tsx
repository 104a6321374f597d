import { barChartGeometry, type BarInput } from '@shared/chart/bar-chart';

export type BarChartProps = {
  title: string;
  bars: readonly BarInput[];
  formatValue: (value: number) => string;
};

/** A horizontal bar chart drawn as SVG from the shared geometry. */
export function BarChart({ title, bars, formatValue }: BarChartProps) {
  const chart = barChartGeometry(bars, { formatValue, width: 640 });
  return (
    <figure className="stats-chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={title}
        width={chart.width}
        height={chart.height}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
      >
        <line
          x1={chart.zeroX}
          x2={chart.zeroX}
          y1={0}
          y2={chart.height}
          className="stats-chart-axis"
        />
        {chart.bars.map((bar, index) => (
          <g key={index} data-bar-label={bar.label}>
            <text x={chart.labelWidth - 8} y={bar.textY} textAnchor="end">
              {bar.label}
            </text>
            <rect
              x={bar.x}
              y={bar.y}
              width={Math.max(bar.width, 0.5)}
              height={bar.height}
              className={bar.negative ? 'stats-bar negative' : 'stats-bar'}
            />
            <text
              x={bar.valueX}
              y={bar.textY}
              textAnchor={bar.negative ? 'end' : 'start'}
              className="stats-bar-value"
            >
              {bar.valueText}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
