import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How many rows a long list of the statistics page shows at first. */
export const LIST_LIMIT = 20;

/**
 * The first LIST_LIMIT items of a list, or all of them once asked for. With
 * hundreds of audits, boards of every row made the page slow to appear;
 * the lists keep their order (overdue first), and exports hold every row.
 */
export function useListLimit<T>(items: readonly T[]) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, LIST_LIMIT);
  return {
    shown,
    hidden: items.length - shown.length,
    showAll: () => setAll(true),
  };
}

export type ShowAllButtonProps = {
  total: number;
  hidden: number;
  onClick: () => void;
};

export function ShowAllButton({ total, hidden, onClick }: ShowAllButtonProps) {
  const { t } = useTranslation();
  if (hidden <= 0) return null;
  return (
    <button type="button" className="button stats-show-all" onClick={onClick}>
      {t('portfolio.list.showAll', { total, hidden })}
    </button>
  );
}
