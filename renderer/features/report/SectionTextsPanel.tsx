import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { REPORT_OUTLINE } from '@shared/report/outline';
import { generatedText } from '@shared/report/paragraphs';
import type { ReportContext } from '@shared/report/context';
import { defaultContext } from '../../db/context';
import { sectionTexts } from '../../db/repositories/report';
import { SectionEditor } from './SectionEditor';

export type SectionTextsPanelProps = { auditId: string; ctx: ReportContext };

/**
 * The text of every section, chapter by chapter: the generated paragraph
 * until the consultant writes their own.
 */
export function SectionTextsPanel({ auditId, ctx }: SectionTextsPanelProps) {
  const { t } = useTranslation();
  const stored = useLiveQuery(
    () => sectionTexts(defaultContext(), auditId),
    [auditId],
  );

  if (!stored) return <p className="muted">{t('common.loading')}</p>;
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
