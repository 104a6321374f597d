import { useTranslation } from 'react-i18next';
import {
  energyByCarrierSvg,
  indicatorsSvg,
  optionsByAspectSvg,
} from '@shared/report/chart-data';
import type { ReportContext } from '@shared/report/context';

export type ChartsCardProps = { ctx: ReportContext };

const dataUrl = (svg: string) =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** The report's charts, the same SVG the PDF embeds, shown as images. */
export function ChartsCard({ ctx }: ChartsCardProps) {
  const { t } = useTranslation();
  const charts = [
    { key: 'aspects', svg: optionsByAspectSvg(ctx) },
    { key: 'energy', svg: energyByCarrierSvg(ctx) },
    { key: 'indicators', svg: indicatorsSvg(ctx) },
  ] as const;
  return (
    <article className="card card-wide">
      <h2>{t('report.charts')}</h2>
      <div className="report-charts">
        {charts.map((chart) => (
          <figure key={chart.key}>
            <img
              src={dataUrl(chart.svg)}
              alt={t(`report.chart.${chart.key}`)}
            />
            <figcaption>{t(`report.chart.${chart.key}`)}</figcaption>
          </figure>
        ))}
      </div>
    </article>
  );
}
