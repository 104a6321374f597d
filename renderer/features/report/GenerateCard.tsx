import { useTranslation } from 'react-i18next';
import { EXTRA_FILES, type ExtraFile } from './file-name';
import type { GenerationState, SaveState } from './use-report-generation';

export type GenerateCardProps = {
  state: GenerationState;
  save: SaveState;
  onGenerate: () => void;
  onSave: () => void;
  onSaveExtra: (file: ExtraFile) => void;
};

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

/** The generate button, its progress, and saving what was generated. */
export function GenerateCard({
  state,
  save,
  onGenerate,
  onSave,
  onSaveExtra,
}: GenerateCardProps) {
  const { t } = useTranslation();
  const busy = state.kind === 'fonts' || state.kind === 'layout';
  return (
    <article className="card">
      <h2>{t('report.output')}</h2>
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={onGenerate}
        >
          {t('report.generate')}
        </button>
        {state.kind === 'done' && (
          <>
            <button type="button" onClick={onSave}>
              {t('report.save')}
            </button>
            {EXTRA_FILES.map((file) => (
              <button
                key={file}
                type="button"
                onClick={() => onSaveExtra(file)}
              >
                {t(`report.saveExtra.${file}`)}
              </button>
            ))}
          </>
        )}
      </div>
      {busy && (
        <div role="status" aria-live="polite">
          <progress
            max={100}
            value={state.kind === 'layout' ? state.percent : undefined}
          />{' '}
          {state.kind === 'fonts'
            ? t('report.loadingFonts')
            : t('report.generating', { percent: state.percent })}
        </div>
      )}
      {state.kind === 'done' && (
        <p role="status">
          {t('report.result', {
            pages: state.pages,
            size: sizeText(state.bytes.byteLength),
          })}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="danger-text">
          {state.message}
        </p>
      )}
      {save.kind === 'saved' && (
        <p role="status">{t('report.savedFile', { name: save.fileName })}</p>
      )}
      {save.kind === 'failed' && (
        <p role="alert" className="danger-text">
          {save.message}
        </p>
      )}
    </article>
  );
}
