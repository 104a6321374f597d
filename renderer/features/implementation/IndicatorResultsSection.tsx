import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { changePercent } from '@shared/calc/implementation-progress';
import { LONG_TEXT } from '@shared/model/audit-row';
import type { IndicatorResult } from '@shared/model/implementation';
import type { GridColumn } from '@renderer/components/grid';
import { AuditTableSection } from '../stages/AuditTableSection';
import { flatView } from '../stages/use-audit-table';

export type IndicatorResultsSectionProps = { auditId: string };

const view = flatView<'indicatorResults'>();

/**
 * 审核前后单位产品指标对比表 (step 31): unit consumption and discharge
 * before and after the options, over comparable periods.
 */
export function IndicatorResultsSection({
  auditId,
}: IndicatorResultsSectionProps) {
  const { t } = useTranslation();
  const columns = useMemo((): GridColumn<IndicatorResult>[] => {
    const column = (
      name: 'indicator' | 'unit' | 'before' | 'after' | 'change' | 'notes',
    ) => t(`options.stage6.indicatorColumns.${name}`);
    return [
      {
        kind: 'text',
        key: 'indicator',
        header: column('indicator'),
        width: 200,
        maxLength: 200,
      },
      {
        kind: 'text',
        key: 'unit',
        header: column('unit'),
        width: 88,
        maxLength: 30,
      },
      {
        kind: 'number',
        key: 'beforeValue',
        header: column('before'),
        width: 96,
      },
      { kind: 'number', key: 'afterValue', header: column('after'), width: 96 },
      {
        kind: 'computed',
        key: 'change',
        header: column('change'),
        width: 80,
        unit: '%',
        decimals: 1,
        compute: (row) => changePercent(row.beforeValue, row.afterValue),
      },
      {
        kind: 'text',
        key: 'notes',
        header: column('notes'),
        width: 200,
        maxLength: LONG_TEXT,
      },
    ];
  }, [t]);
  return (
    <AuditTableSection
      sectionKey="beforeAfterComparison"
      title={t('options.stage6.indicatorsTitle')}
      table="indicatorResults"
      auditId={auditId}
      columns={columns}
      view={view}
    />
  );
}
