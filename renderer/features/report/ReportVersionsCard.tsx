import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { defaultContext } from '../../db/context';
import { listReportVersions } from '../../db/repositories/report';

export type ReportVersionsCardProps = { auditId: string };

/** Every generated version, newest first, with the digest of its data. */
export function ReportVersionsCard({ auditId }: ReportVersionsCardProps) {
  const { t, i18n } = useTranslation();
  const versions = useLiveQuery(
    () => listReportVersions(defaultContext(), auditId),
    [auditId],
  );
  return (
    <article className="card">
      <h2>{t('report.versions')}</h2>
      {versions?.length === 0 && (
        <p className="muted">{t('report.versionsEmpty')}</p>
      )}
      <ul className="report-versions">
        {versions?.map((version) => (
          <li key={version.id}>
            {t('report.versionRow', {
              time: new Date(version.createdAt).toLocaleString(i18n.language),
              kind: t(`reportKind.${version.kind}`),
              pages: version.pages,
              hash: version.dataSha256.slice(0, 12),
            })}
          </li>
        ))}
      </ul>
    </article>
  );
}
