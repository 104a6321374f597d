import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planProgress } from '@shared/calc/plan-tracking';
import type { PortfolioAudit } from '@shared/calc/portfolio';
import {
  PLAN_INDICATORS,
  type PlanIndicator,
  type PlanTarget,
} from '@shared/model/portfolio';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import {
  addPlanTarget,
  deletePlanTarget,
} from '../../db/repositories/portfolio';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { StatsCard } from './StatsCard';
import { emptyPlanForm, readPlanForm, type PlanFormProblem } from './plan-form';
import { planTable } from './portfolio-tables';
import { cellFormatOf, formatCell } from './sheet-table';

export type PlanSectionProps = {
  targets: readonly PlanTarget[];
  entries: readonly PortfolioAudit[];
  year: number;
};

/** Targets the user sets against what the stored audits show. */
export function PlanSection({ targets, entries, year }: PlanSectionProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const progress = useMemo(
    () => planProgress(targets, entries),
    [targets, entries],
  );
  const table = useMemo(() => planTable(progress, t), [progress, t]);
  const [form, setForm] = useState(() => emptyPlanForm(year));
  const [problem, setProblem] = useState<PlanFormProblem | null>(null);

  const write = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      toast({ message: done });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };
  const add = async () => {
    const read = readPlanForm(form);
    if (!read.ok) {
      setProblem(read.problem);
      return;
    }
    setProblem(null);
    await write(
      () => addPlanTarget(defaultContext(), read.fields),
      t('portfolio.plan.added'),
    );
    setForm(emptyPlanForm(year));
  };
  const cell = (r: number, c: number) =>
    formatCell(
      table.rows[r]?.[c] ?? null,
      cellFormatOf(table, r, c),
      i18n.language,
    );

  return (
    <StatsCard
      id="stats-plan"
      title={table.title}
      table={table}
      fileName={t('portfolio.export.filePlan')}
    >
      <p className="hint">{t('portfolio.plan.description')}</p>
      {progress.length === 0 ? (
        <p className="muted">{t('portfolio.plan.empty')}</p>
      ) : (
        <table className="data-table compact stats-table">
          <thead>
            <tr>
              {table.columns.map((column, c) => (
                <th key={column.label} className={c >= 2 ? 'num' : undefined}>
                  {column.label}
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {progress.map((item, r) => (
              <tr key={item.target.id}>
                {table.columns.map((column, c) => (
                  <td key={column.label} className={c >= 2 ? 'num' : undefined}>
                    {c === 4 ? (
                      <span className="plan-progress">
                        <span className="progress-bar" aria-hidden="true">
                          <span
                            style={{
                              width: `${Math.min(100, item.ratio * 100)}%`,
                            }}
                          />
                        </span>
                        {cell(r, c)}
                      </span>
                    ) : (
                      cell(r, c)
                    )}
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      void write(
                        () =>
                          deletePlanTarget(defaultContext(), item.target.id),
                        t('portfolio.plan.removed'),
                      )
                    }
                  >
                    {t('portfolio.plan.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="stats-plan-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label className="field">
          <span>{t('portfolio.plan.indicator')}</span>
          <select
            value={form.indicator}
            onChange={(e) =>
              setForm({ ...form, indicator: e.target.value as PlanIndicator })
            }
          >
            {PLAN_INDICATORS.map((key) => (
              <option key={key} value={key}>
                {t(`portfolio.plan.indicators.${key}`)}
              </option>
            ))}
          </select>
        </label>
        {(['fromYear', 'toYear', 'target'] as const).map((key) => (
          <label key={key} className="field">
            <span>{t(`portfolio.plan.${key}`)}</span>
            <input
              inputMode="decimal"
              value={form[key]}
              aria-invalid={
                (problem === 'badYears' && key !== 'target') ||
                (problem === 'badTarget' && key === 'target')
              }
              onChange={(e) => setForm({ ...form, [key]: e.target.value })}
            />
          </label>
        ))}
        <button type="submit" className="button">
          {t('portfolio.plan.add')}
        </button>
        {problem && (
          <p className="field-error" role="alert">
            {t(`portfolio.plan.${problem}`)}
          </p>
        )}
      </form>
      <p className="hint">{t('portfolio.plan.countingNote')}</p>
    </StatsCard>
  );
}
