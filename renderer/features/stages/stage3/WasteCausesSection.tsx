import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import { ASPECTS, aspectByCode } from '@shared/reference/aspects';
import type { GridColumn } from '@renderer/components/grid';
import { pickLabel } from '@renderer/i18n/bilingual';
import { AuditTableSection } from '../AuditTableSection';
import {
  causeFooter,
  causeView,
  DEFAULT_ASPECT,
  type CauseGridRow,
} from './cause-view';
import './WasteCausesSection.css';

export type WasteCausesSectionProps = { auditId: string };

// Four Chinese characters a line fit a 62 px tick column, which keeps the
// whole table inside a 1280 px window. English aspect names need more room,
// so in English the table scrolls sideways at that width.
const TICK_WIDTH_ZH = 62;
const TICK_WIDTH_EN = 100;
// Long enough for "true" and "yes"; longer text in a tick column is a paste
// that slipped a column, not a mark.
const TICK_MAX_LENGTH = 5;

/**
 * 废弃物产生原因分析表 (step 14): each cause of a waste of the focus, ticked
 * against the eight aspects, with a count per aspect under the table.
 */
export function WasteCausesSection({ auditId }: WasteCausesSectionProps) {
  const { t, i18n } = useTranslation();
  const [lastAspectRefused, setLastAspectRefused] = useState(false);
  const [view] = useState(() =>
    causeView({
      sessionStart: new Date().toISOString(),
      onLastAspect: setLastAspectRefused,
    }),
  );
  const tickWidth = i18n.language.startsWith('zh')
    ? TICK_WIDTH_ZH
    : TICK_WIDTH_EN;
  const columns = useMemo<GridColumn<CauseGridRow>[]>(
    () => [
      {
        kind: 'text',
        key: 'wasteOrLocation',
        header: t('stage1Tables.wasteCauses.columns.wasteOrLocation'),
        width: 150,
        maxLength: SHORT_TEXT,
        validate: (value, row) =>
          value === '' && row.description !== '' ? 'required' : null,
      },
      {
        kind: 'text',
        key: 'description',
        header: t('stage1Tables.wasteCauses.columns.description'),
        width: 220,
        maxLength: LONG_TEXT,
      },
      ...ASPECTS.map((aspect): GridColumn<CauseGridRow> => ({
        kind: 'text',
        key: aspect.code,
        header: pickLabel(aspect.cause, i18n.language),
        width: tickWidth,
        maxLength: TICK_MAX_LENGTH,
      })),
    ],
    [t, i18n.language, tickWidth],
  );
  const footer = useCallback(
    (rows: readonly CauseGridRow[]) =>
      causeFooter(rows, t('stage1Tables.wasteCauses.count')),
    [t],
  );
  const defaults = useCallback(() => ({ aspects: [DEFAULT_ASPECT] }), []);
  const defaultName = pickLabel(
    aspectByCode(DEFAULT_ASPECT).cause,
    i18n.language,
  );

  return (
    <AuditTableSection
      sectionKey="wasteCauses"
      title={t('stage1Tables.wasteCauses.title')}
      description={t('stage1Tables.wasteCauses.description', {
        aspect: defaultName,
      })}
      table="wasteCauses"
      auditId={auditId}
      columns={columns}
      view={view}
      defaults={defaults}
      footer={footer}
    >
      {lastAspectRefused && (
        <p className="form-error" role="status">
          {t('stage1Tables.wasteCauses.lastAspect')}
        </p>
      )}
    </AuditTableSection>
  );
}
