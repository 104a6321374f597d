import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  filterPortfolio,
  portfolioTotals,
  type PortfolioFilter,
} from '@shared/calc/portfolio';
import { EmptyState } from '../../components/EmptyState';
import { CertificatesSection } from './CertificatesSection';
import { DeadlinesSection } from './DeadlinesSection';
import { GroupsSection } from './GroupsSection';
import { PlanSection } from './PlanSection';
import { PortfolioFilters } from './PortfolioFilters';
import { localTodayIso } from './today';
import { TotalsSection } from './TotalsSection';
import { measureOnce, usePortfolio } from './use-portfolio';
import './statistics.css';

/**
 * The portfolio statistics (domain.md §11.7): totals of every stored audit
 * or a filtered set, groups with charts, the mandatory-audit deadlines, the
 * certificates running out, and plan targets. The filter narrows the
 * figures and groups; deadlines, certificates and the plan always cover
 * every audit, because an overdue audit must not hide behind a filter.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const view = usePortfolio();
  const [filter, setFilter] = useState<PortfolioFilter>({});
  const todayIso = localTodayIso();

  const filtered = useMemo(
    () => (view ? filterPortfolio(view.entries, filter) : []),
    [view, filter],
  );
  const totals = useMemo(() => {
    const sums = portfolioTotals(filtered);
    // For the bench: from the start of the read to the totals of every
    // audit, and below, to the first render with them.
    if (view) measureOnce('statistics-computed');
    return sums;
  }, [view, filtered]);

  useEffect(() => {
    if (view) measureOnce('statistics-rendered');
  }, [view]);

  const header = (
    <header className="page-header">
      <div>
        <h1 id="statistics-heading">{t('statistics.title')}</h1>
        <p className="subtitle">{t('portfolio.subtitle')}</p>
      </div>
    </header>
  );
  if (!view) {
    return (
      <section className="page" aria-labelledby="statistics-heading">
        {header}
        <p className="muted">{t('portfolio.loading')}</p>
      </section>
    );
  }
  if (view.entries.length === 0 && view.unsummarized.length === 0) {
    return (
      <section className="page" aria-labelledby="statistics-heading">
        {header}
        <EmptyState
          title={t('portfolio.emptyTitle')}
          body={t('portfolio.emptyBody')}
        />
      </section>
    );
  }
  return (
    <section
      className="page stats-page"
      aria-labelledby="statistics-heading"
      data-ready="true"
    >
      {header}
      <PortfolioFilters
        entries={view.entries}
        filter={filter}
        onChange={setFilter}
      />
      <p className="stats-count" data-testid="stats-count">
        {t('portfolio.count', {
          audits: totals.audits,
          companies: totals.companies,
        })}
      </p>
      {view.unsummarized.length > 0 && (
        <p className="form-error" role="status">
          {t('portfolio.unsummarized', {
            count: view.unsummarized.length,
            titles: view.unsummarized.map((a) => a.title).join('、'),
          })}
        </p>
      )}
      {filtered.length === 0 ? (
        <p className="muted">{t('portfolio.noMatch')}</p>
      ) : (
        <>
          <TotalsSection totals={totals} />
          <GroupsSection entries={filtered} />
        </>
      )}
      <DeadlinesSection inputs={view.deadlineInputs} todayIso={todayIso} />
      <CertificatesSection
        inputs={view.certificateInputs}
        todayIso={todayIso}
      />
      <PlanSection
        targets={view.targets}
        entries={view.entries}
        year={Number(todayIso.slice(0, 4))}
      />
    </section>
  );
}
