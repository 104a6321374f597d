import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  certificateWatch,
  type CertificateInput,
} from '@shared/calc/portfolio-deadlines';
import { StatsCard } from './StatsCard';
import { certificatesTable } from './portfolio-tables';
import { RecordAcceptance } from './RecordAcceptance';
import { SheetTableView } from './SheetTableView';
import { ShowAllButton, useListLimit } from './ShowAll';

const HORIZONS = [6, 12, 24, 60] as const;

export type CertificatesSectionProps = {
  inputs: readonly CertificateInput[];
  todayIso: string;
};

/** Accepted audits whose five-year certificate runs out soon. */
export function CertificatesSection({
  inputs,
  todayIso,
}: CertificatesSectionProps) {
  const { t } = useTranslation();
  const [horizon, setHorizon] = useState<number>(12);
  const watch = useMemo(
    () => certificateWatch(inputs, todayIso, horizon),
    [inputs, todayIso, horizon],
  );
  const table = useMemo(() => certificatesTable(watch.expiring, t), [watch, t]);
  const expiring = useListLimit(table.rows);
  const undated = useListLimit(watch.undated);
  return (
    <StatsCard
      id="stats-certificates"
      title={table.title}
      table={table}
      fileName={t('portfolio.export.fileCertificates')}
    >
      <p className="hint">{t('portfolio.certificates.description')}</p>
      <label className="field stats-inline">
        <span>{t('portfolio.certificates.horizon')}</span>
        <select
          value={horizon}
          onChange={(e) => setHorizon(Number(e.target.value))}
        >
          {HORIZONS.map((months) => (
            <option key={months} value={months}>
              {t('portfolio.certificates.horizonMonths', { count: months })}
            </option>
          ))}
        </select>
      </label>
      {watch.expiring.length === 0 ? (
        <p className="muted">{t('portfolio.certificates.empty')}</p>
      ) : (
        <>
          <SheetTableView table={{ ...table, rows: [...expiring.shown] }} />
          <ShowAllButton
            total={table.rows.length}
            hidden={expiring.hidden}
            onClick={expiring.showAll}
          />
        </>
      )}
      {watch.undated.length > 0 && (
        <div className="stats-undated">
          <p>{t('portfolio.certificates.undated')}</p>
          <ul>
            {undated.shown.map((item) => (
              <li key={item.auditId}>
                <RecordAcceptance
                  auditId={item.auditId}
                  name={`${item.title} · ${item.companyName}`}
                  todayIso={todayIso}
                />
              </li>
            ))}
          </ul>
          <ShowAllButton
            total={watch.undated.length}
            hidden={undated.hidden}
            onClick={undated.showAll}
          />
        </div>
      )}
    </StatsCard>
  );
}
