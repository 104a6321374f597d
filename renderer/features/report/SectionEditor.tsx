import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultContext } from '../../db/context';
import { saveSectionText } from '../../db/repositories/report';
import { errorCodeOf, errorMessage } from '../../i18n/errors';

export type SectionEditorProps = {
  auditId: string;
  sectionId: string;
  title: string;
  /** The paragraph written from the audit's data. */
  generated: string;
  /** The consultant's stored text, if any. */
  stored: string | undefined;
};

// Well inside the 500 ms in which an edit must reach the database.
const SAVE_DELAY_MS = 300;

type Status = 'idle' | 'saving' | 'saved' | { error: string };

/**
 * One section's text, starting from the generated paragraph. Text equal to
 * the generated paragraph is not stored, so the section keeps following the
 * data until the consultant changes it.
 */
export function SectionEditor({
  auditId,
  sectionId,
  title,
  generated,
  stored,
}: SectionEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(stored ?? generated);
  const [status, setStatus] = useState<Status>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const edited = stored !== undefined && stored !== generated;

  // Leaving the page before the delay is up still writes the last edit:
  // nothing typed may be lost. The write outlives the component.
  const pending = useRef<(() => void) | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      pending.current?.();
    },
    [],
  );

  // The generated paragraph itself is not stored.
  const write = (text: string) =>
    saveSectionText(
      defaultContext(),
      auditId,
      sectionId,
      text === generated ? '' : text,
    );

  const persist = async (text: string) => {
    setStatus('saving');
    try {
      await write(text);
      setStatus('saved');
    } catch (error) {
      setStatus({ error: errorMessage(t, errorCodeOf(error)) });
    }
  };

  const change = (text: string) => {
    setDraft(text);
    if (timer.current) clearTimeout(timer.current);
    pending.current = () => void write(text);
    timer.current = setTimeout(() => {
      pending.current = null;
      void persist(text);
    }, SAVE_DELAY_MS);
  };

  const reset = () => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = null;
    setDraft(generated);
    void persist(generated);
  };

  const fieldId = `section-${sectionId}`;
  return (
    <div className="section-editor">
      <div className="section-header">
        <label htmlFor={fieldId}>
          {sectionId} {title}
        </label>
        {edited && <span className="tag">{t('report.edited')}</span>}
        {status === 'saved' && (
          <span className="save-state save-saved" role="status">
            {t('report.saved')}
          </span>
        )}
        {typeof status === 'object' && (
          <span className="save-state save-failed" role="alert">
            {status.error}
          </span>
        )}
        {edited && (
          <button type="button" className="link-button" onClick={reset}>
            {t('report.resetSection')}
          </button>
        )}
      </div>
      <textarea
        id={fieldId}
        value={draft}
        rows={Math.min(12, Math.max(3, Math.ceil(draft.length / 60)))}
        maxLength={20000}
        onChange={(e) => change(e.target.value)}
      />
    </div>
  );
}
