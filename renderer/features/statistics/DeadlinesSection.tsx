import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deadlineBoard,
  type DeadlineBoardInput,
} from '@shared/calc/portfolio-deadlines';
import { MANDATORY_DEADLINE_KEYS } from '@shared/calc/deadlines';
import { StatsCard } from './StatsCard';
import { deadlinesTable } from './portfolio-tables';
import { ShowAllButton, useListLimit } from './ShowAll';

export type DeadlinesSectionProps = {
  inputs: readonly DeadlineBoardInput[];
  todayIso: string;
};

/** Mandatory audits and their three deadlines, the overdue ones first. */
export function DeadlinesSection({ inputs, todayIso }: DeadlinesSectionProps) {
  const { t } = useTranslation();
  const rows = useMemo(
    () => deadlineBoard(inputs, todayIso),
    [inputs, todayIso],
  );
  const table = useMemo(() => deadlinesTable(rows, t), [rows, t]);
  const { shown, hidden, showAll } = useListLimit(rows);
  return (
    <StatsCard
      id="stats-deadlines"
      title={table.title}
      table={table}
      fileName={t('portfolio.export.fileDeadlines')}
    >
      <p className="hint">{t('portfolio.deadlines.description')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('portfolio.deadlines.empty')}</p>
      ) : (
        <div className="stats-table-wrap">
          <table className="data-table compact stats-table">
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column.label}>{column.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.auditId} data-worst={row.worst}>
                  <td>{row.title}</td>
                  <td>{row.companyName}</td>
                  <td>{row.listPublishedOn}</td>
                  {MANDATORY_DEADLINE_KEYS.map((key) => (
                    <td key={key}>
                      {row.due[key]}{' '}
                      <span
                        className={`deadline-tag deadline-${row.states[key]}`}
                      >
                        {t(`portfolio.deadlines.states.${row.states[key]}`)}
                      </span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShowAllButton total={rows.length} hidden={hidden} onClick={showAll} />
    </StatsCard>
  );
}
