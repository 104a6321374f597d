import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn } from '@renderer/components/grid';
import { useToast } from '@renderer/components/Toasts';
import { defaultContext } from '@renderer/db/context';
import { seedFocusFactors } from '@renderer/db/repositories/audit-row-seeds';
import { errorCodeOf, errorMessage } from '@renderer/i18n/errors';
import { WEIGHT_RANGE } from '@shared/calc/weighted-sum';
import { SHORT_TEXT } from '@shared/model/audit-row';
import type { FocusFactor } from '@shared/model/focus';
import { AuditTableSection } from '../../AuditTableSection';
import { factorView } from './focus-view';

export type FocusFactorsTableProps = {
  auditId: string;
  /** True when the audit has no live factor, to offer the manual's set. */
  empty: boolean;
};

/** The factors of the weighted-sum ranking with their weights W. */
export function FocusFactorsTable({ auditId, empty }: FocusFactorsTableProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [seeding, setSeeding] = useState(false);
  const view = useMemo(() => factorView(i18n.language), [i18n.language]);
  const columns = useMemo(
    (): GridColumn<FocusFactor>[] => [
      {
        kind: 'text',
        key: 'name',
        header: t('analysisTables.focus.factorColumns.name'),
        width: 220,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'number',
        key: 'weight',
        header: t('analysisTables.focus.factorColumns.weight'),
        min: WEIGHT_RANGE.min,
        max: WEIGHT_RANGE.max,
        width: 100,
      },
    ],
    [t],
  );
  const seed = async () => {
    setSeeding(true);
    try {
      await seedFocusFactors(defaultContext(), auditId);
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    } finally {
      setSeeding(false);
    }
  };
  return (
    <AuditTableSection
      sectionKey="focusScoring-factors"
      title={t('analysisTables.focus.factorsTitle')}
      description={t('analysisTables.focus.factorsDescription')}
      table="focusFactors"
      auditId={auditId}
      columns={columns}
      view={view}
    >
      {empty && (
        <p>
          <button type="button" disabled={seeding} onClick={() => void seed()}>
            {t('analysisTables.focus.restoreFactors')}
          </button>
        </p>
      )}
    </AuditTableSection>
  );
}
