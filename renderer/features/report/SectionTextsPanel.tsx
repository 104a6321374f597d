import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { reportOptionsFor } from '@shared/report/defaults';
import { reportContext } from '@shared/report/document';
import { REPORT_OUTLINE } from '@shared/report/outline';
import { generatedText } from '@shared/report/paragraphs';
import type { Settings } from '@shared/settings/schema';
import { defaultContext } from '../../db/context';
import { readAuditSnapshot, sectionTexts } from '../../db/repositories/report';
import { SectionEditor } from './SectionEditor';

export type SectionTextsPanelProps = { auditId: string; settings: Settings };

/**
 * The text of every section, chapter by chapter: the generated paragraph
 * until the consultant writes their own.
 */
export function SectionTextsPanel({
  auditId,
  settings,
}: SectionTextsPanelProps) {
  const { t } = useTranslation();
  const snapshot = useLiveQuery(
    () => readAuditSnapshot(defaultContext(), auditId),
    [auditId],
  );
  const stored = useLiveQuery(
    () => sectionTexts(defaultContext(), auditId),
    [auditId],
  );
  const ctx = useMemo(() => {
    if (!snapshot) return null;
    const options = reportOptionsFor(snapshot, {
      kind: settings.report.defaultKind,
      issuedOn: '2000-01-01',
      settings,
    });
    return reportContext({ snapshot, options });
  }, [snapshot, settings]);

  if (!ctx || !stored) return <p className="muted">{t('common.loading')}</p>;
  return (
    <article className="card card-wide">
      <h2>{t('report.sections')}</h2>
      <p className="field-hint">{t('report.sectionsHint')}</p>
      {REPORT_OUTLINE.map((chapter) => (
        <details key={chapter.id} className="report-chapter">
          <summary>{chapter.title}</summary>
          {chapter.sections.map((section) => (
            <SectionEditor
              key={section.id}
              auditId={auditId}
              sectionId={section.id}
              title={section.title}
              generated={generatedText(section.id, ctx)}
              stored={stored[section.id]}
            />
          ))}
        </details>
      ))}
    </article>
  );
}
