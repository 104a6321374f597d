import { useTranslation } from 'react-i18next';
import { useAudit } from './use-audit';
import { AuditNotFound } from './AuditNotFound';
import { FilingOutboxCard } from '../packages/FilingOutboxCard';
import { routeHref } from '../../app/route';
import { PerformanceSummaryCard } from '../options/PerformanceSummaryCard';
import { StageProgressCard } from './StageProgressCard';

export type AuditOverviewPageProps = { auditId: string };

type Field = { label: string; value: string | number | null | undefined };

function FieldList({ fields }: { fields: Field[] }) {
  const { t } = useTranslation();
  return (
    <dl className="field-list">
      {fields.map((field) => (
        <div key={field.label}>
          <dt>{field.label}</dt>
          <dd>
            {field.value === null ||
            field.value === undefined ||
            field.value === ''
              ? t('common.none')
              : field.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** What an audit is about at a glance: the company, the audit, and its progress. */
export function AuditOverviewPage({ auditId }: AuditOverviewPageProps) {
  const { t } = useTranslation();
  const found = useAudit(auditId);

  if (found === undefined)
    return <p className="muted page-pad">{t('common.loading')}</p>;
  if (found === 'missing') return <AuditNotFound />;
  const { audit, company } = found;
  return (
    <section className="page" aria-labelledby="overview-heading">
      <nav className="breadcrumb">
        <a href={routeHref({ name: 'audits' })}>{t('nav.audits')}</a>
      </nav>
      <header className="page-header">
        <div>
          <h1 id="overview-heading">{audit.title}</h1>
          <p className="subtitle">{company?.name}</p>
        </div>
        <span className={`tag tag-${audit.auditType}`}>
          {t(`auditType.${audit.auditType}`)}
        </span>
        <a
          className="button"
          href={routeHref({ name: 'report', auditId: audit.id })}
        >
          {t('report.open')}
        </a>
      </header>
      <div className="cards">
        <article className="card">
          <h2>{t('overview.company')}</h2>
          <FieldList
            fields={[
              {
                label: t('overview.fields.creditCode'),
                value: company?.creditCode,
              },
              { label: t('overview.fields.address'), value: company?.address },
              {
                label: t('overview.fields.industry'),
                value: company?.industryName,
              },
              {
                label: t('overview.fields.employees'),
                value: company?.employees,
              },
              {
                label: t('overview.fields.outputValue'),
                value: company?.outputValueWanYuan,
              },
              {
                label: t('overview.fields.mainProducts'),
                value: company?.mainProducts,
              },
            ]}
          />
        </article>
        <article className="card">
          <h2>{t('overview.audit')}</h2>
          <FieldList
            fields={[
              {
                label: t('overview.fields.type'),
                value: t(`auditType.${audit.auditType}`),
              },
              {
                label: t('overview.fields.procedure'),
                value: t(`procedure.${audit.procedure}`),
              },
              { label: t('overview.fields.round'), value: audit.round },
              {
                label: t('overview.fields.leadAgency'),
                value: t(`leadAgency.${audit.leadAgency}`),
              },
              { label: t('overview.fields.baseYear'), value: audit.baseYear },
              {
                label: t('overview.fields.state'),
                value: t(`auditState.${audit.state}`),
              },
              {
                label: t('overview.fields.consultancy'),
                value: audit.consultancyName,
              },
              {
                label: t('overview.fields.leadAuditor'),
                value: audit.leadAuditor,
              },
            ]}
          />
        </article>
        <StageProgressCard auditId={audit.id} />
        <PerformanceSummaryCard auditId={audit.id} />
      </div>
      <FilingOutboxCard auditId={audit.id} />
    </section>
  );
}
