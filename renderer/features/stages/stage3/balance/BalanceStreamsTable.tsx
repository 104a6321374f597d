import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn } from '@renderer/components/grid';
import { BALANCE_CATEGORIES, BALANCE_DIRECTIONS } from '@shared/calc/balance';
import type { LocaleResource } from '@shared/i18n';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import {
  balanceBases,
  type BalanceStream,
  type BalanceStudy,
} from '@shared/model/balance';
import { AuditTableSection } from '../../AuditTableSection';
import { streamView } from './balance-view';

export type BalanceStreamsTableProps = {
  auditId: string;
  study: BalanceStudy;
  /** The study's live streams, for what a new stream starts with. */
  streams: readonly BalanceStream[];
  /** The balance result under the grid. */
  children?: ReactNode;
};

const view = streamView();

type StreamColumnName =
  keyof LocaleResource['analysisTables']['balance']['streamColumns'];

/** The input and output streams of one balance study. */
export function BalanceStreamsTable(props: BalanceStreamsTableProps) {
  const { auditId, study, streams } = props;
  const { t } = useTranslation();
  const studyId = study.id;
  const filter = useCallback(
    (stream: BalanceStream) => stream.studyId === studyId,
    [studyId],
  );
  // A new stream belongs to the shown study and takes the unit and component
  // of the study's last stream, since a balance sums one unit only.
  const last = streams.at(-1);
  const unit = last?.unit ?? '';
  const component = last?.component ?? '';
  const defaults = useCallback(
    () => ({ studyId, unit, component }),
    [studyId, unit, component],
  );
  const columns = useMemo((): GridColumn<BalanceStream>[] => {
    const header = (name: StreamColumnName) =>
      t(`analysisTables.balance.streamColumns.${name}`);
    return [
      {
        kind: 'text',
        key: 'name',
        header: header('name'),
        width: 170,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'select',
        key: 'direction',
        header: header('direction'),
        width: 72,
        options: BALANCE_DIRECTIONS.map((value) => ({
          value,
          label: t(`analysisTables.balance.directions.${value}`),
        })),
      },
      {
        kind: 'select',
        key: 'category',
        header: header('category'),
        width: 84,
        options: BALANCE_CATEGORIES.map((value) => ({
          value,
          label: t(`analysisTables.balance.categories.${value}`),
        })),
      },
      {
        kind: 'text',
        key: 'component',
        header: header('component'),
        width: 96,
        maxLength: 40,
      },
      {
        kind: 'number',
        key: 'quantity',
        header: header('quantity'),
        min: 0,
        width: 100,
      },
      {
        kind: 'text',
        key: 'unit',
        header: header('unit'),
        width: 64,
        maxLength: 20,
      },
      {
        kind: 'select',
        key: 'basis',
        header: header('basis'),
        width: 90,
        options: balanceBases.map((value) => ({
          value,
          label: t(`analysisTables.balance.bases.${value}`),
        })),
      },
      {
        kind: 'text',
        key: 'source',
        header: header('source'),
        width: 184,
        maxLength: LONG_TEXT,
      },
    ];
  }, [t]);
  return (
    <AuditTableSection
      sectionKey="balance-streams"
      title={t('analysisTables.balance.streamsTitle', {
        name: study.name || t('analysisTables.unnamed'),
      })}
      description={t('analysisTables.balance.streamsDescription')}
      table="balanceStreams"
      auditId={auditId}
      columns={columns}
      view={view}
      filter={filter}
      defaults={defaults}
    >
      {props.children}
    </AuditTableSection>
  );
}
