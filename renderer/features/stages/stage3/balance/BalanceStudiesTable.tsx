import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn } from '@renderer/components/grid';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import type { LocaleResource } from '@shared/i18n';
import { balanceTypes } from '@shared/model/balance';
import { AuditTableSection } from '../../AuditTableSection';
import { studyView, type StudyGridRow, type StudyStatus } from './balance-view';

export type BalanceStudiesTableProps = {
  auditId: string;
  statuses: ReadonlyMap<string, StudyStatus>;
  /** The study picker and what else belongs under the grid. */
  children?: ReactNode;
};

/** The balance studies of the audit, each with its error and result. */
export function BalanceStudiesTable(props: BalanceStudiesTableProps) {
  const { auditId, statuses } = props;
  const { t } = useTranslation();
  const view = useMemo(() => studyView(statuses), [statuses]);
  const columns = useMemo((): GridColumn<StudyGridRow>[] => {
    const header = (name: StudyColumnName) =>
      t(`analysisTables.balance.studyColumns.${name}`);
    return [
      {
        kind: 'text',
        key: 'name',
        header: header('name'),
        width: 150,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'select',
        key: 'type',
        header: header('type'),
        width: 96,
        options: balanceTypes.map((type) => ({
          value: type,
          label: t(`analysisTables.balance.types.${type}`),
        })),
      },
      {
        kind: 'text',
        key: 'boundary',
        header: header('boundary'),
        width: 148,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'text',
        key: 'period',
        header: header('period'),
        width: 122,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'number',
        key: 'cyclesMeasured',
        header: header('cycles'),
        integer: true,
        min: 0,
        width: 84,
      },
      // The schema wants a positive tolerance; below 0.1 % no balance of
      // plant measurements could pass anyway.
      {
        kind: 'number',
        key: 'tolerancePercent',
        header: header('tolerance'),
        unit: '%',
        min: 0.1,
        max: 100,
        width: 80,
      },
      {
        kind: 'computed',
        key: 'errorPercent',
        header: header('error'),
        unit: '%',
        decimals: 2,
        compute: (row) => row.errorPercent,
        width: 72,
      },
      {
        kind: 'computed',
        key: 'state',
        header: header('state'),
        align: 'start',
        compute: (row) => t(`analysisTables.balance.states.${row.state}`),
        width: 100,
      },
    ];
  }, [t]);
  return (
    <AuditTableSection
      sectionKey="balance"
      title={t('analysisTables.balance.studiesTitle')}
      description={t('analysisTables.balance.studiesDescription')}
      table="balanceStudies"
      auditId={auditId}
      columns={columns}
      view={view}
    >
      {props.children}
    </AuditTableSection>
  );
}

type StudyColumnName =
  keyof LocaleResource['analysisTables']['balance']['studyColumns'];
