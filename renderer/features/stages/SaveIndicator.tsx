import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-audit-table';

export type SaveIndicatorProps = { state: SaveState };

/** Says "saved" only once the write has committed. */
export function SaveIndicator({ state }: SaveIndicatorProps) {
  const { t, i18n } = useTranslation();
  if (state.kind === 'idle') return null;
  const text =
    state.kind === 'saved'
      ? t('stages.saveState.saved', {
          time: state.at.toLocaleTimeString(i18n.language),
        })
      : t(`stages.saveState.${state.kind}`);
  return (
    <span
      className={`save-state save-${state.kind}`}
      role="status"
      aria-live="polite"
    >
      {text}
    </span>
  );
}
