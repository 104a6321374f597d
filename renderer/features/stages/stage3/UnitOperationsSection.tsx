import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import type { UnitOperation } from '@shared/model/balance';
import type { GridColumn } from '@renderer/components/grid';
import { AuditTableSection } from '../AuditTableSection';
import { flatView } from '../use-audit-table';

export type UnitOperationsSectionProps = { auditId: string };

const view = flatView<'unitOperations'>();

/**
 * 单元操作功能说明表 (step 11): the unit operations of the audit focus in
 * process order, what each does and what goes in and out, which the
 * measurement points and balances of the next steps follow.
 */
export function UnitOperationsSection({ auditId }: UnitOperationsSectionProps) {
  const { t } = useTranslation();
  const columns = useMemo<GridColumn<UnitOperation>[]>(
    () => [
      {
        kind: 'text',
        key: 'name',
        header: t('stage1Tables.unitOperations.columns.name'),
        width: 130,
        maxLength: SHORT_TEXT,
        validate: (value, row) =>
          value === '' && (row.function !== '' || row.inputs !== '')
            ? 'required'
            : null,
      },
      {
        kind: 'text',
        key: 'function',
        header: t('stage1Tables.unitOperations.columns.function'),
        width: 240,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'text',
        key: 'inputs',
        header: t('stage1Tables.unitOperations.columns.inputs'),
        width: 250,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'text',
        key: 'outputs',
        header: t('stage1Tables.unitOperations.columns.outputs'),
        width: 250,
        maxLength: LONG_TEXT,
      },
    ],
    [t],
  );
  return (
    <AuditTableSection
      sectionKey="unitOperations"
      title={t('stage1Tables.unitOperations.title')}
      description={t('stage1Tables.unitOperations.description')}
      table="unitOperations"
      auditId={auditId}
      columns={columns}
      view={view}
    />
  );
}
