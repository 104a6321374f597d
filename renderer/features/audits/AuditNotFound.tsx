import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route';
import { EmptyState } from '../../components/EmptyState';

/** What an audit page shows when its audit is gone (deleted, or a stale link). */
export function AuditNotFound() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <EmptyState title={t('overview.notFound')} body="">
        <a className="button" href={routeHref({ name: 'audits' })}>
          {t('overview.backToList')}
        </a>
      </EmptyState>
    </section>
  );
}
