import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { targetAttainment } from '@shared/calc/implementation-progress';
import type { Target } from '@shared/model/targets';
import type { GridColumn } from '@renderer/components/grid';
import { AuditTableSection } from '../stages/AuditTableSection';
import { flatView } from '../stages/use-audit-table';

export type TargetAttainmentSectionProps = { auditId: string };

const view = flatView<'targets'>();

type AttainmentColumn =
  | 'indicator'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'achieved'
  | 'change'
  | 'attained';

/**
 * 清洁生产目标完成情况表 (step 31): the stage 2 targets with the value the
 * company reached. Only the achieved value is typed here; the targets
 * themselves stay editable in stage 2, where they were set.
 */
export function TargetAttainmentSection({
  auditId,
}: TargetAttainmentSectionProps) {
  const { t } = useTranslation();
  const columns = useMemo((): GridColumn<Target>[] => {
    const column = (name: AttainmentColumn) =>
      t(`options.stage6.attainmentColumns.${name}`);
    return [
      {
        kind: 'text',
        key: 'indicator',
        header: column('indicator'),
        width: 180,
        readOnly: true,
      },
      {
        kind: 'text',
        key: 'unit',
        header: column('unit'),
        width: 72,
        readOnly: true,
      },
      {
        kind: 'number',
        key: 'baselineValue',
        header: column('baseline'),
        width: 88,
        readOnly: true,
      },
      {
        kind: 'computed',
        key: 'target',
        header: column('target'),
        width: 88,
        compute: (row) => targetAttainment(row).targetValue,
      },
      {
        kind: 'number',
        key: 'achievedValue',
        header: column('achieved'),
        width: 96,
      },
      {
        kind: 'computed',
        key: 'change',
        header: column('change'),
        width: 80,
        decimals: 1,
        unit: '%',
        compute: (row) => targetAttainment(row).changePercent,
      },
      {
        kind: 'computed',
        key: 'attained',
        header: column('attained'),
        width: 80,
        align: 'start',
        compute: (row) => {
          const { attained } = targetAttainment(row);
          return t(
            `options.stage6.attained.${
              attained === null ? 'unknown' : attained ? 'yes' : 'no'
            }`,
          );
        },
      },
    ];
  }, [t]);
  return (
    <AuditTableSection
      sectionKey="targetAttainment"
      title={t('options.stage6.attainmentTitle')}
      table="targets"
      auditId={auditId}
      columns={columns}
      view={view}
      fixedRows
      emptyText={t('options.stage6.attainmentEmpty')}
    />
  );
}
