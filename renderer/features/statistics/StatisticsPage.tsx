import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';

/** The portfolio statistics page; it stays an empty state until options are recorded. */
export function StatisticsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="statistics-heading">
      <header className="page-header">
        <h1 id="statistics-heading">{t('statistics.title')}</h1>
      </header>
      <EmptyState
        title={t('statistics.emptyTitle')}
        body={t('statistics.emptyBody')}
      />
    </section>
  );
}
