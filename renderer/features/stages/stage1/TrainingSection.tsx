import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import type { TrainingEvent } from '@shared/model/team';
import type { GridColumn, GridFooterRow } from '@renderer/components/grid';
import { defaultContext } from '@renderer/db/context';
import { listRows } from '@renderer/db/repositories/audit-rows';
import { RowEvidence } from '@renderer/features/evidence/RowEvidence';
import { AuditTableSection } from '../AuditTableSection';
import { flatView } from '../use-audit-table';

export type TrainingSectionProps = { auditId: string };

const view = flatView<'trainingEvents'>();

/**
 * 宣传培训 (step 4): the kick-off, awareness and training sessions, which
 * the report cites as attendances and which the reviewer checks against
 * sign-in sheets and photos.
 */
export function TrainingSection({ auditId }: TrainingSectionProps) {
  const { t } = useTranslation();
  const events = useLiveQuery(
    () => listRows(defaultContext(), 'trainingEvents', auditId),
    [auditId],
  );
  const columns = useMemo<GridColumn<TrainingEvent>[]>(
    () => [
      {
        kind: 'date',
        key: 'date',
        header: t('stage1Tables.training.columns.date'),
        width: 96,
      },
      {
        kind: 'text',
        key: 'topic',
        header: t('stage1Tables.training.columns.topic'),
        width: 220,
        maxLength: 200,
        validate: (value, row) =>
          value === '' && (row.date !== null || row.headcount !== null)
            ? 'required'
            : null,
      },
      {
        kind: 'text',
        key: 'audience',
        header: t('stage1Tables.training.columns.audience'),
        width: 150,
        maxLength: 200,
      },
      {
        kind: 'number',
        key: 'headcount',
        header: t('stage1Tables.training.columns.headcount'),
        unit: t('stage1Tables.training.people'),
        width: 88,
        integer: true,
        min: 0,
      },
      {
        kind: 'text',
        key: 'trainer',
        header: t('stage1Tables.training.columns.trainer'),
        width: 80,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'text',
        key: 'notes',
        header: t('stage1Tables.training.columns.notes'),
        width: 236,
        maxLength: LONG_TEXT,
      },
    ],
    [t],
  );
  const footer = useCallback(
    (rows: readonly TrainingEvent[]): GridFooterRow[] => {
      // Attendances (人次): one person at two sessions counts twice.
      const attendances = rows.reduce(
        (sum, row) => sum + (row.headcount ?? 0),
        0,
      );
      return [
        {
          id: 'totals',
          label: t('stage1Tables.training.total'),
          values: {
            topic: t('stage1Tables.training.sessions', {
              count: rows.length,
            }),
            headcount: attendances,
          },
        },
      ];
    },
    [t],
  );
  return (
    <AuditTableSection
      sectionKey="training"
      title={t('stage1Tables.training.title')}
      description={t('stage1Tables.training.description')}
      table="trainingEvents"
      auditId={auditId}
      columns={columns}
      view={view}
      footer={footer}
    >
      {events && (
        <RowEvidence
          auditId={auditId}
          ownerType="trainingEvents"
          rows={events.map((event, index) => ({
            id: event.id,
            label: [String(index + 1), event.date, event.topic]
              .filter(Boolean)
              .join(' · '),
          }))}
          pickLabel={t('stage1Tables.training.evidenceFor')}
        />
      )}
    </AuditTableSection>
  );
}
